import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

// Table types, camelCase: CamelCasePlugin maps them to the snake_case SQL in sql/.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;

export type Role = 'admin' | 'editor' | 'partner' | 'viewer';
export type OrganisationKind = 'municipality' | 'police' | 'county' | 'other';

export interface MunicipalitiesTable {
  id: Generated<string>;
  code: string;
  name: string;
  county: string;
  reportingDay: Generated<number>;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Timestamp;
}

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  kind: OrganisationKind;
  municipalityId: string | null;
  /** SCB länskod of a county organisation ('05'); null for any other kind. */
  countyCode: Generated<string | null>;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Timestamp;
  /** Its accounts sign in only through the identity provider (0009). */
  ssoRequired: Generated<boolean>;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
  organisationId: string;
  disabled: Generated<boolean>;
  reminders: Generated<boolean>;
  language: Generated<'sv' | 'en' | null>;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Timestamp;
  /** The second factor (0009): the confirmed TOTP secret, the one being enrolled, the last step used. */
  totpSecret: Generated<string | null>;
  totpPendingSecret: Generated<string | null>;
  totpEnabledAt: Generated<Date | null>;
  totpLastStep: Generated<number | null>;
}

export interface SessionsTable {
  idHash: string;
  userId: string;
  createdAt: Generated<Date>;
  lastSeenAt: Timestamp;
  expiresAt: Timestamp;
  /** 0009: an id to name the session by, where it was opened, how, and whether its second factor is done. */
  id: Generated<string>;
  address: string | null;
  userAgent: string | null;
  method: Generated<SignInMethod>;
  secondFactor: Generated<boolean>;
}

export type SignInMethod = 'password' | 'password+totp' | 'password+recovery' | 'oidc';

export interface ApiTokensTable {
  id: Generated<string>;
  userId: string;
  tokenHash: string;
  label: string | null;
  expiresAt: Date | null;
  createdBy: string | null;
  createdAt: Generated<Date>;
  lastUsedAt: Date | null;
  lastUsedAddress: Generated<string | null>;
  lastUsedAgent: Generated<string | null>;
}

/** Ten single-use recovery codes per person (0009), as SHA-256 only. */
export interface RecoveryCodesTable {
  userId: string;
  codeHash: string;
  usedAt: Date | null;
}

/** A single sign-on under way (0009): used once, by the browser holding the id. */
export interface OidcLoginsTable {
  idHash: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: Date;
}

export interface IdempotencyKeysTable {
  actorKey: string;
  key: string;
  requestHash: string;
  status: number | null;
  headers: Json | null;
  body: string | null;
  createdAt: Generated<Date>;
}

export interface AuditEventsTable {
  id: Generated<number>;
  occurredAt: Generated<Date>;
  actorId: string | null;
  action: 'create' | 'update' | 'delete' | 'sign-in' | 'refused';
  entityType: string;
  entityId: string;
  municipalityId: string | null;
  before: Json | null;
  /** A system actor that is no account, e.g. 'Kolada'. */
  actorName: Generated<string | null>;
  after: Json | null;
}

export interface ThrottleCountersTable {
  key: string;
  hits: number;
  windowEndsAt: Date;
}

export type Direction = 'increase' | 'decrease';
export type ValueGroup = 'all' | 'women' | 'men';
export type AgreementStatus = 'draft' | 'active' | 'ended';
export type ActivityStatus = 'planned' | 'ongoing' | 'done' | 'delayed' | 'cancelled';
/** A `date` column: always 'YYYY-MM-DD' text (see database.ts). */
type DateText = string;

export interface GoalsTable {
  id: Generated<string>;
  municipalityId: string;
  title: string;
  description: Generated<string>;
  published: Generated<boolean>;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Timestamp;
}

export interface IndicatorsTable {
  id: Generated<string>;
  goalId: string;
  title: string;
  source: string;
  unit: string;
  direction: Direction;
  baselinePeriod: string | null;
  baselineValue: number | null;
  targetPeriod: string | null;
  targetValue: number | null;
  /** The Kolada KPI the values come from ('N07403'), if any. */
  koladaKpi: Generated<string | null>;
  published: Generated<boolean>;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Timestamp;
}

export interface IndicatorValuesTable {
  indicatorId: string;
  period: string;
  group: ValueGroup;
  value: number;
  updatedAt: Timestamp;
}

export interface AgreementsTable {
  id: Generated<string>;
  municipalityId: string;
  title: string;
  periodStart: DateText;
  periodEnd: DateText;
  status: Generated<AgreementStatus>;
  summary: Generated<string>;
  /** The lägesbild the agreement's plan answers. */
  situationReportId: Generated<string | null>;
  published: Generated<boolean>;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Timestamp;
}

export interface AgreementPartiesTable {
  agreementId: string;
  organisationId: string;
}

export interface AgreementGoalsTable {
  agreementId: string;
  goalId: string;
}

export interface FocusAreasTable {
  id: Generated<string>;
  agreementId: string;
  title: string;
  description: Generated<string>;
  position: Generated<number>;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Timestamp;
}

export interface ActivitiesTable {
  id: Generated<string>;
  agreementId: string;
  focusAreaId: string;
  title: string;
  description: Generated<string>;
  leadOrganisationId: string;
  area: string | null;
  startDate: DateText | null;
  endDate: DateText | null;
  status: Generated<ActivityStatus>;
  comment: Generated<string>;
  shared: Generated<boolean>;
  published: Generated<boolean>;
  measureLabel: string | null;
  measureUnit: string | null;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Timestamp;
}

export interface ActivityPartnersTable {
  activityId: string;
  organisationId: string;
}

export interface ActivityTargetsTable {
  activityId: string;
  validFrom: string;
  monthlyTarget: number | null;
  /** By calendar month ('07'), JSON text when written. */
  monthTargets: ColumnType<Record<string, number>, string | undefined, string>;
}

export interface FollowUpsTable {
  id: Generated<string>;
  activityId: string;
  month: string;
  outcome: number | null;
  comment: Generated<string>;
  internalNote: Generated<string>;
  recordedBy: string | null;
  recordedAt: Timestamp;
  /** When an outcome was first recorded; kept by a trigger (sql/0006_reporting.sql). */
  firstReportedAt: Generated<Date | null>;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Timestamp;
}

export interface PromisesTable {
  id: Generated<string>;
  municipalityId: string;
  agreementId: string | null;
  title: string;
  periodStart: DateText;
  periodEnd: DateText;
  text: string;
  published: Generated<boolean>;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Timestamp;
  /** The verdict (sql/0008_accountability.sql); null: not assessed yet. */
  assessment: Generated<PromiseAssessment | null>;
  assessmentNote: Generated<string>;
  assessedAt: Generated<Date | null>;
}

export type PromiseAssessment = 'notStarted' | 'onTrack' | 'atRisk' | 'delayed' | 'kept' | 'partlyKept' | 'notKept';

export interface PromiseActivitiesTable {
  promiseId: string;
  activityId: string;
  position: number;
}

export type SituationReportStatus = 'draft' | 'adopted';
export type ProblemCategory =
  | 'violence'
  | 'drugs'
  | 'property'
  | 'disorder'
  | 'youth'
  | 'organisedCrime'
  | 'welfareCrime'
  | 'fraud'
  | 'traffic'
  | 'insecurity'
  | 'other';
export type ReviewStatus = 'draft' | 'final';

export interface SituationReportsTable {
  id: Generated<string>;
  municipalityId: string;
  title: string;
  periodStart: DateText;
  periodEnd: DateText;
  mapping: Generated<string>;
  analysis: Generated<string>;
  /** [{title, url?}], JSON text when written. */
  sources: ColumnType<{ title: string; url?: string }[], string | undefined, string>;
  status: Generated<SituationReportStatus>;
  adoptedAt: DateText | null;
  adoptedBy: string | null;
  internalNote: Generated<string>;
  published: Generated<boolean>;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Timestamp;
}

export interface ProblemsTable {
  id: Generated<string>;
  situationReportId: string;
  title: string;
  description: Generated<string>;
  category: ProblemCategory;
  areas: ColumnType<string[], string[] | undefined, string[]>;
  position: Generated<number>;
  internalNote: Generated<string>;
  published: Generated<boolean>;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Timestamp;
}

export interface ProblemCausesTable {
  id: Generated<string>;
  problemId: string;
  title: string;
  description: Generated<string>;
  position: number;
}

export interface ActivityProblemsTable {
  activityId: string;
  problemId: string;
}

export interface ActivityCausesTable {
  activityId: string;
  causeId: string;
}

export interface ReviewsTable {
  id: Generated<string>;
  agreementId: string;
  period: string;
  text: string;
  priorities: Generated<string>;
  status: Generated<ReviewStatus>;
  published: Generated<boolean>;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Timestamp;
}

export interface CountiesTable {
  code: string;
  name: string;
  programmeTitle: Generated<string>;
  programme: Generated<string>;
  updatedAt: Timestamp;
}

export interface ClosedPeriodsTable {
  id: Generated<string>;
  agreementId: string;
  period: string;
  closedBy: string | null;
  closedAt: Timestamp;
}

export type ReminderOccasion = 'before' | 'after';

export interface ReminderSendsTable {
  userId: string;
  occasion: ReminderOccasion;
  month: string;
  state: 'sending' | 'failed' | 'sent' | 'nothing';
  attempts: Generated<number>;
  retryAt: Timestamp;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Timestamp;
}

export interface SchemaMigrationsTable {
  name: string;
  appliedAt: Generated<Date>;
}

export interface PublicVersionsTable {
  /** A municipality's id, or 'all' for changes that reach every municipality. */
  scope: string;
  version: number;
}

export interface DB {
  schemaMigrations: SchemaMigrationsTable;
  municipalities: MunicipalitiesTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  idempotencyKeys: IdempotencyKeysTable;
  auditEvents: AuditEventsTable;
  throttleCounters: ThrottleCountersTable;
  goals: GoalsTable;
  indicators: IndicatorsTable;
  indicatorValues: IndicatorValuesTable;
  agreements: AgreementsTable;
  agreementParties: AgreementPartiesTable;
  agreementGoals: AgreementGoalsTable;
  focusAreas: FocusAreasTable;
  activities: ActivitiesTable;
  activityPartners: ActivityPartnersTable;
  activityTargets: ActivityTargetsTable;
  followUps: FollowUpsTable;
  promises: PromisesTable;
  promiseActivities: PromiseActivitiesTable;
  publicVersions: PublicVersionsTable;
  situationReports: SituationReportsTable;
  problems: ProblemsTable;
  problemCauses: ProblemCausesTable;
  activityProblems: ActivityProblemsTable;
  activityCauses: ActivityCausesTable;
  reviews: ReviewsTable;
  counties: CountiesTable;
  closedPeriods: ClosedPeriodsTable;
  reminderSends: ReminderSendsTable;
  recoveryCodes: RecoveryCodesTable;
  oidcLogins: OidcLoginsTable;
}

export type MunicipalityRow = Selectable<MunicipalitiesTable>;
export type OrganisationRow = Selectable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;
