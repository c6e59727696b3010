import type { QueryCreator, Transaction } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database, Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { NotFound, StaleVersion, VersionRequired } from './errors.js';
import type { Actor } from './policy.js';
import { EVERY_MUNICIPALITY, publicChangeCommitted, raisePublicVersions } from './public-versions.js';

// How every item changes, the same for the JSON API, the import and any job:
// one transaction holding the change and its audit event; an existing item
// changes only from the version the caller read.

/** The kinds of item the audit log records. */
export const ENTITY_TYPES = [
  'municipality',
  'organisation',
  'user',
  'apiToken',
  'goal',
  'indicator',
  'indicatorValue',
  'agreement',
  'focusArea',
  'activity',
  'followUp',
  'promise',
  'situationReport',
  'problem',
  'review',
  'closedPeriod',
  'session',
  'signIn',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Kinds of item no public page shows: changing them (a sign-in too) changes no public document. */
const PRIVATE_KINDS: ReadonlySet<EntityType> = new Set(['user', 'apiToken', 'session', 'signIn']);

/** The public scope a change to an item touches: its municipality's, every municipality's, or none. */
function publicScopeOf(entry: AuditEntry): string | null {
  if (PRIVATE_KINDS.has(entry.entityType)) return null;
  return entry.municipalityId ?? EVERY_MUNICIPALITY;
}

export interface AuditEntry {
  /** sign-in and refused: a sign-in through the identity provider, and a refused sign-in step. */
  action: 'create' | 'update' | 'delete' | 'sign-in' | 'refused';
  entityType: EntityType;
  entityId: string;
  municipalityId?: string | null;
  /** The item as the API shows it (never secrets such as password hashes). */
  before?: unknown;
  after?: unknown;
}

/** What a service is given: passed in, never imported as singletons. */
export interface ServiceDeps {
  database: Database;
  clock: Clock;
}

/** A change under way: its transaction, who makes it, its moment, and how it audits itself. */
export interface Change {
  trx: Transaction<DB>;
  actor: Actor | null;
  now: Date;
  audit: (entry: AuditEntry) => Promise<void>;
  /** The public scopes its audited entries touch: their versions rise before it commits. */
  publicScopes: Set<string>;
}

/** Audit events are written at the end of their change, with its raised versions, at most this many a statement. */
const AUDIT_ROWS_PER_STATEMENT = 500;

/** An audit event as its row. */
function auditRow(actor: Actor | null, entry: AuditEntry, at: Date, actorName: string | null) {
  return {
    occurredAt: at,
    actorId: actor?.userId ?? null,
    actorName,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    municipalityId: entry.municipalityId ?? null,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  };
}

type AuditRow = ReturnType<typeof auditRow>;

/**
 * Runs work as one change: its writes, its audit events and the raised versions
 * of what the public reads are committed together or not at all.
 */
export function runChange<T>(deps: ServiceDeps, actor: Actor | null, work: (change: Change) => Promise<T>): Promise<T> {
  return changeOf(deps, actor, null, work);
}

/**
 * A change a system makes (e.g. "Kolada"): audited under that name, beside the
 * account that asked for it, if any (null: a job of the server).
 */
export function runSystemChange<T>(
  deps: ServiceDeps,
  system: string,
  actor: Actor | null,
  work: (change: Change) => Promise<T>,
): Promise<T> {
  return changeOf(deps, actor, system, work);
}

function changeOf<T>(
  deps: ServiceDeps,
  actor: Actor | null,
  actorName: string | null,
  work: (change: Change) => Promise<T>,
): Promise<T> {
  return changeInTransaction(deps.database.db, actor, deps.clock.now(), work, actorName);
}

/**
 * Runs work as one change for an actor (null: the system itself) at one moment, in a
 * transaction of its own. Its audit events are written last, in the statement that
 * raises the public versions, so that an audited change costs one round trip more, not two.
 */
export function changeInTransaction<T>(
  db: Db,
  actor: Actor | null,
  now: Date,
  work: (change: Change) => Promise<T>,
  actorName: string | null = null,
): Promise<T> {
  const publicScopes = new Set<string>();
  const committed = db.transaction().execute(async (trx) => {
    const pending: AuditRow[] = [];
    const change: Change = {
      trx,
      actor,
      now,
      publicScopes,
      audit: async (entry) => {
        pending.push(auditRow(actor, entry, now, actorName));
        const scope = publicScopeOf(entry);
        if (scope !== null) publicScopes.add(scope);
        // A change of thousands of items (an import) writes its events as it goes.
        if (pending.length >= AUDIT_ROWS_PER_STATEMENT)
          await trx.insertInto('auditEvents').values(pending.splice(0)).execute();
      },
    };
    const result = await work(change);
    if (pending.length === 0) await raisePublicVersions(trx, publicScopes);
    else if (publicScopes.size === 0) await trx.insertInto('auditEvents').values(pending).execute();
    else {
      // The events as a data-modifying WITH of the raise: PostgreSQL runs it whether or not it is read.
      // Kysely types a creator with a WITH as another database (one table more): it is the same for this insert.
      const audited = trx.with('audited', (db) => db.insertInto('auditEvents').values(pending));
      await raisePublicVersions(audited as unknown as QueryCreator<DB>, publicScopes);
    }
    return result;
  });
  return committed.then((result) => {
    if (publicScopes.size > 0) publicChangeCommitted();
    return result;
  });
}

/** The version a change says it was based on (If-Match): none, one, or a value that names no version. */
export type BasedOn = { version: number } | 'none' | 'unrecognised';

/** The version an existing item's change needs: VersionRequired without one, StaleVersion for a value naming none. */
export function requireVersion(basedOn: BasedOn): number {
  if (basedOn === 'none') throw new VersionRequired();
  if (basedOn === 'unrecognised') throw new StaleVersion('If-Match must be the ETag of the item as you read it.');
  return basedOn.version;
}

type Item = { id: string; version: number };
type Trx = Transaction<DB>;

interface ItemKind<T> {
  entityType: EntityType;
  /** How the audit records the item before or after the change; by default as the API shows it. */
  audited?: (item: T, side: 'before' | 'after') => unknown;
}

export async function createItem<T extends Item>(
  change: Change,
  kind: ItemKind<T> & {
    /** The municipality the item belongs to; a function when that is the new item itself. */
    municipalityId: string | null | ((item: T) => string | null);
    create: (trx: Trx, now: Date) => Promise<T>;
  },
): Promise<T> {
  const created = await kind.create(change.trx, change.now);
  await change.audit({
    action: 'create',
    entityType: kind.entityType,
    entityId: created.id,
    municipalityId: typeof kind.municipalityId === 'function' ? kind.municipalityId(created) : kind.municipalityId,
    after: kind.audited ? kind.audited(created, 'after') : created,
  });
  return created;
}

/** An item as the caller may see it, with the municipality it belongs to. */
export type Found<T> = { item: T; municipalityId: string | null };

export interface ExistingItem<F extends Found<Item>> extends ItemKind<F['item']> {
  /** The item as the caller may see it, or null (NotFound). */
  load: (trx: Trx) => Promise<F | null>;
  /** What NotFound names, e.g. 'The goal'. */
  what: string;
  /** Throws Forbidden when the caller sees the item but may not do this to it. */
  authorize: (found: F) => void;
}

/** Loads and authorizes, then asks for the version: a version tells nothing to those who may not change the item. */
async function loadForChange<F extends Found<Item>>(change: Change, kind: ExistingItem<F>, basedOn: BasedOn) {
  const found = await kind.load(change.trx);
  if (!found) throw new NotFound(kind.what);
  kind.authorize(found);
  return { found, version: requireVersion(basedOn) };
}

/** A change to an existing item, from the version the caller read. */
export async function updateItem<F extends Found<Item>>(
  change: Change,
  basedOn: BasedOn,
  kind: ExistingItem<F> & {
    update: (trx: Trx, before: F['item'], version: number, now: Date) => Promise<F['item']>;
  },
): Promise<F['item']> {
  const audited = kind.audited ?? ((item: F['item']) => item);
  const { found, version } = await loadForChange(change, kind, basedOn);
  const after = await kind.update(change.trx, found.item, version, change.now);
  await change.audit({
    action: 'update',
    entityType: kind.entityType,
    entityId: after.id,
    municipalityId: found.municipalityId,
    before: audited(found.item, 'before'),
    after: audited(after, 'after'),
  });
  return after;
}

/** Deletes an existing item at the version the caller read; the audit keeps its last state. */
export async function deleteItem<F extends Found<Item>>(
  change: Change,
  basedOn: BasedOn,
  kind: ExistingItem<F> & { remove: (trx: Trx, before: F['item'], version: number) => Promise<void> },
): Promise<void> {
  const { found, version } = await loadForChange(change, kind, basedOn);
  await kind.remove(change.trx, found.item, version);
  await change.audit({
    action: 'delete',
    entityType: kind.entityType,
    entityId: found.item.id,
    municipalityId: found.municipalityId,
    before: kind.audited ? kind.audited(found.item, 'before') : found.item,
  });
}
