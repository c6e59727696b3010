import type { Db } from '../db/database.js';
import { recordAudit } from '../domain/changes.js';
import { hashPassword } from '../credentials/secrets.js';
import { findCredentials, hasAdmin } from './store.js';

export const SYSTEM_ORGANISATION = 'Löfteskollen systemförvaltning';

/** ADMIN_EMAIL/ADMIN_PASSWORD: the first admin, created only while there is none. */
export async function ensureBootstrapAdmin(
  db: Db,
  admin: { email: string; password: string },
  at: Date,
): Promise<boolean> {
  if ((await hasAdmin(db)) || (await findCredentials(db, admin.email))) return false;
  const passwordHash = await hashPassword(admin.password);
  await db.transaction().execute(async (trx) => {
    const organisation =
      (await trx.selectFrom('organisations').select('id').where('name', '=', SYSTEM_ORGANISATION).executeTakeFirst()) ??
      (await trx
        .insertInto('organisations')
        .values({ name: SYSTEM_ORGANISATION, kind: 'other', municipalityId: null, createdAt: at, updatedAt: at })
        .returning('id')
        .executeTakeFirstOrThrow());
    const user = await trx
      .insertInto('users')
      .values({
        email: admin.email,
        name: 'Administratör',
        role: 'admin',
        organisationId: organisation.id,
        passwordHash,
        createdAt: at,
        updatedAt: at,
      })
      .returning(['id', 'email', 'role'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, null, { action: 'create', entityType: 'user', entityId: user.id, after: user }, at);
  });
  return true;
}
