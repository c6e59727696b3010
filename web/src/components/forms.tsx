import type { ComponentChildren } from 'preact';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ProblemMessage } from './async';

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

export const asApiError = (caught: unknown) => (caught instanceof ApiError ? caught : new ApiError(0, null));

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
 * The summary at the top of a form: the refusal in an alert region; on 412, what happened in words
 * and a button that reads the current version (what was typed is kept until then).
 */
export function FormProblem({ error, onReload }: { error: ApiError | null; onReload?: () => void }) {
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
