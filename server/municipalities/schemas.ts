import { type Static } from 'typebox';
import { InputObject, ItemObject, PatchOf } from '../http/item-schemas.js';
import { Formed } from '../http/field-errors.js';
import { Name } from '../http/schemas.js';

export const MunicipalityCode = Formed('municipality-code', '^[0-9]{4}$', {
  description: 'SCB kommunkod, four digits (Linköping = 0580)',
  examples: ['0580'],
});

export const Municipality = ItemObject('Municipality', {
  code: MunicipalityCode,
  name: Name,
  county: Name,
});
export type Municipality = Static<typeof Municipality>;

export const CreateMunicipality = InputObject('CreateMunicipality', {
  code: MunicipalityCode,
  name: Name,
  county: Name,
});
export type CreateMunicipality = Static<typeof CreateMunicipality>;

export const PatchMunicipality = PatchOf(CreateMunicipality, 'PatchMunicipality');
export type PatchMunicipality = Static<typeof PatchMunicipality>;

export const municipalitySchemas = [Municipality, CreateMunicipality, PatchMunicipality];
