import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

// Fastify turns every response schema into a serializer (fast-json-stringify)
// while the app starts: ~2.5 s for this API's hundreds of route × status pairs,
// most of which a process never sends. Each is compiled on its first use instead,
// the same serializer from the same schema, so a start is ready sooner.

const compileSerializers = SerializerSelector();

/** Fastify's own serializer factory, compiling each route's serializer when it first serializes. */
export const lazySerializers: typeof compileSerializers = (externalSchemas, options) => {
  const compile = compileSerializers(externalSchemas, options);
  return (route) => {
    let serialize: ((document: unknown) => string) | undefined;
    return (document) => (serialize ??= compile(route))(document);
  };
};
