import { Type, type Static } from 'typebox';
import { Timestamp, Uuid, ref } from '../http/schemas.js';

export const KoladaSync = Type.Object(
  {
    indicatorId: ref(Uuid),
    kpi: Type.String({ description: 'The Kolada KPI fetched, e.g. N07403' }),
    municipalityCode: Type.String({ description: 'The municipality it was fetched for' }),
    outcome: Type.Union([Type.Literal('updated'), Type.Literal('unchanged'), Type.Literal('failed')], {
      description:
        'updated: values were stored (all in one change, audited as "Kolada"); unchanged: Kolada said what is stored; failed: Kolada did not answer or answered in a form not read, and nothing was stored',
    }),
    received: Type.Integer({ minimum: 0, description: 'Values Kolada gave (year and group)' }),
    changed: Type.Integer({ minimum: 0, description: 'Values stored that were new or different' }),
    failure: Type.Union([Type.String(), Type.Null()], { description: 'Why it failed, when it did' }),
    syncedAt: Timestamp,
  },
  {
    $id: 'KoladaSync',
    additionalProperties: false,
    description: "One sync of an indicator's values from Kolada (Källa: Kolada, CC BY 4.0)",
  },
);
export type KoladaSync = Static<typeof KoladaSync>;

export const koladaSchemas = [KoladaSync];
