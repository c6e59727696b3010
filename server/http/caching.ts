import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Public answers, the same for everyone: a strong ETag of the body, a minute
 * in any cache (a CDN or proxy may carry public load), and 304 to a matching
 * If-None-Match. True when the 304 was sent; otherwise send the body.
 */
export function sendCacheable(request: FastifyRequest, reply: FastifyReply, body: string | Buffer): boolean {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  void reply.header('etag', etag).header('cache-control', 'public, max-age=60').header('vary', 'accept-encoding');
  const match = request.headers['if-none-match'];
  if (match !== undefined && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    void reply.code(304).send(null);
    return true;
  }
  return false;
}
