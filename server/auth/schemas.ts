import { Type, type Static } from 'typebox';
import { SecondFactorCode } from '../mfa/schemas.js';

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
    oneTimeCode: Type.Optional(SecondFactorCode),
  },
  { $id: 'LoginBody', additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const authSchemas = [LoginBody];
