import { useState } from 'preact/hooks';
import { createGoal, listGoals, patchGoal, type Goal } from '../api/goals';
import {
  createIndicator,
  getIndicator,
  listIndicators,
  listIndicatorValues,
  patchIndicator,
  putIndicatorValue,
  syncFromKolada,
  type Indicator,
  type ValueGroup,
} from '../api/indicators';
import { AsyncStatus, useAsync } from '../components/async';
import { DataTable } from '../components/ChartFigure';
import { EditList, useItems, type ItemFormProps } from '../components/EditList';
import { CheckboxField, SelectField, TextField } from '../components/fields';
import { fieldsOf, FormFrame, TitledForm, useItemForm, useSaveForm } from '../components/forms';
import { Section } from '../components/text';
import { useI18n } from '../i18n/i18n';

// The municipality's goals, their indicators, and the indicators' values (one period and group at a time).

const GROUPS: ValueGroup[] = ['all', 'women', 'men'];

export function GoalsEditor({ municipalityId }: { municipalityId: string }) {
  const { t } = useI18n();
  const loaded = useAsync(
    async () => (await listGoals()).filter((goal) => goal.municipalityId === municipalityId),
    [municipalityId],
  );
  const [goals, put] = useItems(loaded.state === 'done' ? loaded.data : undefined);
  return (
    <Section headingId="goals-title" title={t('edit.goals')}>
      <AsyncStatus result={loaded} />
      <EditList items={goals} onSaved={put} form={(props) => <GoalForm municipalityId={municipalityId} {...props} />}>
        {({ formOf }) =>
          goals.map((goal) => (
            <div class="form-panel" key={goal.id}>
              {formOf(goal)}
              <Indicators goal={goal} />
            </div>
          ))
        }
      </EditList>
    </Section>
  );
}

function GoalForm({ item: goal, municipalityId, onSaved }: ItemFormProps<Goal> & { municipalityId: string }) {
  const { t } = useI18n();
  const form = useItemForm({
    item: goal,
    valuesOf: (item) => fieldsOf(item, { title: '', description: '', published: false }),
    save: (body, base) => (base ? patchGoal(base, body) : createGoal({ ...body, municipalityId })),
    savedMessage: (saved, created) => t(created ? 'edit.goalCreated' : 'edit.goalSaved', { title: saved.title }),
    onSaved,
  });
  const p = goal ? `goal-${goal.id}` : 'goal-new';
  return (
    <TitledForm
      class="form form-wide"
      idPrefix={p}
      item={goal}
      newTitle={t('edit.newGoal')}
      titleLabel={t('edit.goalTitle')}
      form={form}
      title={form.field('title')}
      description={form.field('description')}
      submit={goal ? t('form.save') : t('edit.createGoal')}
    >
      <CheckboxField id={`${p}-published`} label={t('edit.publishedLabel')} {...form.field('published')} />
    </TitledForm>
  );
}

function Indicators({ goal }: { goal: Goal }) {
  const { t } = useI18n();
  const loaded = useAsync(() => listIndicators(goal.id), [goal.id]);
  const [indicators, put] = useItems(loaded.state === 'done' ? loaded.data : undefined);
  return (
    <>
      <h4>{t('edit.indicators')}</h4>
      <AsyncStatus result={loaded} />
      <EditList items={indicators} onSaved={put} form={(props) => <IndicatorForm goal={goal} {...props} />}>
        {({ formOf }) =>
          indicators.length > 0 && (
            <ul>
              {indicators.map((indicator) => (
                <li key={indicator.id}>
                  <span lang="sv">{indicator.title}</span> ({indicator.unit}){formOf(indicator)}
                  <IndicatorValues indicator={indicator} />
                </li>
              ))}
            </ul>
          )
        }
      </EditList>
    </>
  );
}

const indicatorValues = (indicator: Indicator | undefined) => ({
  ...fieldsOf(indicator, { title: '', source: '', unit: '', direction: 'increase', published: false }),
  baselinePeriod: indicator?.baseline?.period ?? '',
  baselineValue: indicator?.baseline ? String(indicator.baseline.value) : '',
  targetPeriod: indicator?.target?.period ?? '',
  targetValue: indicator?.target ? String(indicator.target.value) : '',
  koladaKpi: indicator?.kolada?.kpi ?? '',
});

/** Both parts empty: none. Otherwise what was typed, for the server to judge (an empty value is sent as null). */
function point(period: string, value: string): Indicator['baseline'] {
  if (!period.trim() && !value.trim()) return null;
  return { period: period.trim(), value: value.trim() === '' ? Number.NaN : Number(value.replace(',', '.')) };
}

function IndicatorForm({ goal, item: indicator, onSaved }: ItemFormProps<Indicator> & { goal: Goal }) {
  const { t } = useI18n();
  const form = useItemForm({
    item: indicator,
    valuesOf: indicatorValues,
    save: (values, base) => {
      const body = {
        title: values.title,
        source: values.source,
        unit: values.unit,
        direction: values.direction,
        baseline: point(values.baselinePeriod, values.baselineValue),
        target: point(values.targetPeriod, values.targetValue),
        kolada: values.koladaKpi.trim() ? { kpi: values.koladaKpi.trim().toUpperCase() } : null,
      };
      // A new indicator is never published at once: the checkbox comes with its saved form.
      return base ? patchIndicator(base, { ...body, published: values.published }) : createIndicator(goal.id, body);
    },
    read: getIndicator,
    savedMessage: (saved, created) =>
      t(created ? 'edit.indicatorCreated' : 'edit.indicatorSaved', { title: saved.title }),
    onSaved,
  });

  const p = indicator ? `indicator-${indicator.id}` : `indicator-new-${goal.id}`;
  const label = indicator
    ? t('edit.editIndicator', { title: indicator.title })
    : t('edit.newIndicatorFor', { title: goal.title });
  const { field, errors } = form;
  return (
    <FormFrame
      label={label}
      legend={indicator ? label : t('edit.newIndicator')}
      form={form}
      submit={indicator ? t('form.save') : t('edit.createIndicator')}
    >
      <TextField id={`${p}-name`} label={t('edit.indicatorTitle')} required maxLength={300} {...field('title')} />
      <TextField id={`${p}-source`} label={t('edit.indicatorSource')} required maxLength={300} {...field('source')} />
      <TextField id={`${p}-unit`} label={t('edit.measureUnit')} required maxLength={50} {...field('unit')} />
      <SelectField
        id={`${p}-direction`}
        label={t('edit.direction')}
        {...field('direction')}
        options={[
          { value: 'increase', label: t('edit.directionIncrease') },
          { value: 'decrease', label: t('edit.directionDecrease') },
        ]}
      />
      <TextField
        id={`${p}-kolada`}
        label={t('edit.koladaKpi')}
        hint={`${t('edit.koladaHint')} ${t('edit.optionalHint')}`}
        maxLength={6}
        {...field('koladaKpi')}
        error={errors['/kolada/kpi'] ?? errors['/kolada']}
      />
      {(['baseline', 'target'] as const).map((which) => (
        <fieldset class="field-group" key={which}>
          <legend>{t(`edit.${which}`)}</legend>
          <TextField
            id={`${p}-${which}-period`}
            label={t('edit.period')}
            hint={`${t('edit.periodHint')} ${t('edit.optionalHint')}`}
            {...field(`${which}Period`)}
            error={errors[`/${which}/period`] ?? errors[`/${which}`]}
          />
          <TextField
            id={`${p}-${which}-value`}
            label={t('edit.value')}
            type="number"
            step="any"
            {...field(`${which}Value`)}
            error={errors[`/${which}/value`]}
          />
        </fieldset>
      ))}
      {indicator && <CheckboxField id={`${p}-published`} label={t('edit.publishedLabel')} {...field('published')} />}
    </FormFrame>
  );
}

function IndicatorValues({ indicator }: { indicator: Indicator }) {
  const { t, fmt } = useI18n();
  const [refresh, setRefresh] = useState(0);
  const loaded = useAsync(() => listIndicatorValues(indicator.id), [indicator.id, refresh]);
  const order = (group: ValueGroup) => GROUPS.indexOf(group);
  return (
    <>
      <AsyncStatus result={loaded} />
      {loaded.state === 'done' &&
        (loaded.data.length === 0 ? (
          <p class="muted">{t('edit.noValues')}</p>
        ) : (
          <div class="table-wrap">
            <DataTable
              table={{
                caption: t('edit.savedValues', { title: indicator.title }),
                columns: [
                  { label: t('edit.period') },
                  { label: t('edit.group') },
                  { label: t('edit.value'), numeric: true },
                ],
                rows: [...loaded.data]
                  .sort((a, b) => a.period.localeCompare(b.period) || order(a.group) - order(b.group))
                  .map((row) => ({
                    key: `${row.period}-${row.group}`,
                    header: fmt.period(row.period),
                    cells: [t(`edit.group_${row.group}`), fmt.number(row.value)],
                  })),
              }}
            />
          </div>
        ))}
      {indicator.kolada && <KoladaButton indicator={indicator} onSynced={() => setRefresh((n) => n + 1)} />}
      <ValueForm indicator={indicator} onSaved={() => setRefresh((n) => n + 1)} />
    </>
  );
}

/** Fetches the indicator's values from Kolada now, and says what came of it. */
function KoladaButton({ indicator, onSynced }: { indicator: Indicator; onSynced: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const sync = async () => {
    setBusy(true);
    setMessage('');
    try {
      const result = await syncFromKolada(indicator.id);
      setMessage(
        result.outcome === 'failed'
          ? t('edit.koladaFailed', { reason: result.failure ?? '' })
          : t(`edit.kolada_${result.outcome}`, { count: result.changed }),
      );
      onSynced();
    } catch {
      setMessage(t('edit.koladaFailed', { reason: '' }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <p>
      <button type="button" class="button button-secondary" disabled={busy} onClick={() => void sync()}>
        {t('edit.koladaSync', { kpi: indicator.kolada?.kpi ?? '' })}
      </button>{' '}
      <span role="status">{message}</span>
    </p>
  );
}

function ValueForm({ indicator, onSaved }: { indicator: Indicator; onSaved: () => void }) {
  const { t } = useI18n();
  const [period, setPeriod] = useState('');
  const [group, setGroup] = useState<ValueGroup>('all');
  const [value, setValue] = useState('');
  const p = `value-${indicator.id}`;
  const form = useSaveForm({
    save: async () => {
      await putIndicatorValue(indicator.id, { period, group, value: Number(value.replace(',', '.')) });
      onSaved();
      return t('edit.valueSaved', { title: indicator.title, period });
    },
  });

  const { errors } = form;
  const label = t('edit.valueFor', { title: indicator.title });
  return (
    <FormFrame label={label} legend={label} form={form} submit={t('edit.saveValue')}>
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
        onValue={setGroup}
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
    </FormFrame>
  );
}
