import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import {
  BadInput,
  Conflict,
  PeriodClosed,
  DomainError,
  Forbidden,
  Invalid,
  NotFound,
  RowErrors,
  SignInRefused,
  SignInStepNeeded,
  StaleVersion,
  TooLarge,
  Unauthenticated,
  Unavailable,
  VersionRequired,
} from '../domain/errors.js';
import { FIELD_CODES, FIELD_RULES, type FieldCode } from '../domain/field-rules.js';
import { brokenRule } from './field-errors.js';

// RFC 9457 problem details: the one error shape of every route.

export const FieldCodeSchema = Type.Union(
  FIELD_CODES.map((code) => Type.Literal(code, { description: FIELD_RULES[code].description })),
  { $id: 'FieldCode', description: 'Which rule is broken: stable, for a client to say it in its reader’s language' },
);

/** A broken rule's stable code, English message and parameters: in field errors and in import row errors. */
export const BrokenRuleFields = {
  code: Type.Unsafe<FieldCode>(Type.Ref('FieldCode')),
  message: Type.String({ description: 'The same in English' }),
  params: Type.Optional(
    Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
      description: 'What the rule names, e.g. {"limit": 300} for too-long',
    }),
  ),
};

export const FieldError = Type.Object(
  {
    in: Type.Union([Type.Literal('body'), Type.Literal('query'), Type.Literal('params'), Type.Literal('headers')]),
    path: Type.String({ description: 'JSON Pointer to the field within its part, "" for the whole part' }),
    ...BrokenRuleFields,
  },
  { $id: 'FieldError', additionalProperties: false },
);
export type FieldError = Static<typeof FieldError>;

/**
 * Every problem type the API answers, with its status, title (the HTTP
 * reason phrase) and what it means: the one registry. A problem's `type` is `/problems/<kind>`;
 * the Problem schema lists them all in the OpenAPI document.
 */
export const PROBLEM_TYPES = {
  validation: { status: 400, title: 'Bad Request', description: 'A field breaks a rule; errors names each field' },
  'bad-request': {
    status: 400,
    title: 'Bad Request',
    description: 'The request cannot be read (not JSON, a malformed path or query)',
  },
  unauthenticated: { status: 401, title: 'Unauthorized', description: 'Sign in (or send a bearer token) first' },
  forbidden: { status: 403, title: 'Forbidden', description: 'The caller sees the item but may not do this' },
  'cross-site': { status: 403, title: 'Forbidden', description: 'A change sent from another site' },
  'not-found': { status: 404, title: 'Not Found', description: 'No such item, or one the caller may not see' },
  'method-not-allowed': {
    status: 405,
    title: 'Method Not Allowed',
    description: 'The path does not take this method (see Allow)',
  },
  conflict: {
    status: 409,
    title: 'Conflict',
    description: 'The change contradicts what is stored (a duplicate, an item still in use)',
  },
  'period-closed': {
    status: 409,
    title: 'Conflict',
    description: 'The month lies in a closed (settled) tertial; errors names the period',
  },
  'in-progress': {
    status: 409,
    title: 'Conflict',
    description: 'A request with the same Idempotency-Key is still being handled',
  },
  'precondition-failed': {
    status: 412,
    title: 'Precondition Failed',
    description: 'If-Match names a version that is no longer the stored one',
  },
  'too-large': {
    status: 413,
    title: 'Payload Too Large',
    description: 'The body or file is larger than this server takes',
  },
  'uri-too-long': {
    status: 414,
    title: 'URI Too Long',
    description: 'A part of the path is longer than this server takes',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported Media Type',
    description: 'The body is not of a content type this route takes',
  },
  'range-not-satisfiable': {
    status: 416,
    title: 'Range Not Satisfiable',
    description: 'A Range header asks for bytes a static file does not have',
  },
  unprocessable: {
    status: 422,
    title: 'Unprocessable Entity',
    description: 'An Idempotency-Key reused for another request',
  },
  'import-errors': {
    status: 422,
    title: 'Unprocessable Entity',
    description: 'An import with row errors: nothing was written; errors name sheet, row and column',
  },
  'precondition-required': {
    status: 428,
    title: 'Precondition Required',
    description: 'A change to an existing item needs If-Match',
  },
  'too-many-requests': {
    status: 429,
    title: 'Too Many Requests',
    description: 'Too many failed sign-ins or writes this minute (see Retry-After)',
  },
  internal: {
    status: 500,
    title: 'Internal Server Error',
    description: 'Something went wrong on the server; it has been logged',
  },
  unavailable: {
    status: 503,
    title: 'Service Unavailable',
    description: 'The database is not reachable or the server is shutting down (see Retry-After)',
  },
  'second-factor-needed': {
    status: 401,
    title: 'Unauthorized',
    description: 'The password was right; send the code of the second factor (or a recovery code) too',
  },
  'enrolment-needed': {
    status: 403,
    title: 'Forbidden',
    description: 'Your role needs a second factor: enrol one (/auth/mfa) before anything else',
  },
  'sso-required': {
    status: 403,
    title: 'Forbidden',
    description: 'This organisation signs in through its identity provider; passwords do not work',
  },
  'sso-refused': {
    status: 403,
    title: 'Forbidden',
    description: 'The single sign-on was refused (tampered, replayed, foreign, expired, or an unknown person)',
  },
  'web-not-built': { status: 503, title: 'Service Unavailable', description: 'The web client has not been built' },
} as const satisfies Record<string, { status: number; title: string; description: string }>;
export type ProblemKind = keyof typeof PROBLEM_TYPES;

export const Problem = Type.Object(
  {
    type: Type.Unsafe<`/problems/${ProblemKind}`>(
      Type.Union(
        Object.entries(PROBLEM_TYPES).map(([kind, { status, description }]) =>
          Type.Literal(`/problems/${kind}`, { description: `${status}: ${description}` }),
        ),
        { description: 'A URI reference naming the kind of problem; each kind has one status' },
      ),
    ),
    title: Type.String(),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Unsafe<FieldError>(Type.Ref('FieldError')))),
  },
  { $id: 'Problem', additionalProperties: false, description: 'RFC 9457 problem details' },
);
export type Problem = Static<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export class HttpProblem extends Error {
  readonly status: number;

  constructor(
    readonly kind: ProblemKind,
    detail: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.status = PROBLEM_TYPES[kind].status;
  }

  toProblem(instance?: string): Problem {
    return {
      type: `/problems/${this.kind}`,
      title: PROBLEM_TYPES[this.kind].title,
      status: this.status,
      detail: this.message,
      ...(instance === undefined ? {} : { instance }),
      ...(this.errors === undefined ? {} : { errors: this.errors }),
    };
  }
}

/** The problems the HTTP layer raises itself; services throw domain errors instead. */
export const problems = {
  validation: (detail: string, errors: FieldError[]) => new HttpProblem('validation', detail, errors),
  badRequest: (detail: string) => new HttpProblem('bad-request', detail),
  unauthenticated: (detail = 'Sign in to do this.') => new HttpProblem('unauthenticated', detail),
  forbidden: (detail = 'Your role may not do this.') => new HttpProblem('forbidden', detail),
  crossSite: () =>
    new HttpProblem('cross-site', 'A change must come from Löfteskollen’s own pages, not from another site.'),
  unprocessable: (detail: string) => new HttpProblem('unprocessable', detail),
  enrolmentNeeded: () =>
    new HttpProblem('enrolment-needed', 'Your role needs a second factor: enrol one (POST /api/v1/auth/mfa) first.'),
  unavailable: (detail = 'The database is not reachable right now; try again shortly.') =>
    new HttpProblem('unavailable', detail, undefined, { 'retry-after': '5' }),
};

const SIGN_IN_STEPS = {
  'second-factor': 'second-factor-needed',
  'enrol-second-factor': 'enrolment-needed',
  'single-sign-on': 'sso-required',
} as const satisfies Record<SignInStepNeeded['step'], ProblemKind>;

/** Each domain error's problem: the one place where a rule's "no" becomes HTTP. */
function fromDomainError(error: DomainError): HttpProblem {
  if (error instanceof NotFound) return new HttpProblem('not-found', error.message);
  if (error instanceof Forbidden) return new HttpProblem('forbidden', error.message);
  if (error instanceof Unauthenticated) return new HttpProblem('unauthenticated', error.message);
  if (error instanceof PeriodClosed) return new HttpProblem('period-closed', error.message, error.issues);
  if (error instanceof Conflict) return new HttpProblem('conflict', error.message);
  if (error instanceof StaleVersion) return new HttpProblem('precondition-failed', error.message);
  if (error instanceof VersionRequired) return new HttpProblem('precondition-required', error.message);
  if (error instanceof Invalid) return new HttpProblem('validation', error.message, error.issues);
  if (error instanceof RowErrors) return new HttpProblem('import-errors', error.message, error.issues);
  if (error instanceof TooLarge) return new HttpProblem('too-large', error.message);
  if (error instanceof BadInput) return new HttpProblem('bad-request', error.message);
  if (error instanceof Unavailable) return problems.unavailable(error.message);
  if (error instanceof SignInRefused) return new HttpProblem('sso-refused', error.message);
  if (error instanceof SignInStepNeeded) return new HttpProblem(SIGN_IN_STEPS[error.step], error.message);
  throw new Error(`A domain error without a problem type: ${error.constructor.name}`);
}

type AjvError = { instancePath: string; keyword: string; params: Record<string, unknown> };

const partNames: Record<string, FieldError['in']> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

function fieldErrors(error: FastifyError): FieldError[] {
  const part = partNames[error.validationContext ?? 'body'] ?? 'body';
  const items = error.validation as AjvError[];
  // A union of literals fails once per literal: say once which values it takes.
  const allowed = new Map<string, unknown[]>();
  for (const item of items) {
    if (item.keyword === 'const')
      allowed.set(item.instancePath, [...(allowed.get(item.instancePath) ?? []), item.params.allowedValue]);
  }
  const explainedDeeper = new Set(
    items
      .filter((item) => item.keyword === 'anyOf')
      .map((item) => item.instancePath)
      .filter((path) => items.some((other) => other.instancePath.startsWith(`${path}/`))),
  );
  const seen = new Set<string>();
  return items.flatMap((item) => {
    if (item.keyword === 'const' && allowed.has(item.instancePath)) {
      if (items.some((other) => other.keyword === 'anyOf' && other.instancePath === item.instancePath)) return [];
    }
    // Where a union failed inside one branch, that error says it better than the
    // union's own ("/measure/label is required", not "/measure must be null").
    if (explainedDeeper.has(item.instancePath)) return [];
    // Name the field itself for "missing" and "not allowed", not its parent.
    const property = item.params.missingProperty ?? item.params.additionalProperty;
    const path = typeof property === 'string' ? `${item.instancePath}/${property}` : item.instancePath;
    const rule = brokenRule(item, allowed.get(item.instancePath));
    const key = `${path}\n${rule.code}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ in: part, path, ...rule }];
  });
}

// Errors a driver raises when PostgreSQL is down or restarting.
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  // The host cannot be resolved or reached (DNS or network down).
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08001',
  '08003',
]);

function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && unavailableCodes.has(code)) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Query read timeout/i.test(
    error.message,
  );
}

// PostgreSQL refuses U+0000 in text (22021 character_not_in_repertoire, also
// "invalid byte sequence"), characters its encoding lacks (22P05), and values
// past its ranges (22003 numeric, 22007/22008 dates such as a year 0). The
// schemas bound what they can; whatever still reaches the database this way
// came from the caller: bad input, not a 500, and the transaction is undone.
const unstorableCodes = new Set(['22021', '22P05', '22003', '22007', '22008']);
function isUnstorableValue(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && unstorableCodes.has(code);
}

export function toHttpProblem(error: FastifyError | Error): HttpProblem | null {
  if (error instanceof HttpProblem) return error;
  if (error instanceof DomainError) return fromDomainError(error);
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    return problems.validation('The request is not valid; see errors.', fieldErrors(fastifyError));
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpProblem('unsupported-media-type', 'Send the body as application/json.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpProblem('too-large', 'The request body is larger than this server accepts.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problems.badRequest('The body is empty but the content type says JSON.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problems.badRequest('The body is not valid JSON.');
    // The router's own messages quote the path, half decoded: say what is wrong, not what was sent.
    case 'FST_ERR_BAD_URL':
      return problems.badRequest('The path holds a %-escape that is not valid.');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new HttpProblem('uri-too-long', 'A part of the path is longer than this server accepts.');
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return problems.badRequest('The body is not valid JSON.');
  }
  if (isDatabaseUnavailable(error)) return problems.unavailable();
  if (isUnstorableValue(error)) {
    return problems.badRequest(
      'The request holds a value that cannot be stored (such as U+0000 in text, or a date or number out of range).',
    );
  }
  // A row this write refers to was deleted by a request running at the same time.
  if ((error as { code?: unknown }).code === '23503') {
    return new HttpProblem('conflict', 'Something this request refers to was removed meanwhile; reload and try again.');
  }
  const status = fastifyError.statusCode;
  // Fastify's own 4xx errors carry messages meant for the caller.
  if (status !== undefined && status >= 400 && status < 500) {
    return new HttpProblem(clientErrorKind(status), error.message);
  }
  return null;
}

/**
 * The type of a client error Fastify or a plugin raised with this status (the
 * static files answer 403 for a path that climbs out, 412 and 416 for their
 * conditional and range requests); a status with no type of its own is 400.
 */
function clientErrorKind(status: number): ProblemKind {
  const general: ProblemKind[] = [
    'bad-request',
    'unauthenticated',
    'forbidden',
    'not-found',
    'method-not-allowed',
    'precondition-failed',
    'too-large',
    'uri-too-long',
    'unsupported-media-type',
    'range-not-satisfiable',
    'too-many-requests',
  ];
  return general.find((kind) => PROBLEM_TYPES[kind].status === status) ?? 'bad-request';
}

export function sendProblem(reply: FastifyReply, problem: HttpProblem) {
  if (problem.headers) void reply.headers(problem.headers);
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem.toProblem());
}

function patternOf(url: string): RegExp {
  const escaped = url
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${escaped}$`);
}

/**
 * For Fastify's `frameworkErrors` option: errors the router raises before any
 * route or hook runs (a malformed %-escape in the path, a path parameter over
 * maxParamLength), answered as problems instead of Fastify's own JSON shape.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const problem =
    toHttpProblem(error) ?? new HttpProblem('internal', 'Something went wrong on our side. It has been logged.');
  void sendProblem(reply, problem);
}

/**
 * What a browser gets instead of the not-found problem, where something else answers it (the web
 * client's own "not found" page); undefined: the problem document after all.
 */
export type NotFoundPage = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply> | undefined;

/** One error handler and one not-found handler for the whole app. */
export function registerProblemHandlers(app: FastifyInstance, options: { notFoundPage?: NotFoundPage } = {}) {
  // From the moment close() begins, in-flight requests finish and new ones are turned away.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (closing) {
      void reply.header('connection', 'close');
      throw problems.unavailable('The server is shutting down; try again in a moment.');
    }
  });

  // Which methods each path answers, to tell 405 from 404.
  const routes: { pattern: RegExp; methods: string[] }[] = [];
  app.addHook('onRoute', (route) => {
    const methods = ([] as string[]).concat(route.method);
    routes.push({ pattern: patternOf(route.url), methods });
  });

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const problem = toHttpProblem(error);
    if (problem) {
      if (problem.status >= 500) request.log.warn({ err: error }, problem.message);
      return sendProblem(reply, problem);
    }
    // The log has the detail; the caller learns nothing of internals.
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, new HttpProblem('internal', 'Something went wrong on our side. It has been logged.'));
  });

  app.setNotFoundHandler((request, reply) => {
    // Spelled as the router reads it (ignoreDuplicateSlashes, ignoreTrailingSlash),
    // so `DELETE /api/v1/municipalities/` is 405 like `DELETE /api/v1/municipalities`.
    const path = request.url.split('?')[0] ?? '/';
    const routed = path.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');
    const allowed = [
      ...new Set(routes.filter((route) => route.pattern.test(routed)).flatMap((route) => route.methods)),
    ];
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      void reply.header('allow', allowed.join(', '));
      return sendProblem(reply, new HttpProblem('method-not-allowed', `${request.method} is not allowed here.`));
    }
    return (
      options.notFoundPage?.(request, reply) ??
      sendProblem(reply, new HttpProblem('not-found', `${request.method} ${path} was not found.`))
    );
  });
}
