import { Type, type Static } from 'typebox';
import { Text, Timestamp, Uuid, ref } from '../http/schemas.js';

export const ApiToken = Type.Object(
  {
    id: ref(Uuid),
    userId: ref(Uuid),
    label: Type.Union([Type.String(), Type.Null()]),
    expiresAt: Type.Union([Timestamp, Type.Null()]),
    createdAt: Timestamp,
    lastUsedAt: Type.Union([Timestamp, Type.Null()]),
  },
  { $id: 'ApiToken', additionalProperties: false, description: 'An API token, without its secret' },
);
export type ApiToken = Static<typeof ApiToken>;

export const IssuedToken = Type.Object(
  {
    id: ref(Uuid),
    token: Type.String({ description: 'The secret, shown this once: send it as Authorization: Bearer <token>' }),
    label: Type.Union([Type.String(), Type.Null()]),
    expiresAt: Type.Union([Timestamp, Type.Null()]),
  },
  { $id: 'IssuedToken', additionalProperties: false },
);
export type IssuedToken = Static<typeof IssuedToken>;

export const IssueToken = Type.Object(
  {
    label: Type.Optional(Text(200, { minLength: 1 })),
    expiresAt: Type.Optional(
      Type.String({ format: 'date-time', description: 'When the token stops working; none: never' }),
    ),
  },
  { $id: 'IssueToken', additionalProperties: false },
);
export type IssueToken = Static<typeof IssueToken>;

export const tokenSchemas = [ApiToken, IssuedToken, IssueToken];
