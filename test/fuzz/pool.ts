import { collectionOf } from './openapi.js';

// What the API has answered: the ids and other values of real items, by the
// collection they came from, so path parameters and body fields can name items
// that exist. Filled from the responses themselves, so a route added tomorrow
// feeds it too. It learns only from answers that are the same every run (the
// warm-up's and the fixed cases', see replay.ts); the random requests read it, and
// nobody writes it while they are sent.

const MAX_PER_FIELD = 200;

/** `focusAreaId` → `focus-area`; `partnerOrganisationIds` → `partner-organisation`. */
function stemOf(field: string): string {
  return field
    .replace(/Ids?$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/** `focus-areas` → `focus-area`; `activities` → `activity`. */
function singular(collection: string): string {
  if (collection.endsWith('ies')) return `${collection.slice(0, -3)}y`;
  if (collection.endsWith('s')) return collection.slice(0, -1);
  return collection;
}

/** The ETag last seen for a concrete path, and the version last seen for an item id. */
export class Etags {
  private readonly byPath = new Map<string, string>();
  private readonly versions = new Map<string, number>();

  etagFor(path: string, id: string | undefined): string | undefined {
    const byPath = this.byPath.get(path);
    if (byPath !== undefined) return byPath;
    const version = id === undefined ? undefined : this.versions.get(id);
    return version === undefined ? undefined : `"${version}"`;
  }

  /** Learns from one successful answer: its ETag header, and the versions of the items it holds. */
  learn(concretePath: string, etag: unknown, body: unknown) {
    if (typeof etag === 'string') this.byPath.set(concretePath, etag);
    this.learnVersions(body, 0);
  }

  private learnVersions(node: unknown, depth: number) {
    if (node === null || typeof node !== 'object' || depth > 4) return;
    if (Array.isArray(node)) {
      for (const item of node) this.learnVersions(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.id === 'string' && typeof record.version === 'number')
      this.versions.set(record.id, record.version);
    for (const value of Object.values(record)) this.learnVersions(value, depth + 1);
  }
}

export class ValuePool {
  /** collection → field → values seen, in the order first seen. */
  private readonly values = new Map<string, Map<string, string[]>>();
  /** collection → whole items seen (their scalar fields), for bodies whose ids must fit together. */
  private readonly items = new Map<string, Record<string, string>[]>();
  readonly etags = new Etags();
  /** Ids a change must never name (the callers' own accounts and tokens). */
  readonly protectedIds = new Set<string>();
  /** Ids of items that were deleted (still worth asking for: a 404 or 410). */
  readonly deleted = new Set<string>();

  add(collection: string, field: string, value: string) {
    if (value.length === 0 || value.length > 200) return;
    let fields = this.values.get(collection);
    if (!fields) this.values.set(collection, (fields = new Map()));
    let list = fields.get(field);
    if (!list) fields.set(field, (list = []));
    if (list.includes(value)) return;
    if (list.length >= MAX_PER_FIELD) list.splice(0, 1);
    list.push(value);
  }

  /** Values seen for a collection's field (e.g. `municipalities`, `code`). */
  get(collection: string, field: string): string[] {
    return this.values.get(collection)?.get(field) ?? [];
  }

  /** Every value seen for a field name in any collection (every `email`, every `code`). */
  byField(field: string): string[] {
    const all: string[] = [];
    for (const fields of this.values.values()) all.push(...(fields.get(field) ?? []));
    return all;
  }

  /** Items seen of the collection a field like `focusAreaId` names (with all their scalar fields). */
  itemsForField(field: string): Record<string, string>[] {
    const stem = stemOf(field);
    const matches: Record<string, string>[] = [];
    for (const [collection, items] of this.items) {
      const one = singular(collection);
      if (stem === one || stem.endsWith(`-${one}`))
        matches.push(...items.filter((item) => !this.deleted.has(item.id ?? '')));
    }
    return matches;
  }

  /** Every id seen, of any collection. */
  allIds(): string[] {
    return this.byField('id');
  }

  /** Ids for a body field named like `agreementId` or `partnerOrganisationIds`: of the collection it names, if one matches. */
  idsForField(field: string): string[] {
    const stem = stemOf(field);
    const matches: string[] = [];
    for (const collection of this.values.keys()) {
      const one = singular(collection);
      if (stem === one || stem.endsWith(`-${one}`)) matches.push(...this.get(collection, 'id'));
    }
    return matches;
  }

  remove(id: string) {
    this.deleted.add(id);
    for (const fields of this.values.values()) {
      const ids = fields.get('id');
      if (ids?.includes(id)) ids.splice(ids.indexOf(id), 1);
    }
  }

  etagFor(path: string, id: string | undefined): string | undefined {
    return this.etags.etagFor(path, id);
  }

  /**
   * Learns from one answer: the items of a list or the item itself (their ids,
   * short strings and versions, by the collection the path names) and its ETag.
   */
  learn(pathTemplate: string, concretePath: string, status: number, etag: unknown, body: unknown) {
    if (status >= 300) return;
    const collection = collectionOf(pathTemplate);
    this.etags.learn(concretePath, etag, body);
    const items: unknown[] = [];
    if (Array.isArray(body)) items.push(...body);
    else if (body !== null && typeof body === 'object') {
      const record = body as Record<string, unknown>;
      if (Array.isArray(record.items)) items.push(...(record.items as unknown[]));
      else items.push(record);
    }
    for (const item of items) this.learnItem(collection, item, 0);
    // A list's next page: a cursor that is real.
    if (
      body !== null &&
      typeof body === 'object' &&
      typeof (body as { nextCursor?: unknown }).nextCursor === 'string'
    ) {
      this.add(collection, 'cursor', (body as { nextCursor: string }).nextCursor);
    }
  }

  private learnItem(collection: string, item: unknown, depth: number) {
    if (item === null || typeof item !== 'object' || Array.isArray(item) || depth > 3) return;
    const record = item as Record<string, unknown>;
    if (typeof record.id === 'string') {
      const scalars: Record<string, string> = {};
      for (const [field, value] of Object.entries(record)) if (typeof value === 'string') scalars[field] = value;
      let list = this.items.get(collection);
      if (!list) this.items.set(collection, (list = []));
      const index = list.findIndex((known) => known.id === record.id);
      if (index >= 0) list[index] = scalars;
      else {
        if (list.length >= MAX_PER_FIELD) list.splice(0, 1);
        list.push(scalars);
      }
    }
    for (const [field, value] of Object.entries(record)) {
      if (typeof value === 'string') this.add(collection, field, value);
      else if (typeof value === 'number' && Number.isFinite(value)) this.add(collection, field, String(value));
      else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        // A nested item (a token's `token` beside its `apiToken`) belongs to the collection its key names.
        this.learnItem(`${field}s`, value, depth + 1);
      }
    }
  }
}
