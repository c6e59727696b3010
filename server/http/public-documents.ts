import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../db/database.js';
import {
  dependencyKey,
  publicChangesCommittedHere,
  readPublicVersions,
  type PublicDependency,
} from '../domain/public-versions.js';

// The public read model: a public document (a dashboard, an open data set, a
// promise's progress as the public sees it) is built once, compressed once, and
// then sent as stored bytes, as a static file is, until a change raises the
// version of the municipality it belongs to (server/domain/public-versions.ts).
// Every answer first reads the current versions from the database, so a change
// made through any server process is in the next answer of every process; the
// reads of all requests waiting at one moment share one query.

/** How a route describes one public document. */
export interface PublicDocumentSpec {
  /** Names the document among all public documents, e.g. 'dashboard:0580'. */
  key: string;
  /** The municipality whose changes change the document. */
  dependsOn: PublicDependency;
  contentType: string;
  /** Headers the document always carries (e.g. its licence). */
  headers?: Record<string, string>;
  /** Makes the body afresh; throws a domain error (NotFound) as the route would. */
  build: () => Promise<string>;
}

interface Stored {
  /** The versions and the Swedish day it was built for: the document is current while they are. */
  stamp: string;
  etag: string;
  contentType: string;
  headers: Record<string, string>;
  /** Kept compressed only (a tenth of the bytes): a client that takes no compression gets it unpacked from gzip. */
  gzip: Buffer;
  br: Buffer;
  bytes: number;
}

type Encoding = 'br' | 'gzip' | 'identity';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
const brotliAsync = promisify(brotliCompress);

/** The strongest coding the client accepts: br, then gzip, else none. */
export function chosenEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q === undefined || Number(q.slice(2)) > 0) accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return 'identity';
}

/** Reads versions for many waiting requests at once: each request waits for a query sent after it came. */
class VersionReader {
  private waiting: {
    dependency: PublicDependency;
    resolve: (v: string | undefined) => void;
    reject: (e: unknown) => void;
  }[] = [];
  private reading = false;
  /** Versions read since this process last committed a public change: used only where it is the only writer. */
  private readonly known = new Map<string, string>();
  private knownAt = -1;

  constructor(
    private readonly db: Executor,
    private readonly onlyWriter: boolean,
  ) {}

  read(dependency: PublicDependency): Promise<string | undefined> {
    if (this.onlyWriter) {
      const now = publicChangesCommittedHere();
      if (now !== this.knownAt) {
        this.known.clear();
        this.knownAt = now;
      }
      const known = this.known.get(dependencyKey(dependency));
      if (known !== undefined) return Promise.resolve(known);
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ dependency, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.reading || this.waiting.length === 0) return;
    const batch = this.waiting;
    this.waiting = [];
    this.reading = true;
    const unique = new Map(batch.map((w) => [dependencyKey(w.dependency), w.dependency]));
    const sentAt = publicChangesCommittedHere();
    readPublicVersions(this.db, [...unique.values()])
      .then(
        (versions) => {
          // Kept only if no change of this process committed meanwhile: else it may be older than that change.
          if (this.onlyWriter && publicChangesCommittedHere() === sentAt && this.knownAt === sentAt) {
            for (const [key, version] of versions) this.known.set(key, version);
          }
          batch.forEach((w) => w.resolve(versions.get(dependencyKey(w.dependency))));
        },
        (error: unknown) => batch.forEach((w) => w.reject(error)),
      )
      .finally(() => {
        this.reading = false;
        this.next();
      });
  }
}

/** Runs at most `limit` tasks at once, the others in the order they came. */
class Turns {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }
}

/**
 * Documents built at once: a build is the costly part (queries, a large string,
 * its compression), and many at once after a start would only share the two
 * cores while their garbage adds up in memory.
 */
const BUILDS_AT_ONCE = 2;

export class PublicDocuments {
  private readonly stored = new Map<string, Stored>();
  private readonly building = new Map<string, Promise<Stored>>();
  private readonly builds = new Turns(BUILDS_AT_ONCE);
  private readonly versions: VersionReader;
  private storedBytes = 0;

  constructor(
    db: Executor,
    /**
     * True where this process is the database's only writer (PGlite): the versions it
     * read are then kept until it commits a public change itself, and reads ask the
     * database only after one. Never with PostgreSQL, which other processes share.
     */
    onlyWriter: boolean,
    /** The date it is now ('YYYY-MM-DD'): documents are "to date", so a new day makes them anew. */
    private readonly today: () => string,
    /** The most bytes kept; the least recently read documents go first. */
    private readonly budgetBytes: number,
  ) {
    this.versions = new VersionReader(db, onlyWriter);
  }

  /** Sends the document as it is now: from memory while current, else built afresh (and kept). */
  async send(request: FastifyRequest, reply: FastifyReply, spec: PublicDocumentSpec): Promise<FastifyReply> {
    const version = await this.versions.read(spec.dependsOn);
    // Unknown to the database: built uncached, so the build's own NotFound answers.
    const document =
      version === undefined
        ? await this.builds.run(() => prepare(spec, ''))
        : await this.current(spec, `${version}|${this.today()}`);
    return sendStored(request, reply, document);
  }

  /** Bytes kept now, for the benchmark's memory figures. */
  get size(): { documents: number; bytes: number } {
    return { documents: this.stored.size, bytes: this.storedBytes };
  }

  private async current(spec: PublicDocumentSpec, stamp: string): Promise<Stored> {
    const kept = this.stored.get(spec.key);
    if (kept?.stamp === stamp) {
      // Read again: the last to leave.
      this.stored.delete(spec.key);
      this.stored.set(spec.key, kept);
      return kept;
    }
    // Many readers of a changed document wait for one build.
    const buildKey = `${spec.key}|${stamp}`;
    let pending = this.building.get(buildKey);
    if (!pending) {
      pending = this.builds.run(() => prepare(spec, stamp)).finally(() => this.building.delete(buildKey));
      this.building.set(buildKey, pending);
      void pending.then(
        (built) => this.keep(spec.key, built),
        () => {},
      );
    }
    return pending;
  }

  private keep(key: string, document: Stored): void {
    const previous = this.stored.get(key);
    // A slower build for an older stamp must not replace a newer one.
    if (previous && previous.stamp !== document.stamp && isNewer(previous.stamp, document.stamp)) return;
    if (previous) this.forget(key, previous);
    if (document.bytes > this.budgetBytes) return;
    this.stored.set(key, document);
    this.storedBytes += document.bytes;
    for (const [oldestKey, oldest] of this.stored) {
      if (this.storedBytes <= this.budgetBytes) break;
      this.forget(oldestKey, oldest);
    }
  }

  private forget(key: string, document: Stored): void {
    this.stored.delete(key);
    this.storedBytes -= document.bytes;
  }
}

/**
 * Stamps are '<own>.<all>|<day>': newer when any part is greater (versions only
 * rise, days only advance). A county's own part ('<sum>-<count>') is never
 * called newer: the stamp is still compared whole at every read.
 */
function isNewer(a: string, b: string): boolean {
  const parts = (stamp: string) => {
    const [versions = '', day = ''] = stamp.split('|');
    const [own = '0', all = '0'] = versions.split('.');
    return { own: Number(own), all: Number(all), day };
  };
  const x = parts(a);
  const y = parts(b);
  return x.own > y.own || x.all > y.all || x.day > y.day;
}

async function prepare(spec: PublicDocumentSpec, stamp: string): Promise<Stored> {
  const identity = Buffer.from(await spec.build());
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(identity),
    brotliAsync(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  ]);
  return {
    stamp,
    etag: createHash('sha256').update(identity).digest('base64url').slice(0, 27),
    contentType: spec.contentType,
    headers: spec.headers ?? {},
    gzip: ownBytes(gzipped),
    br: ownBytes(brotli),
    bytes: gzipped.length + brotli.length,
  };
}

/**
 * The bytes in memory of their own: zlib hands a small result out as a slice of
 * its 8 or 16 KB working buffer, which a kept slice would hold on to whole.
 */
function ownBytes(slice: Buffer): Buffer {
  if (slice.byteOffset === 0 && slice.buffer.byteLength === slice.length) return slice;
  const own = Buffer.allocUnsafeSlow(slice.length);
  slice.copy(own);
  return own;
}

/**
 * The stored document in the coding the client takes, with a strong ETag per
 * coding, revalidated at every use (so never stale), or 304 to a matching If-None-Match.
 */
async function sendStored(request: FastifyRequest, reply: FastifyReply, document: Stored): Promise<FastifyReply> {
  const encoding = chosenEncoding(request.headers['accept-encoding']);
  const etagOf = (coding: Encoding) => `"${document.etag}${coding === 'identity' ? '' : `-${coding}`}"`;
  void reply
    .headers(document.headers)
    .header('content-type', document.contentType)
    .header('etag', etagOf(encoding))
    .header('cache-control', 'public, no-cache')
    .header('vary', 'accept-encoding');
  const match = request.headers['if-none-match'];
  const known = new Set((['identity', 'gzip', 'br'] as const).map(etagOf));
  if (match !== undefined && match.split(',').some((tag) => known.has(tag.trim().replace(/^W\//, '')))) {
    return reply.code(304).send();
  }
  if (encoding === 'identity') return reply.send(await gunzipAsync(document.gzip));
  return reply.header('content-encoding', encoding).send(encoding === 'br' ? document.br : document.gzip);
}
