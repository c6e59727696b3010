import type { Activity } from '../api/activities';
import type { Agreement } from '../api/agreements';
import { createPromise, getPromise, listPromises, patchPromise, type CitizenPromise } from '../api/promises';
import { AsyncStatus, useAsync } from '../components/async';
import { EditList, PlanItemTable, useItems, type ItemFormProps } from '../components/EditList';
import type { Assessment } from '../api/accountability';
import { CheckboxGroup, DateRangeFields, PublishedField, SelectField, TextField } from '../components/fields';
import { fieldsOf, FormSection, useItemForm } from '../components/forms';
import { Section } from '../components/text';
import { useI18n } from '../i18n/i18n';

// The citizen promises of an agreement: their text and period, and the activities each one
// is kept by (chosen with checkboxes from the agreement's activities).

export function PromisesEditor({ agreement, activities }: { agreement: Agreement; activities: Activity[] }) {
  const { t } = useI18n();
  const loaded = useAsync(() => listPromises(agreement.id), [agreement.id]);
  const [promises, put] = useItems(loaded.state === 'done' ? loaded.data : undefined);

  return (
    <EditList
      items={promises}
      onSaved={put}
      form={(props) => <PromiseForm agreement={agreement} activities={activities} {...props} />}
    >
      {({ edit, outcome, report }) => (
        <Section headingId="edit-promises-title" title={t('edit.promises')}>
          <AsyncStatus result={loaded} />
          {outcome()}
          {loaded.state === 'done' && (
            <PlanItemTable
              caption={t('edit.promisesCaption', { count: promises.length })}
              items={promises}
              titleLabel={t('edit.promiseTitle')}
              column={{
                label: t('edit.promiseActivities'),
                cell: (promise) => promise.activityIds.length,
                numeric: true,
              }}
              onEdit={edit}
              publishing={{ patch: patchPromise, read: getPromise, put, report }}
            />
          )}
        </Section>
      )}
    </EditList>
  );
}

const ASSESSMENTS: Assessment[] = ['notStarted', 'onTrack', 'atRisk', 'delayed', 'kept', 'partlyKept', 'notKept'];

const promiseValues = (promise: CitizenPromise | undefined, agreement: Agreement) => ({
  ...fieldsOf(promise, {
    title: '',
    periodStart: agreement.periodStart,
    periodEnd: agreement.periodEnd,
    text: '',
    activityIds: [],
    published: false,
    assessmentNote: '',
  }),
  // "": not assessed (null).
  assessment: promise?.assessment ?? ('' as Assessment | ''),
});

function PromiseForm({
  agreement,
  item: promise,
  activities,
  onSaved,
  onCancel,
}: ItemFormProps<CitizenPromise> & { agreement: Agreement; activities: Activity[] }) {
  const { t } = useI18n();
  const form = useItemForm({
    item: promise,
    valuesOf: (item) => promiseValues(item, agreement),
    save: (values, base) => {
      const body = {
        municipalityId: agreement.municipalityId,
        agreementId: agreement.id,
        ...values,
        assessment: values.assessment === '' ? null : values.assessment,
        // In the order of the plan.
        activityIds: [
          ...activities.filter((a) => values.activityIds.includes(a.id)).map((a) => a.id),
          ...values.activityIds.filter((id) => !activities.some((a) => a.id === id)),
        ],
      };
      return base ? patchPromise(base, body) : createPromise(body);
    },
    read: getPromise,
    savedMessage: (saved, created) => t(created ? 'edit.promiseCreated' : 'edit.promiseSaved', { title: saved.title }),
    onSaved,
  });
  const { field } = form;

  const p = promise ? 'promise-edit' : 'promise';
  return (
    <FormSection
      id={p}
      title={promise ? t('edit.editActivity', { title: promise.title }) : t('edit.newPromise')}
      form={form}
      submit={promise ? t('form.save') : t('edit.createPromise')}
      onCancel={onCancel}
    >
      <TextField id={`${p}-name`} label={t('edit.promiseTitle')} required maxLength={300} {...field('title')} />
      <TextField
        id={`${p}-text`}
        label={t('edit.promiseText')}
        hint={t('edit.promiseTextHint')}
        multiline
        required
        maxLength={20000}
        {...field('text')}
      />
      <DateRangeFields idPrefix={p} required start={field('periodStart')} end={field('periodEnd')} />
      <CheckboxGroup
        id={`${p}-activities`}
        legend={t('edit.promiseActivities')}
        options={activities.map((a) => ({ value: a.id, label: a.title }))}
        {...field('activityIds')}
      />
      <SelectField
        id={`${p}-assessment`}
        label={t('edit.assessment')}
        hint={t('edit.assessmentHint')}
        placeholder={t('verdict.none')}
        options={ASSESSMENTS.map((value) => ({ value, label: t(`verdict.${value}`) }))}
        {...field('assessment')}
      />
      <TextField
        id={`${p}-assessment-note`}
        label={t('edit.assessmentNote')}
        hint={t('edit.assessmentNoteHint')}
        multiline
        maxLength={1000}
        {...field('assessmentNote')}
      />
      <PublishedField idPrefix={p} {...field('published')} />
    </FormSection>
  );
}
