import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { asApiError, type ApiError } from '../api/client';
import { useI18n, type I18n } from '../i18n/i18n';
import { fieldErrorText } from '../i18n/problems';
import { ProblemMessage, Working } from './async';
import { useAnnounce } from './Layout';
import { FieldChecksContext, TitleAndDescription, useFieldChecks, type Field, type FieldChecks } from './fields';
import { Section } from './text';

// The editing pages' forms: the save cycle, what a refusal shows and where, and the frames the
// forms share. A problem's errors[].path is a JSON pointer ("/title", "/measure/monthlyTarget"):
// the key of each field's error.

export type FieldErrors = Record<string, string>;

/** The server's field errors by JSON pointer, in the reader's language (several for one field joined). */
export function fieldErrors(i18n: I18n, error: ApiError | null): FieldErrors {
  const out: FieldErrors = {};
  for (const field of error?.problem?.errors ?? []) {
    const key = field.path || `/${field.in}`;
    const text = fieldErrorText(i18n, field);
    out[key] = out[key] ? `${out[key]} ${text}` : text;
  }
  return out;
}

export interface SaveForm {
  /** A save is under way: the submit button is disabled and "Sparar…" is shown. */
  busy: boolean;
  /** The last refusal, for the summary at the top of the form (FormProblem). */
  error: ApiError | null;
  /** The same refusal by field, for the fields' error prop. */
  errors: FieldErrors;
  /** What the form's own check found before sending (nothing was sent), by control id. */
  checks: FieldChecks;
  /** What the last save did, in words: shown by the form until the next submit. */
  done: string | null;
  onSubmit: (event: Event) => void;
  /** Reads the current version after a 412; undefined where there is no saved version to read. */
  onReload: (() => void) | undefined;
}

/**
 * The save cycle every edit form shares: first the form's own check of its fields (useFieldChecks: a
 * failing one stops the submit, and the first such field gets focus); then busy while the request
 * runs; what the save did, shown by the form; the refusal kept for the summary and the fields, with
 * what was typed left in the form; and, after a 412, reading the current version on request, which
 * clears the refusal and says so.
 */
export function useSaveForm({
  save,
  reload,
}: {
  /** Sends what was typed and takes in the answer; what it did, in words; a throw is the server's refusal. */
  save: () => Promise<string>;
  /** Reads the current version into the form. */
  reload?: (() => Promise<void>) | undefined;
}): SaveForm {
  const i18n = useI18n();
  const { t } = i18n;
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const { checks, passes } = useFieldChecks();
  const [done, setDone] = useState<string | null>(null);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      setDone(await save());
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
    errors: fieldErrors(i18n, error),
    checks,
    done,
    onSubmit: (event) => {
      event.preventDefault();
      setDone(null);
      if (passes(event.currentTarget as HTMLFormElement)) return void submit();
      // The last refusal was of other values: only what is wrong now is shown.
      setError(null);
    },
    onReload: reload && (() => void readCurrent(reload)),
  };
}

/** The fields of an item a form edits (a missing or null one as its default), or the defaults for a new item. */
export function fieldsOf<Item, Key extends keyof Item>(
  item: Item | undefined,
  defaults: { [K in Key]: Exclude<Item[K], null> },
): { [K in Key]: Exclude<Item[K], null> } {
  const values = { ...defaults };
  if (item) {
    // An item's non-null value is one of its field's values, which is what the defaults stand for.
    for (const key of Object.keys(defaults) as Key[])
      values[key] = (item[key] ?? defaults[key]) as Exclude<Item[Key], null>;
  }
  return values;
}

export interface ItemForm<Values> extends SaveForm {
  /** The field of one value, its error the server's for /key: spread into the field's props. */
  field: <Key extends keyof Values & string>(key: Key) => Field<Values[Key]>;
}

/**
 * The form of an item in an edit list, to change it (from the version it was filled with) or to
 * make a new one: useSaveForm's cycle, what was typed kept on a refusal; once saved, said, and a
 * new one's form emptied for the next (but the fields in keep); after a 412, the current version
 * read into it on request where there is a way to read it.
 */
export function useItemForm<Item extends { id: string }, Values>({
  item,
  valuesOf,
  save,
  read,
  savedMessage,
  onSaved,
  keep = [],
}: {
  /** The item the form changes; none: the form makes a new one. */
  item: Item | undefined;
  /** The item's fields, or a new one's. */
  valuesOf: (item: Item | undefined) => Values;
  /** Sends what was typed: a change of base, the version the form holds, or a new item. */
  save: (values: Values, base: Item | undefined) => Promise<Item>;
  read?: (id: string) => Promise<Item>;
  savedMessage: (saved: Item, created: boolean) => string;
  /** Takes the saved item, with what was done in words (for a list that closes the form: EditList). */
  onSaved: (saved: Item, message: string) => void;
  keep?: (keyof Values)[];
}): ItemForm<Values> {
  const [base, setBase] = useState(item);
  const [values, setValues] = useState(() => valuesOf(item));
  const form = useSaveForm({
    save: async () => {
      const saved = await save(values, base);
      const message = savedMessage(saved, base === undefined);
      if (base) setBase(saved);
      else {
        const next = valuesOf(undefined);
        for (const key of keep) next[key] = values[key];
        setValues(next);
      }
      onSaved(saved, message);
      return message;
    },
    reload:
      read &&
      item &&
      (async () => {
        const current = await read(item.id);
        setBase(current);
        setValues(valuesOf(current));
      }),
  });
  return {
    ...form,
    field: (key) => ({
      value: values[key],
      onValue: (value) => setValues((current) => ({ ...current, [key]: value })),
      error: form.errors[`/${key}`],
    }),
  };
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

/**
 * What was just done, visible until the next action. Live, it is said by screen readers as it
 * changes (a live region must be there before its text: render it always, empty or not).
 */
export function DoneNotice({ text, live = true }: { text: string | null; live?: boolean }) {
  return (
    <p class="done-notice" role={live ? 'status' : undefined} aria-live={live ? 'polite' : undefined}>
      {text}
    </p>
  );
}

/** The form's submit button, "Avbryt" where the form can be closed, and "Sparar…" while it saves. */
export function FormActions({ busy, label, onCancel }: { busy: boolean; label: string; onCancel?: () => void }) {
  const { t } = useI18n();
  return (
    <div class="form-actions">
      <button type="submit" class="button" disabled={busy}>
        {label}
      </button>
      {onCancel && (
        <button type="button" class="button button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      )}
      <Working when={busy} text={t('form.saving')} />
    </div>
  );
}

/**
 * An item's form: the refusal at the top (FormProblem), its fields (told what the form's own check
 * found), then its actions (FormActions) and what the last save did. The browser's own checks are
 * off (noValidate): the form's speak the reader's language. Named by its heading (labelledBy) or by
 * label; with a legend, all of it sits in a fieldset.
 */
export function FormFrame({
  form,
  submit,
  onCancel,
  class: className = 'form form-wide',
  label,
  labelledBy,
  heading,
  legend,
  children,
}: {
  form: SaveForm;
  submit: string;
  onCancel?: (() => void) | undefined;
  class?: string;
  label?: string;
  labelledBy?: string;
  heading?: ComponentChildren;
  legend?: string;
  children: ComponentChildren;
}) {
  const body = (
    <>
      <FormProblem error={form.error} onReload={form.onReload} />
      <FieldChecksContext.Provider value={form.checks}>{children}</FieldChecksContext.Provider>
      <FormActions busy={form.busy} label={submit} onCancel={onCancel} />
      <DoneNotice text={form.done} />
    </>
  );
  return (
    <form class={className} aria-label={label} aria-labelledby={labelledBy} noValidate onSubmit={form.onSubmit}>
      {heading}
      {legend === undefined ? (
        body
      ) : (
        <fieldset class="field-group">
          <legend>{legend}</legend>
          {body}
        </fieldset>
      )}
    </form>
  );
}

/** A plan item's form in a section of its own under its heading (the agreement, an activity, a promise). */
export function FormSection({
  id,
  title,
  children,
  ...frame
}: {
  /** The prefix of the form's ids; the heading's is `${id}-title`. */
  id: string;
  title: string;
  form: SaveForm;
  submit: string;
  onCancel?: (() => void) | undefined;
  children: ComponentChildren;
}) {
  return (
    <Section headingId={`${id}-title`} title={title}>
      <FormFrame {...frame}>{children}</FormFrame>
    </Section>
  );
}

/** The form of an item that is mainly a title and a description (a focus area, a goal), in a list of such forms. */
export function TitledForm({
  class: className,
  idPrefix,
  item,
  newTitle,
  titleLabel,
  form,
  title,
  description,
  submit,
  children,
}: {
  class: string;
  idPrefix: string;
  /** The item as saved: its title heads the form. None: a new one. */
  item: { title: string } | undefined;
  newTitle: string;
  titleLabel: string;
  form: SaveForm;
  title: Field<string>;
  description: Field<string>;
  submit: string;
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <FormFrame
      class={className}
      label={item ? t('edit.editActivity', { title: item.title }) : newTitle}
      heading={<h3>{item ? item.title : newTitle}</h3>}
      form={form}
      submit={submit}
    >
      <TitleAndDescription idPrefix={idPrefix} titleLabel={titleLabel} title={title} description={description} />
      {children}
    </FormFrame>
  );
}
