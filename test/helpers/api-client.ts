import { DEMO_PASSWORD, LOKALPOLISOMRADE, SAKERHETSENHETEN } from '../../server/demo/data.js';

// Plain fetch against a real server process (test/helpers/server-process.ts):
// what a browser or an integration would send, nothing in-process.

export interface ApiResponse<T = unknown> {
  status: number;
  etag: string | null;
  body: T;
}

export interface CallOptions {
  cookie?: string;
  body?: unknown;
  ifMatch?: string;
  timeoutMs?: number;
}

/**
 * One request to `${base}/api/v1${path}`. Rejects only when no whole response
 * arrived (refused, reset, cut off, timed out): then the request may or may not
 * have taken effect.
 */
export async function apiCall<T = unknown>(
  base: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  const text = await response.text();
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    body: (text ? JSON.parse(text) : null) as T,
  };
}

/** Signs in and returns the session cookie (`lk_session=…`); throws unless 200. */
export async function signIn(base: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(15_000),
  });
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('lk_session='));
  if (response.status !== 200 || !cookie) {
    throw new Error(`sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  }
  return cookie.split(';')[0]!;
}

/** The demo's editor and partner of Linköping. */
export const DEMO_EDITOR = 'sakerhet@linkoping.example';
export const DEMO_PARTNER = 'polis@linkoping.example';

async function expectStatus<T>(response: Promise<ApiResponse<T>>, status: number, what: string): Promise<T> {
  const result = await response;
  if (result.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${result.status}: ${JSON.stringify(result.body)}`);
  }
  return result.body;
}

export interface DemoChain {
  municipalityId: string;
  homeOrganisationId: string;
  policeId: string;
  agreementId: string;
  focusAreaId: string;
  /** The first month an activity of the chain may record (January of last year). */
  firstMonth: string;
}

/**
 * On a server holding the demo data: a new agreement of Linköping (its security
 * unit and the police as parties, from January last year to December next year)
 * with one focus area, made through the API by the demo editor.
 */
export async function createDemoChain(base: string, editorCookie: string, label: string): Promise<DemoChain> {
  const municipalities = await expectStatus(
    apiCall<{ items: { id: string; code: string }[] }>(base, 'GET', '/municipalities?limit=500'),
    200,
    'list municipalities',
  );
  const municipalityId = municipalities.items.find((item) => item.code === '0580')?.id;
  const organisations = await expectStatus(
    apiCall<{ items: { id: string; name: string }[] }>(base, 'GET', '/organisations?limit=500'),
    200,
    'list organisations',
  );
  const byName = (name: string) => organisations.items.find((item) => item.name === name)?.id;
  const homeOrganisationId = byName(SAKERHETSENHETEN.name);
  const policeId = byName(LOKALPOLISOMRADE.name);
  if (!municipalityId || !homeOrganisationId || !policeId) throw new Error('the demo data is not loaded');
  const year = new Date().getUTCFullYear();
  const agreement = await expectStatus(
    apiCall<{ id: string }>(base, 'POST', '/agreements', {
      cookie: editorCookie,
      body: {
        municipalityId,
        title: `Samverkansöverenskommelse ${label}`,
        periodStart: `${year - 1}-01-01`,
        periodEnd: `${year + 1}-12-31`,
        status: 'active',
        partyIds: [homeOrganisationId, policeId],
      },
    }),
    201,
    'create the agreement',
  );
  const focusArea = await expectStatus(
    apiCall<{ id: string }>(base, 'POST', `/agreements/${agreement.id}/focus-areas`, {
      cookie: editorCookie,
      body: { title: `Fokusområde ${label}` },
    }),
    201,
    'create the focus area',
  );
  return {
    municipalityId,
    homeOrganisationId,
    policeId,
    agreementId: agreement.id,
    focusAreaId: focusArea.id,
    firstMonth: `${year - 1}-01`,
  };
}

/** An activity of the chain with a monthly measure, shared with the police as partner. */
export async function createSharedActivity(base: string, editorCookie: string, chain: DemoChain, title: string) {
  return expectStatus(
    apiCall<{ id: string; version: number }>(base, 'POST', '/activities', {
      cookie: editorCookie,
      body: {
        agreementId: chain.agreementId,
        focusAreaId: chain.focusAreaId,
        leadOrganisationId: chain.homeOrganisationId,
        partnerOrganisationIds: [chain.policeId],
        shared: true,
        title,
        measure: { label: 'trygghetsvandringar', unit: 'antal', monthlyTarget: 4 },
      },
    }),
    201,
    `create the activity ${title}`,
  );
}

/** `count` months from `first` ('YYYY-MM'), in order. */
export function monthsFrom(first: string, count: number): string[] {
  const [year, month] = first.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}
