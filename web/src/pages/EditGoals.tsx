import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../api/client';
import { listGoals } from '../api/queries';
import {
  createGoal,
  createIndicator,
  listIndicators,
  patchGoal,
  putIndicatorValue,
  type Goal,
  type Indicator,
} from '../api/writes';
import { Loading, ProblemMessage, useAsync } from '../components/async';
import {
  asApiError,
  CheckboxField,
  fieldErrors,
  FormActions,
  FormProblem,
  SelectField,
  TextField,
} from '../components/forms';
import { useAnnounce } from '../components/Layout';
import { useI18n } from '../i18n/i18n';

// The municipality's goals, their indicators, and the indicators' values (one period and group at a time).

type Group = 'all' | 'women' | 'men';
const GROUPS: Group[] = ['all', 'women', 'men'];

export function GoalsEditor({ municipalityId }: { municipalityId: string }) {
  const { t } = useI18n();
  const loaded = useAsync(() => listGoals(), []);
  const [goals, setGoals] = useState<Goal[]>([]);
  useEffect(() => {
    if (loaded.state === 'done') setGoals(loaded.data.filter((g) => g.municipalityId === municipalityId));
  }, [loaded, municipalityId]);
  const put = (goal: Goal) =>
    setGoals((list) =>
      list.some((g) => g.id === goal.id) ? list.map((g) => (g.id === goal.id ? goal : g)) : [...list, goal],
    );
  return (
    <section class="section" aria-labelledby="goals-title">
      <h2 id="goals-title">{t('edit.goals')}</h2>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'error' && <ProblemMessage error={loaded.error} onRetry={loaded.retry} />}
      {goals.map((goal) => (
        <div class="form-panel" key={goal.id}>
          <GoalForm goal={goal} municipalityId={municipalityId} onSaved={put} />
          <Indicators goal={goal} />
        </div>
      ))}
      <GoalForm municipalityId={municipalityId} onSaved={put} />
    </section>
  );
}

function GoalForm({
  goal,
  municipalityId,
  onSaved,
}: {
  goal?: Goal;
  municipalityId: string;
  onSaved: (goal: Goal) => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [base, setBase] = useState(goal);
  const [title, setTitle] = useState(goal?.title ?? '');
  const [description, setDescription] = useState(goal?.description ?? '');
  const [published, setPublished] = useState(goal?.published ?? false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrors(error);
  const p = goal ? `goal-${goal.id}` : 'goal-new';

  async function onSubmit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { title, description, published };
      const saved = base ? await patchGoal(base, body) : await createGoal({ ...body, municipalityId });
      announce(t(base ? 'edit.goalSaved' : 'edit.goalCreated', { title: saved.title }));
      onSaved(saved);
      if (base) setBase(saved);
      else {
        setTitle('');
        setDescription('');
        setPublished(false);
      }
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      class="form form-wide"
      aria-label={goal ? t('edit.editActivity', { title: goal.title }) : t('edit.newGoal')}
      onSubmit={(event) => void onSubmit(event)}
    >
      <h3>{goal ? goal.title : t('edit.newGoal')}</h3>
      <FormProblem error={error} />
      <TextField
        id={`${p}-name`}
        label={t('edit.goalTitle')}
        required
        value={title}
        onValue={setTitle}
        error={errors['/title']}
      />
      <TextField
        id={`${p}-description`}
        label={t('edit.description')}
        multiline
        value={description}
        onValue={setDescription}
        error={errors['/description']}
      />
      <CheckboxField
        id={`${p}-published`}
        label={t('edit.publishedLabel')}
        checked={published}
        onChecked={setPublished}
        error={errors['/published']}
      />
      <FormActions busy={busy} label={goal ? t('form.save') : t('edit.createGoal')} />
    </form>
  );
}

function Indicators({ goal }: { goal: Goal }) {
  const { t } = useI18n();
  const loaded = useAsync(() => listIndicators(goal.id), [goal.id]);
  const [indicators, setIndicators] = useState<Indicator[]>([]);
  useEffect(() => {
    if (loaded.state === 'done') setIndicators(loaded.data);
  }, [loaded]);
  return (
    <>
      <h4>{t('edit.indicators')}</h4>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'error' && <ProblemMessage error={loaded.error} onRetry={loaded.retry} />}
      {indicators.length > 0 && (
        <ul>
          {indicators.map((indicator) => (
            <li key={indicator.id}>
              <span lang="sv">{indicator.title}</span> ({indicator.unit})
              <ValueForm indicator={indicator} />
            </li>
          ))}
        </ul>
      )}
      <IndicatorForm goal={goal} onSaved={(created) => setIndicators((list) => [...list, created])} />
    </>
  );
}

function IndicatorForm({ goal, onSaved }: { goal: Goal; onSaved: (indicator: Indicator) => void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [title, setTitle] = useState('');
  const [source, setSource] = useState('');
  const [unit, setUnit] = useState('');
  const [direction, setDirection] = useState<'increase' | 'decrease'>('increase');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrors(error);
  const p = `indicator-new-${goal.id}`;

  async function onSubmit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await createIndicator(goal.id, { title, source, unit, direction });
      announce(t('edit.indicatorCreated', { title: created.title }));
      onSaved(created);
      setTitle('');
      setSource('');
      setUnit('');
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      class="form form-wide"
      aria-label={t('edit.newIndicatorFor', { title: goal.title })}
      onSubmit={(event) => void onSubmit(event)}
    >
      <fieldset class="field-group">
        <legend>{t('edit.newIndicator')}</legend>
        <FormProblem error={error} />
        <TextField
          id={`${p}-name`}
          label={t('edit.indicatorTitle')}
          required
          value={title}
          onValue={setTitle}
          error={errors['/title']}
        />
        <TextField
          id={`${p}-source`}
          label={t('edit.indicatorSource')}
          required
          value={source}
          onValue={setSource}
          error={errors['/source']}
        />
        <TextField
          id={`${p}-unit`}
          label={t('edit.measureUnit')}
          required
          value={unit}
          onValue={setUnit}
          error={errors['/unit']}
        />
        <SelectField
          id={`${p}-direction`}
          label={t('edit.direction')}
          value={direction}
          onValue={(value) => setDirection(value as 'increase' | 'decrease')}
          options={[
            { value: 'increase', label: t('edit.directionIncrease') },
            { value: 'decrease', label: t('edit.directionDecrease') },
          ]}
          error={errors['/direction']}
        />
        <FormActions busy={busy} label={t('edit.createIndicator')} />
      </fieldset>
    </form>
  );
}

function ValueForm({ indicator }: { indicator: Indicator }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [period, setPeriod] = useState('');
  const [group, setGroup] = useState<Group>('all');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrors(error);
  const p = `value-${indicator.id}`;

  async function onSubmit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await putIndicatorValue(indicator.id, { period, group, value: Number(value.replace(',', '.')) });
      announce(t('edit.valueSaved', { title: indicator.title, period }));
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      class="form form-wide"
      aria-label={t('edit.valueFor', { title: indicator.title })}
      onSubmit={(event) => void onSubmit(event)}
    >
      <fieldset class="field-group">
        <legend>{t('edit.valueFor', { title: indicator.title })}</legend>
        <FormProblem error={error} />
        <TextField
          id={`${p}-period`}
          label={t('edit.period')}
          hint={t('edit.periodHint')}
          required
          value={period}
          onValue={setPeriod}
          error={errors['/period']}
        />
        <SelectField
          id={`${p}-group`}
          label={t('edit.group')}
          value={group}
          onValue={(next) => setGroup(next as Group)}
          options={GROUPS.map((g) => ({ value: g, label: t(`edit.group_${g}`) }))}
          error={errors['/group']}
        />
        <TextField
          id={`${p}-value`}
          label={t('edit.value')}
          type="number"
          step="any"
          required
          value={value}
          onValue={setValue}
          error={errors['/value']}
        />
        <FormActions busy={busy} label={t('edit.saveValue')} />
      </fieldset>
    </form>
  );
}
