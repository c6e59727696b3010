import type { FastifyReply, FastifyRequest } from 'fastify';
import { problems } from './problems.js';

// Every mutable item carries `version`; its ETag is that version, quoted.
// A change must name the version it was based on, so no update is lost.

export function etagOf(version: number): string {
  return `"${version}"`;
}

export function withEtag<T extends { version: number }>(reply: FastifyReply, item: T): T {
  void reply.header('etag', etagOf(item.version));
  return item;
}

/** The version named by If-Match: 428 without one, 412 when it names no version we gave out. */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '') throw problems.preconditionRequired();
  // Only a strong ETag names an exact version (RFC 9110 §13.1.1).
  const match = /^\s*"(\d{1,9})"\s*$/.exec(header);
  if (!match?.[1]) throw problems.preconditionFailed('If-Match must be the ETag of the item as you read it.');
  return Number(match[1]);
}
