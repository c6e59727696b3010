import { hashPassword } from '../credentials/secrets.js';
import type { Db } from '../db/database.js';
import { changeInTransaction, createItem } from '../domain/changes.js';
import type { User } from './schemas.js';
import * as store from './store.js';

export const SYSTEM_ORGANISATION = 'Löfteskollen systemförvaltning';

/** ADMIN_EMAIL/ADMIN_PASSWORD: the first admin, created only while there is none. */
export async function ensureBootstrapAdmin(
  db: Db,
  admin: { email: string; password: string },
  at: Date,
): Promise<boolean> {
  if ((await store.hasAdmin(db)) || (await store.findCredentials(db, admin.email))) return false;
  // Hashed before the transaction begins, which then stays short.
  const passwordHash = await hashPassword(admin.password);
  await changeInTransaction(db, null, at, (change) =>
    createItem<User>(change, {
      entityType: 'user',
      municipalityId: null,
      // The first admin's event names the account, as it always has: id, e-mail and role.
      audited: (user) => ({ id: user.id, email: user.email, role: user.role }),
      create: async (trx, now) => {
        const organisationId = await store.systemOrganisationId(trx, SYSTEM_ORGANISATION, now);
        const account = { email: admin.email, name: 'Administratör', role: 'admin' as const, organisationId };
        return store.insertUser(trx, { ...account, passwordHash }, now);
      },
    }),
  );
  return true;
}
