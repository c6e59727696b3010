import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { AppDeps } from '../deps.js';
import { withChange } from './audit.js';
import { problems } from './problems.js';
import { expectedVersion, withEtag } from './versioning.js';

// The three ways an item changes, each one transaction with its audit event.
// Routes say what the item is and how to load, check and store it; the
// version check, the ETag and the audit come from here, the same for all.

type Item = { id: string; version: number };
type Deps = Pick<AppDeps, 'database' | 'clock'>;
type Trx = Transaction<DB>;

interface ItemKind<T> {
  /** The audit's entity type, e.g. 'goal'. */
  entityType: string;
  /** How the audit records the item; by default as the API shows it. */
  audited?: (item: T) => unknown;
}

export async function createItem<T extends Item>(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  kind: ItemKind<T> & {
    /** The municipality the item belongs to; a function when that is the new item itself. */
    municipalityId: string | null | ((item: T) => string | null);
    location: (item: T) => string;
    create: (trx: Trx, now: Date) => Promise<T>;
  },
): Promise<T> {
  const audited = kind.audited ?? ((item: T) => item);
  const item = await withChange(deps, request, async (trx, audit, now) => {
    const created = await kind.create(trx, now);
    await audit({
      action: 'create',
      entityType: kind.entityType,
      entityId: created.id,
      municipalityId: typeof kind.municipalityId === 'function' ? kind.municipalityId(created) : kind.municipalityId,
      after: audited(created),
    });
    return created;
  });
  void reply.code(201).header('location', kind.location(item));
  return withEtag(reply, item);
}

/** An item as the caller may see it, with the municipality it belongs to. */
export type Found<T> = { item: T; municipalityId: string | null };

interface ExistingItem<F extends Found<Item>> extends ItemKind<F['item']> {
  /** The item as the caller may see it, or null (404). */
  load: (trx: Trx) => Promise<F | null>;
  /** What the 404 names, e.g. 'The goal'. */
  what: string;
  /** Throws 403 when the caller sees the item but may not do this to it. */
  authorize: (found: F) => void;
}

/** PATCH (or a replacing PUT): needs If-Match with the version the caller read. */
export async function updateItem<F extends Found<Item>>(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  kind: ExistingItem<F> & {
    update: (trx: Trx, before: F['item'], version: number, now: Date) => Promise<F['item']>;
  },
): Promise<F['item']> {
  const audited = kind.audited ?? ((item: F['item']) => item);
  const item = await withChange(deps, request, async (trx, audit, now) => {
    const found = await kind.load(trx);
    if (!found) throw problems.notFound(kind.what);
    kind.authorize(found);
    // Asked after 404 and 403, so If-Match tells nothing to those who may not change the item.
    const version = expectedVersion(request);
    const after = await kind.update(trx, found.item, version, now);
    await audit({
      action: 'update',
      entityType: kind.entityType,
      entityId: after.id,
      municipalityId: found.municipalityId,
      before: audited(found.item),
      after: audited(after),
    });
    return after;
  });
  return withEtag(reply, item);
}

/** DELETE: needs If-Match; the audit keeps the item's last state. */
export async function deleteItem<F extends Found<Item>>(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  kind: ExistingItem<F> & { remove: (trx: Trx, before: F['item'], version: number) => Promise<void> },
): Promise<void> {
  const audited = kind.audited ?? ((item: F['item']) => item);
  await withChange(deps, request, async (trx, audit) => {
    const found = await kind.load(trx);
    if (!found) throw problems.notFound(kind.what);
    kind.authorize(found);
    const version = expectedVersion(request);
    await kind.remove(trx, found.item, version);
    await audit({
      action: 'delete',
      entityType: kind.entityType,
      entityId: found.item.id,
      municipalityId: found.municipalityId,
      before: audited(found.item),
    });
  });
  await reply.code(204).send(null);
}
