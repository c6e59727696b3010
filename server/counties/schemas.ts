import { Type, type Static } from 'typebox';
import { KoladaSource } from '../goals/schemas.js';
import { Formed } from '../http/field-errors.js';
import { Timestamp, Uuid, ref } from '../http/schemas.js';
import { OPEN_DATA_SETS, openDataDocument, type OpenDataSet } from '../opendata/schemas.js';
import { LightThresholds } from '../promises/schemas.js';
import { Counts } from '../reporting/schemas.js';

// The county at a glance (GET /public/counties/{code}/dashboard) and its open
// data: published items and public fields only, for every municipality of the
// county, one entry each, also those with nothing published yet.

/** A county code in a path: any two characters are read, so that a wrong one is a 400 naming the form. */
export const CountyParams = Type.Object(
  {
    code: Formed('county-code', '^[0-9]{2}$', {
      description: 'SCB länskod, two digits (Östergötland = 05)',
      examples: ['05'],
    }),
  },
  { additionalProperties: false },
);

const Progress = Type.Union([Type.Number(), Type.Null()], {
  description: 'outcome to date ÷ target to date over the measured activities; null when the target to date is 0',
});
const Light = Type.Union([Type.Literal('onTrack'), Type.Literal('atRisk'), Type.Literal('behind'), Type.Null()]);

export const CountyPromise = Type.Object(
  {
    id: ref(Uuid),
    title: Type.String(),
    periodStart: Type.String({ format: 'date' }),
    periodEnd: Type.String({ format: 'date' }),
    current: Type.Boolean({ description: 'Its period holds today' }),
    activities: Type.Integer({ minimum: 0, description: 'Its published activities' }),
    targetToDate: Type.Number(),
    outcomeToDate: Type.Number(),
    progress: Progress,
    light: Light,
    missingMonths: Type.Integer({ minimum: 0, description: 'Ended months of its activities not reported' }),
  },
  { $id: 'CountyPromise', additionalProperties: false },
);

export const CountyIndicator = Type.Object(
  {
    id: ref(Uuid),
    title: Type.String(),
    source: Type.String(),
    unit: Type.String(),
    direction: Type.Union([Type.Literal('increase'), Type.Literal('decrease')]),
    kolada: Type.Union([ref(KoladaSource), Type.Null()]),
    period: Type.Union([Type.String(), Type.Null()], { description: 'The latest period with a value' }),
    all: Type.Union([Type.Number(), Type.Null()], { description: 'Its value in that period for all' }),
    women: Type.Union([Type.Number(), Type.Null()], { description: 'For women' }),
    men: Type.Union([Type.Number(), Type.Null()], { description: 'For men' }),
  },
  { $id: 'CountyIndicator', additionalProperties: false },
);

export const CountyMunicipality = Type.Object(
  {
    municipality: Type.Object(
      { id: ref(Uuid), code: Type.String(), name: Type.String() },
      { additionalProperties: false },
    ),
    hasData: Type.Boolean({ description: 'false: nothing published yet (no active agreement, promise or indicator)' }),
    agreement: Type.Union(
      [
        Type.Object(
          {
            id: ref(Uuid),
            title: Type.String(),
            periodStart: Type.String({ format: 'date' }),
            periodEnd: Type.String({ format: 'date' }),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ],
      { description: 'Its active, published agreement (the latest, if several); null when none' },
    ),
    promises: Type.Array(ref(CountyPromise), { description: 'Its published promises, newest first' }),
    progressToDate: Type.Object(
      {
        targetToDate: Type.Number(),
        outcomeToDate: Type.Number(),
        progress: Progress,
        light: Light,
      },
      { additionalProperties: false, description: 'Over the activities of its current promises' },
    ),
    indicators: Type.Array(ref(CountyIndicator), { description: 'Its published indicators of published goals' }),
    // Its published activities' months due in reportingWindow, by the rule of its own dashboard (Rapporteringsgrad).
    reporting: ref(Counts),
  },
  { $id: 'CountyMunicipality', additionalProperties: false },
);

export const CountyDashboard = Type.Object(
  {
    county: Type.Object(
      {
        code: Type.String(),
        name: Type.String(),
        programme: Type.Union(
          [Type.Object({ title: Type.String(), text: Type.String() }, { additionalProperties: false }), Type.Null()],
          { description: 'The county-wide programme, e.g. Östergötland tillsammans mot brott; null when none is told' },
        ),
      },
      { additionalProperties: false },
    ),
    municipalities: Type.Array(ref(CountyMunicipality), { description: 'Every municipality of the county, by name' }),
    lightThresholds: ref(LightThresholds),
    reportingWindow: Type.Object(
      { from: Type.String({ description: 'YYYY-MM' }), to: Type.String({ description: 'YYYY-MM' }) },
      { additionalProperties: false, description: 'The last twelve months that have ended' },
    ),
    lastChangedAt: Type.Union([Timestamp, Type.Null()]),
  },
  {
    $id: 'CountyDashboard',
    additionalProperties: false,
    description: 'The county at a glance, published items and public fields only',
  },
);
export type CountyDashboard = Static<typeof CountyDashboard>;
export type CountyMunicipality = Static<typeof CountyMunicipality>;
export type CountyPromise = Static<typeof CountyPromise>;
export type CountyIndicator = Static<typeof CountyIndicator>;

/** A county's data set: the municipality's columns with the municipality's code first. */
export function countySet(set: OpenDataSet): OpenDataSet {
  return {
    ...set,
    title: `County${set.title}`,
    summary: set.summary
      .replace("A municipality's", "A county's municipalities'")
      .replace("of a municipality's", "of a county's municipalities'"),
    rows: `${set.rows}, of every municipality of the county, by municipality code`,
    columns: [
      { name: 'municipality_code', kind: 'text', description: 'The municipality (SCB kommunkod, 0580)' },
      ...set.columns,
    ],
  };
}

export const COUNTY_OPEN_DATA_SETS = OPEN_DATA_SETS.map(countySet);

/** The county data sets' documents: `{licence, county, items}`. */
export function countyOpenDataDocument(set: OpenDataSet) {
  const { licence, items } = openDataDocument(set).properties;
  return Type.Object(
    {
      licence,
      items,
      county: Type.Object({ code: Type.String(), name: Type.String() }, { additionalProperties: false }),
    },
    { $id: `OpenData${set.title}`, additionalProperties: false },
  );
}

export const countySchemas = [
  CountyPromise,
  CountyIndicator,
  CountyMunicipality,
  CountyDashboard,
  ...COUNTY_OPEN_DATA_SETS.map(countyOpenDataDocument),
];
