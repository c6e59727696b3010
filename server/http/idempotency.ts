import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import type { Clock } from '../clock.js';
import { HttpProblem, problems } from './problems.js';
import { broken } from '../domain/field-rules.js';

// A POST that carries Idempotency-Key is done at most once per caller and key:
// the first request claims the key, its response is stored, and a repeat with
// the same body gets that stored response. A claim whose request never
// finished (a crash) is not taken over before it expires, so nothing is done twice.

const RETENTION_MS = 24 * 60 * 60 * 1000;
const KEY = /^[\x21-\x7e]{1,200}$/;
const REPLAYED_HEADERS = ['content-type', 'etag', 'location'];

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyClaim: { actorKey: string; key: string } | null;
  }
}

/** JSON with sorted keys: the same body sent with another key order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// A stored plain hash of a password would be a weak password hash: passwords
// are left out of the comparison (a retry differing only in its password replays).
function withoutSecrets(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'password'));
}

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${canonical(withoutSecrets(request.body))}`)
    .digest('hex');
}

export function registerIdempotency(app: FastifyInstance, db: Db, clock: Clock) {
  app.decorateRequest('idempotencyClaim', null);

  app.addHook('preHandler', async (request, reply) => {
    const header = request.headers['idempotency-key'];
    if (request.method !== 'POST' || header === undefined || request.routeOptions.config.idempotent === false) return;
    if (typeof header !== 'string' || !KEY.test(header)) {
      throw problems.validation('Idempotency-Key must be 1–200 visible ASCII characters.', [
        { in: 'headers', path: '/idempotency-key', ...broken('idempotency-key') },
      ]);
    }
    const actorKey = request.actor?.userId ?? 'anonymous';
    const hash = requestHash(request);
    const now = clock.now();
    const expired = new Date(now.getTime() - RETENTION_MS);
    // Claim the key, or take over an expired one.
    const claimed = await db
      .insertInto('idempotencyKeys')
      .values({ actorKey, key: header, requestHash: hash, createdAt: now })
      .onConflict((conflict) =>
        conflict
          .columns(['actorKey', 'key'])
          .doUpdateSet({ requestHash: hash, createdAt: now, status: null, headers: null, body: null })
          .where('idempotencyKeys.createdAt', '<', expired),
      )
      .returning('key')
      .executeTakeFirst();
    if (claimed) {
      request.idempotencyClaim = { actorKey, key: header };
      return;
    }
    const stored = await db
      .selectFrom('idempotencyKeys')
      .selectAll()
      .where('actorKey', '=', actorKey)
      .where('key', '=', header)
      .executeTakeFirstOrThrow();
    if (stored.requestHash !== hash) {
      throw problems.unprocessable('This Idempotency-Key was used for a different request.');
    }
    if (stored.status === null) {
      throw new HttpProblem('in-progress', 'A request with this Idempotency-Key is still being handled.');
    }
    const headers = (stored.headers ?? {}) as Record<string, string>;
    return reply
      .code(stored.status)
      .headers({ ...headers, 'idempotent-replayed': 'true' })
      .send(stored.body ?? '');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (claim === null) return payload;
    request.idempotencyClaim = null;
    const where = db.deleteFrom('idempotencyKeys').where('actorKey', '=', claim.actorKey).where('key', '=', claim.key);
    if (reply.statusCode >= 500 || typeof payload !== 'string') {
      // Nothing was done, or nothing we can replay: free the key for a retry.
      await where.execute();
      return payload;
    }
    const headers = Object.fromEntries(
      REPLAYED_HEADERS.flatMap((name) => {
        const value = reply.getHeader(name);
        return value === undefined ? [] : [[name, String(value)]];
      }),
    );
    await db
      .updateTable('idempotencyKeys')
      .set({ status: reply.statusCode, headers: JSON.stringify(headers), body: payload })
      .where('actorKey', '=', claim.actorKey)
      .where('key', '=', claim.key)
      .execute();
    return payload;
  });
}
