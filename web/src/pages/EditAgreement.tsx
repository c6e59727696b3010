import { useState } from 'preact/hooks';
import { listGoals } from '../api/queries';
import type { Agreement, AgreementStatus, FocusArea } from '../api/client';
import {
  createAgreement,
  createFocusArea,
  getAgreement,
  patchAgreement,
  patchFocusArea,
  type Organisation,
} from '../api/writes';
import { ProblemMessage, useAsync } from '../components/async';
import {
  CheckboxGroup,
  DateRangeFields,
  FormActions,
  FormProblem,
  PublishedField,
  SelectField,
  TextField,
  TitleAndDescription,
  useSaveForm,
} from '../components/forms';
import { useAnnounce } from '../components/Layout';
import { useI18n } from '../i18n/i18n';

// The agreement itself (title, period, status, parties, lägesbild, published) and its focus areas.

const AGREEMENT_STATUSES: AgreementStatus[] = ['draft', 'active', 'ended'];

interface AgreementValues {
  title: string;
  periodStart: string;
  periodEnd: string;
  status: AgreementStatus;
  summary: string;
  partyIds: string[];
  goalIds: string[];
  published: boolean;
}

const agreementValues = (agreement: Agreement | undefined): AgreementValues => ({
  title: agreement?.title ?? '',
  periodStart: agreement?.periodStart ?? '',
  periodEnd: agreement?.periodEnd ?? '',
  status: agreement?.status ?? 'draft',
  summary: agreement?.summary ?? '',
  partyIds: agreement?.partyIds ?? [],
  goalIds: agreement?.goalIds ?? [],
  published: agreement?.published ?? false,
});

export function AgreementForm({
  agreement,
  municipalityId,
  organisations,
  onSaved,
}: {
  agreement?: Agreement;
  municipalityId: string;
  organisations: Organisation[];
  onSaved: (agreement: Agreement) => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [base, setBase] = useState(agreement);
  const [values, setValues] = useState(() => agreementValues(agreement));
  const p = agreement ? 'agreement-edit' : 'agreement';
  const set =
    <K extends keyof AgreementValues>(key: K) =>
    (value: AgreementValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const { busy, error, errors, onSubmit, onReload } = useSaveForm({
    save: async () => {
      const saved = base ? await patchAgreement(base, values) : await createAgreement({ ...values, municipalityId });
      announce(t(base ? 'edit.agreementSaved' : 'edit.agreementCreated', { title: saved.title }));
      setBase(saved);
      onSaved(saved);
      if (!base) setValues(agreementValues(undefined));
    },
    reload:
      agreement &&
      (async () => {
        const current = await getAgreement(agreement.id);
        setBase(current);
        setValues(agreementValues(current));
      }),
  });

  const goals = useAsync(() => listGoals(), []);
  const goalOptions =
    goals.state === 'done'
      ? goals.data.filter((g) => g.municipalityId === municipalityId).map((g) => ({ value: g.id, label: g.title }))
      : [];
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <section class="section" aria-labelledby={`${p}-title`}>
      <h2 id={`${p}-title`}>{agreement ? t('edit.agreement') : t('edit.newAgreement')}</h2>
      <form class="form form-wide" onSubmit={onSubmit}>
        <FormProblem error={error} onReload={onReload} />
        <TextField
          id={`${p}-name`}
          label={t('edit.agreementTitle')}
          required
          value={values.title}
          onValue={set('title')}
          error={errors['/title']}
        />
        <DateRangeFields
          idPrefix={p}
          required
          start={values.periodStart}
          onStart={set('periodStart')}
          startError={errors['/periodStart']}
          end={values.periodEnd}
          onEnd={set('periodEnd')}
          endError={errors['/periodEnd']}
        />
        <SelectField
          id={`${p}-status`}
          label={t('plan.filterStatus')}
          value={values.status}
          onValue={(value) => set('status')(value as AgreementStatus)}
          options={AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`agreementStatus.${s}`) }))}
          error={errors['/status']}
        />
        <CheckboxGroup
          id={`${p}-parties`}
          legend={t('plan.parties')}
          options={sorted.map((o) => ({ value: o.id, label: o.name }))}
          selected={values.partyIds}
          onSelected={set('partyIds')}
          error={errors['/partyIds']}
        />
        {goals.state === 'error' && <ProblemMessage error={goals.error} onRetry={goals.retry} />}
        {goalOptions.length > 0 && (
          <CheckboxGroup
            id={`${p}-goals`}
            legend={t('edit.agreementGoals')}
            options={goalOptions}
            selected={values.goalIds}
            onSelected={set('goalIds')}
            error={errors['/goalIds']}
          />
        )}
        <TextField
          id={`${p}-summary`}
          label={t('plan.summary')}
          multiline
          value={values.summary}
          onValue={set('summary')}
          error={errors['/summary']}
        />
        <PublishedField
          idPrefix={p}
          checked={values.published}
          onChecked={set('published')}
          error={errors['/published']}
        />
        <FormActions busy={busy} label={agreement ? t('form.save') : t('edit.createAgreement')} />
      </form>
    </section>
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
    <section class="section" aria-labelledby="focus-areas-title">
      <h2 id="focus-areas-title">{t('edit.focusAreas')}</h2>
      {[...focusAreas]
        .sort((a, b) => a.position - b.position)
        .map((area) => (
          <FocusAreaForm key={area.id} agreementId={agreementId} focusArea={area} onSaved={onSaved} />
        ))}
      <FocusAreaForm agreementId={agreementId} onSaved={onSaved} />
    </section>
  );
}

function FocusAreaForm({
  agreementId,
  focusArea,
  onSaved,
}: {
  agreementId: string;
  focusArea?: FocusArea;
  onSaved: (focusArea: FocusArea) => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [base, setBase] = useState(focusArea);
  const [title, setTitle] = useState(focusArea?.title ?? '');
  const [description, setDescription] = useState(focusArea?.description ?? '');
  const p = focusArea ? `focus-area-${focusArea.id}` : 'focus-area-new';
  const { busy, error, errors, onSubmit } = useSaveForm({
    save: async () => {
      const body = { title, description };
      const saved = base ? await patchFocusArea(base, body) : await createFocusArea(agreementId, body);
      announce(t(base ? 'edit.focusAreaSaved' : 'edit.focusAreaCreated', { title: saved.title }));
      onSaved(saved);
      if (base) setBase(saved);
      else {
        setTitle('');
        setDescription('');
      }
    },
  });

  return (
    <form
      class="form form-wide form-panel"
      aria-label={focusArea ? t('edit.editActivity', { title: focusArea.title }) : t('edit.newFocusArea')}
      onSubmit={onSubmit}
    >
      <h3>{focusArea ? focusArea.title : t('edit.newFocusArea')}</h3>
      <FormProblem error={error} />
      <TitleAndDescription
        idPrefix={p}
        titleLabel={t('edit.focusArea')}
        title={title}
        onTitle={setTitle}
        titleError={errors['/title']}
        description={description}
        onDescription={setDescription}
        descriptionError={errors['/description']}
      />
      <FormActions busy={busy} label={focusArea ? t('form.save') : t('edit.createFocusArea')} />
    </form>
  );
}
