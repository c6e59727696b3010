import { Type, type Static } from 'typebox';
import { Name, Timestamp, Version, ref, Uuid } from '../http/schemas.js';

export const MunicipalityCode = Type.String({
  pattern: '^[0-9]{4}$',
  description: 'SCB kommunkod, four digits (Linköping = 0580)',
  examples: ['0580'],
});

export const Municipality = Type.Object(
  {
    id: ref(Uuid),
    code: MunicipalityCode,
    name: Name,
    county: Name,
    version: Version,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Municipality', additionalProperties: false },
);
export type Municipality = Static<typeof Municipality>;

export const CreateMunicipality = Type.Object(
  { code: MunicipalityCode, name: Name, county: Name },
  { $id: 'CreateMunicipality', additionalProperties: false },
);
export type CreateMunicipality = Static<typeof CreateMunicipality>;

export const PatchMunicipality = Type.Partial(CreateMunicipality, {
  $id: 'PatchMunicipality',
  additionalProperties: false,
  minProperties: 1,
});
export type PatchMunicipality = Static<typeof PatchMunicipality>;

export const municipalitySchemas = [Municipality, CreateMunicipality, PatchMunicipality];
