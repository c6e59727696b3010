import type { FastifyInstance } from 'fastify';
import { CALLERS } from '../helpers/callers.js';
import { checkAnswer, Failures } from './checks.js';
import { Etags, type ValuePool } from './pool.js';
import type { FuzzRequest } from './requests.js';
import type { BearerRole, Credentials, SessionRole } from './sequence.js';

// Sends the generated requests to the app, checks every answer, and keeps the
// counts the summary prints. Each request gets the run's credentials and, where it
// asks for an item's current ETag, the one last seen. What the answers teach goes
// into the pool only while it is told to learn: during the warm-up and the fixed
// cases, whose answers are the same every run.

export interface LiveCredentials extends Credentials {
  /** Signs the role in again: a request ended its session (a sign-out, a new password). */
  renewSession(role: SessionRole): Promise<void>;
  /** Issues the role a new token: a request revoked its token. */
  renewToken(role: BearerRole): Promise<void>;
}

export interface RunnerOptions {
  app: FastifyInstance;
  credentials: LiveCredentials;
  /** Media types some operation takes that are not JSON (spreadsheets, CSV). */
  uploadTypes: ReadonlySet<string>;
  answerTimeoutMs: number;
  /** FUZZ_TRACE: an operationId (or `*`) whose every request is printed with its answer. */
  trace: string | undefined;
}

interface Exchange {
  request: FuzzRequest;
  /** Its place among the requests the server was sent (#1, #2, …), the same every run of the seed. */
  number: number;
  /** The headers as sent, credentials among them. */
  headers: Record<string, string>;
  status: number;
  answerHeaders: Record<string, string | string[] | number | undefined>;
  body: string;
  raw?: Buffer;
  error?: string;
}

function binaryType(contentType: string) {
  return /spreadsheetml|octet-stream|zip|image\/|pdf|ms-excel/i.test(contentType);
}

function increment<K>(map: Map<K, number>, key: K) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export class Runner {
  readonly failures = new Failures();
  /** Requests the server was sent (the client refused none of them). */
  sent = 0;
  readonly histogram = new Map<number, number>();
  readonly perOperation = new Map<string, number>();
  /** operation → status → count, printed with FUZZ_VERBOSE=1. */
  readonly statusByOperation = new Map<string, Map<number, number>>();
  private readonly perCaller = new Map<string, number>();
  private readonly unsendable = new Map<string, number>();
  private readonly timeByOperation = new Map<string, number>();
  private readonly etags = new Etags();
  private learning: ValuePool | undefined;
  private exports: Map<string, Buffer[]> | undefined;
  private readonly staleSessions = new Set<SessionRole>();
  private readonly staleBearers = new Set<BearerRole>();
  private renewedSessions = 0;
  private renewedTokens = 0;

  constructor(private readonly options: RunnerOptions) {}

  /**
   * While a pool is set, the answers teach it (the items they hold, the ones a
   * DELETE removed); while `exports` is set, files the API gives out in a type some
   * operation takes in (an export, for an import) are kept there, four a type.
   */
  learnInto(pool: ValuePool | undefined, exports?: Map<string, Buffer[]>) {
    this.learning = pool;
    this.exports = exports;
  }

  async sendAll(requests: readonly FuzzRequest[], concurrency: number) {
    for (let i = 0; i < requests.length; i += concurrency) await this.run(requests.slice(i, i + concurrency));
  }

  /** Sends a batch together, then records and learns from the answers in the batch's order. */
  async run(batch: readonly FuzzRequest[]) {
    const answered = await Promise.all(batch.map((request) => this.send(request)));
    for (const exchange of answered) {
      if (exchange === undefined) continue;
      this.record(exchange);
      this.learn(exchange);
    }
    await this.renewCredentials();
  }

  /** What the summary prints about the answers. */
  summary(): string[] {
    const statuses = [...this.histogram.entries()].sort(([a], [b]) => a - b);
    const slowest = [...this.timeByOperation.entries()].sort(([, a], [, b]) => b - a).slice(0, 5);
    const counts = [...this.perOperation.values()];
    return [
      `  statuses: ${statuses.map(([status, count]) => `${status}: ${count}`).join(', ')}`,
      `  callers: ${[...this.perCaller.entries()].map(([caller, count]) => `${caller} ${count}`).join(', ')}`,
      `  operations: ${this.perOperation.size}, ${Math.min(...counts)}–${Math.max(...counts)} requests each`,
      `  slowest: ${slowest.map(([id, ms]) => `${id} ${(ms / 1000).toFixed(1)} s`).join(', ')}`,
      `  sessions renewed: ${this.renewedSessions}, tokens renewed: ${this.renewedTokens}`,
      ...(this.unsendable.size > 0
        ? [
            `  not sendable (refused by the client, not counted): ${[...this.unsendable.entries()].map(([why, n]) => `${n}× ${why}`).join('; ')}`,
          ]
        : []),
    ];
  }

  /** Sends one request; undefined when the client refused to send it (an invalid header, say). */
  private async send(request: FuzzRequest): Promise<Exchange | undefined> {
    const headers = { ...request.auth.headers(this.options.credentials), ...request.headers };
    if (request.currentEtag !== undefined) {
      const { header, path, id } = request.currentEtag;
      headers[header] = this.etags.etagFor(path, id) ?? headers[header]!;
    }
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${this.options.answerTimeoutMs} ms`)),
        this.options.answerTimeoutMs,
      );
    });
    const exchange = { request, number: 0, headers };
    try {
      const response = await Promise.race([
        this.options.app.inject({
          method: request.method as 'GET',
          url: request.url,
          headers,
          ...(request.payload === undefined ? {} : { payload: request.payload }),
        }),
        timeout,
      ]);
      return {
        ...exchange,
        status: response.statusCode,
        answerHeaders: response.headers,
        body: response.body,
        raw: response.rawPayload,
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!message.startsWith('no answer')) {
        // Not a request the server saw.
        increment(this.unsendable, message.slice(0, 120));
        return undefined;
      }
      return { ...exchange, status: -1, answerHeaders: {}, body: '', error: message };
    } finally {
      clearTimeout(timer);
      const id = request.operation.id;
      this.timeByOperation.set(id, (this.timeByOperation.get(id) ?? 0) + performance.now() - started);
    }
  }

  private record(exchange: Exchange) {
    const { request } = exchange;
    exchange.number = ++this.sent;
    const trace = this.options.trace;
    if (trace !== undefined && (trace === request.operation.id || trace === '*')) {
      console.log(`${exchange.status} ${describe(exchange)}\n    → ${exchange.body.slice(0, 300)}`);
    }
    increment(this.histogram, exchange.status);
    increment(this.perOperation, request.operation.id);
    const statuses = this.statusByOperation.get(request.operation.id) ?? new Map<number, number>();
    increment(statuses, exchange.status);
    this.statusByOperation.set(request.operation.id, statuses);
    increment(this.perCaller, request.auth.label.replace(/:.*/, ''));
    const route =
      request.method === request.operation.method
        ? request.operation.path
        : `${request.operation.path} (undeclared method)`;
    if (exchange.status === -1) {
      this.failures.add(request.method, route, 0, exchange.error ?? 'no answer', '', describe(exchange));
      return;
    }
    const type = String(exchange.answerHeaders['content-type'] ?? '');
    const body = binaryType(type) && exchange.status < 400 ? '' : exchange.body;
    // What the request sent, credentials and ETag as sent among it, may come back.
    const echoes = [...request.sent, ...Object.values(exchange.headers)];
    const answer = { status: exchange.status, headers: exchange.answerHeaders, body };
    for (const wrong of checkAnswer(answer, echoes, request.method)) {
      this.failures.add(request.method, route, exchange.status, wrong, exchange.body, describe(exchange));
    }
  }

  /** Learns the ETags (and, in the warm-up, the items) an answer tells of, and notices a session or token it ended. */
  private learn(exchange: Exchange) {
    const { request, status, answerHeaders, body } = exchange;
    const type = String(answerHeaders['content-type'] ?? '');
    if (status >= 200 && status < 300 && /json/.test(type) && body.length > 0) {
      try {
        const parsed: unknown = JSON.parse(body);
        this.etags.learn(request.path, answerHeaders.etag, parsed);
        this.learning?.learn(request.operation.path, request.path, status, answerHeaders.etag, parsed);
      } catch {
        // Not JSON after all: checked elsewhere.
      }
    }
    const mediaType = type.split(';')[0]!.trim().toLowerCase();
    if (this.exports && status === 200 && exchange.raw !== undefined && this.options.uploadTypes.has(mediaType)) {
      const files = this.exports.get(mediaType) ?? [];
      if (files.length < 4) files.push(exchange.raw);
      this.exports.set(mediaType, files);
    }
    if (this.learning && request.method === 'DELETE' && (status === 204 || status === 200)) {
      this.learning.remove(decodeURIComponent(request.path.split('/').at(-1) ?? ''));
    }
    const label = request.auth.label;
    const setCookie = ([] as (string | number)[]).concat(answerHeaders['set-cookie'] ?? []).map(String);
    // A cookie cleared (sign-out) or a new one set (a sign-in ends the session it came with).
    const cleared = setCookie.some((cookie) => cookie.startsWith('lk_session='));
    if (label !== 'anonymous' && (CALLERS as readonly string[]).includes(label)) {
      if (cleared || (status === 401 && request.operation.secured)) this.staleSessions.add(label as SessionRole);
    }
    if (label.startsWith('bearer:') && status === 401) this.staleBearers.add(label.slice(7) as BearerRole);
  }

  private async renewCredentials() {
    for (const role of this.staleSessions) {
      await this.options.credentials.renewSession(role);
      this.renewedSessions++;
    }
    this.staleSessions.clear();
    for (const role of this.staleBearers) {
      await this.options.credentials.renewToken(role);
      this.renewedTokens++;
    }
    this.staleBearers.clear();
  }
}

/** A request for the failure report: its number, caller, method, URL, body kind, headers but credentials, and payload. */
function describe(exchange: Exchange): string {
  const { request } = exchange;
  const headers = Object.entries(exchange.headers)
    .filter(([name]) => name !== 'cookie' && name !== 'authorization')
    .map(([name, value]) => `${name}: ${value.length > 60 ? `${value.slice(0, 60)}…` : value}`)
    .join('; ');
  const payload =
    request.payload === undefined
      ? ''
      : ` payload(${request.payload.length}): ${JSON.stringify(request.payload.toString().slice(0, 200))}`;
  const url = request.url.length > 300 ? `${request.url.slice(0, 300)}…` : request.url;
  return `#${exchange.number} ${request.auth.label} ${request.method} ${url} [${request.bodyKind}] {${headers}}${payload}`;
}
