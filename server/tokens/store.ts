import type { Selectable } from 'kysely';
import type { Executor } from '../db/database.js';
import type { ApiTokensTable } from '../db/schema.js';
import type { Actor } from '../domain/policy.js';
import { hashSecret, newSecret } from '../credentials/secrets.js';
import { ACTOR_COLUMNS, actorFromRow } from '../credentials/sessions.js';
import type { ApiToken, IssuedToken } from './schemas.js';

const TOKEN_PREFIX = 'lkt_';
const TOUCH_AFTER_MS = 60_000;

export function toApiToken(row: Selectable<ApiTokensTable>): ApiToken {
  return {
    id: row.id,
    userId: row.userId,
    label: row.label,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

export async function issueToken(
  db: Executor,
  input: { userId: string; label: string | null; expiresAt: Date | null; createdBy: string | null },
  at: Date,
): Promise<{ issued: IssuedToken; stored: ApiToken }> {
  const token = newSecret(TOKEN_PREFIX);
  const row = await db
    .insertInto('apiTokens')
    .values({ ...input, tokenHash: hashSecret(token), createdAt: at, lastUsedAt: null })
    .returningAll()
    .executeTakeFirstOrThrow();
  const stored = toApiToken(row);
  return { issued: { id: stored.id, token, label: stored.label, expiresAt: stored.expiresAt }, stored };
}

export async function listTokens(db: Executor, userId: string): Promise<ApiToken[]> {
  const rows = await db
    .selectFrom('apiTokens')
    .selectAll()
    .where('userId', '=', userId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return rows.map(toApiToken);
}

export async function findToken(db: Executor, id: string): Promise<ApiToken | null> {
  const row = await db.selectFrom('apiTokens').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toApiToken(row) : null;
}

export async function revokeToken(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('apiTokens').where('id', '=', id).execute();
}

/** The actor a bearer token stands for, or null when it is unknown, expired or its account disabled. */
export async function findTokenActor(
  db: Executor,
  token: string,
  now: Date,
  client: { address: string; userAgent: string | undefined } = { address: '', userAgent: undefined },
): Promise<Actor | null> {
  const row = await db
    .selectFrom('apiTokens')
    .innerJoin('users', 'users.id', 'apiTokens.userId')
    .innerJoin('organisations', 'organisations.id', 'users.organisationId')
    .select(['apiTokens.id', 'apiTokens.lastUsedAt', ...ACTOR_COLUMNS])
    .where('apiTokens.tokenHash', '=', hashSecret(token))
    .where('users.disabled', '=', false)
    .where((eb) => eb.or([eb('apiTokens.expiresAt', 'is', null), eb('apiTokens.expiresAt', '>', now)]))
    .executeTakeFirst();
  if (!row) return null;
  if (row.lastUsedAt === null || now.getTime() - row.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    // Where it was used from, for "My sessions": bounded, whatever the client sent.
    const lastUsedAddress = client.address === '' ? null : client.address.slice(0, 100);
    const lastUsedAgent = client.userAgent?.slice(0, 300) ?? null;
    await db
      .updateTable('apiTokens')
      .set({ lastUsedAt: now, lastUsedAddress, lastUsedAgent })
      .where('id', '=', row.id)
      .execute();
  }
  return actorFromRow(row, 'token', null);
}
