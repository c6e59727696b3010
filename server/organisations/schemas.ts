import { Type, type Static } from 'typebox';
import { ListQuery, Name, Timestamp, Uuid, Version, ref } from '../http/schemas.js';

export const OrganisationKind = Type.Union(
  [Type.Literal('municipality'), Type.Literal('police'), Type.Literal('county'), Type.Literal('other')],
  {
    $id: 'OrganisationKind',
    description: 'municipality, police, county (länsstyrelse) or other (housing company, association …)',
  },
);

export const Organisation = Type.Object(
  {
    id: ref(Uuid),
    name: Name,
    kind: ref(OrganisationKind),
    municipalityId: Type.Union([ref(Uuid), Type.Null()]),
    version: Version,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Organisation', additionalProperties: false },
);
export type Organisation = Static<typeof Organisation>;

export const CreateOrganisation = Type.Object(
  {
    name: Name,
    kind: ref(OrganisationKind),
    municipalityId: Type.Optional(Type.Union([ref(Uuid), Type.Null()])),
  },
  { $id: 'CreateOrganisation', additionalProperties: false },
);
export type CreateOrganisation = Static<typeof CreateOrganisation>;

export const PatchOrganisation = Type.Partial(CreateOrganisation, {
  $id: 'PatchOrganisation',
  additionalProperties: false,
  minProperties: 1,
});
export type PatchOrganisation = Static<typeof PatchOrganisation>;

export const OrganisationListQuery = Type.Object(
  {
    ...ListQuery.properties,
    municipalityId: Type.Optional(ref(Uuid)),
    kind: Type.Optional(ref(OrganisationKind)),
  },
  { additionalProperties: false },
);

export const organisationSchemas = [OrganisationKind, Organisation, CreateOrganisation, PatchOrganisation];
