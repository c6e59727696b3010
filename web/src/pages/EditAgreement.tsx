import { createAgreement, getAgreement, patchAgreement, type Agreement, type AgreementStatus } from '../api/agreements';
import { createFocusArea, inOrder, patchFocusArea, type FocusArea } from '../api/focusAreas';
import { listGoals } from '../api/goals';
import { listSituationReports } from '../api/situations';
import { partyOptions, type Organisation } from '../api/organisations';
import { ProblemMessage, useAsync } from '../components/async';
import { EditList, type ItemFormProps } from '../components/EditList';
import { CheckboxGroup, DateRangeFields, PublishedField, SelectField, TextField } from '../components/fields';
import { fieldsOf, FormSection, TitledForm, useItemForm } from '../components/forms';
import { Section } from '../components/text';
import { useI18n } from '../i18n/i18n';

// The agreement itself (title, period, status, parties, lägesbild, published) and its focus areas.

const AGREEMENT_STATUSES: AgreementStatus[] = ['draft', 'active', 'ended'];

const agreementValues = (agreement: Agreement | undefined) =>
  fieldsOf(agreement, {
    title: '',
    periodStart: '',
    periodEnd: '',
    status: 'draft',
    summary: '',
    partyIds: [],
    goalIds: [],
    situationReportId: '',
    published: false,
  });

export function AgreementForm({
  item: agreement,
  municipalityId,
  organisations,
  onSaved,
}: ItemFormProps<Agreement> & { municipalityId: string; organisations: Organisation[] }) {
  const { t } = useI18n();
  const form = useItemForm({
    item: agreement,
    valuesOf: agreementValues,
    save: (values, base) => {
      const body = { ...values, situationReportId: values.situationReportId || null };
      return base ? patchAgreement(base, body) : createAgreement({ ...body, municipalityId });
    },
    read: getAgreement,
    savedMessage: (saved, created) =>
      t(created ? 'edit.agreementCreated' : 'edit.agreementSaved', { title: saved.title }),
    onSaved,
  });
  const { field } = form;

  const goals = useAsync(() => listGoals(), []);
  const reports = useAsync(() => listSituationReports(), []);
  const reportOptions =
    reports.state === 'done'
      ? reports.data.filter((r) => r.municipalityId === municipalityId).map((r) => ({ value: r.id, label: r.title }))
      : [];
  const goalOptions =
    goals.state === 'done'
      ? goals.data.filter((g) => g.municipalityId === municipalityId).map((g) => ({ value: g.id, label: g.title }))
      : [];
  const p = agreement ? 'agreement-edit' : 'agreement';
  return (
    <FormSection
      id={p}
      title={agreement ? t('edit.agreement') : t('edit.newAgreement')}
      form={form}
      submit={agreement ? t('form.save') : t('edit.createAgreement')}
    >
      <TextField id={`${p}-name`} label={t('edit.agreementTitle')} required maxLength={300} {...field('title')} />
      <DateRangeFields idPrefix={p} required start={field('periodStart')} end={field('periodEnd')} />
      <SelectField
        id={`${p}-status`}
        label={t('plan.filterStatus')}
        {...field('status')}
        options={AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`agreementStatus.${s}`) }))}
      />
      <CheckboxGroup
        id={`${p}-parties`}
        legend={t('plan.parties')}
        options={partyOptions(organisations)}
        {...field('partyIds')}
      />
      {goals.state === 'error' && <ProblemMessage error={goals.error} onRetry={goals.retry} />}
      {goalOptions.length > 0 && (
        <CheckboxGroup
          id={`${p}-goals`}
          legend={t('edit.agreementGoals')}
          options={goalOptions}
          {...field('goalIds')}
        />
      )}
      <SelectField
        id={`${p}-situation`}
        label={t('edit.agreementSituation')}
        hint={t('edit.agreementSituationHint')}
        placeholder={t('edit.noSituation')}
        {...field('situationReportId')}
        options={reportOptions}
      />
      <TextField id={`${p}-summary`} label={t('plan.summary')} multiline maxLength={20000} {...field('summary')} />
      <PublishedField idPrefix={p} {...field('published')} />
    </FormSection>
  );
}

export function FocusAreasEditor({
  agreementId,
  focusAreas,
  onSaved,
}: {
  agreementId: string;
  focusAreas: FocusArea[];
  onSaved: (focusArea: FocusArea) => void;
}) {
  const { t } = useI18n();
  return (
    <Section headingId="focus-areas-title" title={t('edit.focusAreas')}>
      <EditList
        items={focusAreas}
        onSaved={onSaved}
        form={(props) => <FocusAreaForm agreementId={agreementId} {...props} />}
      >
        {({ formOf }) => inOrder(focusAreas).map(formOf)}
      </EditList>
    </Section>
  );
}

function FocusAreaForm({ agreementId, item: focusArea, onSaved }: ItemFormProps<FocusArea> & { agreementId: string }) {
  const { t } = useI18n();
  const form = useItemForm({
    item: focusArea,
    valuesOf: (area) => fieldsOf(area, { title: '', description: '' }),
    save: (body, base) => (base ? patchFocusArea(base, body) : createFocusArea(agreementId, body)),
    savedMessage: (saved, created) =>
      t(created ? 'edit.focusAreaCreated' : 'edit.focusAreaSaved', { title: saved.title }),
    onSaved,
  });
  return (
    <TitledForm
      class="form form-wide form-panel"
      idPrefix={focusArea ? `focus-area-${focusArea.id}` : 'focus-area-new'}
      item={focusArea}
      newTitle={t('edit.newFocusArea')}
      titleLabel={t('edit.focusArea')}
      form={form}
      title={form.field('title')}
      description={form.field('description')}
      submit={focusArea ? t('form.save') : t('edit.createFocusArea')}
    />
  );
}
