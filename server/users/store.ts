import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import { listPage } from '../db/pagination.js';
import type { Role, UserRow } from '../db/schema.js';
import { isUniqueViolation, updateVersioned } from '../db/versioned.js';
import { hashPassword } from '../credentials/secrets.js';
import type { CreateUser, PatchMe, PatchUser, User } from './schemas.js';
import { Conflict, Invalid } from '../domain/errors.js';
import { broken } from '../domain/field-rules.js';

type UserWithMunicipality = UserRow & { municipalityId: string | null };

export function toUser(row: UserWithMunicipality): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    organisationId: row.organisationId,
    municipalityId: row.municipalityId,
    disabled: row.disabled,
    reminders: row.reminders,
    language: row.language,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function usersWithMunicipality(db: Executor) {
  return db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisationId')
    .selectAll('users')
    .select('organisations.municipalityId');
}

export async function listUsers(
  db: Executor,
  filter: { limit: number; cursor?: string | undefined; organisationId?: string | undefined; role?: Role | undefined },
) {
  let query = usersWithMunicipality(db);
  if (filter.organisationId !== undefined) query = query.where('users.organisationId', '=', filter.organisationId);
  if (filter.role !== undefined) query = query.where('users.role', '=', filter.role);
  return listPage(query, filter, { sortBy: 'email', table: 'users', toItems: (rows) => rows.map(toUser) });
}

export async function findUser(db: Executor, id: string): Promise<User | null> {
  const row = await usersWithMunicipality(db).where('users.id', '=', id).executeTakeFirst();
  return row ? toUser(row) : null;
}

/** For sign-in only: the one read that returns the password hash. */
export async function findCredentials(db: Executor, email: string) {
  return usersWithMunicipality(db)
    .where(sql`lower(${sql.ref('users.email')})`, '=', email.toLowerCase())
    .executeTakeFirst();
}

async function assertOrganisationExists(db: Executor, organisationId: string | undefined) {
  if (organisationId === undefined) return;
  const found = await db.selectFrom('organisations').select('id').where('id', '=', organisationId).executeTakeFirst();
  if (!found) {
    throw new Invalid('The organisation does not exist.', [
      { in: 'body', path: '/organisationId', ...broken('unknown-reference', { item: 'organisation' }) },
    ]);
  }
}

function duplicateEmail(error: unknown): never {
  if (isUniqueViolation(error, 'users_email_key')) {
    throw new Conflict('An account with this e-mail address already exists.');
  }
  throw error;
}

export async function createUser(db: Executor, input: CreateUser, at: Date): Promise<User> {
  await assertOrganisationExists(db, input.organisationId);
  const { password, ...account } = input;
  return insertUser(db, { ...account, passwordHash: await hashPassword(password) }, at);
}

/** A new account whose password is hashed already. */
export async function insertUser(
  db: Executor,
  input: Omit<CreateUser, 'password'> & { passwordHash: string },
  at: Date,
): Promise<User> {
  try {
    const { id } = await db
      .insertInto('users')
      .values({
        email: input.email,
        name: input.name,
        role: input.role,
        organisationId: input.organisationId,
        passwordHash: input.passwordHash,
        createdAt: at,
        updatedAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await findUser(db, id))!;
  } catch (error) {
    return duplicateEmail(error);
  }
}

export async function updateUser(
  db: Executor,
  id: string,
  version: number,
  changes: PatchUser,
  at: Date,
): Promise<User> {
  await assertOrganisationExists(db, changes.organisationId);
  const { password, ...rest } = changes;
  const values = password === undefined ? rest : { ...rest, passwordHash: await hashPassword(password) };
  try {
    await updateVersioned(db, 'users', id, version, values, at);
  } catch (error) {
    return duplicateEmail(error);
  }
  return (await findUser(db, id))!;
}

export async function hasAdmin(db: Executor): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled', '=', false)
    .executeTakeFirst();
  return row !== undefined;
}

/** The municipality of an organisation; null when it has none or does not exist. */
export async function municipalityOfOrganisation(db: Executor, organisationId: string): Promise<string | null> {
  const row = await db
    .selectFrom('organisations')
    .select('municipalityId')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row?.municipalityId ?? null;
}

/** The organisation that system accounts (the first admin) belong to, made when missing. */
export async function systemOrganisationId(db: Executor, name: string, at: Date): Promise<string> {
  const organisation =
    (await db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst()) ??
    (await db
      .insertInto('organisations')
      .values({ name, kind: 'other', municipalityId: null, createdAt: at, updatedAt: at })
      .returning('id')
      .executeTakeFirstOrThrow());
  return organisation.id;
}

/** The signed-in person's own settings, on the version they read. */
export async function updateOwnSettings(db: Executor, id: string, version: number, changes: PatchMe, at: Date) {
  await updateVersioned(db, 'users', id, version, changes, at);
  return (await findUser(db, id))!;
}
