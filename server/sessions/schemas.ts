import { Type, type Static } from 'typebox';
import { Timestamp, Uuid, ref } from '../http/schemas.js';

const Address = Type.Union([Type.String(), Type.Null()], { description: 'The client address it was used from' });
const Agent = Type.Union([Type.String(), Type.Null()], { description: 'The User-Agent it was used with' });

export const MySession = Type.Object(
  {
    id: ref(Uuid),
    createdAt: Timestamp,
    lastUsedAt: Timestamp,
    expiresAt: Timestamp,
    address: Address,
    userAgent: Agent,
    method: Type.Union(
      [
        Type.Literal('password'),
        Type.Literal('password+totp'),
        Type.Literal('password+recovery'),
        Type.Literal('oidc'),
      ],
      { description: 'How it was opened' },
    ),
    current: Type.Boolean({ description: 'The session this request came with' }),
  },
  { $id: 'MySession', additionalProperties: false },
);
export type MySession = Static<typeof MySession>;

export const MyToken = Type.Object(
  {
    id: ref(Uuid),
    label: Type.Union([Type.String(), Type.Null()]),
    createdAt: Timestamp,
    lastUsedAt: Type.Union([Timestamp, Type.Null()]),
    expiresAt: Type.Union([Timestamp, Type.Null()]),
    address: Address,
    userAgent: Agent,
  },
  { $id: 'MyToken', additionalProperties: false, description: 'An API token of yours, without its secret' },
);
export type MyToken = Static<typeof MyToken>;

export const MySessions = Type.Object(
  { sessions: Type.Array(ref(MySession)), tokens: Type.Array(ref(MyToken)) },
  { $id: 'MySessions', additionalProperties: false },
);
export type MySessions = Static<typeof MySessions>;

export const sessionSchemas = [MySession, MyToken, MySessions];
