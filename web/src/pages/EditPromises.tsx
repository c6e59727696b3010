import { useEffect, useState } from 'preact/hooks';
import type { Activity, Agreement, CitizenPromise } from '../api/client';
import { createPromise, getPromise, listAgreementPromises, patchPromise } from '../api/writes';
import { Loading, ProblemMessage, useAsync } from '../components/async';
import {
  CheckboxGroup,
  DateRangeFields,
  FormActions,
  FormProblem,
  PublishedField,
  TextField,
  RowActions,
  upsertById,
  usePublishToggle,
  useSaveForm,
} from '../components/forms';
import { useAnnounce } from '../components/Layout';
import { useI18n } from '../i18n/i18n';

// The citizen promises of an agreement: their text and period, and the activities each one
// is kept by (chosen with checkboxes from the agreement's activities).

export function PromisesEditor({ agreement, activities }: { agreement: Agreement; activities: Activity[] }) {
  const { t } = useI18n();
  const loaded = useAsync(() => listAgreementPromises(agreement.id), [agreement.id]);
  const [promises, setPromises] = useState<CitizenPromise[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  useEffect(() => {
    if (loaded.state === 'done') setPromises(loaded.data);
  }, [loaded]);

  const put = (promise: CitizenPromise) => setPromises((list) => upsertById(list, promise));
  const { toggleError, togglePublished } = usePublishToggle({ patch: patchPromise, read: getPromise, put });

  const edited = promises.find((p) => p.id === editing);
  return (
    <>
      <section class="section" aria-labelledby="edit-promises-title">
        <h2 id="edit-promises-title">{t('edit.promises')}</h2>
        {loaded.state === 'loading' && <Loading />}
        {loaded.state === 'error' && <ProblemMessage error={loaded.error} onRetry={loaded.retry} />}
        {toggleError && <ProblemMessage error={toggleError} />}
        {loaded.state === 'done' && (
          <div class="table-wrap">
            <table>
              <caption>{t('edit.promisesCaption', { count: promises.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('edit.promiseTitle')}</th>
                  <th scope="col">{t('edit.promiseActivities')}</th>
                  <th scope="col">{t('edit.publishedColumn')}</th>
                  <th scope="col">{t('admin.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {promises.map((promise) => (
                  <tr key={promise.id}>
                    <th scope="row" lang="sv">
                      {promise.title}
                    </th>
                    <td class="num">{promise.activityIds.length}</td>
                    <td>{promise.published ? t('edit.yes') : t('common.unpublished')}</td>
                    <RowActions
                      title={promise.title}
                      published={promise.published}
                      onEdit={() => setEditing(promise.id)}
                      onTogglePublished={() => togglePublished(promise)}
                    />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {edited && (
        <PromiseForm
          key={edited.id}
          agreement={agreement}
          promise={edited}
          activities={activities}
          onSaved={(saved) => {
            put(saved);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <PromiseForm agreement={agreement} activities={activities} onSaved={put} />
    </>
  );
}

interface PromiseValues {
  title: string;
  periodStart: string;
  periodEnd: string;
  text: string;
  activityIds: string[];
  published: boolean;
}

const promiseValues = (promise: CitizenPromise | undefined, agreement: Agreement): PromiseValues => ({
  title: promise?.title ?? '',
  periodStart: promise?.periodStart ?? agreement.periodStart,
  periodEnd: promise?.periodEnd ?? agreement.periodEnd,
  text: promise?.text ?? '',
  activityIds: promise?.activityIds ?? [],
  published: promise?.published ?? false,
});

function PromiseForm({
  agreement,
  promise,
  activities,
  onSaved,
  onCancel,
}: {
  agreement: Agreement;
  promise?: CitizenPromise;
  activities: Activity[];
  onSaved: (promise: CitizenPromise) => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [base, setBase] = useState(promise);
  const [values, setValues] = useState(() => promiseValues(promise, agreement));
  const p = promise ? 'promise-edit' : 'promise';
  const set =
    <K extends keyof PromiseValues>(key: K) =>
    (value: PromiseValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const { busy, error, errors, onSubmit, onReload } = useSaveForm({
    save: async () => {
      const body = {
        municipalityId: agreement.municipalityId,
        agreementId: agreement.id,
        title: values.title,
        periodStart: values.periodStart,
        periodEnd: values.periodEnd,
        text: values.text,
        // In the order of the plan.
        activityIds: [
          ...activities.filter((a) => values.activityIds.includes(a.id)).map((a) => a.id),
          ...values.activityIds.filter((id) => !activities.some((a) => a.id === id)),
        ],
        published: values.published,
      };
      const saved = base ? await patchPromise(base, body) : await createPromise(body);
      announce(t(base ? 'edit.promiseSaved' : 'edit.promiseCreated', { title: saved.title }));
      onSaved(saved);
      if (!base) setValues(promiseValues(undefined, agreement));
    },
    reload:
      promise &&
      (async () => {
        const current = await getPromise(promise.id);
        setBase(current);
        setValues(promiseValues(current, agreement));
      }),
  });

  const title = promise ? t('edit.editActivity', { title: promise.title }) : t('edit.newPromise');
  return (
    <section class="section" aria-labelledby={`${p}-title`}>
      <h2 id={`${p}-title`}>{title}</h2>
      <form class="form form-wide" onSubmit={onSubmit}>
        <FormProblem error={error} onReload={onReload} />
        <TextField
          id={`${p}-name`}
          label={t('edit.promiseTitle')}
          required
          value={values.title}
          onValue={set('title')}
          error={errors['/title']}
        />
        <TextField
          id={`${p}-text`}
          label={t('edit.promiseText')}
          hint={t('edit.promiseTextHint')}
          multiline
          required
          value={values.text}
          onValue={set('text')}
          error={errors['/text']}
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
        <CheckboxGroup
          id={`${p}-activities`}
          legend={t('edit.promiseActivities')}
          options={activities.map((a) => ({ value: a.id, label: a.title }))}
          selected={values.activityIds}
          onSelected={set('activityIds')}
          error={errors['/activityIds']}
        />
        <PublishedField
          idPrefix={p}
          checked={values.published}
          onChecked={set('published')}
          error={errors['/published']}
        />
        <FormActions busy={busy} label={promise ? t('form.save') : t('edit.createPromise')}>
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
