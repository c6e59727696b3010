import { Type, type Static } from 'typebox';
import { InputObject, ItemObject, ListQueryWith } from '../http/item-schemas.js';
import { Name, Uuid, ref } from '../http/schemas.js';

export const Role = Type.Union(
  [Type.Literal('admin'), Type.Literal('editor'), Type.Literal('partner'), Type.Literal('viewer')],
  { $id: 'Role', description: 'admin, editor (säkerhetsenheten), partner (e.g. the Police), viewer' },
);

const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254 });
const Password = Type.String({ minLength: 12, maxLength: 256, description: 'At least 12 characters' });

export const User = ItemObject('User', {
  email: Email,
  name: Name,
  role: ref(Role),
  organisationId: ref(Uuid),
  municipalityId: Type.Union([ref(Uuid), Type.Null()], { description: "The organisation's municipality" }),
  disabled: Type.Boolean(),
});
export type User = Static<typeof User>;

export const CreateUser = InputObject('CreateUser', {
  email: Email,
  name: Name,
  password: Password,
  role: ref(Role),
  organisationId: ref(Uuid),
});
export type CreateUser = Static<typeof CreateUser>;

export const PatchUser = InputObject(
  'PatchUser',
  {
    email: Type.Optional(Email),
    name: Type.Optional(Name),
    password: Type.Optional(Password),
    role: Type.Optional(ref(Role)),
    organisationId: Type.Optional(ref(Uuid)),
    disabled: Type.Optional(Type.Boolean({ description: 'A disabled account can neither sign in nor use its tokens' })),
  },
  { minProperties: 1 },
);
export type PatchUser = Static<typeof PatchUser>;

export const UserListQuery = ListQueryWith({
  organisationId: Type.Optional(ref(Uuid)),
  role: Type.Optional(ref(Role)),
});

export const userSchemas = [Role, User, CreateUser, PatchUser];
