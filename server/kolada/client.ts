import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import type { ValueGroup } from '../db/schema.js';

// Kolada's open API (https://api.kolada.se/v3, documented at /v3/docs): the
// values of one KPI for one municipality, `GET /data/kpi/{kpi}/municipality/{code}`,
// answered as `{count, values: [{kpi, municipality, period, values: [{gender,
// count, status, value}]}], next_page?}`, paged by the `next_page` link. Genders are
// T (total), K (kvinnor) and M (män). Everything is read before anything is
// used: an answer that is late, not 200, not JSON, or not of this shape is a
// KoladaFailure, never a partial result.

export interface KoladaConfig {
  /** The API's base, e.g. https://api.kolada.se/v3 (KOLADA_URL). */
  url: string;
  /** The most one request may take, answer included (KOLADA_TIMEOUT_MS). */
  timeoutMs: number;
}

/** One yearly value, as an indicator stores it. */
export interface KoladaValue {
  period: string;
  group: ValueGroup;
  value: number;
}

/** Kolada did not answer, or answered in a way this client does not read; nothing it said is used. */
export class KoladaFailure extends Error {}

const GENDERS: Record<string, ValueGroup> = { T: 'all', K: 'women', M: 'men' };
/** A KPI has a value a year since the 1990s: a few pages at most. More is an answer going round in circles. */
const MAX_PAGES = 50;
const MAX_PAGE_BYTES = 5 * 1024 * 1024;

const Page = Type.Object({
  count: Type.Optional(Type.Integer({ minimum: 0 })),
  values: Type.Array(
    Type.Object({
      kpi: Type.String(),
      municipality: Type.String(),
      period: Type.Union([Type.Integer({ minimum: 1000, maximum: 9999 }), Type.String({ pattern: '^[0-9]{4}$' })]),
      values: Type.Array(
        Type.Object({
          gender: Type.Union([Type.Literal('T'), Type.Literal('K'), Type.Literal('M')]),
          value: Type.Union([Type.Number(), Type.Null()]),
          status: Type.Optional(Type.Union([Type.String(), Type.Null()])),
          count: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
        }),
      ),
    }),
  ),
  next_page: Type.Optional(Type.Union([Type.String(), Type.Null()])),
});
type Page = Static<typeof Page>;

/** The first page's address. */
export function koladaDataUrl(config: KoladaConfig, kpi: string, municipalityCode: string): string {
  return `${config.url}/data/kpi/${encodeURIComponent(kpi)}/municipality/${encodeURIComponent(municipalityCode)}`;
}

async function fetchPage(config: KoladaConfig, url: string): Promise<Page> {
  let text: string;
  try {
    const response = await fetch(url, {
      headers: { accept: 'application/json' },
      redirect: 'error',
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    text = await response.text();
    if (response.status !== 200) throw new KoladaFailure(`Kolada answered ${response.status}.`);
  } catch (error) {
    if (error instanceof KoladaFailure) throw error;
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new KoladaFailure(
      timedOut ? `Kolada did not answer within ${config.timeoutMs} ms.` : 'Kolada is not reachable.',
    );
  }
  if (text.length > MAX_PAGE_BYTES) throw new KoladaFailure('Kolada answered more than a page of values can be.');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new KoladaFailure('Kolada answered something that is not JSON.');
  }
  if (!Value.Check(Page, body)) throw new KoladaFailure('Kolada answered JSON not in the form of its data.');
  return body;
}

/** The next page's address, only on Kolada's own host (a link elsewhere is not followed). */
function nextPage(config: KoladaConfig, page: Page, current: string): string | null {
  if (page.next_page === undefined || page.next_page === null || page.next_page === '') return null;
  let next: URL;
  try {
    next = new URL(page.next_page, current);
  } catch {
    throw new KoladaFailure('Kolada linked a next page that is no address.');
  }
  if (next.origin !== new URL(config.url).origin) throw new KoladaFailure('Kolada linked a next page on another host.');
  return next.href;
}

/**
 * Every yearly value of a KPI for one municipality, total, women and men, over
 * all pages; a value Kolada has not got (null) is left out. Throws KoladaFailure.
 */
export async function fetchKpiValues(
  config: KoladaConfig,
  kpi: string,
  municipalityCode: string,
): Promise<KoladaValue[]> {
  const found = new Map<string, KoladaValue>();
  const seen = new Set<string>();
  let url: string | null = koladaDataUrl(config, kpi, municipalityCode);
  for (let pages = 0; url !== null; pages += 1) {
    if (pages === MAX_PAGES || seen.has(url)) throw new KoladaFailure('Kolada’s pages do not end.');
    seen.add(url);
    const page = await fetchPage(config, url);
    for (const entry of page.values) {
      if (entry.kpi !== kpi || entry.municipality !== municipalityCode) {
        throw new KoladaFailure(`Kolada answered values of ${entry.kpi} for ${entry.municipality}.`);
      }
      for (const value of entry.values) {
        if (value.value === null || !Number.isFinite(value.value)) continue;
        const period = String(entry.period);
        const group = GENDERS[value.gender]!;
        const key = `${period} ${group}`;
        if (found.has(key)) throw new KoladaFailure(`Kolada answered ${period} (${value.gender}) twice.`);
        found.set(key, { period, group, value: value.value });
      }
    }
    url = nextPage(config, page, url);
  }
  return [...found.values()].sort((a, b) =>
    a.period === b.period ? a.group.localeCompare(b.group) : a.period.localeCompare(b.period),
  );
}
