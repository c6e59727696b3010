import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ProblemMessage } from './async';
import { useAnnounce } from './Layout';

// Form fields that show the server's refusals next to the field they name: a problem's
// errors[].path is a JSON pointer ("/title", "/measure/monthlyTarget"), the key used here.

export type FieldErrors = Record<string, string>;

/** The server's field errors by JSON pointer (several for one field joined). */
export function fieldErrors(error: ApiError | null): FieldErrors {
  const out: FieldErrors = {};
  for (const field of error?.problem?.errors ?? []) {
    const key = field.path || `/${field.in}`;
    out[key] = out[key] ? `${out[key]} ${field.message}` : field.message;
  }
  return out;
}

/** The list with item in place of the entry with its id, or added at the end: how a saved row joins its table. */
export function upsertById<Item extends { id: string }>(list: Item[], item: Item): Item[] {
  return list.some((entry) => entry.id === item.id)
    ? list.map((entry) => (entry.id === item.id ? item : entry))
    : [...list, item];
}

export const asApiError = (caught: unknown) => (caught instanceof ApiError ? caught : new ApiError(0, null));

export interface SaveForm {
  /** A save is under way: the submit button is disabled and "Sparar…" is shown. */
  busy: boolean;
  /** The last refusal, for the summary at the top of the form (FormProblem). */
  error: ApiError | null;
  /** The same refusal by field, for the fields' error prop. */
  errors: FieldErrors;
  onSubmit: (event: Event) => void;
  /** Reads the current version after a 412; undefined where there is no saved version to read. */
  onReload: (() => void) | undefined;
}

/**
 * The save cycle every edit form shares: busy while the request runs; the refusal kept for the
 * summary and the fields, with what was typed left in the form; and, after a 412, reading the
 * current version on request, which clears the refusal and says so.
 */
export function useSaveForm({
  save,
  reload,
}: {
  /** Sends what was typed and takes in the answer; a throw is the server's refusal. */
  save: () => Promise<void>;
  /** Reads the current version into the form. */
  reload?: (() => Promise<void>) | undefined;
}): SaveForm {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      await save();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  async function readCurrent(read: () => Promise<void>) {
    try {
      await read();
      setError(null);
      announce(t('form.reloaded'));
    } catch (caught) {
      setError(asApiError(caught));
    }
  }

  return {
    busy,
    error,
    errors: fieldErrors(error),
    onSubmit: (event) => {
      event.preventDefault();
      void submit();
    },
    onReload: reload && (() => void readCurrent(reload)),
  };
}

function described(id: string, error: string | undefined, hint: string | undefined) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': error ? ('true' as const) : undefined };
}

function FieldNotes({ id, error, hint }: { id: string; error?: string | undefined; hint?: string | undefined }) {
  const { t } = useI18n();
  return (
    <>
      {hint && (
        <span id={`${id}-hint`} class="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} class="field-error">
          {t('form.fieldError')} <span lang="en">{error}</span>
        </span>
      )}
    </>
  );
}

interface Base {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
}

export function TextField({
  id,
  label,
  error,
  hint,
  required,
  value,
  onValue,
  type = 'text',
  autocomplete,
  minLength,
  multiline,
  step,
  min,
}: Base & {
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'month';
  autocomplete?: string;
  minLength?: number;
  multiline?: boolean;
  step?: string;
  min?: string;
}) {
  const common = {
    id,
    name: id,
    required,
    value,
    ...described(id, error, hint),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={4} onInput={(event) => onValue(event.currentTarget.value)} />
      ) : (
        <input
          {...common}
          // The typed union of <input> kinds does not accept a union of type values; each is valid.
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
          type={type as 'text'}
          autocomplete={autocomplete}
          minLength={minLength}
          step={step}
          min={min}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      )}
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({
  id,
  label,
  error,
  hint,
  required,
  value,
  onValue,
  options,
}: Base & { value: string; onValue: (value: string) => void; options: { value: string; label: string }[] }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        name={id}
        required={required}
        value={value}
        onChange={(event) => onValue(event.currentTarget.value)}
        {...described(id, error, hint)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

export function CheckboxField({
  id,
  label,
  error,
  hint,
  checked,
  onChecked,
}: Base & { checked: boolean; onChecked: (checked: boolean) => void }) {
  return (
    <div class="field field-check">
      <span class="check">
        <input
          id={id}
          name={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChecked(event.currentTarget.checked)}
          {...described(id, error, hint)}
        />
        <label for={id}>{label}</label>
      </span>
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

/** A required title and an optional description, as the goal, focus area and activity forms ask for them. */
export function TitleAndDescription({
  idPrefix,
  titleLabel,
  title,
  onTitle,
  titleError,
  description,
  onDescription,
  descriptionError,
}: {
  idPrefix: string;
  titleLabel: string;
  title: string;
  onTitle: (title: string) => void;
  titleError: string | undefined;
  description: string;
  onDescription: (description: string) => void;
  descriptionError: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      {/* "-name", not "-title": "-title" is the id of the form's heading. */}
      <TextField
        id={`${idPrefix}-name`}
        label={titleLabel}
        required
        value={title}
        onValue={onTitle}
        error={titleError}
      />
      <TextField
        id={`${idPrefix}-description`}
        label={t('edit.description')}
        multiline
        value={description}
        onValue={onDescription}
        error={descriptionError}
      />
    </>
  );
}

/** A start and an end date grouped under one legend; required where the period is (agreement, promise). */
export function DateRangeFields({
  idPrefix,
  required,
  start,
  onStart,
  startError,
  end,
  onEnd,
  endError,
}: {
  idPrefix: string;
  required?: boolean;
  start: string;
  onStart: (start: string) => void;
  startError: string | undefined;
  end: string;
  onEnd: (end: string) => void;
  endError: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <fieldset class="field-group">
      <legend>{t('edit.dates')}</legend>
      <TextField
        id={`${idPrefix}-start`}
        label={t('edit.startDate')}
        type="date"
        required={required}
        value={start}
        onValue={onStart}
        error={startError}
      />
      <TextField
        id={`${idPrefix}-end`}
        label={t('edit.endDate')}
        type="date"
        required={required}
        value={end}
        onValue={onEnd}
        error={endError}
      />
    </fieldset>
  );
}

/** The "published" checkbox, with the hint on who sees what once it is ticked. */
export function PublishedField({
  idPrefix,
  checked,
  onChecked,
  error,
}: {
  idPrefix: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  error: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <CheckboxField
      id={`${idPrefix}-published`}
      label={t('edit.publishedLabel')}
      hint={t('edit.publishedHint')}
      checked={checked}
      onChecked={onChecked}
      error={error}
    />
  );
}

/** Checkboxes for a set of ids, grouped under a legend. */
export function CheckboxGroup({
  id,
  legend,
  error,
  options,
  selected,
  onSelected,
}: {
  id: string;
  legend: string;
  error?: string | undefined;
  options: { value: string; label: string }[];
  selected: string[];
  onSelected: (selected: string[]) => void;
}) {
  return (
    <fieldset class="field-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <span class="check" key={option.value}>
          <input
            id={`${id}-${option.value}`}
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={(event) =>
              onSelected(
                event.currentTarget.checked
                  ? [...selected, option.value]
                  : selected.filter((value) => value !== option.value),
              )
            }
          />
          <label for={`${id}-${option.value}`}>{option.label}</label>
        </span>
      ))}
      <FieldNotes id={id} error={error} />
    </fieldset>
  );
}

/**
 * A table row's publish button: the refusal for the alert above the table, and on 412 the row read
 * again, so that the button and the published column show what is saved now.
 */
export function usePublishToggle<Item extends { id: string; title: string; published: boolean }>({
  patch,
  read,
  put,
}: {
  patch: (item: Item, body: { published: boolean }) => Promise<Item>;
  read: (id: string) => Promise<Item>;
  /** Puts the saved (or re-read) row into the list. */
  put: (item: Item) => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [toggleError, setToggleError] = useState<ApiError | null>(null);

  async function toggle(item: Item) {
    setToggleError(null);
    try {
      const saved = await patch(item, { published: !item.published });
      put(saved);
      announce(t(saved.published ? 'edit.published' : 'edit.unpublished', { title: saved.title }));
    } catch (caught) {
      const error = asApiError(caught);
      setToggleError(error);
      if (error.status === 412) put(await read(item.id).catch(() => item));
    }
  }

  return { toggleError, togglePublished: (item: Item) => void toggle(item) };
}

/**
 * The summary at the top of a form: the refusal in an alert region; on 412, what happened in words
 * and a button that reads the current version (what was typed is kept until then).
 */
export function FormProblem({ error, onReload }: { error: ApiError | null; onReload?: (() => void) | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <>
      <ProblemMessage
        error={error}
        lead={error.status === 412 ? t('form.conflict') : error.status === 400 ? t('form.invalid') : undefined}
      />
      {error.status === 412 && onReload && (
        <p>
          <button type="button" class="button button-secondary" onClick={onReload}>
            {t('form.reload')}
          </button>
        </p>
      )}
    </>
  );
}

export function FormActions({ busy, label, children }: { busy: boolean; label: string; children?: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <div class="form-actions">
      <button type="submit" class="button" disabled={busy}>
        {label}
      </button>
      {children}
      {busy && (
        <span class="muted" role="status">
          {t('form.saving')}
        </span>
      )}
    </div>
  );
}

/** A plan row's two actions: open its edit form, and publish or unpublish it. */
export function RowActions({
  title,
  published,
  onEdit,
  onTogglePublished,
}: {
  title: string;
  published: boolean;
  onEdit: () => void;
  onTogglePublished: () => void;
}) {
  const { t } = useI18n();
  return (
    <td class="row-actions">
      <button
        type="button"
        class="button button-secondary"
        aria-label={t('edit.editActivity', { title })}
        onClick={onEdit}
      >
        {t('admin.edit')}
      </button>{' '}
      <button
        type="button"
        class="button button-secondary"
        aria-label={t(published ? 'edit.unpublishNamed' : 'edit.publishNamed', { title })}
        onClick={onTogglePublished}
      >
        {published ? t('edit.unpublish') : t('edit.publish')}
      </button>
    </td>
  );
}
