// TEMPORARY during the move to services: the old route-side helpers over the new domain core.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { AppDeps } from '../deps.js';
import {
  createItem as createInChange,
  deleteItem as deleteInChange,
  runChange,
  updateItem as updateInChange,
  requireVersion,
  type AuditEntry,
  type Found,
  type ExistingItem,
} from '../domain/changes.js';
import { Conflict, NotFound, StaleVersion, VersionRequired } from '../domain/errors.js';
import { basedOn, created, withEtag } from './versioning.js';

export type { Found };

type Deps = Pick<AppDeps, 'database' | 'clock'>;
type Trx = Transaction<DB>;
type Item = { id: string; version: number };

export const legacyProblems = {
  notFound: (what = 'The item') => new NotFound(what),
  conflict: (detail: string) => new Conflict(detail),
  preconditionFailed: (detail?: string) => new StaleVersion(detail),
  preconditionRequired: (detail?: string) => new VersionRequired(detail),
};

export const expectedVersion = (request: FastifyRequest) => requireVersion(basedOn(request));

export function withChange<T>(
  deps: Deps,
  request: FastifyRequest,
  work: (trx: Trx, audit: (entry: AuditEntry) => Promise<void>, now: Date) => Promise<T>,
): Promise<T> {
  return runChange(deps, request.actor, (change) => work(change.trx, change.audit, change.now));
}

export async function createItem<T extends Item>(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  kind: Parameters<typeof createInChange<T>>[1] & { location: (item: T) => string },
): Promise<T> {
  const item = await runChange(deps, request.actor, (change) => createInChange(change, kind));
  return created(reply, item, kind.location(item));
}

export async function updateItem<F extends Found<Item>>(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  kind: ExistingItem<F> & {
    update: (trx: Trx, before: F['item'], version: number, now: Date) => Promise<F['item']>;
  },
): Promise<F['item']> {
  const item = await runChange(deps, request.actor, (change) => updateInChange(change, basedOn(request), kind));
  return withEtag(reply, item);
}

export async function deleteItem<F extends Found<Item>>(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  kind: ExistingItem<F> & { remove: (trx: Trx, before: F['item'], version: number) => Promise<void> },
): Promise<void> {
  await runChange(deps, request.actor, (change) => deleteInChange(change, basedOn(request), kind));
  await reply.code(204).send(null);
}
