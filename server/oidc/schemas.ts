import { Type, type Static } from 'typebox';

export const SignInOptions = Type.Object(
  {
    singleSignOn: Type.Boolean({ description: 'Sign-in through the municipality’s identity provider is configured' }),
  },
  { $id: 'SignInOptions', additionalProperties: false },
);
export type SignInOptions = Static<typeof SignInOptions>;

const Param = (description: string) => Type.Optional(Type.String({ maxLength: 4096, description }));

/** What an OpenID provider sends back to the redirect URI (RFC 6749 4.1.2, RFC 9207). */
export const OidcCallbackQuery = Type.Object(
  {
    code: Param('The authorization code'),
    state: Param('The state the sign-in was begun with'),
    iss: Param('The issuer (RFC 9207)'),
    session_state: Param('The provider’s session (Keycloak, Entra ID)'),
    error: Param('Why the provider refused'),
    error_description: Param('The provider’s words for it'),
    error_uri: Param('Where the provider explains it'),
  },
  { additionalProperties: false },
);
export type OidcCallbackQuery = Static<typeof OidcCallbackQuery>;

export const oidcSchemas = [SignInOptions];
