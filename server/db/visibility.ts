import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Viewer } from '../domain/policy.js';

// The SQL side of domain/policy.ts: which rows of a list a viewer may read.
// Published rows for everyone; the rest for their municipality's readers, the
// parties to their agreement, and admins.

interface ScopeColumns {
  /** e.g. 'activities.published', or a condition (a lägesbild: published and adopted). */
  published: string | RawBuilder<boolean>;
  /** The municipality the row belongs to, e.g. 'agreements.municipalityId' (joined). */
  municipalityId: string;
  /** The agreement whose parties may read the row, e.g. 'activities.agreementId'. */
  agreementId?: string;
  /** Instead of agreementId: a condition that the organisation is party to the row. */
  partyOf?: (organisationId: string) => RawBuilder<boolean>;
}

export function partyToAgreement(agreementIdColumn: string, organisationId: string): RawBuilder<boolean> {
  return sql<boolean>`exists (select 1 from agreement_parties where agreement_parties.agreement_id = ${sql.ref(agreementIdColumn)} and agreement_parties.organisation_id = ${organisationId})`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function visibleTo<QB extends SelectQueryBuilder<any, any, any>>(
  query: QB,
  viewer: Viewer,
  columns: ScopeColumns,
): QB {
  const published =
    typeof columns.published === 'string' ? sql<boolean>`${sql.ref(columns.published)}` : columns.published;
  switch (viewer.kind) {
    case 'all':
      return query;
    case 'public':
      return query.where(published) as QB;
    case 'municipality':
      return query.where(
        sql<boolean>`(${published} or ${sql.ref(columns.municipalityId)} = ${viewer.municipalityId})`,
      ) as QB;
    case 'party': {
      const party = columns.partyOf
        ? columns.partyOf(viewer.organisationId)
        : partyToAgreement(columns.agreementId ?? 'agreementId', viewer.organisationId);
      return query.where(sql<boolean>`(${published} or ${party})`) as QB;
    }
  }
}
