import type { Db } from '../db/database.js';
import type { Clock } from '../clock.js';
import { hashPassword } from '../auth/secrets.js';
import { SYSTEM_ORGANISATION } from '../users/bootstrap.js';
import { demoAccounts, DEMO_PASSWORD, ostergotlandMunicipalities } from './data.js';

/**
 * Loads the demo into an empty database; on a database that has any
 * municipality it does nothing, so loading twice changes nothing.
 */
export async function loadDemoData(db: Db, clock: Clock): Promise<boolean> {
  const any = await db.selectFrom('municipalities').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  const at = clock.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const municipalities = await trx
      .insertInto('municipalities')
      .values(
        ostergotlandMunicipalities.map((m) => ({ ...m, county: 'Östergötlands län', createdAt: at, updatedAt: at })),
      )
      .returning(['id', 'code'])
      .execute();
    const idOfCode = new Map(municipalities.map((m) => [m.code, m.id]));
    const organisationIds = new Map<string, string>();
    const organisations = [
      { name: SYSTEM_ORGANISATION, kind: 'other' as const, code: null },
      ...demoAccounts.map((account) => account.organisation),
    ];
    for (const organisation of organisations) {
      if (organisationIds.has(organisation.name)) continue;
      const row = await trx
        .insertInto('organisations')
        .values({
          name: organisation.name,
          kind: organisation.kind,
          municipalityId: organisation.code === null ? null : (idOfCode.get(organisation.code) ?? null),
          createdAt: at,
          updatedAt: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      organisationIds.set(organisation.name, row.id);
    }
    await trx
      .insertInto('users')
      .values(
        demoAccounts.map((account) => ({
          email: account.email,
          name: account.name,
          role: account.role,
          organisationId: organisationIds.get(account.organisation.name)!,
          passwordHash,
          createdAt: at,
          updatedAt: at,
        })),
      )
      .execute();
  });
  return true;
}
