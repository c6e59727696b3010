import { Type, type TObjectOptions, type TProperties, type TSchema } from 'typebox';
import { ItemMeta, ListQuery, Uuid, ref } from './schemas.js';

// The shapes most features' schemas share: a stored item, the change that
// patches it, and a list query with the feature's filters.

/** A stored item: its id, its own fields, then version, createdAt and updatedAt. */
export function ItemObject<Fields extends TProperties>($id: string, fields: Fields, options: TObjectOptions = {}) {
  return Type.Object({ id: ref(Uuid), ...fields, ...ItemMeta }, { $id, additionalProperties: false, ...options });
}

/** A change: any of the create fields, at least one, nothing else. */
export function PatchOf<Create extends TSchema>(create: Create, $id: string, options: TObjectOptions = {}) {
  return Type.Partial(create, { $id, additionalProperties: false, minProperties: 1, ...options });
}

/** A paged list's query: `limit` and `cursor`, then the feature's filters. */
export function ListQueryWith<Filters extends TProperties>(filters: Filters) {
  return Type.Object({ ...ListQuery.properties, ...filters }, { additionalProperties: false });
}

/** What a client sends to create (or put) an item: the named fields and nothing else. */
export function InputObject<Fields extends TProperties>($id: string, fields: Fields, options: TObjectOptions = {}) {
  return Type.Object(fields, { $id, additionalProperties: false, ...options });
}
