import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

// Every call to the API goes through this client: paths, parameters and bodies
// are typed from the committed OpenAPI document (schema.d.ts, generated). Each
// resource has its module beside this one; every type comes from schema.d.ts.

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

/** How long a read is used again: long enough to go from page to page, short enough for others' changes. */
const READ_MAX_AGE_MS = 60_000;

interface Answer {
  status: number;
  statusText: string;
  headers: Headers;
  body: string;
}

const reads = new Map<string, { at: number; answer: Promise<Answer> }>();

async function answerOf(response: Response): Promise<Answer> {
  const headers = new Headers(response.headers);
  // The body is kept decoded: the length the server sent may be the compressed one.
  headers.delete('content-length');
  return { status: response.status, statusText: response.statusText, headers, body: await response.text() };
}

/**
 * Data a page already has is not fetched again: a GET answered 2xx is kept (by its URL, query
 * and all) for READ_MAX_AGE_MS, and the same GET meanwhile, even one still under way, is answered
 * from it. Any other method empties the store, before it is sent and after it is answered,
 * whatever the outcome: a write (a refused one too: a 412 says what was read is out of date),
 * signing in or out. So nothing read before a change is shown after it, and every page gets
 * its own copy of the data (the body is parsed again for each caller).
 */
const reuseReads: Middleware = {
  async onRequest({ request }) {
    if (request.method !== 'GET') {
      reads.clear();
      return undefined;
    }
    let kept = reads.get(request.url);
    if (!kept || Date.now() - kept.at > READ_MAX_AGE_MS) {
      const entry = { at: Date.now(), answer: fetch(request).then(answerOf) };
      reads.set(request.url, entry);
      const forget = () => {
        if (reads.get(request.url) === entry) reads.delete(request.url);
      };
      // Refusals and failures are not kept: the next read asks again.
      void entry.answer.then((answer) => answer.status >= 300 && forget(), forget);
      kept = entry;
    }
    const { body, ...init } = await kept.answer;
    return new Response(body, init);
  },
  // Only writes get here: a GET is answered in onRequest.
  onResponse() {
    reads.clear();
  },
  onError() {
    reads.clear();
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(reuseReads);

/** A refusal from the server (a problem+json body), or no answer at all (network down: status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }
}

/** What was thrown, as an ApiError: anything else means there was no answer (status 0). */
export const asApiError = (caught: unknown) => (caught instanceof ApiError ? caught : new ApiError(0, null));

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'status' in body && 'detail' in body;
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Runs a call: its data, or an ApiError carrying the server's problem (status 0 when the fetch itself failed). */
export async function call<T>(request: () => Promise<Result<T>>): Promise<T> {
  let result;
  try {
    result = await request();
  } catch (error) {
    throw asApiError(error);
  }
  if (result.error !== undefined || result.data === undefined) {
    throw new ApiError(result.response.status, isProblem(result.error) ? result.error : null);
  }
  return result.data;
}

/** A write without an answer body (204): done, or an ApiError. */
export const callEmpty = (request: () => Promise<Result<unknown>>): Promise<void> =>
  call(async () => {
    const result = await request();
    // openapi-fetch gives data undefined for a 204, which is success here.
    return { ...result, data: result.response.ok ? null : undefined };
  }).then(() => undefined);

/** The query of one page of a list route: 500 items at most. */
interface PageQuery {
  limit: number;
  cursor: string | undefined;
}

/** Every page of a list route, in order. */
export async function collect<T>(
  fetchPage: (page: PageQuery) => Promise<Result<{ items: T[]; nextCursor: string | null }>>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await call(() => fetchPage({ limit: 500, cursor }));
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}

/** The path parameter of a route on one item. */
export const byId = (id: string) => ({ params: { path: { id } } });

/** A change to an item: its path, and If-Match with the version the form was filled from. */
export const ifMatch = (item: { id: string; version: number }) => ({
  ...byId(item.id),
  headers: { 'If-Match': `"${item.version}"` },
});
