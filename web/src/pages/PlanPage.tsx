import { useEffect, useMemo, useState } from 'preact/hooks';
import { listActivities, type Activity, type ActivityStatus } from '../api/activities';
import { exportCsvHref, exportXlsxHref, listAgreements, type Agreement } from '../api/agreements';
import { inOrder, listFocusAreas, type FocusArea } from '../api/focusAreas';
import { listGoals, type Goal } from '../api/goals';
import { getDashboard, listMunicipalities, type Municipality } from '../api/municipalities';
import { listOrganisations, type OrganisationName } from '../api/organisations';
import { listAgreementProblems, type SituationProblem } from '../api/situations';
import { AsyncStatus, Loading, useAsync } from '../components/async';
import { SelectField } from '../components/fields';
import { AgreementStatusBadge, StatusBadge, UnpublishedBadge } from '../components/badges';
import { useAnnounce, usePageTitle } from '../components/Layout';
import { ActivityFacts, measureText } from '../components/activity';
import { Fact, Paragraphs, Section } from '../components/text';
import { useI18n } from '../i18n/i18n';
import { href, navigate, useLocation } from '../router';
import { useSession } from '../session';

// The plan: the agreement, its parties and period, the lägesbild summary, and its focus areas
// in order with their activities. The public sees what is published; signed-in readers what the
// server lets them see (unpublished items are marked).

const STATUSES: ActivityStatus[] = ['planned', 'ongoing', 'delayed', 'done', 'cancelled'];

interface Overview {
  municipalities: Municipality[];
  agreements: Agreement[];
  goals: Goal[];
}

async function loadOverview(): Promise<Overview> {
  const [municipalities, agreements, goals] = await Promise.all([listMunicipalities(), listAgreements(), listGoals()]);
  return { municipalities, agreements, goals };
}

interface AgreementDetail {
  focusAreas: FocusArea[];
  activities: Activity[];
  organisations: OrganisationName[];
  /** The problems of the lägesbild the plan answers, as the reader may see them. */
  problems: SituationProblem[];
}

/**
 * Organisation names: signed-in readers may list them; the public gets those the municipality's
 * dashboard names (every organisation its published activities name).
 */
async function loadAgreement(agreement: Agreement, code: string, signedIn: boolean): Promise<AgreementDetail> {
  const [focusAreas, activities, organisations, problems] = await Promise.all([
    listFocusAreas(agreement.id),
    listActivities(agreement.id),
    signedIn ? listOrganisations() : getDashboard(code).then((dashboard) => dashboard.organisations),
    listAgreementProblems(agreement.id),
  ]);
  return { focusAreas: inOrder(focusAreas), activities, organisations, problems };
}

export function PlanPage() {
  const { t } = useI18n();
  const { user, ready } = useSession();
  usePageTitle(t('plan.title'));

  return (
    <>
      <h1>{t('plan.title')}</h1>
      <p class="lead">{t(user ? 'plan.leadSignedIn' : 'plan.leadPublic')}</p>
      {/* What the reader may see depends on who they are: read once that is known, and again when it changes. */}
      {ready ? <PlanContent key={user?.id ?? 'anonymous'} /> : <Loading />}
    </>
  );
}

function PlanContent() {
  const overview = useAsync(loadOverview, []);
  return (
    <>
      <AsyncStatus result={overview} />
      {overview.state === 'done' && <PlanChooser overview={overview.data} />}
    </>
  );
}

function PlanChooser({ overview }: { overview: Overview }) {
  const { t } = useI18n();
  const { user } = useSession();
  const location = useLocation();
  const withAgreements = overview.municipalities
    .filter((municipality) => overview.agreements.some((agreement) => agreement.municipalityId === municipality.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  if (withAgreements.length === 0) return <p>{t('plan.none')}</p>;

  const wanted = location.query.get('kommun');
  const municipality =
    withAgreements.find((each) => each.code === wanted) ??
    withAgreements.find((each) => each.id === user?.municipalityId) ??
    withAgreements[0];
  if (!municipality) return null;

  const agreements = overview.agreements
    .filter((agreement) => agreement.municipalityId === municipality.id)
    .sort((a, b) => b.periodStart.localeCompare(a.periodStart));
  const wantedAgreement = location.query.get('overenskommelse');
  const agreement =
    agreements.find((each) => each.id === wantedAgreement) ??
    agreements.find((each) => each.status === 'active') ??
    agreements[0];
  if (!agreement) return null;

  return (
    <>
      {(withAgreements.length > 1 || agreements.length > 1) && (
        <form
          class="chooser"
          method="get"
          action={href('plan')}
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const query = new URLSearchParams();
            const code = data.get('kommun');
            if (typeof code === 'string') query.set('kommun', code);
            const id = data.get('overenskommelse');
            if (typeof id === 'string' && code === municipality.code) query.set('overenskommelse', id);
            navigate(`${href('plan')}?${query.toString()}`);
          }}
        >
          {withAgreements.length > 1 && (
            <div class="field">
              <label for="plan-municipality">{t('plan.municipality')}</label>
              <select id="plan-municipality" name="kommun" defaultValue={municipality.code}>
                {withAgreements.map((each) => (
                  <option key={each.id} value={each.code}>
                    {each.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {agreements.length > 1 && (
            <div class="field">
              <label for="plan-agreement">{t('plan.agreement')}</label>
              <select id="plan-agreement" name="overenskommelse" defaultValue={agreement.id}>
                {agreements.map((each) => (
                  <option key={each.id} value={each.id} lang="sv">
                    {each.title}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button type="submit" class="button">
            {t('plan.show')}
          </button>
        </form>
      )}
      <AgreementView key={agreement.id} agreement={agreement} municipality={municipality} goals={overview.goals} />
    </>
  );
}

function AgreementView({
  agreement,
  municipality,
  goals,
}: {
  agreement: Agreement;
  municipality: Municipality;
  goals: Goal[];
}) {
  const { t, fmt } = useI18n();
  const { user } = useSession();
  const detail = useAsync(() => loadAgreement(agreement, municipality.code, user !== null), [agreement.id]);
  const linkedGoals = goals.filter((goal) => agreement.goalIds.includes(goal.id));

  const names = useMemo(() => {
    const byId = new Map(
      (detail.state === 'done' ? detail.data.organisations : []).map((organisation) => [
        organisation.id,
        organisation.name,
      ]),
    );
    return (id: string) => byId.get(id) ?? t('common.unknownOrganisation');
  }, [detail, t]);

  // The agreement is shown whole once its detail has come, so nothing below it moves as it fills in.
  if (detail.state !== 'done') return <AsyncStatus result={detail} />;
  return (
    <>
      <article class="agreement" aria-labelledby="agreement-title">
        <p class="eyebrow">{t('plan.agreementEyebrow', { name: municipality.name })}</p>
        <h2 id="agreement-title" lang="sv">
          {agreement.title}
        </h2>
        <p class="badges">
          <AgreementStatusBadge status={agreement.status} />
          <UnpublishedBadge published={agreement.published} />
        </p>
        <dl class="facts facts-wide">
          <Fact term={t('plan.period')}>
            {fmt.date(agreement.periodStart)} – {fmt.date(agreement.periodEnd)}
          </Fact>
          <Fact term={t('plan.parties')} lang="sv">
            {fmt.list(agreement.partyIds.map(names))}
          </Fact>
          {linkedGoals.length > 0 && (
            <Fact term={t('plan.goals')}>
              <ul class="plain">
                {linkedGoals.map((goal) => (
                  <li key={goal.id}>
                    <a href={href('dashboard', { code: municipality.code })} lang="sv">
                      {goal.title}
                    </a>
                  </li>
                ))}
              </ul>
            </Fact>
          )}
        </dl>
        <p class="download-links">
          {/* The export gives each reader what they may read: the public, the published activities. */}
          <a href={exportXlsxHref(agreement.id)} download="">
            {t('plan.exportXlsx')}
          </a>
          <a href={exportCsvHref(agreement.id, 'activities')} download="">
            {t('plan.exportCsv')}
          </a>
        </p>
        {agreement.situationReportId && (
          <p>
            {t('plan.answers')}{' '}
            <a href={href('situationReport', { reportId: agreement.situationReportId })}>{t('plan.answersLink')}</a>
          </p>
        )}
        {agreement.summary && (
          <section class="summary" aria-labelledby="agreement-summary">
            <h3 id="agreement-summary">{t('plan.summary')}</h3>
            <Paragraphs text={agreement.summary} />
          </section>
        )}
      </article>
      <Section headingId="plan-activities-title" title={t('plan.activitiesTitle')} class="plan-activities">
        <FocusAreas detail={detail.data} names={names} />
      </Section>
    </>
  );
}

interface Filters {
  status: string;
  area: string;
  organisation: string;
}

const FILTER_PARAMS: Record<keyof Filters, string> = { status: 'status', area: 'omrade', organisation: 'organisation' };

function matches(activity: Activity, filters: Filters): boolean {
  if (filters.status && activity.status !== filters.status) return false;
  if (filters.area && activity.area !== filters.area) return false;
  if (
    filters.organisation &&
    activity.leadOrganisationId !== filters.organisation &&
    !activity.partnerOrganisationIds.includes(filters.organisation)
  )
    return false;
  return true;
}

function FocusAreas({ detail, names }: { detail: AgreementDetail; names: (id: string) => string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const announce = useAnnounce();
  const location = useLocation();
  const { activities, focusAreas } = detail;

  // Filters live in the address, so a filtered plan can be shared and survives a reload.
  const [filters, setFilters] = useState<Filters>(() => ({
    status: location.query.get(FILTER_PARAMS.status) ?? '',
    area: location.query.get(FILTER_PARAMS.area) ?? '',
    organisation: location.query.get(FILTER_PARAMS.organisation) ?? '',
  }));
  const shown = activities.filter((activity) => matches(activity, filters));

  const areas = [...new Set(activities.flatMap((activity) => (activity.area ? [activity.area] : [])))].sort((a, b) =>
    a.localeCompare(b, 'sv'),
  );
  const organisationIds = [
    ...new Set(activities.flatMap((activity) => [activity.leadOrganisationId, ...activity.partnerOrganisationIds])),
  ].sort((a, b) => names(a).localeCompare(names(b), 'sv'));

  const [changed, setChanged] = useState(false);
  useEffect(() => {
    if (!changed) return;
    const query = new URLSearchParams(window.location.search);
    for (const [key, param] of Object.entries(FILTER_PARAMS) as [keyof Filters, string][]) {
      if (filters[key]) query.set(param, filters[key]);
      else query.delete(param);
    }
    const search = query.toString();
    window.history.replaceState(null, '', search ? `${window.location.pathname}?${search}` : window.location.pathname);
    announce(t('plan.showing', { shown: shown.length, total: activities.length }));
    // Announce once per change of the filters, not per render.
  }, [filters]);

  const update = (key: keyof Filters) => (value: string) => {
    setChanged(true);
    setFilters({ ...filters, [key]: value });
  };
  const all = { value: '', label: t('plan.all') };

  return (
    <>
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('plan.filterLegend')}</legend>
          <div class="filter-fields">
            <SelectField
              id="filter-status"
              label={t('plan.filterStatus')}
              value={filters.status}
              onValue={update('status')}
              options={[all, ...STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))]}
            />
            <SelectField
              id="filter-area"
              label={t('plan.filterArea')}
              value={filters.area}
              onValue={update('area')}
              options={[all, ...areas.map((area) => ({ value: area, label: area, lang: 'sv' as const }))]}
            />
            <SelectField
              id="filter-organisation"
              label={t('plan.filterOrganisation')}
              value={filters.organisation}
              onValue={update('organisation')}
              options={[all, ...organisationIds.map((id) => ({ value: id, label: names(id), lang: 'sv' as const }))]}
            />
          </div>
          {(filters.status || filters.area || filters.organisation) && (
            <button
              type="button"
              class="button button-secondary"
              onClick={() => {
                setChanged(true);
                setFilters({ status: '', area: '', organisation: '' });
              }}
            >
              {t('plan.clearFilters')}
            </button>
          )}
        </fieldset>
      </form>
      <p class="result-count">{t('plan.showing', { shown: shown.length, total: activities.length })}</p>

      {focusAreas.map((focusArea) => {
        const inArea = shown.filter((activity) => activity.focusAreaId === focusArea.id);
        return (
          <section key={focusArea.id} class="focus-area" aria-labelledby={`focus-${focusArea.id}`}>
            <h3 id={`focus-${focusArea.id}`} lang="sv">
              {focusArea.title}
            </h3>
            {focusArea.description && <Paragraphs text={focusArea.description} />}
            {inArea.length === 0 ? (
              <p class="muted">
                {activities.some((activity) => activity.focusAreaId === focusArea.id)
                  ? t('plan.noneMatch')
                  : t('plan.noActivities')}
              </p>
            ) : (
              <ul class="activity-list">
                {inArea.map((activity) => (
                  <li key={activity.id} class="card">
                    <h4 class="card-title" lang="sv">
                      {activity.title}
                    </h4>
                    <p class="badges">
                      <StatusBadge status={activity.status} />
                      <UnpublishedBadge published={activity.published} />
                    </p>
                    {activity.description && <Paragraphs text={activity.description} />}
                    <ActivityFacts activity={activity} names={names} complete>
                      {activity.measure && (
                        <Fact term={t('activity.measure')}>{measureText(activity.measure, i18n)}</Fact>
                      )}
                      <ActsOn activity={activity} problems={detail.problems} />
                    </ActivityFacts>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}

/** The problems of the lägesbild an activity acts on, each a link to it on the lägesbild's page. */
function ActsOn({ activity, problems }: { activity: Activity; problems: SituationProblem[] }) {
  const { t } = useI18n();
  const acted = problems.filter((problem) => activity.problemIds.includes(problem.id));
  return (
    <Fact term={t('plan.actsOn')}>
      {acted.length === 0 ? (
        t('plan.actsOnNone')
      ) : (
        <ul class="plain">
          {acted.map((problem) => (
            <li key={problem.id} lang="sv">
              <a href={`${href('situationReport', { reportId: problem.situationReportId })}#problem-${problem.id}`}>
                {problem.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Fact>
  );
}
