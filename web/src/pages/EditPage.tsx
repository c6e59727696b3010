import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  createActivity,
  getActivity,
  listActivities,
  patchActivity,
  type Activity,
  type ActivityStatus,
  type CreateActivity,
  type Measure,
} from '../api/activities';
import { listAgreements, type Agreement } from '../api/agreements';
import { inOrder, listFocusAreas, type FocusArea } from '../api/focusAreas';
import { listOrganisations, partyOptions, type Organisation } from '../api/organisations';
import { AsyncStatus, useAsync } from '../components/async';
import { EditList, PlanItemTable, useItems, type ItemFormProps } from '../components/EditList';
import {
  CheckboxField,
  CheckboxGroup,
  DateRangeFields,
  PublishedField,
  SelectField,
  TextField,
  TitleAndDescription,
} from '../components/fields';
import { fieldsOf, FormSection, useItemForm } from '../components/forms';
import type { Field } from '../components/fields';
import { RolePage } from '../components/RolePage';
import { Section } from '../components/text';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { AgreementForm, FocusAreasEditor } from './EditAgreement';
import { AgreementExchange } from './EditExchange';
import { GoalsEditor } from './EditGoals';
import { PromisesEditor } from './EditPromises';
import { ReviewsEditor, SituationsEditor } from './EditSituations';
import { listAgreementProblems, type SituationProblem } from '../api/situations';
import { RenameAreaForm } from './EditAreas';
import { countsWholeNumbers } from '../measures';

// Editing the plan (editors and admins): the agreement, its activities, each with its monthly
// measure, its promises and the goals, one section each, linked from the top of the page. Each form
// checks its fields before sending and the server checks every write; both show beside the field.

const STATUSES: ActivityStatus[] = ['planned', 'ongoing', 'done', 'delayed', 'cancelled'];

export function EditPage() {
  const { t } = useI18n();
  return (
    <RolePage
      page="edit"
      title={t('edit.title')}
      roles={['editor', 'admin']}
      signIn={t('edit.signIn')}
      notAllowed={t('edit.notEditor')}
    >
      <EditContent />
    </RolePage>
  );
}

function EditContent() {
  const { t } = useI18n();
  const base = useAsync(() => Promise.all([listAgreements(), listOrganisations()]), []);
  const { user } = useSession();
  const [agreements, putAgreement] = useItems(base.state === 'done' ? base.data[0] : undefined);
  const [agreementId, setAgreementId] = useState('');
  // An import changed the plan: its activities and promises are read again.
  const [imports, setImports] = useState(0);
  useEffect(() => {
    if (base.state === 'done') setAgreementId((current) => current || (base.data[0][0]?.id ?? ''));
  }, [base]);

  if (base.state !== 'done') return <AsyncStatus result={base} />;
  const organisations = base.data[1];
  const selected = agreements.find((a) => a.id === agreementId);
  const municipalityId = user?.municipalityId ?? selected?.municipalityId ?? '';
  // The page's sections by their headings' ids, in the order they come.
  const sections: [string, string][] = [
    ...(selected
      ? ([
          ['agreement-edit-title', t('edit.agreement')],
          ['exchange-title', t('exchange.title')],
          ['focus-areas-title', t('edit.focusAreas')],
          ['edit-activities-title', t('edit.activities')],
          ['activity-title', t('edit.newActivity')],
          ['edit-promises-title', t('edit.promises')],
          ['promise-title', t('edit.newPromise')],
          ['reviews-edit-title', t('edit.reviews')],
        ] as [string, string][])
      : []),
    ...(municipalityId
      ? ([
          ['situations-edit-title', t('edit.situations')],
          ['goals-title', t('edit.goals')],
          ['agreement-title', t('edit.newAgreement')],
        ] as [string, string][])
      : []),
  ];

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
      <SectionNav sections={sections} />
      {selected && (
        <>
          <AgreementForm
            key={`agreement-${selected.id}`}
            item={selected}
            municipalityId={selected.municipalityId}
            organisations={organisations}
            onSaved={putAgreement}
          />
          <AgreementExchange agreement={selected} onImported={() => setImports((n) => n + 1)} />
          <AgreementActivities key={`${selected.id}/${imports}`} agreement={selected} organisations={organisations} />
          <ReviewsEditor key={`reviews-${selected.id}`} agreement={selected} />
        </>
      )}
      {municipalityId && <SituationsEditor municipalityId={municipalityId} />}
      {municipalityId && <GoalsEditor municipalityId={municipalityId} />}
      {municipalityId && <RenameAreaForm municipalityId={municipalityId} />}
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

/**
 * Links to the page's sections: a long page read a part at a time. Following one moves focus to the
 * section's heading too, so the keyboard and a screen reader go on from there.
 */
function SectionNav({ sections }: { sections: [string, string][] }) {
  const { t } = useI18n();
  if (sections.length === 0) return null;
  return (
    <nav class="section-nav" aria-labelledby="edit-contents-title">
      <h2 id="edit-contents-title">{t('edit.contents')}</h2>
      <ul>
        {sections.map(([id, title]) => (
          <li key={id}>
            <a
              href={`#${id}`}
              onClick={() => {
                const heading = document.getElementById(id);
                if (!heading) return;
                heading.setAttribute('tabindex', '-1');
                heading.focus();
              }}
            >
              {title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function AgreementActivities({ agreement, organisations }: { agreement: Agreement; organisations: Organisation[] }) {
  const agreementId = agreement.id;
  const { t } = useI18n();
  const loaded = useAsync(
    () => Promise.all([listFocusAreas(agreementId), listActivities(agreementId), listAgreementProblems(agreementId)]),
    [agreementId, agreement.situationReportId],
  );
  const problems = loaded.state === 'done' ? loaded.data[2] : [];
  const [focusAreas, putFocusArea] = useItems(loaded.state === 'done' ? loaded.data[0] : undefined);
  const [activities, put] = useItems(loaded.state === 'done' ? loaded.data[1] : undefined);

  if (loaded.state !== 'done') return <AsyncStatus result={loaded} />;
  return (
    <>
      <FocusAreasEditor agreementId={agreementId} focusAreas={focusAreas} onSaved={putFocusArea} />
      <EditList
        items={activities}
        onSaved={put}
        form={(props) => (
          <ActivityForm
            agreementId={agreementId}
            focusAreas={focusAreas}
            organisations={organisations}
            problems={problems}
            {...props}
          />
        )}
      >
        {({ edit, outcome, report }) => (
          <Section headingId="edit-activities-title" title={t('edit.activities')}>
            {inOrder(focusAreas).map((area) => {
              const inArea = activities.filter((a) => a.focusAreaId === area.id);
              // An empty table would only scroll sideways on a small screen, with nothing in it to focus.
              if (inArea.length === 0)
                return (
                  <div key={area.id}>
                    <h3 lang="sv">{area.title}</h3>
                    <p>{t('plan.noActivities')}</p>
                  </div>
                );
              // What was done to a row shows by its table, not a long way up the section.
              return (
                <Fragment key={area.id}>
                  <PlanItemTable
                    caption={area.title}
                    captionLang="sv"
                    items={inArea}
                    titleLabel={t('edit.activityTitle')}
                    column={{ label: t('plan.filterStatus'), cell: (activity) => t(`status.${activity.status}`) }}
                    onEdit={edit}
                    publishing={{ patch: patchActivity, read: getActivity, put, report }}
                  />
                  {outcome(inArea)}
                </Fragment>
              );
            })}
          </Section>
        )}
      </EditList>
      <PromisesEditor agreement={agreement} activities={activities} />
    </>
  );
}

function valuesOf(activity: Activity | undefined, focusAreas: FocusArea[]) {
  return {
    ...fieldsOf(activity, {
      title: '',
      description: '',
      focusAreaId: focusAreas[0]?.id ?? '',
      // None chosen for the editor: who leads it is theirs to say.
      leadOrganisationId: '',
      partnerOrganisationIds: [],
      area: '',
      startDate: '',
      endDate: '',
      status: 'planned',
      comment: '',
      shared: false,
      published: false,
      problemIds: [],
      causeIds: [],
    }),
    measureLabel: activity?.measure?.label ?? '',
    measureUnit: activity?.measure?.unit ?? '',
    monthlyTarget: activity?.measure ? String(activity.measure.monthlyTarget) : '',
    monthTargets: Object.fromEntries(
      Object.entries(activity?.measure?.monthTargets ?? {}).map(([month, target]) => [month, String(target)]),
    ) as Record<string, string>,
  };
}

const CALENDAR_MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
const asNumber = (text: string) => Number(text.replace(',', '.'));

/** The month targets filled in; none when every month is left to the monthly target. */
function monthTargetsOf(values: ActivityValues): Measure['monthTargets'] {
  const given = Object.entries(values.monthTargets).filter(([, target]) => target.trim() !== '');
  return given.length > 0 ? Object.fromEntries(given.map(([month, target]) => [month, asNumber(target)])) : undefined;
}

type ActivityValues = ReturnType<typeof valuesOf>;

const isMeasure = (label: string, unit: string, target: string) =>
  Boolean(label.trim() || unit.trim() || target.trim());

function toBody(values: ActivityValues, agreementId: string, problems: SituationProblem[]): CreateActivity {
  const hasMeasure = isMeasure(values.measureLabel, values.measureUnit, values.monthlyTarget);
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
    problemIds: values.problemIds,
    // Only causes of the problems chosen: a cause goes with its problem.
    causeIds: values.causeIds.filter((id) =>
      problems.some((problem) => values.problemIds.includes(problem.id) && problem.causes.some((c) => c.id === id)),
    ),
    measure: hasMeasure
      ? {
          label: values.measureLabel,
          unit: values.measureUnit,
          monthlyTarget: asNumber(values.monthlyTarget),
          monthTargets: monthTargetsOf(values),
        }
      : null,
  };
}

function ActivityForm({
  agreementId,
  item: activity,
  focusAreas,
  organisations,
  onSaved,
  onCancel,
  problems,
}: ItemFormProps<Activity> & {
  agreementId: string;
  focusAreas: FocusArea[];
  organisations: Organisation[];
  problems: SituationProblem[];
}) {
  const { t } = useI18n();
  const orgOptions = partyOptions(organisations);
  const form = useItemForm({
    item: activity,
    valuesOf: (item) => valuesOf(item, focusAreas),
    save: (values, base) => {
      const body = toBody(values, agreementId, problems);
      return base ? patchActivity(base, body) : createActivity(body);
    },
    read: getActivity,
    savedMessage: (saved, created) =>
      t(created ? 'edit.activityCreated' : 'edit.activitySaved', { title: saved.title }),
    onSaved,
  });
  const { field, errors } = form;
  // A focus area added (or the list read) after the form opened: keep the choice on one that exists.
  const focusArea = field('focusAreaId');
  useEffect(() => {
    const first = focusAreas[0];
    if (first && !focusAreas.some((f) => f.id === focusArea.value)) focusArea.onValue(first.id);
  }, [focusAreas, focusArea.value]);

  const measureUnit = field('measureUnit');
  // One part of the measure filled in asks for all three; none: the activity has no measure.
  const hasMeasure = isMeasure(form.field('measureLabel').value, measureUnit.value, field('monthlyTarget').value);
  const p = activity ? 'activity-edit' : 'activity';
  return (
    <FormSection
      id={p}
      title={activity ? t('edit.editActivity', { title: activity.title }) : t('edit.newActivity')}
      form={form}
      submit={activity ? t('form.save') : t('edit.createActivity')}
      onCancel={onCancel}
    >
      <TitleAndDescription
        idPrefix={p}
        titleLabel={t('edit.activityTitle')}
        title={field('title')}
        description={field('description')}
      />
      <SelectField
        id={`${p}-focus-area`}
        label={t('edit.focusArea')}
        {...focusArea}
        options={focusAreas.map((f) => ({ value: f.id, label: f.title }))}
      />
      <SelectField
        id={`${p}-lead`}
        label={t('edit.leadOrganisation')}
        required
        placeholder={t('edit.chooseOrganisation')}
        {...field('leadOrganisationId')}
        options={orgOptions}
      />
      <CheckboxGroup
        id={`${p}-partners`}
        legend={t('edit.partners')}
        options={orgOptions}
        {...field('partnerOrganisationIds')}
      />
      <TextField
        id={`${p}-area`}
        label={t('plan.filterArea')}
        hint={t('edit.areaHint')}
        maxLength={200}
        {...field('area')}
      />
      <DateRangeFields idPrefix={p} start={field('startDate')} end={field('endDate')} />
      <SelectField
        id={`${p}-status`}
        label={t('plan.filterStatus')}
        {...field('status')}
        options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <TextField id={`${p}-comment`} label={t('edit.comment')} multiline maxLength={2000} {...field('comment')} />
      <ProblemFields idPrefix={p} problems={problems} problemIds={field('problemIds')} causeIds={field('causeIds')} />
      <fieldset class="field-group">
        <legend>{t('edit.measure')}</legend>
        <p class="field-hint">{t('edit.measureHint')}</p>
        <TextField
          id={`${p}-measure-label`}
          label={t('edit.measureLabel')}
          required={hasMeasure}
          maxLength={200}
          {...field('measureLabel')}
          error={errors['/measure/label'] ?? errors['/measure']}
        />
        <TextField
          id={`${p}-measure-unit`}
          label={t('edit.measureUnit')}
          required={hasMeasure}
          maxLength={50}
          {...field('measureUnit')}
          error={errors['/measure/unit']}
        />
        <TextField
          id={`${p}-measure-target`}
          label={t('edit.monthlyTarget')}
          type="number"
          min="0"
          step={countsWholeNumbers(measureUnit.value) ? '1' : 'any'}
          required={hasMeasure}
          {...field('monthlyTarget')}
          error={errors['/measure/monthlyTarget']}
        />
        <MonthTargetFields idPrefix={p} {...field('monthTargets')} errors={errors} />
      </fieldset>
      <fieldset class="field-group">
        <legend>{t('edit.visibility')}</legend>
        <CheckboxField id={`${p}-shared`} label={t('edit.shared')} hint={t('edit.sharedHint')} {...field('shared')} />
        <PublishedField idPrefix={p} {...field('published')} />
      </fieldset>
    </FormSection>
  );
}

/** Targets of single months that replace the monthly target every year (a summer break: 0 in July). */
function MonthTargetFields({
  idPrefix,
  value,
  onValue,
  errors,
}: {
  idPrefix: string;
  value: Record<string, string>;
  onValue: (value: Record<string, string>) => void;
  errors: Record<string, string>;
}) {
  const { t, fmt } = useI18n();
  const set = Object.values(value).some((target) => target.trim() !== '');
  return (
    <details class="month-targets" open={set || CALENDAR_MONTHS.some((m) => errors[`/measure/monthTargets/${m}`])}>
      <summary>{t('edit.monthTargets')}</summary>
      <p class="field-hint">{t('edit.monthTargetsHint')}</p>
      {CALENDAR_MONTHS.map((month) => (
        <TextField
          key={month}
          id={`${idPrefix}-month-target-${month}`}
          label={fmt.calendarMonth(month)}
          type="number"
          min="0"
          step="any"
          value={value[month] ?? ''}
          onValue={(target) => onValue({ ...value, [month]: target })}
          error={errors[`/measure/monthTargets/${month}`]}
        />
      ))}
    </details>
  );
}

/** The problems of the lägesbild the plan answers that the activity acts on, and the causes of those. */
function ProblemFields({
  idPrefix,
  problems,
  problemIds,
  causeIds,
}: {
  idPrefix: string;
  problems: SituationProblem[];
  problemIds: Field<string[]>;
  causeIds: Field<string[]>;
}) {
  const { t } = useI18n();
  if (problems.length === 0) return <p class="field-hint">{t('edit.noProblems')}</p>;
  const chosen = problems.filter((problem) => problemIds.value.includes(problem.id));
  return (
    <>
      <CheckboxGroup
        id={`${idPrefix}-problems`}
        legend={t('plan.actsOn')}
        options={problems.map((problem) => ({ value: problem.id, label: problem.title }))}
        {...problemIds}
      />
      {chosen.some((problem) => problem.causes.length > 0) && (
        <CheckboxGroup
          id={`${idPrefix}-causes`}
          legend={t('edit.actsOnCauses')}
          options={chosen.flatMap((problem) =>
            problem.causes.map((cause) => ({ value: cause.id, label: `${problem.title}: ${cause.title}` })),
          )}
          {...causeIds}
        />
      )}
    </>
  );
}
