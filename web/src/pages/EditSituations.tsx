import { useState } from 'preact/hooks';
import type { Agreement } from '../api/agreements';
import { findReview, putReview, type Review, type ReviewStatus } from '../api/reviews';

import {
  createProblem,
  createSituationReport,
  getProblem,
  getSituationReport,
  listProblems,
  listSituationReports,
  patchProblem,
  patchSituationReport,
  PROBLEM_CATEGORIES,
  type SituationProblem,
  type SituationReport,
} from '../api/situations';
import { AsyncStatus, useAsync } from '../components/async';
import { EditList, useItems, type ItemFormProps } from '../components/EditList';
import { CheckboxField, DateRangeFields, PublishedField, SelectField, TextField } from '../components/fields';
import { fieldsOf, FormFrame, useItemForm, useSaveForm } from '../components/forms';
import { Section } from '../components/text';
import { useI18n } from '../i18n/i18n';
import { yearsOf } from '../months';

// Editing the lawful cycle: the municipality's lägesbilder with their problems and each problem's
// causes (orsaksanalys), and the agreement's tertial and year analyses.

/** Sources one per line, "Titel https://…": the address, where there is one, last. */
function sourcesOf(text: string): SituationReport['sources'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(.*?)\s+(https?:\/\/\S+)$/.exec(line);
      return match ? { title: match[1]!.trim(), url: match[2]! } : { title: line };
    });
}
const sourcesText = (sources: SituationReport['sources']) =>
  sources.map((source) => (source.url ? `${source.title} ${source.url}` : source.title)).join('\n');

export function SituationsEditor({ municipalityId }: { municipalityId: string }) {
  const { t } = useI18n();
  const loaded = useAsync(
    async () => (await listSituationReports()).filter((report) => report.municipalityId === municipalityId),
    [municipalityId],
  );
  const [reports, put] = useItems(loaded.state === 'done' ? loaded.data : undefined);
  return (
    <Section headingId="situations-edit-title" title={t('edit.situations')}>
      <p>{t('edit.situationsLead')}</p>
      <AsyncStatus result={loaded} />
      <EditList
        items={reports}
        onSaved={put}
        form={(props) => <ReportForm municipalityId={municipalityId} {...props} />}
      >
        {({ formOf }) =>
          reports.map((report) => (
            <div class="form-panel" key={report.id}>
              {formOf(report)}
              <ProblemsEditor report={report} />
            </div>
          ))
        }
      </EditList>
    </Section>
  );
}

const reportValues = (report: SituationReport | undefined) => ({
  ...fieldsOf(report, {
    title: '',
    periodStart: '',
    periodEnd: '',
    mapping: '',
    analysis: '',
    status: 'draft',
    adoptedAt: '',
    adoptedBy: '',
    published: false,
  }),
  internalNote: report?.internalNote ?? '',
  sources: sourcesText(report?.sources ?? []),
});

function ReportForm({
  item: report,
  municipalityId,
  onSaved,
}: ItemFormProps<SituationReport> & { municipalityId: string }) {
  const { t } = useI18n();
  const form = useItemForm({
    item: report,
    valuesOf: reportValues,
    save: (values, base) => {
      const body = {
        ...values,
        adoptedAt: values.adoptedAt || null,
        adoptedBy: values.adoptedBy.trim() || null,
        sources: sourcesOf(values.sources),
      };
      return base ? patchSituationReport(base, body) : createSituationReport({ ...body, municipalityId });
    },
    read: getSituationReport,
    savedMessage: (saved, created) =>
      t(created ? 'edit.situationCreated' : 'edit.situationSaved', { title: saved.title }),
    onSaved,
  });
  const { field } = form;
  const p = report ? `situation-${report.id}` : 'situation-new';
  const title = report ? report.title : t('edit.newSituation');
  return (
    <FormFrame
      form={form}
      label={title}
      heading={<h3>{title}</h3>}
      submit={report ? t('form.save') : t('edit.createSituation')}
    >
      <TextField id={`${p}-name`} label={t('edit.situationTitle')} required maxLength={300} {...field('title')} />
      <DateRangeFields idPrefix={p} required start={field('periodStart')} end={field('periodEnd')} />
      <TextField
        id={`${p}-mapping`}
        label={t('situations.mapping')}
        multiline
        maxLength={50000}
        {...field('mapping')}
      />
      <TextField
        id={`${p}-analysis`}
        label={t('situations.analysis')}
        multiline
        maxLength={50000}
        {...field('analysis')}
      />
      <TextField
        id={`${p}-sources`}
        label={t('situations.sources')}
        hint={t('edit.sourcesHint')}
        multiline
        {...field('sources')}
        error={form.errors['/sources'] ?? form.errors['/sources/0/url'] ?? form.errors['/sources/0/title']}
      />
      <fieldset class="field-group">
        <legend>{t('edit.adoption')}</legend>
        <SelectField
          id={`${p}-status`}
          label={t('plan.filterStatus')}
          {...field('status')}
          options={(['draft', 'adopted'] as const).map((status) => ({
            value: status,
            label: t(`situations.status.${status}`),
          }))}
        />
        <TextField id={`${p}-adopted-at`} label={t('edit.adoptedAt')} type="date" {...field('adoptedAt')} />
        <TextField id={`${p}-adopted-by`} label={t('situations.adoptedBy')} maxLength={200} {...field('adoptedBy')} />
      </fieldset>
      <TextField
        id={`${p}-internal`}
        label={t('situations.internalNote')}
        hint={t('edit.internalHint')}
        multiline
        maxLength={5000}
        {...field('internalNote')}
      />
      <PublishedField idPrefix={p} {...field('published')} />
    </FormFrame>
  );
}

function ProblemsEditor({ report }: { report: SituationReport }) {
  const { t } = useI18n();
  const loaded = useAsync(() => listProblems(report.id), [report.id]);
  const [problems, put] = useItems(loaded.state === 'done' ? loaded.data : undefined);
  return (
    <>
      <h4>{t('edit.problems')}</h4>
      <AsyncStatus result={loaded} />
      <EditList items={problems} onSaved={put} form={(props) => <ProblemForm report={report} {...props} />}>
        {({ formOf }) => problems.map(formOf)}
      </EditList>
    </>
  );
}

type CauseRow = { id?: string; title: string; description: string };

const problemValues = (problem: SituationProblem | undefined) => ({
  ...fieldsOf(problem, { title: '', description: '', category: 'insecurity', published: false }),
  internalNote: problem?.internalNote ?? '',
  areas: (problem?.areas ?? []).join(', '),
  causes: (problem?.causes ?? []).map((cause): CauseRow => ({ ...cause })),
});

function ProblemForm({
  report,
  item: problem,
  onSaved,
}: ItemFormProps<SituationProblem> & { report: SituationReport }) {
  const { t } = useI18n();
  const form = useItemForm({
    item: problem,
    valuesOf: problemValues,
    save: (values, base) => {
      const body = {
        ...values,
        areas: [
          ...new Set(
            values.areas
              .split(',')
              .map((area) => area.trim())
              .filter(Boolean),
          ),
        ],
        causes: values.causes
          .filter((cause) => cause.title.trim() !== '')
          .map((cause) => ({
            ...(cause.id ? { id: cause.id } : {}),
            title: cause.title,
            description: cause.description,
          })),
      };
      return base ? patchProblem(base, body) : createProblem(report.id, body);
    },
    read: getProblem,
    savedMessage: (saved, created) => t(created ? 'edit.problemCreated' : 'edit.problemSaved', { title: saved.title }),
    onSaved,
  });
  const { field } = form;
  const p = problem ? `problem-${problem.id}` : `problem-new-${report.id}`;
  const label = problem ? t('edit.editActivity', { title: problem.title }) : t('edit.newProblem');
  return (
    <FormFrame form={form} label={label} legend={label} submit={problem ? t('form.save') : t('edit.createProblem')}>
      <TextField id={`${p}-name`} label={t('situations.problem')} required maxLength={300} {...field('title')} />
      <TextField
        id={`${p}-description`}
        label={t('edit.description')}
        multiline
        maxLength={5000}
        {...field('description')}
      />
      <SelectField
        id={`${p}-category`}
        label={t('situations.category')}
        {...field('category')}
        options={PROBLEM_CATEGORIES.map((category) => ({ value: category, label: t(`category.${category}`) }))}
      />
      <TextField id={`${p}-areas`} label={t('situations.areas')} hint={t('edit.areasHint')} {...field('areas')} />
      <CausesField idPrefix={p} {...field('causes')} errors={form.errors} />
      <TextField
        id={`${p}-internal`}
        label={t('situations.internalNote')}
        hint={t('edit.internalHint')}
        multiline
        maxLength={5000}
        {...field('internalNote')}
      />
      <PublishedField idPrefix={p} {...field('published')} />
    </FormFrame>
  );
}

/** The causes (orsaksanalys) as rows: a title and a description each, added and removed by buttons. */
function CausesField({
  idPrefix,
  value,
  onValue,
  errors,
}: {
  idPrefix: string;
  value: CauseRow[];
  onValue: (value: CauseRow[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const change = (index: number, patch: Partial<CauseRow>) =>
    onValue(value.map((cause, i) => (i === index ? { ...cause, ...patch } : cause)));
  return (
    <fieldset class="field-group">
      <legend>{t('situations.causes')}</legend>
      <p class="field-hint">{t('edit.causesHint')}</p>
      {errors['/causes'] && <p class="field-error">{errors['/causes']}</p>}
      {value.map((cause, index) => (
        <div class="cause-row" key={cause.id ?? `new-${index}`}>
          <TextField
            id={`${idPrefix}-cause-${index}`}
            label={t('edit.causeTitle', { number: index + 1 })}
            maxLength={300}
            value={cause.title}
            onValue={(title) => change(index, { title })}
            error={errors[`/causes/${index}/title`] ?? errors[`/causes/${index}/id`]}
          />
          <TextField
            id={`${idPrefix}-cause-${index}-description`}
            label={t('edit.causeDescription', { number: index + 1 })}
            maxLength={5000}
            value={cause.description}
            onValue={(description) => change(index, { description })}
          />
          <button
            type="button"
            class="button button-secondary"
            onClick={() => onValue(value.filter((_, i) => i !== index))}
          >
            {t('edit.removeCause', { number: index + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        class="button button-secondary"
        onClick={() => onValue([...value, { title: '', description: '' }])}
      >
        {t('edit.addCause')}
      </button>
    </fieldset>
  );
}

/** The periods an agreement's analyses may be of: each year's tertials, then the year. */
function reviewPeriods(agreement: Agreement): string[] {
  return yearsOf(agreement.periodStart, agreement.periodEnd).flatMap((year) => [
    `${year}-T1`,
    `${year}-T2`,
    `${year}-T3`,
    String(year),
  ]);
}

export function ReviewsEditor({ agreement }: { agreement: Agreement }) {
  const { t } = useI18n();
  const periods = reviewPeriods(agreement);
  const [period, setPeriod] = useState(periods[0] ?? '');
  const periodLabel = (each: string) => {
    const [year = '', part] = each.split('-');
    return part ? t(`report.${part.toLowerCase() as 't1' | 't2' | 't3'}`, { year }) : t('report.wholeYear', { year });
  };
  return (
    <Section headingId="reviews-edit-title" title={t('edit.reviews')}>
      <p>{t('edit.reviewsLead')}</p>
      <div class="chooser">
        <SelectField
          id="review-period"
          label={t('edit.reviewPeriod')}
          value={period}
          onValue={setPeriod}
          options={periods.map((each) => ({ value: each, label: periodLabel(each) }))}
        />
      </div>
      <ReviewLoader
        key={`${agreement.id}/${period}`}
        agreement={agreement}
        period={period}
        label={periodLabel(period)}
      />
    </Section>
  );
}

function ReviewLoader({ agreement, period, label }: { agreement: Agreement; period: string; label: string }) {
  const loaded = useAsync(() => findReview(agreement.id, period), [agreement.id, period]);
  if (loaded.state !== 'done') return <AsyncStatus result={loaded} />;
  return <ReviewForm agreement={agreement} period={period} label={label} review={loaded.data} />;
}

function ReviewForm({
  agreement,
  period,
  label,
  review: initial,
}: {
  agreement: Agreement;
  period: string;
  label: string;
  review: Review | null;
}) {
  const { t } = useI18n();
  const [base, setBase] = useState(initial);
  const [text, setText] = useState(initial?.text ?? '');
  const [priorities, setPriorities] = useState(initial?.priorities ?? '');
  const [status, setStatus] = useState<ReviewStatus>(initial?.status ?? 'draft');
  const [published, setPublished] = useState(initial?.published ?? false);
  const form = useSaveForm({
    save: async () => {
      const saved = await putReview(agreement.id, period, { text, priorities, status, published }, base);
      setBase(saved);
      return t('edit.reviewSaved', { period: label });
    },
    reload: async () => {
      const current = await findReview(agreement.id, period);
      setBase(current);
      if (current) {
        setText(current.text);
        setPriorities(current.priorities);
        setStatus(current.status);
        setPublished(current.published);
      }
    },
  });
  const p = 'review';
  const legend = t('edit.reviewOf', { period: label });
  return (
    <FormFrame form={form} label={legend} legend={legend} submit={t('edit.saveReview')}>
      <TextField
        id={`${p}-text`}
        label={t('edit.reviewText')}
        hint={t('edit.reviewTextHint')}
        required
        multiline
        maxLength={20000}
        value={text}
        onValue={setText}
        error={form.errors['/text']}
      />
      <TextField
        id={`${p}-priorities`}
        label={t('report.priorities')}
        multiline
        maxLength={10000}
        value={priorities}
        onValue={setPriorities}
        error={form.errors['/priorities']}
      />
      <SelectField
        id={`${p}-status`}
        label={t('plan.filterStatus')}
        value={status}
        onValue={setStatus}
        options={(['draft', 'final'] as const).map((each) => ({ value: each, label: t(`review.status.${each}`) }))}
      />
      <CheckboxField
        id={`${p}-published`}
        label={t('edit.publishedLabel')}
        hint={t('edit.reviewPublishedHint')}
        value={published}
        onValue={setPublished}
      />
    </FormFrame>
  );
}
