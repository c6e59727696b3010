import { createContext, type ComponentChildren } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { useI18n, type I18n } from '../i18n/i18n';

// Form fields that show what is wrong beside the field: the form's own check before sending
// (useFieldChecks, in the reader's language), or the server's refusal of the field it names (a
// problem's errors[].path, a JSON pointer such as "/title": useItemForm's field() gives each field
// its own), with aria-invalid and aria-describedby. The sign-in page is public and takes its fields
// from here, without the editing pages' machinery (forms.tsx).

/** A field's value, how it changes, and the server's refusal of it: what a form gives each of its fields. */
export interface Field<Value> {
  value: Value;
  onValue: (value: Value) => void;
  error: string | undefined;
}

/** The form's own findings, by the id of the control they are about (useFieldChecks). */
export type FieldChecks = Record<string, string>;

/** What the form around a field found wrong with it before sending: each field reads its own. */
export const FieldChecksContext = createContext<FieldChecks>({});

/** What is wrong with the field: the form's own finding first (nothing was sent), else the server's refusal. */
function useFieldError(id: string, error: string | undefined) {
  const checked = useContext(FieldChecksContext)[id];
  if (checked !== undefined) return { text: checked, server: false };
  return error ? { text: error, server: true } : undefined;
}

function described(id: string, error: unknown, hint: string | undefined) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': error ? ('true' as const) : undefined };
}

function FieldNotes({
  id,
  error,
  hint,
}: {
  id: string;
  error?: { text: string; server: boolean } | undefined;
  hint?: string | undefined;
}) {
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
          {error.server && `${t('form.fieldError')} `}
          {error.text}
        </span>
      )}
    </>
  );
}

/** A control's label as the reader sees it, for a message that names the field. */
const labelOf = (control: HTMLInputElement) => control.labels?.[0]?.textContent?.trim() ?? '';

/** What is wrong with one control's value, by what its attributes ask; undefined: nothing. */
function checkControl(control: HTMLInputElement, t: I18n['t']): string | undefined {
  const label = labelOf(control);
  const value = control.value;
  // A number the browser cannot read has the value "": said before "fill in".
  if (control.validity.badInput) return t('check.number', { label });
  if (control.required && value.trim() === '')
    return t(control.tagName === 'SELECT' ? 'check.choose' : 'check.required', { label });
  if (control.validity.typeMismatch) return t('check.email', { label });
  const max = Number(control.dataset.maxLength);
  if (max && value.length > max) return t('check.tooLong', { label, max });
  if (control.type === 'number' && control.validity.rangeUnderflow) return t('check.min', { label, min: control.min });
  if (control.type === 'number' && control.validity.stepMismatch) return t('check.whole', { label });
  const after = control.dataset.after
    ? (document.getElementById(control.dataset.after) as HTMLInputElement | null)
    : null;
  if (after?.value && value && value < after.value) return t('check.order', { label, after: labelOf(after) });
  return undefined;
}

/**
 * The form's own check before anything is sent, by what its fields ask for (required, type, min,
 * step, data-max-length, data-after: the id of the date this one may not precede); in the order of
 * the form, so the first is the field to focus.
 */
function checkFields(form: HTMLFormElement, t: I18n['t']): FieldChecks {
  const found: FieldChecks = {};
  for (const control of Array.from(form.elements) as HTMLInputElement[]) {
    if (!control.id || !('validity' in control) || control.type === 'checkbox') continue;
    const problem = checkControl(control, t);
    if (problem) found[control.id] = problem;
  }
  return found;
}

/**
 * Every form's own check before sending, one for all: what it found (for FieldChecksContext, around
 * the form's fields), and passes(form), which checks it now and, where something is wrong, gives
 * the first such field focus and says not to send.
 */
export function useFieldChecks() {
  const { t } = useI18n();
  const [checks, setChecks] = useState<FieldChecks>({});
  const passes = (form: HTMLFormElement) => {
    const found = checkFields(form, t);
    setChecks(found);
    const [first] = Object.keys(found);
    if (first !== undefined) document.getElementById(first)?.focus();
    return first === undefined;
  };
  return { checks, passes };
}

interface Base {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
}

/** A field's frame: its label, the control (given its aria attributes), then its hint and its error. */
function Labelled({
  id,
  label,
  error,
  hint,
  children,
}: Base & { children: (aria: ReturnType<typeof described>) => ComponentChildren }) {
  const shown = useFieldError(id, error);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(described(id, shown, hint))}
      <FieldNotes id={id} error={shown} hint={hint} />
    </div>
  );
}

export function TextField({
  value,
  onValue,
  name,
  type = 'text',
  autocomplete,
  minLength,
  multiline,
  step,
  min,
  maxLength,
  after,
  ...base
}: Base & {
  value: string;
  onValue: (value: string) => void;
  /** The name the browser files the value under (autofill); the id by default. */
  name?: string;
  type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'month';
  autocomplete?: string;
  minLength?: number;
  multiline?: boolean;
  step?: string;
  min?: string;
  /** The schema's limit: checked before sending (not enforced while typing, which would cut a pasted text). */
  maxLength?: number;
  /** The id of the date field this one may not precede. */
  after?: string;
}) {
  return (
    <Labelled {...base}>
      {(aria) => {
        const common = {
          id: base.id,
          name: name ?? base.id,
          required: base.required,
          value,
          'data-max-length': maxLength,
          'data-after': after,
          ...aria,
        };
        return multiline ? (
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
        );
      }}
    </Labelled>
  );
}

export function SelectField<Value extends string>({
  value,
  onValue,
  options,
  name,
  placeholder,
  ...base
}: Base & {
  value: Value;
  onValue: (value: Value) => void;
  /** An option's lang: where its label is the municipality's text. */
  options: { value: Value; label: string; lang?: 'sv' }[];
  /** The id by default. */
  name?: string;
  /** An empty first option ("Välj …"): nothing is chosen for the reader. */
  placeholder?: string;
}) {
  return (
    <Labelled {...base}>
      {(aria) => (
        <select
          id={base.id}
          name={name ?? base.id}
          required={base.required}
          value={value}
          // The select offers only these options (and the placeholder's ""): its value is one of them.
          onChange={(event) => onValue(event.currentTarget.value as Value)}
          {...aria}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}

export function CheckboxField({
  id,
  label,
  error,
  hint,
  value,
  onValue,
}: Base & { value: boolean; onValue: (checked: boolean) => void }) {
  const shown = useFieldError(id, error);
  return (
    <div class="field field-check">
      <span class="check">
        <input
          id={id}
          name={id}
          type="checkbox"
          checked={value}
          onChange={(event) => onValue(event.currentTarget.checked)}
          {...described(id, shown, hint)}
        />
        <label for={id}>{label}</label>
      </span>
      <FieldNotes id={id} error={shown} hint={hint} />
    </div>
  );
}

/** A required title and an optional description, as the goal, focus area and activity forms ask for them. */
export function TitleAndDescription({
  idPrefix,
  titleLabel,
  title,
  description,
}: {
  idPrefix: string;
  titleLabel: string;
  title: Field<string>;
  description: Field<string>;
}) {
  const { t } = useI18n();
  return (
    <>
      {/* "-name", not "-title": "-title" is the id of the form's heading. */}
      <TextField id={`${idPrefix}-name`} label={titleLabel} required maxLength={300} {...title} />
      <TextField
        id={`${idPrefix}-description`}
        label={t('edit.description')}
        multiline
        maxLength={5000}
        {...description}
      />
    </>
  );
}

/** A start and an end date grouped under one legend, the end not before the start; required where the period is (agreement, promise). */
export function DateRangeFields({
  idPrefix,
  required,
  start,
  end,
}: {
  idPrefix: string;
  required?: boolean;
  start: Field<string>;
  end: Field<string>;
}) {
  const { t } = useI18n();
  return (
    <fieldset class="field-group">
      <legend>{t('edit.dates')}</legend>
      <TextField id={`${idPrefix}-start`} label={t('edit.startDate')} type="date" required={required} {...start} />
      <TextField
        id={`${idPrefix}-end`}
        label={t('edit.endDate')}
        type="date"
        required={required}
        min={start.value || undefined}
        after={`${idPrefix}-start`}
        {...end}
      />
    </fieldset>
  );
}

/** The "published" checkbox, with the hint on who sees what once it is ticked. */
export function PublishedField({ idPrefix, ...field }: { idPrefix: string } & Field<boolean>) {
  const { t } = useI18n();
  return (
    <CheckboxField
      id={`${idPrefix}-published`}
      label={t('edit.publishedLabel')}
      hint={t('edit.publishedHint')}
      {...field}
    />
  );
}

/** Checkboxes for a set of ids, grouped under a legend. */
export function CheckboxGroup({
  id,
  legend,
  error,
  options,
  value: selected,
  onValue,
}: {
  id: string;
  legend: string;
  error?: string | undefined;
  options: { value: string; label: string }[];
  value: string[];
  onValue: (selected: string[]) => void;
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
              onValue(
                event.currentTarget.checked
                  ? [...selected, option.value]
                  : selected.filter((value) => value !== option.value),
              )
            }
          />
          <label for={`${id}-${option.value}`}>{option.label}</label>
        </span>
      ))}
      <FieldNotes id={id} error={error ? { text: error, server: true } : undefined} />
    </fieldset>
  );
}
