import type { Executor } from '../db/database.js';
import { currentMonth } from '../progress/months.js';
import { COUNTY } from './data.js';
import { demoFollowUps, monthBefore, recordedAt } from './followups.js';
import type { DemoActivity, OutcomeProfile } from './linkoping.js';

// The county in the demo: Östergötland tillsammans mot brott (facts of
// docs/domain.md) and the twelve municipalities beside Linköping, each with a
// smaller plan. Everything of the twelve is invented and says so (demodata):
// some report well and some badly, and one has published nothing yet, so the
// county page shows real differences. Norrköping and Motala are rich enough to
// compare with Linköping.

export const COUNTY_CODE = '05';

export const OTMB = {
  title: 'Östergötland tillsammans mot brott (OTMB) 2022–2027',
  text: [
    'En länsgemensam programförklaring för 2022–2027, antagen i februari 2022 på initiativ av Länsstyrelsen ' +
      'Östergötland och Polisen. Parter är länets kommuner, Länsstyrelsen, Polismyndigheten, Region Östergötland, ' +
      'Kriminalvården, räddningstjänsten och Linköpings universitet.',
    'Arbetet leds av en styrgrupp på chefsnivå, med nätverket Regbra (regional brottsförebyggande samverkan sedan ' +
      '2010) och arbetsgrupper; varje kommun skickar minst en tjänsteperson till en arbetsgrupp.',
    'OTMB stödjer, och styr inte, varje kommuns eget brottsförebyggande arbete. Här syns länets 13 kommuner sida ' +
      'vid sida: överenskommelser, medborgarlöften och hur de följs upp. Kommunernas planer utom Linköpings är demodata.',
  ].join('\n\n'),
};

type Lead = 'kommun' | 'polis';

interface MemberActivity {
  title: string;
  area: string | null;
  lead: Lead;
  label: string;
  monthlyTarget: number;
}

interface Member {
  code: string;
  name: string;
  /** How well the municipality reports: level of outcome against target, and gaps. */
  reporting: OutcomeProfile;
  /** Its focus, in the agreement's summary and the promise. */
  focus: string;
  activities: MemberActivity[];
  /** Medborgarundersökningen, "trygg utomhus på kvällen": [year, women, men] (demodata). */
  safety: [string, number, number][];
  /** Kolada N07403, anmälda våldsbrott per 100 000 inv: [year, value] (demodata until Kolada is synced). */
  violence: [string, number][];
  /** Nothing published yet: the plan is a draft. */
  draft?: boolean;
}

const walk = (area: string, target = 2): MemberActivity => ({
  title: `Trygghetsvandringar i ${area}`,
  area,
  lead: 'kommun',
  label: 'trygghetsvandringar',
  monthlyTarget: target,
});
const visits = (area: string, target = 4): MemberActivity => ({
  title: `Synlig polisnärvaro i ${area}`,
  area,
  lead: 'polis',
  label: 'riktade insatser',
  monthlyTarget: target,
});
const youth = (target = 2): MemberActivity => ({
  title: 'Föräldravandringar och fältarbete med unga',
  area: null,
  lead: 'kommun',
  label: 'kvällar',
  monthlyTarget: target,
});
const bars = (target = 2): MemberActivity => ({
  title: 'Gemensam krogtillsyn och Ansvarsfull alkoholservering',
  area: 'Centrum',
  lead: 'polis',
  label: 'tillsyner',
  monthlyTarget: target,
});

export const members: Member[] = [
  {
    code: '0581',
    name: 'Norrköping',
    reporting: { level: 1.02, spread: 0.25, missingRate: 0.02 },
    focus: 'våld i offentlig miljö, ungdomsbrottslighet och trygghet i Navestad och Hageby',
    activities: [
      walk('Navestad', 3),
      walk('Hageby', 2),
      visits('Centrum', 6),
      youth(3),
      bars(3),
      {
        title: 'Platssamverkan i Hageby med gemensam lägesbild',
        area: 'Hageby',
        lead: 'kommun',
        label: 'möten',
        monthlyTarget: 1,
      },
    ],
    safety: [
      ['2023', 18, 36],
      ['2024', 21, 38],
      ['2025', 23, 39],
    ],
    violence: [
      ['2022', 1410],
      ['2023', 1380],
      ['2024', 1335],
    ],
  },
  {
    code: '0583',
    name: 'Motala',
    reporting: { level: 0.78, spread: 0.3, missingRate: 0.14, lateMonths: 2 },
    focus: 'narkotika bland unga, trygghet i centrum och trafiksäkerhet',
    activities: [
      walk('Centrum', 2),
      visits('Centrum', 4),
      youth(2),
      {
        title: 'Narkotikasök med hund i skolor',
        area: null,
        lead: 'polis',
        label: 'sök',
        monthlyTarget: 2,
      },
      {
        title: 'Hastighetskontroller vid skolor',
        area: null,
        lead: 'polis',
        label: 'kontroller',
        monthlyTarget: 3,
      },
    ],
    safety: [
      ['2023', 24, 41],
      ['2024', 23, 42],
      ['2025', 25, 43],
    ],
    violence: [
      ['2022', 1190],
      ['2023', 1240],
      ['2024', 1215],
    ],
  },
  {
    code: '0586',
    name: 'Mjölby',
    reporting: { level: 0.97, spread: 0.2, missingRate: 0.03 },
    focus: 'trygghet i centrum och kring resecentrum',
    activities: [walk('Resecentrum', 2), visits('Centrum', 3), youth(2)],
    safety: [
      ['2023', 30, 47],
      ['2025', 33, 48],
    ],
    violence: [
      ['2022', 980],
      ['2023', 940],
      ['2024', 955],
    ],
  },
  {
    code: '0562',
    name: 'Finspång',
    reporting: { level: 0.55, spread: 0.35, missingRate: 0.3, lateMonths: 3, nullMonthsBack: [5] },
    focus: 'ungdomsbrottslighet och skadegörelse',
    activities: [youth(3), visits('Centrum', 3), walk('Nyhem', 1)],
    safety: [
      ['2023', 27, 44],
      ['2025', 26, 45],
    ],
    violence: [
      ['2022', 1020],
      ['2023', 1075],
      ['2024', 1090],
    ],
  },
  {
    code: '0582',
    name: 'Söderköping',
    reporting: { level: 0.92, spread: 0.2, missingRate: 0.05 },
    focus: 'trygghet i centrum sommartid',
    activities: [walk('Centrum', 1), bars(1)],
    safety: [['2024', 38, 55]],
    violence: [
      ['2023', 760],
      ['2024', 720],
    ],
  },
  {
    code: '0584',
    name: 'Vadstena',
    reporting: { level: 1.0, spread: 0.15, missingRate: 0.02 },
    focus: 'trygghet i centrum och kring hamnen',
    activities: [walk('Hamnen', 1), visits('Centrum', 2)],
    safety: [['2024', 41, 57]],
    violence: [
      ['2023', 640],
      ['2024', 610],
    ],
  },
  {
    code: '0561',
    name: 'Åtvidaberg',
    reporting: { level: 0.7, spread: 0.3, missingRate: 0.2, lateMonths: 1 },
    focus: 'unga i riskzon',
    activities: [youth(2), visits('Centrum', 2)],
    safety: [['2024', 35, 50]],
    violence: [['2024', 830]],
  },
  {
    code: '0563',
    name: 'Valdemarsvik',
    reporting: { level: 0.85, spread: 0.25, missingRate: 0.1 },
    focus: 'trygghet i centrum och i skärgården sommartid',
    activities: [walk('Centrum', 1)],
    safety: [['2024', 40, 54]],
    violence: [['2024', 700]],
  },
  {
    code: '0560',
    name: 'Boxholm',
    reporting: { level: 0.6, spread: 0.3, missingRate: 0.35, lateMonths: 2 },
    focus: 'unga och trygghet i centrum',
    activities: [youth(1), walk('Centrum', 1)],
    safety: [['2024', 39, 52]],
    violence: [['2024', 690]],
  },
  {
    code: '0509',
    name: 'Ödeshög',
    reporting: { level: 0.95, spread: 0.2, missingRate: 0.05 },
    focus: 'trygghet längs E4 och i centrum',
    activities: [visits('Centrum', 2)],
    safety: [],
    violence: [['2024', 620]],
  },
  {
    code: '0513',
    name: 'Kinda',
    reporting: { level: 0.65, spread: 0.3, missingRate: 0.25 },
    focus: 'unga i riskzon',
    activities: [youth(1)],
    safety: [],
    violence: [],
  },
  {
    code: '0512',
    name: 'Ydre',
    reporting: { level: 1, spread: 0.2 },
    focus: 'trygghet på landsbygden',
    activities: [walk('Österbymo', 1)],
    safety: [],
    violence: [],
    draft: true,
  },
];

const PERIOD = { start: '2025-01-01', end: '2026-12-31' };

type Stamps = { createdAt: Date; updatedAt: Date };

/** "Norrköpings kommun", "Motala kommun": a name ending in a vowel takes no s. */
const kommun = (name: string) => (/[aeiouyåäö]$/.test(name) ? `${name} kommun` : `${name}s kommun`);

/** The municipality's own organisation and its police: both parties to its agreement. */
async function insertParties(trx: Executor, member: Member, municipalityId: string, stamps: Stamps) {
  const rows = await trx
    .insertInto('organisations')
    .values([
      { name: kommun(member.name), kind: 'municipality', municipalityId, ...stamps },
      { name: `Polisen – kommunpolis ${member.name}`, kind: 'police', municipalityId, ...stamps },
    ])
    .returning(['id', 'kind'])
    .execute();
  const of = (kind: string) => rows.find((row) => row.kind === kind)!.id;
  return { kommun: of('municipality'), polis: of('police') };
}

async function insertIndicators(trx: Executor, member: Member, municipalityId: string, at: Date, stamps: Stamps) {
  if (member.safety.length === 0 && member.violence.length === 0) return;
  const goal = await trx
    .insertInto('goals')
    .values({
      municipalityId,
      title: `Ett tryggt ${member.name}`,
      description: `Kommunens mål för tryggheten. Värdena är demodata.`,
      published: !member.draft,
      ...stamps,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (member.safety.length > 0) {
    const row = await trx
      .insertInto('indicators')
      .values({
        goalId: goal.id,
        title: 'Andel som känner sig trygga utomhus på kvällen',
        source: 'Medborgarundersökningen (SCB) – demodata',
        unit: 'procent',
        direction: 'increase',
        baselinePeriod: member.safety[0]![0],
        baselineValue: member.safety[0]![1],
        targetPeriod: '2027',
        targetValue: member.safety[0]![1] + 10,
        published: true,
        ...stamps,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('indicatorValues')
      .values(
        member.safety.flatMap(([period, women, men]) => [
          { indicatorId: row.id, period, group: 'women' as const, value: women, updatedAt: at },
          { indicatorId: row.id, period, group: 'men' as const, value: men, updatedAt: at },
        ]),
      )
      .execute();
  }
  if (member.violence.length > 0) {
    const row = await trx
      .insertInto('indicators')
      .values({
        goalId: goal.id,
        title: 'Anmälda våldsbrott',
        source: 'Kolada N07403 (demodata tills första hämtningen från Kolada)',
        unit: 'antal/100 000 inv',
        direction: 'decrease',
        koladaKpi: 'N07403',
        published: true,
        createdAt: new Date(at.getTime() + 1),
        updatedAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('indicatorValues')
      .values(
        member.violence.map(([period, value]) => ({
          indicatorId: row.id,
          period,
          group: 'all' as const,
          value,
          updatedAt: at,
        })),
      )
      .execute();
  }
}

/** One activity of a member's plan, with its partner, target and follow-ups up to last month. */
async function insertMemberActivity(
  trx: Executor,
  member: Member,
  index: number,
  activity: MemberActivity,
  plan: { agreementId: string; focusAreaId: string; parties: Record<Lead, string>; published: boolean },
  at: Date,
): Promise<string> {
  const stamps = { createdAt: at, updatedAt: at };
  const { parties, published } = plan;
  const key = `${member.code}-${index}`;
  const row = await trx
    .insertInto('activities')
    .values({
      agreementId: plan.agreementId,
      focusAreaId: plan.focusAreaId,
      title: activity.title,
      description: 'Demodata: aktivitet, månadsmål och utfall är påhittade.',
      leadOrganisationId: parties[activity.lead],
      area: activity.area,
      status: 'ongoing',
      shared: true,
      published,
      measureLabel: activity.label,
      measureUnit: 'antal',
      ...stamps,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const other = activity.lead === 'kommun' ? parties.polis : parties.kommun;
  await trx.insertInto('activityPartners').values({ activityId: row.id, organisationId: other }).execute();
  await trx
    .insertInto('activityTargets')
    .values({ activityId: row.id, validFrom: '2025-01', monthlyTarget: activity.monthlyTarget, monthTargets: '{}' })
    .execute();
  const demo: DemoActivity = {
    key,
    focusArea: 0,
    title: activity.title,
    description: '',
    lead: { name: '', kind: 'municipality', code: member.code },
    partners: [],
    area: activity.area,
    startDate: PERIOD.start,
    endDate: null,
    status: 'ongoing',
    published,
    measure: { label: activity.label, unit: 'antal', monthlyTarget: activity.monthlyTarget },
    outcomes: { ...member.reporting, july: 0.3 },
  };
  const followUps = demoFollowUps(demo, PERIOD.start, monthBefore(currentMonth(at))).map((followUp) => {
    const when = recordedAt(key, followUp.month, at);
    return { activityId: row.id, ...followUp, recordedAt: when, createdAt: when, updatedAt: when };
  });
  if (followUps.length > 0) await trx.insertInto('followUps').values(followUps).execute();
  return row.id;
}

/** One member's agreement, plan, promise and follow-ups. */
async function insertMember(trx: Executor, member: Member, municipalityId: string, at: Date) {
  const stamps = { createdAt: at, updatedAt: at };
  const parties = await insertParties(trx, member, municipalityId, stamps);
  await insertIndicators(trx, member, municipalityId, at, stamps);
  const published = !member.draft;
  const agreement = await trx
    .insertInto('agreements')
    .values({
      municipalityId,
      title: `Samverkansöverenskommelse 2025–2026 mellan ${kommun(member.name)} och Polisen`,
      periodStart: PERIOD.start,
      periodEnd: PERIOD.end,
      status: member.draft ? 'draft' : 'active',
      summary: `Demodata. Fokus för perioden: ${member.focus}. Överenskommelsen ingår i länets arbete inom Östergötland tillsammans mot brott.`,
      published,
      ...stamps,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('agreementParties')
    .values([parties.kommun, parties.polis].map((organisationId) => ({ agreementId: agreement.id, organisationId })))
    .execute();
  const focusArea = await trx
    .insertInto('focusAreas')
    .values({ agreementId: agreement.id, title: 'Trygghet och brott i offentlig miljö', position: 0, ...stamps })
    .returning('id')
    .executeTakeFirstOrThrow();
  const activityIds: string[] = [];
  for (const [index, activity] of member.activities.entries()) {
    const context = { agreementId: agreement.id, focusAreaId: focusArea.id, parties, published };
    activityIds.push(await insertMemberActivity(trx, member, index, activity, context, at));
  }
  const promise = await trx
    .insertInto('promises')
    .values({
      municipalityId,
      agreementId: agreement.id,
      title: `Medborgarlöfte ${member.name} 2025–2026 (demodata)`,
      periodStart: PERIOD.start,
      periodEnd: PERIOD.end,
      text: `Situationen idag\n\nDemodata. I ${member.name} gäller arbetet ${member.focus}.\n\nVi lovar att synas där otryggheten är störst och att berätta varje tertial vad vi har gjort.`,
      published,
      ...stamps,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('promiseActivities')
    .values(activityIds.map((activityId, position) => ({ promiseId: promise.id, activityId, position })))
    .execute();
}

/** The county's own page (OTMB) and the twelve municipalities' plans; Linköping's is in linkoping.ts. */
export async function insertCounty(trx: Executor, at: Date, municipalityOf: ReadonlyMap<string, string>) {
  await trx
    .insertInto('counties')
    .values({ code: COUNTY_CODE, name: COUNTY, programmeTitle: OTMB.title, programme: OTMB.text, updatedAt: at })
    .execute();
  for (const member of members) {
    const municipalityId = municipalityOf.get(member.code);
    if (!municipalityId) throw new Error(`demo: unknown municipality ${member.code}`);
    await insertMember(trx, member, municipalityId, at);
  }
}
