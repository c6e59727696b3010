import { Type, type Static } from 'typebox';
import { InputObject, ItemObject, ListQueryWith, PatchOf } from '../http/item-schemas.js';
import { Formed } from '../http/field-errors.js';
import { Name, Uuid, ref } from '../http/schemas.js';

export const CountyCode = Formed('county-code', '^[0-9]{2}$', {
  description: 'SCB länskod, two digits: the first two of its municipalities’ codes (Östergötland = 05)',
  examples: ['05'],
});

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
  countyCode: Type.Union([CountyCode, Type.Null()], {
    description: 'The county a county organisation (länsstyrelse) serves; null for any other kind',
  }),
  ssoRequired: Type.Boolean({
    description: 'Its accounts sign in only through the identity provider (single sign-on); passwords do not work',
  }),
});
export type Organisation = Static<typeof Organisation>;

export const CreateOrganisation = InputObject('CreateOrganisation', {
  name: Name,
  kind: ref(OrganisationKind),
  municipalityId: Type.Optional(Type.Union([ref(Uuid), Type.Null()])),
  countyCode: Type.Optional(
    Type.Union([CountyCode, Type.Null()], { description: 'Required for kind county; only for kind county' }),
  ),
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
