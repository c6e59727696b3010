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
}

export interface SessionsTable {
  idHash: string;
  userId: string;
  createdAt: Generated<Date>;
  lastSeenAt: Timestamp;
  expiresAt: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  userId: string;
  tokenHash: string;
  label: string | null;
  expiresAt: Date | null;
  createdBy: string | null;
  createdAt: Generated<Date>;
  lastUsedAt: Date | null;
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
  action: 'create' | 'update' | 'delete';
  entityType: string;
  entityId: string;
  municipalityId: string | null;
  before: Json | null;
  after: Json | null;
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
}

export type MunicipalityRow = Selectable<MunicipalitiesTable>;
export type OrganisationRow = Selectable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;
