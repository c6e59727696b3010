import { Type, type Static } from 'typebox';
import { InputObject, ItemObject, PatchOf } from '../http/item-schemas.js';
import { Formed } from '../http/field-errors.js';
import { Name } from '../http/schemas.js';

export const MunicipalityCode = Formed('municipality-code', '^[0-9]{4}$', {
  description: 'SCB kommunkod, four digits (Linköping = 0580)',
  examples: ['0580'],
});

/** The day of month M+1 by which month M's follow-up is due (rapportdag). */
export const ReportingDay = Type.Integer({
  minimum: 1,
  maximum: 28,
  description: "Rapportdag: month M's follow-up is due on this day of month M+1 (Swedish time); 1–28, default 10",
  examples: [10],
});

export const Municipality = ItemObject('Municipality', {
  code: MunicipalityCode,
  name: Name,
  county: Name,
  reportingDay: ReportingDay,
});
export type Municipality = Static<typeof Municipality>;

export const CreateMunicipality = InputObject('CreateMunicipality', {
  code: MunicipalityCode,
  name: Name,
  county: Name,
  reportingDay: Type.Optional(ReportingDay),
});
export type CreateMunicipality = Static<typeof CreateMunicipality>;

export const PatchMunicipality = PatchOf(CreateMunicipality, 'PatchMunicipality');
export type PatchMunicipality = Static<typeof PatchMunicipality>;

export const municipalitySchemas = [Municipality, CreateMunicipality, PatchMunicipality];
