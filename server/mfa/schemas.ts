import { Type, type Static } from 'typebox';
import { Formed } from '../http/field-errors.js';

/** A code of the authenticator app (6 digits) or a recovery code (xxxx-xxxx-xxxx-xxxx). */
export const SecondFactorCode = Formed('second-factor-code', '^([0-9]{6}|[A-Za-z0-9]{4}(-?[A-Za-z0-9]{4}){3})$', {
  description: 'The 6 digits of the authenticator app, or one of the recovery codes',
});

export const MfaStatus = Type.Object(
  {
    enabled: Type.Boolean({ description: 'The account signs in with a second factor (TOTP)' }),
    required: Type.Boolean({ description: 'Its role must (MFA_REQUIRED=editors: admins and editors)' }),
    recoveryCodesLeft: Type.Integer({ minimum: 0 }),
  },
  { $id: 'MfaStatus', additionalProperties: false },
);
export type MfaStatus = Static<typeof MfaStatus>;

export const MfaEnrolment = Type.Object(
  {
    secret: Type.String({ description: 'The TOTP secret (base32), for typing in by hand' }),
    uri: Type.String({ description: 'The otpauth:// URI the QR code holds' }),
    qrCode: Type.String({ description: 'The QR code, drawn on the server: a data: URL of an SVG image' }),
  },
  { $id: 'MfaEnrolment', additionalProperties: false },
);
export type MfaEnrolment = Static<typeof MfaEnrolment>;

export const ConfirmMfaBody = Type.Object(
  { oneTimeCode: Formed('second-factor-code', '^[0-9]{6}$', { description: 'The 6 digits the app shows now' }) },
  { $id: 'ConfirmMfaBody', additionalProperties: false },
);
export type ConfirmMfaBody = Static<typeof ConfirmMfaBody>;

export const RecoveryCodes = Type.Object(
  {
    recoveryCodes: Type.Array(Type.String(), {
      minItems: 10,
      maxItems: 10,
      description: 'Ten single-use codes, shown this once (only their hashes are stored)',
    }),
  },
  { $id: 'RecoveryCodes', additionalProperties: false },
);
export type RecoveryCodes = Static<typeof RecoveryCodes>;

export const mfaSchemas = [MfaStatus, MfaEnrolment, ConfirmMfaBody, RecoveryCodes];
