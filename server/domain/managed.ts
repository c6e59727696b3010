import type { Executor } from '../db/database.js';
import {
  createItem,
  deleteItem,
  runChange,
  updateItem,
  type BasedOn,
  type EntityType,
  type Found,
  type ServiceDeps,
} from './changes.js';
import { NotFound } from './errors.js';
import { assertCanManage, viewerOf, type Actor, type ReadLevel, type Viewer } from './policy.js';

// Most items belong to one municipality, are read as its policy says and are
// changed by its editors: goals, indicators, agreements, focus areas,
// promises. Their services share these steps; what differs is each store's SQL.

type Item = { id: string; version: number };
type Trx = Parameters<typeof createItem>[0]['trx'];

/** An item as a viewer may read it, with the municipality it belongs to. */
export interface Visible<T> {
  item: T;
  municipalityId: string;
  level: ReadLevel;
}

export function managedItems<T extends Item>(kind: {
  entityType: EntityType;
  /** What NotFound names, e.g. 'The goal'. */
  what: string;
  /** The item as the viewer may read it, or null. */
  load: (db: Executor, id: string, viewer: Viewer) => Promise<Visible<T> | null>;
}) {
  /** The item for a change: found as the caller may see it, changed only by its municipality's editors. */
  const existing = (actor: Actor | null, id: string) => ({
    entityType: kind.entityType,
    what: kind.what,
    load: async (trx: Executor): Promise<Found<T> | null> => kind.load(trx, id, viewerOf(actor)),
    authorize: ({ municipalityId }: Found<T>) => assertCanManage(actor, municipalityId),
  });

  return {
    existing,

    /** The item as the caller may see it; NotFound otherwise. */
    async visible(db: Executor, actor: Actor | null, id: string): Promise<Visible<T>> {
      const found = await kind.load(db, id, viewerOf(actor));
      if (!found) throw new NotFound(kind.what);
      return found;
    },

    /** A new item of a municipality the caller manages. */
    create(
      deps: ServiceDeps,
      actor: Actor | null,
      municipalityId: string,
      create: (trx: Trx, now: Date) => Promise<T>,
    ): Promise<T> {
      assertCanManage(actor, municipalityId);
      return runChange(deps, actor, (change) =>
        createItem<T>(change, { entityType: kind.entityType, municipalityId, create }),
      );
    },

    update(
      deps: ServiceDeps,
      actor: Actor | null,
      id: string,
      basedOn: BasedOn,
      update: (trx: Trx, before: T, version: number, now: Date) => Promise<T>,
    ): Promise<T> {
      return runChange(deps, actor, (change) => updateItem(change, basedOn, { ...existing(actor, id), update }));
    },

    remove(
      deps: ServiceDeps,
      actor: Actor | null,
      id: string,
      basedOn: BasedOn,
      remove: (trx: Trx, before: T, version: number) => Promise<void>,
    ): Promise<void> {
      return runChange(deps, actor, (change) => deleteItem(change, basedOn, { ...existing(actor, id), remove }));
    },
  };
}
