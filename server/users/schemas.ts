import { Type, type Static } from 'typebox';
import { InputObject, ItemObject, ListQueryWith } from '../http/item-schemas.js';
import { Name, Uuid, ref } from '../http/schemas.js';

export const Role = Type.Union(
  [Type.Literal('admin'), Type.Literal('editor'), Type.Literal('partner'), Type.Literal('viewer')],
  { $id: 'Role', description: 'admin, editor (säkerhetsenheten), partner (e.g. the Police), viewer' },
);

export const Language = Type.Union([Type.Literal('sv'), Type.Literal('en')], {
  $id: 'Language',
  description: 'sv (svenska) or en (English)',
});

const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254 });
const Password = Type.String({ minLength: 12, maxLength: 256, description: 'At least 12 characters' });

export const User = ItemObject('User', {
  email: Email,
  name: Name,
  role: ref(Role),
  organisationId: ref(Uuid),
  municipalityId: Type.Union([ref(Uuid), Type.Null()], { description: "The organisation's municipality" }),
  disabled: Type.Boolean(),
  reminders: Type.Boolean({ description: 'E-mail reminders of reporting tasks are on (the person may turn them off)' }),
  language: Type.Union([ref(Language), Type.Null()], {
    description: 'The language the person reads, for e-mail; null: not known (Swedish)',
  }),
});
export type User = Static<typeof User>;

/** What the signed-in person may change of their own account (PATCH /auth/me, If-Match). */
export const PatchMe = InputObject(
  'PatchMe',
  {
    reminders: Type.Optional(Type.Boolean({ description: 'false: no e-mail reminders of reporting tasks' })),
    language: Type.Optional(ref(Language)),
  },
  { minProperties: 1 },
);
export type PatchMe = Static<typeof PatchMe>;

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

export const userSchemas = [Role, Language, User, PatchMe, CreateUser, PatchUser];
