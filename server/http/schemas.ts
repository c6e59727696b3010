import { Type, type Static, type TSchema } from 'typebox';
import { FieldCodeSchema, FieldError, Problem } from './problems.js';

/** A reference to a shared, named schema that keeps its TypeScript type. */
export function ref<T extends TSchema>(schema: T) {
  const id = (schema as { $id?: unknown }).$id;
  if (typeof id !== 'string') throw new Error('ref() needs a schema with an $id');
  return Type.Unsafe<Static<T>>(Type.Ref(id));
}

export const Uuid = Type.String({ format: 'uuid', $id: 'Uuid', description: 'A UUID' });
export const IdParams = Type.Object({ id: ref(Uuid) }, { additionalProperties: false });

export const Version = Type.Integer({
  minimum: 1,
  description: 'Increases by one with every change; the ETag carries it',
});
export const Timestamp = Type.String({ format: 'date-time' });

/** What every mutable item carries besides its own fields. */
export const ItemMeta = { version: Version, createdAt: Timestamp, updatedAt: Timestamp };

/** Free text from people: bounded, so nothing huge is ever stored; a required one is not blank. */
export const Text = (maxLength: number, options: { minLength?: number; description?: string } = {}) =>
  Type.String({
    minLength: options.minLength ?? 0,
    maxLength,
    ...(options.minLength ? { pattern: '\\S' } : {}),
    ...options,
  });
export const Name = Text(200, { minLength: 1 });

export const ListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    // A cursor carries the last row's sort key (a title of up to 300 characters) and id.
    cursor: Type.Optional(Type.String({ maxLength: 2500, description: 'nextCursor of the previous page' })),
  },
  { additionalProperties: false },
);

/** For lists that always fit one page: they take no query at all, and say so. */
export const NoQuery = Type.Object({}, { additionalProperties: false });

export function Page<T extends TSchema>(item: T) {
  return Type.Object(
    {
      items: Type.Array(item),
      nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'null on the last page' }),
    },
    { additionalProperties: false },
  );
}

/** Every schema with an $id: added once to ajv, the serializer and OpenAPI components. */
export const sharedSchemas: TSchema[] = [Uuid, FieldCodeSchema, FieldError, Problem];
