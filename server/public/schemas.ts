import { Counts } from '../reporting/schemas.js';
import { MonthText } from '../followups/schemas.js';
import { Type, type Static } from 'typebox';
import { Activity } from '../activities/schemas.js';
import { AreaSummary } from '../areas/schemas.js';
import { Goal, Indicator, IndicatorValue } from '../goals/schemas.js';
import { Timestamp, Uuid, ref } from '../http/schemas.js';
import { Municipality, MunicipalityCode } from '../municipalities/schemas.js';
import { OrganisationKind } from '../organisations/schemas.js';
import { ActivityProgress, CitizenPromise, LightThresholds } from '../promises/schemas.js';
import { Review } from '../reviews/schemas.js';

const GroupProgress = Type.Object(
  {
    all: Type.Union([Type.Number(), Type.Null()]),
    women: Type.Union([Type.Number(), Type.Null()]),
    men: Type.Union([Type.Number(), Type.Null()]),
  },
  { additionalProperties: false, description: '(latest − baseline) ÷ (target − baseline), clamped to 0…1, per group' },
);

export const DashboardIndicator = Type.Object(
  {
    indicator: ref(Indicator),
    values: Type.Array(ref(IndicatorValue)),
    progress: GroupProgress,
  },
  { $id: 'DashboardIndicator', additionalProperties: false },
);

export const DashboardGoal = Type.Object(
  { goal: ref(Goal), indicators: Type.Array(ref(DashboardIndicator)) },
  { $id: 'DashboardGoal', additionalProperties: false },
);

export const DashboardActivity = Type.Object(
  { activity: ref(Activity), progress: ref(ActivityProgress) },
  { $id: 'DashboardActivity', additionalProperties: false },
);

export const DashboardPromise = Type.Object(
  { promise: ref(CitizenPromise), activities: Type.Array(ref(DashboardActivity)) },
  { $id: 'DashboardPromise', additionalProperties: false },
);

export const Dashboard = Type.Object(
  {
    municipality: ref(Municipality),
    goals: Type.Array(ref(DashboardGoal)),
    promises: Type.Array(ref(DashboardPromise)),
    organisations: Type.Array(
      Type.Object({ id: ref(Uuid), name: Type.String(), kind: ref(OrganisationKind) }, { additionalProperties: false }),
      { description: 'The organisations the activities name' },
    ),
    reviews: Type.Array(
      Type.Object({ agreementTitle: Type.String(), review: ref(Review) }, { additionalProperties: false }),
      { description: 'The final, published tertial and year analyses of its published agreements, newest first' },
    ),
    lastChangedAt: Type.Union([Timestamp, Type.Null()], { description: 'When anything shown here last changed' }),
    areas: Type.Array(ref(AreaSummary), {
      description: 'The places its published activities name (as /public/municipalities/{code}/areas)',
    }),
    lightThresholds: ref(LightThresholds),
    reporting: Type.Object(
      {
        from: ref(MonthText),
        to: ref(MonthText),
        counts: ref(Counts),
      },
      {
        additionalProperties: false,
        description:
          'Rapporteringsgrad: the share of due months of the published activities reported on time over the ' +
          'last twelve months that have ended (a month is due on the reportingDay of the next month)',
      },
    ),
    openDataLicence: Type.String({
      description: 'The licence of the open data (…/open-data/*.csv, *.json), as configured (OPEN_DATA_LICENCE)',
    }),
  },
  {
    $id: 'Dashboard',
    additionalProperties: false,
    description: 'Everything the public dashboard shows, published items only',
  },
);
export type Dashboard = Static<typeof Dashboard>;

export const DashboardParams = Type.Object({ code: MunicipalityCode }, { additionalProperties: false });

export const publicSchemas = [DashboardIndicator, DashboardGoal, DashboardActivity, DashboardPromise, Dashboard];
