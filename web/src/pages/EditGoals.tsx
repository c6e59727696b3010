import { useEffect, useState } from 'preact/hooks';
import { listGoals } from '../api/queries';
import {
  createGoal,
  createIndicator,
  getIndicator,
  listIndicators,
  listIndicatorValues,
  patchGoal,
  patchIndicator,
  putIndicatorValue,
  type Goal,
  type Indicator,
} from '../api/writes';
import { Loading, ProblemMessage, useAsync } from '../components/async';
import {
  CheckboxField,
  FormActions,
  FormProblem,
  SelectField,
  TextField,
  TitleAndDescription,
  upsertById,
  useSaveForm,
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
  const put = (goal: Goal) => setGoals((list) => upsertById(list, goal));
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
  const p = goal ? `goal-${goal.id}` : 'goal-new';
  const { busy, error, errors, onSubmit } = useSaveForm({
    save: async () => {
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
    },
  });

  return (
    <form
      class="form form-wide"
      aria-label={goal ? t('edit.editActivity', { title: goal.title }) : t('edit.newGoal')}
      onSubmit={onSubmit}
    >
      <h3>{goal ? goal.title : t('edit.newGoal')}</h3>
      <FormProblem error={error} />
      <TitleAndDescription
        idPrefix={p}
        titleLabel={t('edit.goalTitle')}
        title={title}
        onTitle={setTitle}
        titleError={errors['/title']}
        description={description}
        onDescription={setDescription}
        descriptionError={errors['/description']}
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
  const put = (indicator: Indicator) => setIndicators((list) => upsertById(list, indicator));
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
              <IndicatorForm goal={goal} indicator={indicator} onSaved={put} />
              <IndicatorValues indicator={indicator} />
            </li>
          ))}
        </ul>
      )}
      <IndicatorForm goal={goal} onSaved={put} />
    </>
  );
}

type Direction = 'increase' | 'decrease';
type Point = { period: string; value: number } | null;

interface IndicatorFields {
  title: string;
  source: string;
  unit: string;
  direction: Direction;
  baselinePeriod: string;
  baselineValue: string;
  targetPeriod: string;
  targetValue: string;
  published: boolean;
}

const indicatorFields = (indicator: Indicator | undefined): IndicatorFields => ({
  title: indicator?.title ?? '',
  source: indicator?.source ?? '',
  unit: indicator?.unit ?? '',
  direction: indicator?.direction ?? 'increase',
  baselinePeriod: indicator?.baseline?.period ?? '',
  baselineValue: indicator?.baseline ? String(indicator.baseline.value) : '',
  targetPeriod: indicator?.target?.period ?? '',
  targetValue: indicator?.target ? String(indicator.target.value) : '',
  published: indicator?.published ?? false,
});

/** Both parts empty: none. Otherwise what was typed, for the server to judge (an empty value is sent as null). */
function point(period: string, value: string): Point {
  if (!period.trim() && !value.trim()) return null;
  return { period: period.trim(), value: value.trim() === '' ? Number.NaN : Number(value.replace(',', '.')) };
}

function IndicatorForm({
  goal,
  indicator,
  onSaved,
}: {
  goal: Goal;
  indicator?: Indicator;
  onSaved: (indicator: Indicator) => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [base, setBase] = useState(indicator);
  const [values, setValues] = useState(() => indicatorFields(indicator));
  const p = indicator ? `indicator-${indicator.id}` : `indicator-new-${goal.id}`;
  const set =
    <K extends keyof IndicatorFields>(key: K) =>
    (value: IndicatorFields[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const { busy, error, errors, onSubmit, onReload } = useSaveForm({
    save: async () => {
      const body = {
        title: values.title,
        source: values.source,
        unit: values.unit,
        direction: values.direction,
        baseline: point(values.baselinePeriod, values.baselineValue),
        target: point(values.targetPeriod, values.targetValue),
      };
      if (base) {
        const saved = await patchIndicator(base, { ...body, published: values.published });
        announce(t('edit.indicatorSaved', { title: saved.title }));
        setBase(saved);
        onSaved(saved);
      } else {
        const created = await createIndicator(goal.id, body);
        announce(t('edit.indicatorCreated', { title: created.title }));
        onSaved(created);
        setValues(indicatorFields(undefined));
      }
    },
    reload:
      indicator &&
      (async () => {
        const current = await getIndicator(indicator.id);
        setBase(current);
        setValues(indicatorFields(current));
      }),
  });

  const label = indicator
    ? t('edit.editIndicator', { title: indicator.title })
    : t('edit.newIndicatorFor', { title: goal.title });
  return (
    <form class="form form-wide" aria-label={label} onSubmit={onSubmit}>
      <fieldset class="field-group">
        <legend>{indicator ? label : t('edit.newIndicator')}</legend>
        <FormProblem error={error} onReload={onReload} />
        <TextField
          id={`${p}-name`}
          label={t('edit.indicatorTitle')}
          required
          value={values.title}
          onValue={set('title')}
          error={errors['/title']}
        />
        <TextField
          id={`${p}-source`}
          label={t('edit.indicatorSource')}
          required
          value={values.source}
          onValue={set('source')}
          error={errors['/source']}
        />
        <TextField
          id={`${p}-unit`}
          label={t('edit.measureUnit')}
          required
          value={values.unit}
          onValue={set('unit')}
          error={errors['/unit']}
        />
        <SelectField
          id={`${p}-direction`}
          label={t('edit.direction')}
          value={values.direction}
          onValue={(value) => set('direction')(value as Direction)}
          options={[
            { value: 'increase', label: t('edit.directionIncrease') },
            { value: 'decrease', label: t('edit.directionDecrease') },
          ]}
          error={errors['/direction']}
        />
        {(['baseline', 'target'] as const).map((which) => (
          <fieldset class="field-group" key={which}>
            <legend>{t(`edit.${which}`)}</legend>
            <TextField
              id={`${p}-${which}-period`}
              label={t('edit.period')}
              hint={`${t('edit.periodHint')} ${t('edit.optionalHint')}`}
              value={values[`${which}Period`]}
              onValue={set(`${which}Period`)}
              error={errors[`/${which}/period`] ?? errors[`/${which}`]}
            />
            <TextField
              id={`${p}-${which}-value`}
              label={t('edit.value')}
              type="number"
              step="any"
              value={values[`${which}Value`]}
              onValue={set(`${which}Value`)}
              error={errors[`/${which}/value`]}
            />
          </fieldset>
        ))}
        {indicator && (
          <CheckboxField
            id={`${p}-published`}
            label={t('edit.publishedLabel')}
            checked={values.published}
            onChecked={set('published')}
            error={errors['/published']}
          />
        )}
        <FormActions busy={busy} label={indicator ? t('form.save') : t('edit.createIndicator')} />
      </fieldset>
    </form>
  );
}

function IndicatorValues({ indicator }: { indicator: Indicator }) {
  const { t, fmt } = useI18n();
  const [refresh, setRefresh] = useState(0);
  const loaded = useAsync(() => listIndicatorValues(indicator.id), [indicator.id, refresh]);
  const order = (group: Group) => GROUPS.indexOf(group);
  return (
    <>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'error' && <ProblemMessage error={loaded.error} onRetry={loaded.retry} />}
      {loaded.state === 'done' &&
        (loaded.data.length === 0 ? (
          <p class="muted">{t('edit.noValues')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption>{t('edit.savedValues', { title: indicator.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('edit.period')}</th>
                  <th scope="col">{t('edit.group')}</th>
                  <th scope="col">{t('edit.value')}</th>
                </tr>
              </thead>
              <tbody>
                {[...loaded.data]
                  .sort((a, b) => a.period.localeCompare(b.period) || order(a.group) - order(b.group))
                  .map((row) => (
                    <tr key={`${row.period}-${row.group}`}>
                      <th scope="row">{fmt.period(row.period)}</th>
                      <td>{t(`edit.group_${row.group}`)}</td>
                      <td class="num">{fmt.number(row.value)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        ))}
      <ValueForm indicator={indicator} onSaved={() => setRefresh((n) => n + 1)} />
    </>
  );
}

function ValueForm({ indicator, onSaved }: { indicator: Indicator; onSaved: () => void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [period, setPeriod] = useState('');
  const [group, setGroup] = useState<Group>('all');
  const [value, setValue] = useState('');
  const p = `value-${indicator.id}`;
  const { busy, error, errors, onSubmit } = useSaveForm({
    save: async () => {
      await putIndicatorValue(indicator.id, { period, group, value: Number(value.replace(',', '.')) });
      announce(t('edit.valueSaved', { title: indicator.title, period }));
      onSaved();
    },
  });

  return (
    <form class="form form-wide" aria-label={t('edit.valueFor', { title: indicator.title })} onSubmit={onSubmit}>
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
