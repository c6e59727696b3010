import { useEffect, useState } from 'preact/hooks';
import type { Activity, ActivityStatus, Agreement, FocusArea } from '../api/client';
import { listActivities, listAgreements, listFocusAreas } from '../api/queries';
import {
  createActivity,
  getActivity,
  listOrganisationRecords,
  patchActivity,
  type CreateActivity,
  type Organisation,
} from '../api/writes';
import { Loading, ProblemMessage, useAsync } from '../components/async';
import {
  CheckboxField,
  CheckboxGroup,
  DateRangeFields,
  FormActions,
  FormProblem,
  PublishedField,
  SelectField,
  TextField,
  TitleAndDescription,
  RowActions,
  upsertById,
  usePublishToggle,
  useSaveForm,
} from '../components/forms';
import { useAnnounce, usePageTitle } from '../components/Layout';
import { useI18n } from '../i18n/i18n';
import { href } from '../router';
import { useSession } from '../session';
import { AgreementForm, FocusAreasEditor } from './EditAgreement';
import { AgreementExchange } from './EditExchange';
import { GoalsEditor } from './EditGoals';
import { PromisesEditor } from './EditPromises';

// Editing the plan (editors and admins): the activities of an agreement, each with its monthly
// measure, and publishing them. The server checks every write; refusals show beside their field.

const STATUSES: ActivityStatus[] = ['planned', 'ongoing', 'done', 'delayed', 'cancelled'];

export function EditPage() {
  const { t } = useI18n();
  const { user, ready } = useSession();
  usePageTitle(t('edit.title'));
  let body;
  if (!ready) body = <Loading />;
  else if (!user)
    body = (
      <p>
        {t('edit.signIn')} <a href={href('login', {}, { next: href('edit') })}>{t('layout.signIn')}</a>
      </p>
    );
  else if (user.role !== 'editor' && user.role !== 'admin') body = <p>{t('edit.notEditor')}</p>;
  else body = <EditContent />;
  return (
    <>
      <h1>{t('edit.title')}</h1>
      {body}
    </>
  );
}

function EditContent() {
  const { t } = useI18n();
  const base = useAsync(() => Promise.all([listAgreements(), listOrganisationRecords()]), []);
  const { user } = useSession();
  const [agreementId, setAgreementId] = useState('');
  const [agreements, setAgreements] = useState<Agreement[]>([]);
  // An import changed the plan: its activities and promises are read again.
  const [imports, setImports] = useState(0);
  useEffect(() => {
    if (base.state !== 'done') return;
    setAgreements(base.data[0]);
    setAgreementId((current) => current || (base.data[0][0]?.id ?? ''));
  }, [base]);

  if (base.state === 'loading') return <Loading />;
  if (base.state === 'error') return <ProblemMessage error={base.error} onRetry={base.retry} />;
  const organisations = base.data[1];
  const selected = agreements.find((a) => a.id === agreementId);
  const municipalityId = user?.municipalityId ?? selected?.municipalityId ?? '';
  const putAgreement = (agreement: Agreement) => {
    setAgreements((list) => upsertById(list, agreement));
  };

  return (
    <>
      <p class="lead">{t('edit.lead')}</p>
      {agreements.length === 0 ? (
        <p>{t('edit.noAgreements')}</p>
      ) : (
        <div class="chooser">
          <SelectField
            id="edit-agreement"
            label={t('plan.agreement')}
            value={agreementId}
            onValue={setAgreementId}
            options={agreements.map((a) => ({ value: a.id, label: a.title }))}
          />
        </div>
      )}
      {selected && (
        <>
          <AgreementForm
            key={`agreement-${selected.id}`}
            agreement={selected}
            municipalityId={selected.municipalityId}
            organisations={organisations}
            onSaved={putAgreement}
          />
          <AgreementExchange agreement={selected} onImported={() => setImports((n) => n + 1)} />
          <AgreementActivities key={`${selected.id}/${imports}`} agreement={selected} organisations={organisations} />
        </>
      )}
      {municipalityId && <GoalsEditor municipalityId={municipalityId} />}
      {municipalityId && (
        <AgreementForm
          municipalityId={municipalityId}
          organisations={organisations}
          onSaved={(created) => {
            putAgreement(created);
            setAgreementId(created.id);
          }}
        />
      )}
    </>
  );
}

function AgreementActivities({ agreement, organisations }: { agreement: Agreement; organisations: Organisation[] }) {
  const agreementId = agreement.id;
  const { t } = useI18n();
  const loaded = useAsync(() => Promise.all([listFocusAreas(agreementId), listActivities(agreementId)]), [agreementId]);
  const [activities, setActivities] = useState<Activity[]>([]);
  const [focusAreas, setFocusAreas] = useState<FocusArea[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  // Before the early returns below: the publish toggle is a hook and needs it.
  const put = (activity: Activity) => setActivities((list) => upsertById(list, activity));
  const { toggleError, togglePublished } = usePublishToggle({ patch: patchActivity, read: getActivity, put });
  useEffect(() => {
    if (loaded.state !== 'done') return;
    setFocusAreas(loaded.data[0]);
    setActivities(loaded.data[1]);
  }, [loaded]);

  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ProblemMessage error={loaded.error} onRetry={loaded.retry} />;
  const putFocusArea = (area: FocusArea) => setFocusAreas((list) => upsertById(list, area));

  const edited = activities.find((a) => a.id === editing);
  return (
    <>
      <FocusAreasEditor agreementId={agreementId} focusAreas={focusAreas} onSaved={putFocusArea} />
      <section class="section" aria-labelledby="edit-activities-title">
        <h2 id="edit-activities-title">{t('edit.activities')}</h2>
        {toggleError && <ProblemMessage error={toggleError} />}
        {[...focusAreas]
          .sort((a, b) => a.position - b.position)
          .map((area) => {
            const inArea = activities.filter((a) => a.focusAreaId === area.id);
            // An empty table would only scroll sideways on a small screen, with nothing in it to focus.
            if (inArea.length === 0)
              return (
                <div key={area.id}>
                  <h3 lang="sv">{area.title}</h3>
                  <p>{t('plan.noActivities')}</p>
                </div>
              );
            return (
              <div class="table-wrap" key={area.id}>
                <table>
                  <caption lang="sv">{area.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('edit.activityTitle')}</th>
                      <th scope="col">{t('plan.filterStatus')}</th>
                      <th scope="col">{t('edit.publishedColumn')}</th>
                      <th scope="col">{t('admin.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {inArea.map((activity) => (
                      <tr key={activity.id}>
                        <th scope="row" lang="sv">
                          {activity.title}
                        </th>
                        <td>{t(`status.${activity.status}`)}</td>
                        <td>{activity.published ? t('edit.yes') : t('common.unpublished')}</td>
                        <RowActions
                          title={activity.title}
                          published={activity.published}
                          onEdit={() => setEditing(activity.id)}
                          onTogglePublished={() => togglePublished(activity)}
                        />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          })}
      </section>
      {edited && (
        <ActivityForm
          key={edited.id}
          agreementId={agreementId}
          activity={edited}
          focusAreas={focusAreas}
          organisations={organisations}
          onSaved={(saved) => {
            put(saved);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <ActivityForm agreementId={agreementId} focusAreas={focusAreas} organisations={organisations} onSaved={put} />
      <PromisesEditor agreement={agreement} activities={activities} />
    </>
  );
}

interface ActivityValues {
  title: string;
  description: string;
  focusAreaId: string;
  leadOrganisationId: string;
  partnerOrganisationIds: string[];
  area: string;
  startDate: string;
  endDate: string;
  status: ActivityStatus;
  comment: string;
  shared: boolean;
  published: boolean;
  measureLabel: string;
  measureUnit: string;
  monthlyTarget: string;
}

function valuesOf(
  activity: Activity | undefined,
  focusAreas: FocusArea[],
  organisations: Organisation[],
): ActivityValues {
  return {
    title: activity?.title ?? '',
    description: activity?.description ?? '',
    focusAreaId: activity?.focusAreaId ?? focusAreas[0]?.id ?? '',
    leadOrganisationId: activity?.leadOrganisationId ?? organisations[0]?.id ?? '',
    partnerOrganisationIds: activity?.partnerOrganisationIds ?? [],
    area: activity?.area ?? '',
    startDate: activity?.startDate ?? '',
    endDate: activity?.endDate ?? '',
    status: activity?.status ?? 'planned',
    comment: activity?.comment ?? '',
    shared: activity?.shared ?? false,
    published: activity?.published ?? false,
    measureLabel: activity?.measure?.label ?? '',
    measureUnit: activity?.measure?.unit ?? '',
    monthlyTarget: activity?.measure ? String(activity.measure.monthlyTarget) : '',
  };
}

function toBody(values: ActivityValues, agreementId: string): CreateActivity {
  const hasMeasure = values.measureLabel.trim() || values.measureUnit.trim() || values.monthlyTarget.trim();
  return {
    agreementId,
    focusAreaId: values.focusAreaId,
    leadOrganisationId: values.leadOrganisationId,
    title: values.title,
    description: values.description,
    partnerOrganisationIds: values.partnerOrganisationIds,
    area: values.area.trim() || null,
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    status: values.status,
    comment: values.comment,
    shared: values.shared,
    published: values.published,
    measure: hasMeasure
      ? {
          label: values.measureLabel,
          unit: values.measureUnit,
          monthlyTarget: Number(values.monthlyTarget.replace(',', '.')),
        }
      : null,
  };
}

function ActivityForm({
  agreementId,
  activity,
  focusAreas,
  organisations,
  onSaved,
  onCancel,
}: {
  agreementId: string;
  activity?: Activity;
  focusAreas: FocusArea[];
  organisations: Organisation[];
  onSaved: (activity: Activity) => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const [base, setBase] = useState(activity);
  const [values, setValues] = useState(() => valuesOf(activity, focusAreas, sorted));
  const p = activity ? 'activity-edit' : 'activity';
  // A focus area added (or the list read) after the form opened: keep the choice on one that exists.
  useEffect(() => {
    const first = focusAreas[0];
    if (first && !focusAreas.some((f) => f.id === values.focusAreaId)) {
      setValues((current) => ({ ...current, focusAreaId: first.id }));
    }
  }, [focusAreas, values.focusAreaId]);
  const set =
    <K extends keyof ActivityValues>(key: K) =>
    (value: ActivityValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const { busy, error, errors, onSubmit, onReload } = useSaveForm({
    save: async () => {
      const body = toBody(values, agreementId);
      const saved = base ? await patchActivity(base, body) : await createActivity(body);
      announce(t(base ? 'edit.activitySaved' : 'edit.activityCreated', { title: saved.title }));
      onSaved(saved);
      if (!base) setValues(valuesOf(undefined, focusAreas, sorted));
    },
    reload:
      activity &&
      (async () => {
        const current = await getActivity(activity.id);
        setBase(current);
        setValues(valuesOf(current, focusAreas, sorted));
      }),
  });

  const orgOptions = sorted.map((o) => ({ value: o.id, label: o.name }));
  const title = activity ? t('edit.editActivity', { title: activity.title }) : t('edit.newActivity');
  return (
    <section class="section" aria-labelledby={`${p}-title`}>
      <h2 id={`${p}-title`}>{title}</h2>
      <form class="form form-wide" noValidate={false} onSubmit={onSubmit}>
        <FormProblem error={error} onReload={onReload} />
        <TitleAndDescription
          idPrefix={p}
          titleLabel={t('edit.activityTitle')}
          title={values.title}
          onTitle={set('title')}
          titleError={errors['/title']}
          description={values.description}
          onDescription={set('description')}
          descriptionError={errors['/description']}
        />
        <SelectField
          id={`${p}-focus-area`}
          label={t('edit.focusArea')}
          value={values.focusAreaId}
          onValue={set('focusAreaId')}
          options={focusAreas.map((f) => ({ value: f.id, label: f.title }))}
          error={errors['/focusAreaId']}
        />
        <SelectField
          id={`${p}-lead`}
          label={t('edit.leadOrganisation')}
          value={values.leadOrganisationId}
          onValue={set('leadOrganisationId')}
          options={orgOptions}
          error={errors['/leadOrganisationId']}
        />
        <CheckboxGroup
          id={`${p}-partners`}
          legend={t('edit.partners')}
          options={orgOptions}
          selected={values.partnerOrganisationIds}
          onSelected={set('partnerOrganisationIds')}
          error={errors['/partnerOrganisationIds']}
        />
        <TextField
          id={`${p}-area`}
          label={t('plan.filterArea')}
          hint={t('edit.areaHint')}
          value={values.area}
          onValue={set('area')}
          error={errors['/area']}
        />
        <DateRangeFields
          idPrefix={p}
          start={values.startDate}
          onStart={set('startDate')}
          startError={errors['/startDate']}
          end={values.endDate}
          onEnd={set('endDate')}
          endError={errors['/endDate']}
        />
        <SelectField
          id={`${p}-status`}
          label={t('plan.filterStatus')}
          value={values.status}
          onValue={(value) => set('status')(value as ActivityStatus)}
          options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          error={errors['/status']}
        />
        <TextField
          id={`${p}-comment`}
          label={t('edit.comment')}
          multiline
          value={values.comment}
          onValue={set('comment')}
          error={errors['/comment']}
        />
        <fieldset class="field-group">
          <legend>{t('edit.measure')}</legend>
          <p class="field-hint">{t('edit.measureHint')}</p>
          <TextField
            id={`${p}-measure-label`}
            label={t('edit.measureLabel')}
            value={values.measureLabel}
            onValue={set('measureLabel')}
            error={errors['/measure/label'] ?? errors['/measure']}
          />
          <TextField
            id={`${p}-measure-unit`}
            label={t('edit.measureUnit')}
            value={values.measureUnit}
            onValue={set('measureUnit')}
            error={errors['/measure/unit']}
          />
          <TextField
            id={`${p}-measure-target`}
            label={t('edit.monthlyTarget')}
            type="number"
            min="0"
            step="any"
            value={values.monthlyTarget}
            onValue={set('monthlyTarget')}
            error={errors['/measure/monthlyTarget']}
          />
        </fieldset>
        <fieldset class="field-group">
          <legend>{t('edit.visibility')}</legend>
          <CheckboxField
            id={`${p}-shared`}
            label={t('edit.shared')}
            hint={t('edit.sharedHint')}
            checked={values.shared}
            onChecked={set('shared')}
            error={errors['/shared']}
          />
          <PublishedField
            idPrefix={p}
            checked={values.published}
            onChecked={set('published')}
            error={errors['/published']}
          />
        </fieldset>
        <FormActions busy={busy} label={activity ? t('form.save') : t('edit.createActivity')}>
          {onCancel && (
            <button type="button" class="button button-secondary" onClick={onCancel}>
              {t('form.cancel')}
            </button>
          )}
        </FormActions>
      </form>
    </section>
  );
}
