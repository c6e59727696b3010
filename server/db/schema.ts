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
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Timestamp;
}

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  kind: OrganisationKind;
  municipalityId: string | null;
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
}

export interface PromiseActivitiesTable {
  promiseId: string;
  activityId: string;
  position: number;
}

export interface SchemaMigrationsTable {
  name: string;
  appliedAt: Generated<Date>;
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
  recoveryCodes: RecoveryCodesTable;
  oidcLogins: OidcLoginsTable;
}

export type MunicipalityRow = Selectable<MunicipalitiesTable>;
export type OrganisationRow = Selectable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;
