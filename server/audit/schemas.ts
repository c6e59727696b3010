import { Type, type Static } from 'typebox';
import { ENTITY_TYPES } from '../domain/changes.js';
import { Formed } from '../http/field-errors.js';
import { Timestamp, Uuid, ref } from '../http/schemas.js';

export const AuditEvent = Type.Object(
  {
    id: Type.Integer(),
    occurredAt: Timestamp,
    actorId: Type.Union([ref(Uuid), Type.Null()]),
    actorName: Type.Union([Type.String(), Type.Null()], {
      description: 'A system that made the change, e.g. "Kolada" (with actorId the account that asked, if one did)',
    }),
    action: Type.Union([
      Type.Literal('create'),
      Type.Literal('update'),
      Type.Literal('delete'),
      Type.Literal('sign-in', { description: 'A single sign-on, with the provider’s amr and acr' }),
      Type.Literal('refused', { description: 'A refused sign-in step: a callback, a code, a weak password' }),
    ]),
    entityType: Type.String(),
    entityId: ref(Uuid),
    before: Type.Unknown({ description: 'The item before the change (null for a create)' }),
    after: Type.Unknown({ description: 'The item after the change (null for a delete)' }),
  },
  { $id: 'AuditEvent', additionalProperties: false },
);
export type AuditEvent = Static<typeof AuditEvent>;

export const AuditQuery = Type.Object(
  {
    entityType: Type.Union(ENTITY_TYPES.map((type) => Type.Literal(type))),
    entityId: ref(Uuid),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    cursor: Type.Optional(Formed('cursor', '^[0-9]{1,18}$', { description: 'nextCursor of the previous page' })),
  },
  { additionalProperties: false },
);

export const auditSchemas = [AuditEvent];
