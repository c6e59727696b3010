import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';

// The environment, as the README's configuration table. Every value arrives as
// text; TypeBox converts, defaults and checks it once at start.
const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://[^\\s]+$' })),
  DATA_DIR: Type.String({ minLength: 1, default: './data' }),
  DEMO_DATA: Type.Optional(Type.Boolean()),
  ADMIN_EMAIL: Type.Optional(Type.String({ format: 'email' })),
  ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 12, maxLength: 256 })),
  SESSION_IDLE_MINUTES: Type.Integer({ minimum: 1, maximum: 7 * 24 * 60, default: 120 }),
  SESSION_MAX_HOURS: Type.Integer({ minimum: 1, maximum: 30 * 24, default: 12 }),
  // auto: Secure when the request came over TLS (directly or, with TRUST_PROXY, via a proxy)
  COOKIE_SECURE: Type.Union([Type.Literal('auto'), Type.Literal('true'), Type.Literal('false')], {
    default: 'auto',
  }),
  TRUST_PROXY: Type.Boolean({ default: false }),
  BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, default: 1024 * 1024 }),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 10_000 }),
  DB_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 5_000 }),
  // Failed sign-ins allowed per account and per address in a minute, before 429.
  LOGIN_FAILURES_PER_MINUTE: Type.Integer({ minimum: 1, maximum: 1000, default: 10 }),
  // Writes (POST, PUT, PATCH, DELETE) allowed per session, token or anonymous address in a minute.
  WRITES_PER_MINUTE: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 300 }),
  // The spreadsheet import's limits; stated in the OpenAPI document.
  IMPORT_MAX_BYTES: Type.Integer({ minimum: 1024, default: 10 * 1024 * 1024 }),
  IMPORT_MAX_ROWS: Type.Integer({ minimum: 1, default: 20_000 }),
  // The licence line of the open data (as the municipality chooses).
  OPEN_DATA_LICENCE: Type.String({ minLength: 1, maxLength: 200, default: 'CC0 1.0 Universell (CC0 1.0)' }),
  // Memory for public documents kept built and compressed (dashboards, open data, progress).
  PUBLIC_CACHE_MB: Type.Integer({ minimum: 0, maximum: 4096, default: 64 }),
  // Kolada's open API (kolada.se, v3): where indicators that name a KPI fetch their values.
  KOLADA_URL: Type.String({ pattern: '^https?://[^\\s]+$', default: 'https://api.kolada.se/v3' }),
  // How long one request to Kolada may take, answer included.
  KOLADA_TIMEOUT_MS: Type.Integer({ minimum: 10, maximum: 300_000, default: 15_000 }),
  // The hour (UTC) of the daily Kolada sync.
  KOLADA_SYNC_HOUR: Type.Integer({ minimum: 0, maximum: 23, default: 4 }),
  // E-mail reminders of reporting tasks: on only with SMTP_URL (smtp:// or smtps://, credentials in it).
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://[^\\s]+$' })),
  MAIL_FROM: Type.Optional(Type.String({ minLength: 3, maxLength: 300 })),
  REMINDER_DAYS_BEFORE: Type.Integer({ minimum: 0, maximum: 27, default: 3 }),
  // The hour (0–23, Swedish time) from which a day's reminders go out.
  REMINDER_HOUR: Type.Integer({ minimum: 0, maximum: 23, default: 8 }),
  REMINDER_CHECK_SECONDS: Type.Integer({ minimum: 1, maximum: 86_400, default: 300 }),
  // Where people reach the service, e.g. https://lofteskollen.linkoping.se (a trailing slash is dropped).
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://[^\\s/]+(/[^\\s]*)?$', maxLength: 2000 })),
  // Single sign-on (OpenID Connect) through the municipality's identity provider; all three or none.
  OIDC_ISSUER: Type.Optional(Type.String({ pattern: '^https?://[^\\s]+$', maxLength: 2000 })),
  OIDC_CLIENT_ID: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  OIDC_CLIENT_SECRET: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  // Who must sign in with a second factor: off, or admins and editors (the default outside the demo).
  MFA_REQUIRED: Type.Optional(Type.Union([Type.Literal('off'), Type.Literal('editors')])),
  // A demo reachable from the network on purpose: its accounts then read only what the public reads.
  DEMO_PUBLIC: Type.Boolean({ default: false }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info' },
  ),
});

type Env = Static<typeof EnvSchema>;

export interface Config {
  port: number;
  host: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  demoData: boolean;
  bootstrapAdmin: { email: string; password: string } | null;
  session: { idleMinutes: number; maxHours: number };
  cookieSecure: 'auto' | boolean;
  trustProxy: boolean;
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
  dbTimeoutMs: number;
  throttle: { loginFailuresPerMinute: number; writesPerMinute: number };
  import: { maxBytes: number; maxRows: number };
  openDataLicence: string;
  publicCacheBytes: number;
  kolada: { url: string; timeoutMs: number; syncHour: number };
  logLevel: string;
  /** E-mail, for the reminders; null without SMTP_URL (no reminders). */
  mail: { smtpUrl: string; from: string; publicUrl: string } | null;
  reminders: { daysBefore: number; hour: number; checkSeconds: number };
  /** PUBLIC_URL, without a trailing slash; null when not set. */
  publicUrl: string | null;
  /** Single sign-on through an OpenID provider; null when not configured. */
  oidc: { issuer: string; clientId: string; clientSecret: string; redirectUri: string } | null;
  /** Who needs a second factor: nobody, or admins and editors. */
  mfaRequired: 'off' | 'editors';
  /** DEMO_PUBLIC: the demo may be reached from the network; its accounts read only what the public reads. */
  demoPublic: boolean;
}

export class ConfigError extends Error {}

/** Parses the environment once; throws ConfigError naming the first bad variable. */
export function loadConfig(environment: Record<string, string | undefined> = process.env): Readonly<Config> {
  const raw = Object.fromEntries(
    Object.keys(EnvSchema.properties)
      .map((name) => [name, environment[name]] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  // Value.Convert reads '3000.5' as 3000 and '1e3' as 1000: a number must be written as plain digits.
  for (const [name, value] of Object.entries(raw)) {
    const schema = (EnvSchema.properties as Record<string, { type?: unknown }>)[name];
    if (schema?.type === 'integer' && !/^[0-9]+$/.test(value!)) {
      throw new ConfigError(`Invalid environment variable ${name}=${JSON.stringify(value)}: must be a whole number`);
    }
  }
  const env = Value.Default(EnvSchema, Value.Convert(EnvSchema, raw)) as Env;
  const [error] = Value.Errors(EnvSchema, env);
  if (error) {
    const name = error.instancePath.replace(/^\//, '');
    // Secrets are named, never echoed.
    const shown = /PASSWORD|DATABASE_URL|SMTP_URL|SECRET/.test(name) ? '' : `=${JSON.stringify(raw[name])}`;
    throw new ConfigError(`Invalid environment variable ${name}${shown}: ${error.message}`);
  }
  if (env.DATABASE_URL !== undefined && !URL.canParse(env.DATABASE_URL)) {
    throw new ConfigError(`Invalid environment variable DATABASE_URL: not a valid postgres:// URL`);
  }
  if (!URL.canParse(env.KOLADA_URL)) {
    throw new ConfigError(`Invalid environment variable KOLADA_URL=${JSON.stringify(env.KOLADA_URL)}: not a URL`);
  }
  const mail = mailOf(env);
  if ((env.ADMIN_EMAIL === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  const oidc = oidcConfig(env);
  const database: Config['database'] =
    env.DATABASE_URL === undefined
      ? { kind: 'pglite', dataDir: env.DATA_DIR }
      : { kind: 'postgres', url: env.DATABASE_URL };
  const demoData = env.DEMO_DATA ?? database.kind === 'pglite';
  return Object.freeze({
    port: env.PORT,
    host: env.HOST,
    database,
    demoData,
    bootstrapAdmin:
      env.ADMIN_EMAIL !== undefined && env.ADMIN_PASSWORD !== undefined
        ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }
        : null,
    session: { idleMinutes: env.SESSION_IDLE_MINUTES, maxHours: env.SESSION_MAX_HOURS },
    cookieSecure: env.COOKIE_SECURE === 'auto' ? 'auto' : env.COOKIE_SECURE === 'true',
    trustProxy: env.TRUST_PROXY,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    dbTimeoutMs: env.DB_TIMEOUT_MS,
    throttle: { loginFailuresPerMinute: env.LOGIN_FAILURES_PER_MINUTE, writesPerMinute: env.WRITES_PER_MINUTE },
    import: { maxBytes: env.IMPORT_MAX_BYTES, maxRows: env.IMPORT_MAX_ROWS },
    openDataLicence: env.OPEN_DATA_LICENCE,
    publicCacheBytes: env.PUBLIC_CACHE_MB * 1024 * 1024,
    kolada: {
      url: env.KOLADA_URL.replace(/\/+$/, ''),
      timeoutMs: env.KOLADA_TIMEOUT_MS,
      syncHour: env.KOLADA_SYNC_HOUR,
    },
    logLevel: env.LOG_LEVEL,
    mail,
    reminders: {
      daysBefore: env.REMINDER_DAYS_BEFORE,
      hour: env.REMINDER_HOUR,
      checkSeconds: env.REMINDER_CHECK_SECONDS,
    },
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    oidc,
    mfaRequired: env.MFA_REQUIRED ?? (demoData ? 'off' : 'editors'),
    demoPublic: env.DEMO_PUBLIC,
  });
}

/** The e-mail settings: SMTP_URL a URL that parses, with MAIL_FROM and PUBLIC_URL beside it. */
function mailOf(env: Env): Config['mail'] {
  if (env.SMTP_URL === undefined) return null;
  if (!URL.canParse(env.SMTP_URL) || new URL(env.SMTP_URL).hostname === '') {
    throw new ConfigError('Invalid environment variable SMTP_URL: not a valid smtp:// or smtps:// URL');
  }
  if (env.MAIL_FROM === undefined)
    throw new ConfigError('MAIL_FROM must be set with SMTP_URL (the sender of reminders)');
  if (env.PUBLIC_URL === undefined || !URL.canParse(env.PUBLIC_URL)) {
    throw new ConfigError('PUBLIC_URL must be set with SMTP_URL (where the links in reminders lead)');
  }
  return { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, publicUrl: env.PUBLIC_URL.replace(/\/+$/, '') };
}

/** OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together, with PUBLIC_URL for the redirect URI. */
function oidcConfig(env: Env): Config['oidc'] {
  const set = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter((value) => value !== undefined);
  if (set.length === 0) return null;
  if (set.length < 3) throw new ConfigError('OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together');
  if (env.PUBLIC_URL === undefined) throw new ConfigError('OIDC_ISSUER needs PUBLIC_URL (for the redirect URI)');
  const issuer = URL.canParse(env.OIDC_ISSUER!) ? new URL(env.OIDC_ISSUER!) : null;
  const local = issuer !== null && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
  if (issuer === null || (issuer.protocol !== 'https:' && !local)) {
    throw new ConfigError(
      'Invalid environment variable OIDC_ISSUER: must be an https:// URL (http only on this machine)',
    );
  }
  return {
    issuer: env.OIDC_ISSUER!,
    clientId: env.OIDC_CLIENT_ID!,
    clientSecret: env.OIDC_CLIENT_SECRET!,
    redirectUri: `${env.PUBLIC_URL.replace(/\/+$/, '')}/api/v1/auth/oidc/callback`,
  };
}
