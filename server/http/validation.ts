import { Ajv, type Options } from 'ajv';
import formatsPlugin from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import type { TSchema } from 'typebox';

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
  const strictAjv = createAjv({ coerceTypes: false }, shared);
  const urlAjv = createAjv({ coerceTypes: 'array', useDefaults: true }, shared);
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const ajv = httpPart === 'querystring' || httpPart === 'params' ? urlAjv : strictAjv;
    return ajv.compile(schema);
  });
}
