import { Type, type Static } from 'typebox';
import { InputObject, ItemObject, ListQueryWith, PatchOf } from '../http/item-schemas.js';
import { Name, Uuid, ref } from '../http/schemas.js';

export const OrganisationKind = Type.Union(
  [Type.Literal('municipality'), Type.Literal('police'), Type.Literal('county'), Type.Literal('other')],
  {
    $id: 'OrganisationKind',
    description: 'municipality, police, county (länsstyrelse) or other (housing company, association …)',
  },
);

export const Organisation = ItemObject('Organisation', {
  name: Name,
  kind: ref(OrganisationKind),
  municipalityId: Type.Union([ref(Uuid), Type.Null()]),
  ssoRequired: Type.Boolean({
    description: 'Its accounts sign in only through the identity provider (single sign-on); passwords do not work',
  }),
});
export type Organisation = Static<typeof Organisation>;

export const CreateOrganisation = InputObject('CreateOrganisation', {
  name: Name,
  kind: ref(OrganisationKind),
  municipalityId: Type.Optional(Type.Union([ref(Uuid), Type.Null()])),
  ssoRequired: Type.Optional(
    Type.Boolean({ description: 'Require single sign-on for its accounts (their passwords stop working)' }),
  ),
});
export type CreateOrganisation = Static<typeof CreateOrganisation>;

export const PatchOrganisation = PatchOf(CreateOrganisation, 'PatchOrganisation');
export type PatchOrganisation = Static<typeof PatchOrganisation>;

export const OrganisationListQuery = ListQueryWith({
  municipalityId: Type.Optional(ref(Uuid)),
  kind: Type.Optional(ref(OrganisationKind)),
});

export const organisationSchemas = [OrganisationKind, Organisation, CreateOrganisation, PatchOrganisation];
