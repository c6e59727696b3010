import type { Caller } from '../helpers/callers.js';
import { edgeCases } from './edge-cases.js';
import { garbageCredentials } from './hostile.js';
import { segmentBefore, type Operation, type Resolve } from './openapi.js';
import type { ValuePool } from './pool.js';
import { Random } from './random.js';
import { digestOf } from './replay.js';
import { RequestMaker, type FuzzRequest } from './requests.js';

// The requests of a run, in order, from a seed: the warm-up, the fixed hostile
// cases, then random requests round after round. Each is made from the seed and
// the pool alone, and the pool learns only from answers that are the same every
// run (replay.ts), so a seed makes the same requests every run, whatever their
// timing. Who sends a request is named, not embedded: the session ids and tokens
// the server made this run are added when it is sent.

export type SessionRole = Exclude<Caller, 'anonymous'>;
export const BEARER_ROLES = ['editor', 'admin', 'partner'] as const;
export type BearerRole = (typeof BEARER_ROLES)[number];

/** The credentials of this run: a session's cookie pair (`lk_session=…`) and a bearer token, by role. */
export interface Credentials {
  session(role: SessionRole): string;
  token(role: BearerRole): string;
}

export interface Auth {
  /** Who sends the request, the same every run: `editor`, `bearer:admin`, `garbage:{…}`. */
  label: string;
  headers(credentials: Credentials): Record<string, string>;
}

/** What stands for the real credentials in a label. */
const PLACEHOLDERS: Credentials = {
  session: (role) => `lk_session=<${role}>`,
  token: (role) => `<token of ${role}>`,
};

const ANONYMOUS: Auth = { label: 'anonymous', headers: () => ({}) };

function sessionAuth(role: SessionRole): Auth {
  return { label: role, headers: (credentials) => ({ cookie: credentials.session(role) }) };
}

function bearerAuth(role: BearerRole, scheme: string): Auth {
  return {
    label: `bearer:${role}`,
    headers: (credentials) => ({ authorization: `${scheme} ${credentials.token(role)}` }),
  };
}

function garbageAuth(random: Random): Auth {
  const sessionRole = random.pick(['viewer', 'editor', 'admin'] as const);
  const tokenRole = random.pick(BEARER_ROLES);
  const spoil = garbageCredentials(random);
  const headers = (credentials: Credentials) => spoil(credentials.session(sessionRole), credentials.token(tokenRole));
  return { label: `garbage:${JSON.stringify(headers(PLACEHOLDERS)).slice(0, 80)}`, headers };
}

/** Who sends a random request: a role's session, a bearer token, nobody, or credentials that are garbage. */
function chooseAuth(random: Random): Auth {
  const kind = random.weighted({
    anonymous: 1,
    viewer: 1,
    partner: 1,
    editor: 1.5,
    admin: 1.5,
    otherEditor: 1,
    bearer: 1.2,
    garbage: 1,
  });
  if (kind === 'anonymous') return ANONYMOUS;
  if (kind === 'bearer') return bearerAuth(random.pick(BEARER_ROLES), random.pick(['Bearer', 'bearer', 'BEARER']));
  if (kind === 'garbage') return garbageAuth(random);
  return sessionAuth(kind);
}

/** The signed-in roles the warm-up reads as. */
const READERS = ['admin', 'editor', 'partner', 'otherEditor'] as const;
/** Who sends the fixed cases of an operation, in turn. */
const EDGE_CALLERS = ['editor', 'admin', 'bearer', 'partner', 'editor', 'otherEditor', 'viewer', 'anonymous'] as const;

export interface SequenceOptions {
  operations: readonly Operation[];
  resolve: Resolve;
  /** Filled by the warm-up; read, never written, after it. */
  pool: ValuePool;
  bodyLimit: number;
  /** Sample files for upload media types (spreadsheets, CSV), made after the warm-up. */
  uploadSamples: (mediaType: string) => Buffer[];
  /** A request the generator could not build (its own fault): reported, and the sequence goes on without it. */
  failed: (operation: Operation, auth: Auth, error: unknown) => void;
}

type Phase = 'warmUp' | 'edge' | 'random';

export class FuzzSequence {
  /** A digest of every request made so far, by phase: what two runs of one seed agree on. */
  readonly digests: Record<Phase, string[]> = { warmUp: [], edge: [], random: [] };
  private readonly random: Random;
  private readonly warm: RequestMaker;
  private readonly edge: RequestMaker;
  private readonly maker: RequestMaker;
  private readonly callers: Random;
  private order: Operation[] = [];

  constructor(
    readonly seed: number,
    private readonly options: SequenceOptions,
  ) {
    this.random = new Random(seed);
    const { resolve, pool, bodyLimit, uploadSamples } = options;
    const shared = { resolve, pool, bodyLimit, uploadSamples };
    this.warm = new RequestMaker({ ...shared, random: this.random.fork(3) });
    this.maker = new RequestMaker({ ...shared, random: this.random.fork(2) });
    this.edge = new RequestMaker({ ...shared, random: this.random.fork(5) });
    this.callers = this.random.fork(4);
  }

  /** The sequence of a seed from its start, over the same pool and sample files. */
  restart(seed = this.seed): FuzzSequence {
    return new FuzzSequence(seed, this.options);
  }

  /** The generator of the sample files, made between the warm-up and the fixed cases. */
  uploadRandom(): Random {
    return this.random.fork(1);
  }

  /**
   * One pass of the warm-up: every GET as each signed-in reader (clean in the
   * first pass, broken anywhere in the later ones), and plainly (no query, no
   * headers) as the admin, who may read everything: a list once, an item's
   * operation once for each item the pool knows. So the pool learns every item there is: the lists
   * in the first pass, their items in the second, what those hold in the third.
   */
  warmUp(pass: number): FuzzRequest[] {
    const admin = sessionAuth('admin');
    const requests = this.options.operations
      .filter((operation) => operation.method === 'GET')
      .flatMap((operation) => [
        ...READERS.flatMap((role) => {
          const auth = sessionAuth(role);
          return this.build(operation, auth, () => [this.warm.make(operation, auth, pass === 0)]);
        }),
        ...this.itemsOf(operation).flatMap((given) =>
          this.build(operation, admin, () => {
            const request = this.warm.make(operation, admin, true, given);
            delete request.currentEtag;
            return [{ ...request, url: request.path, headers: {} }];
          }),
        ),
      ]);
    return this.emit('warmUp', requests);
  }

  /**
   * The path parameters to read an operation with: none for a list; for an
   * item's operation, each value the pool knows of its first parameter (at most 50).
   */
  private itemsOf(operation: Operation): Record<string, string>[] {
    const first = operation.parameters.find((parameter) => parameter.in === 'path');
    if (first === undefined) return [{}];
    const known = this.options.pool.get(segmentBefore(operation.path, first.name), first.name);
    return known.slice(0, 50).map((value) => ({ [first.name]: value }));
  }

  /** The same hostile cases for every operation, from every kind of caller. */
  edgeCases(): FuzzRequest[] {
    const random = this.edge.options.random;
    const authFor = (index: number): Auth => {
      const kind = EDGE_CALLERS[index % EDGE_CALLERS.length]!;
      if (kind === 'bearer') return bearerAuth(random.pick(BEARER_ROLES), 'Bearer');
      if (kind === 'anonymous') return ANONYMOUS;
      return sessionAuth(kind);
    };
    const requests = this.options.operations.flatMap((operation) =>
      this.build(operation, authFor(0), () => edgeCases(this.edge, operation, authFor)),
    );
    return this.emit('edge', requests);
  }

  /** The next random request: round after round over every operation, in a new order each round, each from a caller drawn anew. */
  next(): FuzzRequest {
    for (;;) {
      if (this.order.length === 0) this.order = this.random.shuffle(this.options.operations);
      const operation = this.order.pop()!;
      const auth = chooseAuth(this.callers);
      const [request] = this.build(operation, auth, () => [this.maker.make(operation, auth)]);
      if (request !== undefined) return this.emit('random', [request])[0]!;
    }
  }

  private build(operation: Operation, auth: Auth, make: () => FuzzRequest[]): FuzzRequest[] {
    try {
      return make();
    } catch (error) {
      this.options.failed(operation, auth, error);
      return [];
    }
  }

  private emit(phase: Phase, requests: FuzzRequest[]): FuzzRequest[] {
    for (const request of requests) this.digests[phase].push(digestOf(request));
    return requests;
  }
}
