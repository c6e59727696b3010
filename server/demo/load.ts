import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Db, Executor } from '../db/database.js';
import { hashPassword } from '../credentials/secrets.js';
import { currentMonth, monthOfDate } from '../progress/months.js';
import {
  COUNTY,
  DEMO_PASSWORD,
  LINKOPING,
  demoAccounts,
  demoOrganisations,
  ostergotlandMunicipalities,
  type DemoOrganisation,
} from './data.js';
import { demoFollowUps, monthBefore, recordedAt } from './followups.js';
import { activities, agreement, focusAreas, goal, indicators, promises } from './linkoping.js';
import { insertSituation } from './situation.js';
import { insertCounty } from './ostergotland.js';

// Inserts with Kysely directly, in one transaction: no HTTP, no audit events
// (the demo is the starting state, not a change anyone made).

const CHUNK = 500;

async function hasMunicipality(db: Executor): Promise<boolean> {
  return (await db.selectFrom('municipalities').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Loads the demo into an empty database (one without municipalities) and
 * tells whether it did; on any other database it does nothing, so loading
 * twice changes nothing. Follow-ups run up to the month before `clock.now()`.
 */
export async function loadDemoData(db: Db, clock: Clock): Promise<boolean> {
  if (await hasMunicipality(db)) return false;
  const at = clock.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    // Two processes starting at once against one PostgreSQL: the second waits, then finds the demo.
    await sql`select pg_advisory_xact_lock(hashtext('lofteskollen.demo'))`.execute(trx);
    if (await hasMunicipality(trx)) return false;
    await insertDemo(trx, at, passwordHash);
    return true;
  });
}

async function insertDemo(trx: Executor, at: Date, passwordHash: string) {
  const demo = await insertPeople(trx, at, passwordHash);
  const goalId = await insertGoal(trx, demo);
  const plan = await insertAgreement(trx, demo, goalId);
  const activityIds = await insertActivities(trx, demo, plan);
  await insertPromises(trx, demo, plan.agreementId, activityIds);
  await insertSituation(trx, { at, linkopingId: demo.linkopingId, agreementId: plan.agreementId, activityIds });
  await insertCounty(trx, at, demo.municipalityOf);
}

/** What the later steps of the demo refer to. */
interface DemoContext {
  at: Date;
  stamps: { createdAt: Date; updatedAt: Date };
  linkopingId: string;
  /** Municipality ids by code. */
  municipalityOf: ReadonlyMap<string, string>;
  orgId: (organisation: DemoOrganisation) => string;
  editorId: string;
  partnerId: string;
}

/** The 13 municipalities, the organisations and the demo accounts. */
async function insertPeople(trx: Executor, at: Date, passwordHash: string): Promise<DemoContext> {
  const stamps = { createdAt: at, updatedAt: at };
  const municipalities = await trx
    .insertInto('municipalities')
    .values(ostergotlandMunicipalities.map((m) => ({ ...m, county: COUNTY, ...stamps })))
    .returning(['id', 'code'])
    .execute();
  const municipalityOf = new Map(municipalities.map((m) => [m.code, m.id]));
  const linkopingId = municipalityOf.get(LINKOPING)!;

  const organisations = await trx
    .insertInto('organisations')
    .values(
      demoOrganisations.map((o) => ({
        name: o.name,
        kind: o.kind,
        municipalityId: o.code === null ? null : municipalityOf.get(o.code)!,
        countyCode: o.countyCode ?? null,
        ...stamps,
      })),
    )
    .returning(['id', 'name'])
    .execute();
  const idByName = new Map(organisations.map((o) => [o.name, o.id]));
  const orgId = (organisation: DemoOrganisation) => {
    const id = idByName.get(organisation.name);
    if (!id) throw new Error(`demo: unknown organisation ${organisation.name}`);
    return id;
  };

  const users = await trx
    .insertInto('users')
    .values(
      demoAccounts.map((account) => ({
        email: account.email,
        name: account.name,
        role: account.role,
        organisationId: orgId(account.organisation),
        passwordHash,
        ...stamps,
      })),
    )
    .returning(['id', 'role'])
    .execute();
  const userWithRole = (role: string) => users.find((user) => user.role === role)!.id;
  return {
    at,
    stamps,
    linkopingId,
    municipalityOf,
    orgId,
    editorId: userWithRole('editor'),
    partnerId: userWithRole('partner'),
  };
}

/** The goal and its indicators with the Medborgarenkäten values, women and men. */
async function insertGoal(trx: Executor, { at, stamps, linkopingId }: DemoContext): Promise<string> {
  const goalRow = await trx
    .insertInto('goals')
    .values({ municipalityId: linkopingId, ...goal, published: true, ...stamps })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [index, indicator] of indicators.entries()) {
    // Indicators are listed in the order they were made: a millisecond apart keeps this order.
    const made = new Date(at.getTime() - indicators.length + index);
    const row = await trx
      .insertInto('indicators')
      .values({
        goalId: goalRow.id,
        title: indicator.title,
        source: indicator.source,
        unit: indicator.unit,
        direction: indicator.direction,
        baselinePeriod: indicator.baseline.period,
        baselineValue: indicator.baseline.value,
        targetPeriod: indicator.target.period,
        targetValue: indicator.target.value,
        published: true,
        createdAt: made,
        updatedAt: made,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('indicatorValues')
      .values(
        indicator.values.flatMap((value) => [
          { indicatorId: row.id, period: value.period, group: 'women' as const, value: value.women, updatedAt: at },
          { indicatorId: row.id, period: value.period, group: 'men' as const, value: value.men, updatedAt: at },
        ]),
      )
      .execute();
  }
  return goalRow.id;
}

/** The agreement, its parties, its goal and its focus areas in order. */
async function insertAgreement(trx: Executor, { stamps, linkopingId, orgId }: DemoContext, goalId: string) {
  const { parties, ...agreementColumns } = agreement;
  const agreementRow = await trx
    .insertInto('agreements')
    .values({ municipalityId: linkopingId, ...agreementColumns, published: true, ...stamps })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('agreementParties')
    .values(parties.map((party) => ({ agreementId: agreementRow.id, organisationId: orgId(party) })))
    .execute();
  await trx.insertInto('agreementGoals').values({ agreementId: agreementRow.id, goalId }).execute();
  const focusAreaRows = await trx
    .insertInto('focusAreas')
    .values(focusAreas.map((area, position) => ({ agreementId: agreementRow.id, ...area, position, ...stamps })))
    .returning(['id', 'position'])
    .execute();
  const focusAreaId = (position: number) => focusAreaRows.find((row) => row.position === position)!.id;
  return { agreementId: agreementRow.id, focusAreaId };
}

type DemoPlan = Awaited<ReturnType<typeof insertAgreement>>;

/** The activities: shared when the Police take part, so the police partner may update them. */
async function insertActivities(trx: Executor, demo: DemoContext, plan: DemoPlan): Promise<Map<string, string>> {
  const { at } = demo;
  const activityIds = new Map<string, string>();
  const lastMonth = monthBefore(currentMonth(at));
  const followUps = [];
  for (const activity of activities) {
    const id = await insertActivity(trx, demo, plan, activity);
    activityIds.set(activity.key, id);
    // The Police partner records what the Police lead; the security unit the rest.
    const recordedBy = activity.lead.kind === 'police' ? demo.partnerId : demo.editorId;
    for (const followUp of demoFollowUps(activity, agreement.periodStart, lastMonth)) {
      const when = recordedAt(activity.key, followUp.month, at);
      followUps.push({ activityId: id, ...followUp, recordedBy, recordedAt: when, createdAt: when, updatedAt: when });
    }
  }
  for (let i = 0; i < followUps.length; i += CHUNK) {
    await trx
      .insertInto('followUps')
      .values(followUps.slice(i, i + CHUNK))
      .execute();
  }
  return activityIds;
}

/** One activity with its partners and its monthly targets over time. */
async function insertActivity(
  trx: Executor,
  { at, stamps, orgId }: DemoContext,
  plan: DemoPlan,
  activity: (typeof activities)[number],
): Promise<string> {
  const row = await trx
    .insertInto('activities')
    .values({
      agreementId: plan.agreementId,
      focusAreaId: plan.focusAreaId(activity.focusArea),
      title: activity.title,
      description: activity.measure
        ? `${activity.description} Månadsmål och utfall är demodata.`
        : activity.description,
      leadOrganisationId: orgId(activity.lead),
      area: activity.area,
      startDate: activity.startDate,
      endDate: activity.endDate,
      status: activity.status,
      comment: activity.comment ?? '',
      shared: [activity.lead, ...activity.partners].some((o) => o.kind === 'police'),
      published: activity.published,
      measureLabel: activity.measure?.label ?? null,
      measureUnit: activity.measure?.unit ?? null,
      ...stamps,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (activity.partners.length > 0) {
    await trx
      .insertInto('activityPartners')
      .values(activity.partners.map((partner) => ({ activityId: row.id, organisationId: orgId(partner) })))
      .execute();
  }
  if (activity.measure) {
    const firstMonth = monthOfDate(activity.startDate ?? agreement.periodStart);
    const changes = (activity.measure.changes ?? []).filter((change) => change.from <= currentMonth(at));
    const monthTargets = JSON.stringify(activity.measure.monthTargets ?? {});
    await trx
      .insertInto('activityTargets')
      .values([
        { activityId: row.id, validFrom: firstMonth, monthlyTarget: activity.measure.monthlyTarget, monthTargets },
        ...changes.map((change) => ({
          activityId: row.id,
          validFrom: change.from,
          monthlyTarget: change.monthlyTarget,
          monthTargets,
        })),
      ])
      .execute();
  }
  return row.id;
}

async function insertPromises(
  trx: Executor,
  { stamps, linkopingId }: DemoContext,
  agreementId: string,
  activityIds: ReadonlyMap<string, string>,
) {
  for (const promise of promises) {
    const { activities: keys, ...columns } = promise;
    const row = await trx
      .insertInto('promises')
      .values({
        municipalityId: linkopingId,
        agreementId,
        ...columns,
        assessedAt: columns.assessment ? stamps.createdAt : null,
        published: true,
        ...stamps,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('promiseActivities')
      .values(
        keys.map((key, position) => {
          const activityId = activityIds.get(key);
          if (!activityId) throw new Error(`demo: promise names unknown activity ${key}`);
          return { promiseId: row.id, activityId, position };
        }),
      )
      .execute();
  }
}
