import { Ajv, type Options, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import type { TSchema } from 'typebox';
import { problems } from './problems.js';

const addFormats = formatsPlugin.default;

// Bodies are checked as sent: no coercion, no defaults, no stripped fields.
// Query strings and path parameters are text by nature and may be coerced.
const common: Options = {
  allErrors: false,
  removeAdditional: false,
  useDefaults: false,
  strict: true,
  // TypeBox marks schemas with non-standard keys such as `~kind`; they are not
  // enumerable, but OpenAPI keywords (example, description) are allowed here.
  keywords: ['example'],
};

function createAjv(options: Pick<Options, 'coerceTypes' | 'useDefaults'>, shared: TSchema[]) {
  const ajv = new Ajv({ ...common, ...options });
  addFormats(ajv);
  for (const schema of shared) ajv.addSchema(schema);
  return ajv;
}

/** Validates every route with ajv: strict for bodies, coercing for the URL. */
export function registerValidation(app: FastifyInstance, shared: TSchema[]) {
  // Bodies are JSON only. Fastify's default text/plain parser would hand the
  // text on to validation (a 400 "must be object"); without it, 415 as for any other type.
  app.removeContentTypeParser('text/plain');
  // JSON as Fastify parses it (secure-json-parse, the app's __proto__/constructor
  // rules), but nesting beyond any schema's is refused before it is parsed:
  // code that walks a body recursively (a request hash) never meets 10 000 levels.
  const parseJson = app.getDefaultJsonParser(
    app.initialConfig.onProtoPoisoning ?? 'error',
    app.initialConfig.onConstructorPoisoning ?? 'error',
  );
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (nestingDepth(body as string, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      done(problems.badRequest(`The body nests deeper than ${MAX_JSON_DEPTH} levels.`), undefined);
      return;
    }
    void parseJson(request, body as string, done);
  });
  // Each route's validator is compiled when it first validates, not all while the app starts;
  // so are the two ajv instances, which check every shared schema as it is added.
  let strictAjv: Ajv | undefined;
  let urlAjv: Ajv | undefined;
  app.setValidatorCompiler(({ schema, httpPart }) =>
    compiledOnFirstUse(schema, () =>
      httpPart === 'querystring' || httpPart === 'params'
        ? finiteOnly((urlAjv ??= createAjv({ coerceTypes: 'array', useDefaults: true }, shared)).compile(schema))
        : (strictAjv ??= createAjv({ coerceTypes: false }, shared)).compile(schema),
    ),
  );
}

/** A validator that compiles itself on its first call, its errors where Fastify reads them. */
function compiledOnFirstUse(schema: object, compile: () => ValidateFunction): ValidateFunction {
  let compiled: ValidateFunction | undefined;
  const validate = ((data: unknown) => {
    compiled ??= compile();
    const valid = compiled(data);
    validate.errors = compiled.errors;
    return valid;
  }) as ValidateFunction;
  validate.schema = schema;
  return validate;
}

/** How deep JSON bodies may nest: far beyond any request schema, far below what recursion can take. */
export const MAX_JSON_DEPTH = 64;

/** How deeply arrays and objects nest in JSON text (strings skipped), counting no further than just past `limit`. */
export function nestingDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      // A backslash escapes the next character.
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return deepest;
}

/** Where a non-finite number is in coerced URL data, as a JSON Pointer, or null. */
function nonFinitePath(data: unknown, path = ''): string | null {
  if (typeof data === 'number') return Number.isFinite(data) ? null : path;
  if (data === null || typeof data !== 'object') return null;
  for (const [key, value] of Object.entries(data)) {
    const found = nonFinitePath(value, `${path}/${key}`);
    if (found !== null) return found;
  }
  return null;
}

/**
 * ajv coerces "1e309" or "Infinity" in a query string or path to Infinity and
 * then lets it pass `integer`, `minimum` and `maximum` alike: such a value is
 * refused here as any other invalid one (a 400 naming the parameter).
 */
function finiteOnly(validate: ValidateFunction): ValidateFunction {
  const checked = ((data: unknown) => {
    if (!validate(data)) {
      checked.errors = validate.errors;
      return false;
    }
    const path = nonFinitePath(data);
    checked.errors =
      path === null ? null : [{ instancePath: path, schemaPath: '#', keyword: 'type', params: { type: 'number' } }];
    return path === null;
  }) as ValidateFunction;
  checked.schema = validate.schema;
  return checked;
}
