import type { FastifyReply, FastifyRequest } from 'fastify';
import type { BasedOn } from '../domain/changes.js';

// Every mutable item carries `version`; its ETag is that version, quoted.
// A change names the version it was based on in If-Match, so no update is lost.

export function etagOf(version: number): string {
  return `"${version}"`;
}

export function withEtag<T extends { version: number }>(reply: FastifyReply, item: T): T {
  void reply.header('etag', etagOf(item.version));
  return item;
}

/** The version If-Match names, for the service to require (or refuse) as its rules say. */
export function basedOn(request: FastifyRequest): BasedOn {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '') return 'none';
  // Only a strong ETag names an exact version (RFC 9110 §13.1.1).
  const match = /^\s*"(\d{1,9})"\s*$/.exec(header);
  return match?.[1] ? { version: Number(match[1]) } : 'unrecognised';
}

/** 201 with the new item's place and its ETag. */
export function created<T extends { version: number }>(reply: FastifyReply, item: T, location: string): T {
  void reply.code(201).header('location', location);
  return withEtag(reply, item);
}
