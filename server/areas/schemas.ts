import { Type, type Static } from 'typebox';
import { Activity } from '../activities/schemas.js';
import { Text, Uuid, ref } from '../http/schemas.js';
import { MunicipalityCode } from '../municipalities/schemas.js';
import { OrganisationKind } from '../organisations/schemas.js';
import { ActivityProgress, CitizenPromise } from '../promises/schemas.js';

// Areas (stadsdelar, places): every place a published activity names (and, with the
// lägesbild, a published problem), matched without regard to case or surrounding spaces.

const AreaName = Text(200, {
  minLength: 1,
  description: 'A place, e.g. Skäggetorp; matched ignoring case and surrounding spaces',
});

const MunicipalityRef = Type.Object({ code: MunicipalityCode, name: Type.String() }, { additionalProperties: false });

export const AreaSummary = Type.Object(
  {
    name: Type.String({ description: 'As most items spell it' }),
    activities: Type.Integer({ minimum: 0, description: 'Published activities there' }),
    promises: Type.Integer({ minimum: 0, description: 'Published promises holding one of them' }),
  },
  { $id: 'AreaSummary', additionalProperties: false },
);

export const AreaList = Type.Object(
  { municipality: MunicipalityRef, items: Type.Array(ref(AreaSummary), { description: 'By name' }) },
  { $id: 'AreaList', additionalProperties: false },
);
export type AreaList = Static<typeof AreaList>;

export const AreaActivity = Type.Object(
  {
    activity: ref(Activity),
    progress: ref(ActivityProgress),
    promiseIds: Type.Array(ref(Uuid), { description: 'The published promises holding it' }),
  },
  { $id: 'AreaActivity', additionalProperties: false },
);

export const AreaPage = Type.Object(
  {
    municipality: MunicipalityRef,
    name: Type.String(),
    activities: Type.Array(ref(AreaActivity), {
      description: "Published activities there, each with its progress over its agreement's period to date",
    }),
    promises: Type.Array(ref(CitizenPromise), {
      description: 'Published promises holding one of these activities, with their verdicts',
    }),
    organisations: Type.Array(
      Type.Object({ id: ref(Uuid), name: Type.String(), kind: ref(OrganisationKind) }, { additionalProperties: false }),
      { description: 'The organisations the activities name' },
    ),
  },
  { $id: 'AreaPage', additionalProperties: false },
);
export type AreaPage = Static<typeof AreaPage>;

export const AreaListParams = Type.Object({ code: MunicipalityCode }, { additionalProperties: false });
export const AreaParams = Type.Object({ code: MunicipalityCode, area: AreaName }, { additionalProperties: false });

export const RenameArea = Type.Object(
  { from: AreaName, to: AreaName },
  { $id: 'RenameArea', additionalProperties: false },
);
export type RenameArea = Static<typeof RenameArea>;

export const AreaRenamed = Type.Object(
  {
    name: Type.String({ description: 'The new name, trimmed' }),
    activities: Type.Integer({ minimum: 0, description: 'Activities renamed, each with its own audit event' }),
  },
  { $id: 'AreaRenamed', additionalProperties: false },
);
export type AreaRenamed = Static<typeof AreaRenamed>;

export const areaSchemas = [AreaSummary, AreaList, AreaActivity, AreaPage, RenameArea, AreaRenamed];
