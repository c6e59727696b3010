import rateLimit, { type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { AppDeps } from '../deps.js';
import { HttpProblem } from './problems.js';

// Throttling on fixed one-minute windows counted in PostgreSQL (throttle_counters),
// so every server process on the same database shares them.

const MINUTE_MS = 60_000;
/** Ended windows are swept now and then, not on every hit. */
const SWEEP_EVERY_HITS = 500;

export interface WindowCount {
  key: string;
  hits: number;
  endsAt: Date;
}

export interface Counters {
  /**
   * Counts `count` hits (one by default) on each key, atomically per key; a key whose
   * window has ended starts a new one. The count returned is the last of those hits.
   */
  hit(keys: readonly string[], windowMs?: number, count?: number): Promise<WindowCount[]>;
  /** Takes one hit back from each key's current window (an attempt that turned out not to count). */
  refund(keys: readonly string[]): Promise<void>;
}

export function throttleCounters(db: Db, clock: Clock): Counters {
  let hitsSinceSweep = 0;
  return {
    async hit(keys, windowMs = MINUTE_MS, count = 1) {
      const now = clock.now();
      const endsAt = new Date(now.getTime() + windowMs);
      const counts: WindowCount[] = [];
      for (const key of keys) {
        const row = await db
          .insertInto('throttleCounters')
          .values({ key, hits: count, windowEndsAt: endsAt })
          .onConflict((conflict) =>
            conflict.column('key').doUpdateSet({
              hits: sql`case when throttle_counters.window_ends_at <= ${now} then ${count}::int else throttle_counters.hits + ${count}::int end`,
              windowEndsAt: sql`case when throttle_counters.window_ends_at <= ${now} then ${endsAt} else throttle_counters.window_ends_at end`,
            }),
          )
          .returning(['hits', 'windowEndsAt'])
          .executeTakeFirstOrThrow();
        counts.push({ key, hits: row.hits, endsAt: new Date(row.windowEndsAt) });
      }
      hitsSinceSweep += keys.length;
      if (hitsSinceSweep >= SWEEP_EVERY_HITS) {
        hitsSinceSweep = 0;
        await db.deleteFrom('throttleCounters').where('windowEndsAt', '<=', now).execute();
      }
      return counts;
    },
    async refund(keys) {
      if (keys.length === 0) return;
      await db
        .updateTable('throttleCounters')
        .set({ hits: sql`greatest(hits - 1, 0)` })
        .where('key', 'in', keys)
        .where('windowEndsAt', '>', clock.now())
        .execute();
    },
  };
}

/** Whole seconds until the window ends, at least 1: the Retry-After value. */
export function secondsUntil(endsAt: Date, clock: Clock): number {
  return Math.max(1, Math.ceil((endsAt.getTime() - clock.now().getTime()) / 1000));
}

export const tooManyRequests = (detail: string, retryAfterSeconds: number) =>
  new HttpProblem('too-many-requests', detail, undefined, { 'retry-after': String(retryAfterSeconds) });

/**
 * Failed sign-ins, per account and per address. A sign-in reserves a failure on
 * both before any password is hashed and gives it back if it succeeds, so at
 * most `max` wrong passwords a minute are ever checked, however many arrive at once,
 * while many colleagues signing in behind one address are never held up.
 */
export function loginThrottle(deps: AppDeps) {
  const counters = throttleCounters(deps.database.db, deps.clock);
  const max = deps.config.throttle.loginFailuresPerMinute;
  return {
    /** Throws 429 when the account or the address has used up its failures this minute. */
    async reserve(email: string, address: string): Promise<{ succeeded(): Promise<void> }> {
      const keys = [`login-account:${email.trim().toLowerCase()}`, `login-address:${address}`];
      const counts = await counters.hit(keys);
      const exceeded = counts.filter((count) => count.hits > max);
      if (exceeded.length > 0) {
        const endsAt = new Date(Math.max(...exceeded.map((count) => count.endsAt.getTime())));
        throw tooManyRequests(
          'Too many failed sign-ins for this account or from this address; wait a moment and try again.',
          secondsUntil(endsAt, deps.clock),
        );
      }
      return { succeeded: () => counters.refund(keys) };
    },
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whose writes count together: the session, the token's user, or else the address. */
function writerKey(request: FastifyRequest): string {
  const actor = request.actor;
  if (actor?.sessionHash) return `write-session:${actor.sessionHash}`;
  if (actor) return `write-token-user:${actor.userId}`;
  return `write-address:${request.ip}`;
}

/** A process holds back at most this share of a writer's allowance, counted as used before it is. */
const LEASE_SHARE = 100;

/** Hits counted in the shared counter ahead of their use: `next` up to `last` are this process's to give. */
interface Lease {
  next: number;
  last: number;
  size: number;
  endsAt: Date;
}

/**
 * Counts writes in leases: a writer busy in this process has its next hits counted in
 * the shared counter ahead, a lease twice as large each time one is used up (at most
 * max / LEASE_SHARE), so a busy writer costs a round trip per lease, not per write. No
 * process gives a hit not already counted, so no writer exceeds max across processes;
 * hits leased and never used count as used until the window ends.
 */
export function leasedCounter(counters: Counters, clock: Clock, max: number) {
  const largest = Math.max(1, Math.floor(max / LEASE_SHARE));
  const leases = new Map<string, Lease>();
  return async (key: string, windowMs: number): Promise<WindowCount> => {
    const now = clock.now();
    const lease = leases.get(key);
    if (lease && lease.next <= lease.last && lease.endsAt > now) {
      return { key, hits: lease.next++, endsAt: lease.endsAt };
    }
    // A lease used up in its window was too small; one that outlived its window, large enough.
    const size = lease && lease.endsAt > now ? Math.min(largest, lease.size * 2) : 1;
    if (!lease && leases.size >= SWEEP_EVERY_HITS) {
      for (const [leased, { endsAt }] of leases) if (endsAt <= now) leases.delete(leased);
    }
    const [count] = await counters.hit([key], windowMs, size);
    const { hits, endsAt } = count!;
    leases.set(key, { next: hits - size + 2, last: hits, size, endsAt });
    return { key, hits: hits - size + 1, endsAt };
  };
}

/** @fastify/rate-limit's store interface over the shared counters. */
function counterStore(count: ReturnType<typeof leasedCounter>, clock: Clock): FastifyRateLimitStoreCtor {
  return class CounterStore implements FastifyRateLimitStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      count(key, timeWindow).then(
        (counted) => callback(null, { current: counted.hits, ttl: counted.endsAt.getTime() - clock.now().getTime() }),
        (error: Error) => callback(error),
      );
    }
    child() {
      return this;
    }
  };
}

/**
 * Writes (POST, PUT, PATCH, DELETE) per session, token or anonymous address, by
 * @fastify/rate-limit. It runs as a preHandler, after access control has named the caller.
 */
export async function registerWriteThrottle(app: FastifyInstance, deps: AppDeps) {
  const max = deps.config.throttle.writesPerMinute;
  await app.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    max,
    timeWindow: MINUTE_MS,
    store: counterStore(leasedCounter(throttleCounters(deps.database.db, deps.clock), deps.clock, max), deps.clock),
    allowList: (request) => SAFE_METHODS.has(request.method),
    keyGenerator: writerKey,
    errorResponseBuilder: (_request, context) =>
      tooManyRequests(
        `Too many changes in a short time; try again in ${context.after}.`,
        Math.ceil(context.ttl / 1000),
      ),
  });
}
