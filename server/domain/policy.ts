import type { Role } from '../db/schema.js';
import { Forbidden } from './errors.js';

// Who sees and changes what, item by item. A route's access rule has already
// let the caller in by role; these decide per item, for the API, the import
// and any job alike.

/** Who is calling: resolved once per request from the session cookie or a bearer token. */
export interface Actor {
  userId: string;
  role: Role;
  organisationId: string;
  /** The caller's organisation's municipality; null for county-wide or system organisations. */
  municipalityId: string | null;
  /** The county a county organisation (länsstyrelse) serves ('05'); null for any other organisation. */
  countyCode: string | null;
  via: 'session' | 'token';
  /** Set when the caller came with a session: the stored hash of its id. */
  sessionHash: string | null;
  /**
   * Issue 17: 'demo', a demo account of a public demo (DEMO_PUBLIC: reads what the
   * public reads, changes nothing); 'enrolment', a session that must enrol a
   * second factor before anything else (MFA_REQUIRED).
   */
  limited?: 'demo' | 'enrolment';
}
/** What a caller may read of the cooperation's items. */
export type Viewer =
  | { kind: 'all' }
  | { kind: 'municipality'; municipalityId: string }
  | { kind: 'party'; organisationId: string }
  | { kind: 'public' };

export function viewerOf(actor: Actor | null): Viewer {
  if (actor === null) return { kind: 'public' };
  switch (actor.role) {
    case 'admin':
      return { kind: 'all' };
    case 'editor':
    case 'viewer':
      return actor.municipalityId === null
        ? { kind: 'public' }
        : { kind: 'municipality', municipalityId: actor.municipalityId };
    case 'partner':
      return { kind: 'party', organisationId: actor.organisationId };
  }
}

/** The facts about an item that decide who reads it. */
export interface ItemScope {
  municipalityId: string;
  /** Organisations party to the agreement(s) the item belongs to. */
  partyOrganisationIds: readonly string[];
  published: boolean;
}

/** internal: everything, internal notes included; public: published fields only; none: 404. */
export type ReadLevel = 'internal' | 'public' | 'none';

export function readLevel(viewer: Viewer, scope: ItemScope): ReadLevel {
  const insider =
    viewer.kind === 'all' ||
    (viewer.kind === 'municipality' && viewer.municipalityId === scope.municipalityId) ||
    (viewer.kind === 'party' && scope.partyOrganisationIds.includes(viewer.organisationId));
  if (insider) return 'internal';
  return scope.published ? 'public' : 'none';
}

/** Editors manage their own municipality's items; admins all (and alone those of no municipality). */
export function canManage(actor: Actor | null, municipalityId: string | null): boolean {
  if (actor === null) return false;
  return (
    actor.role === 'admin' ||
    (actor.role === 'editor' && municipalityId !== null && actor.municipalityId === municipalityId)
  );
}

/** 403 unless the caller manages items of this municipality. */
export function assertCanManage(actor: Actor | null, municipalityId: string | null): void {
  if (!canManage(actor, municipalityId)) throw new Forbidden('Only editors of this municipality may do this.');
}

export interface ActivityParties {
  municipalityId: string;
  shared: boolean;
  leadOrganisationId: string;
  partnerOrganisationIds: readonly string[];
}

/** Partners update only shared activities their organisation leads or takes part in. */
export function isActivityPartner(actor: Actor | null, activity: ActivityParties): boolean {
  return (
    actor !== null &&
    actor.role === 'partner' &&
    activity.shared &&
    (activity.leadOrganisationId === actor.organisationId ||
      activity.partnerOrganisationIds.includes(actor.organisationId))
  );
}

/** A municipality's county: the first two digits of its code (SCB länskod; Linköping 0580 → 05). */
export function countyOf(municipalityCode: string): string {
  return municipalityCode.slice(0, 2);
}

/**
 * A reader of a county organisation (länsstyrelse) for a municipality of its
 * county: reads what the public reads plus the county's reports (the
 * completeness report), never internal notes or drafts, and writes nothing.
 * The one check a report of the county adds beside the municipality's own readers.
 */
export function isCountyReader(actor: Actor | null, municipalityCode: string): boolean {
  return (
    actor !== null &&
    actor.role === 'viewer' &&
    actor.municipalityId === null &&
    actor.countyCode !== null &&
    actor.countyCode === countyOf(municipalityCode)
  );
}
