import { Fragment, type ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { asApiError, type ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ProblemMessage } from './async';
import { DoneNotice } from './forms';
import { useAnnounce } from './Layout';

// The edit and admin lists (accounts, organisations, focus areas, activities, promises, goals and
// indicators) are one component: the items as the page shows them, then the form of the item
// being changed, then the form for a new one. A saved item goes back into the list in its place,
// and what was done (saved, published, or refused) shows by the list until the next action.

/** The list with item in place of the entry with its id, or added at the end: how a saved row joins its table. */
function upsertById<Item extends { id: string }>(list: Item[], item: Item): Item[] {
  return list.some((entry) => entry.id === item.id)
    ? list.map((entry) => (entry.id === item.id ? item : entry))
    : [...list, item];
}

/** A list the page read (undefined until it is), kept here as saves change it. */
export function useItems<Item extends { id: string }>(loaded: Item[] | undefined) {
  const [items, setItems] = useState<Item[]>([]);
  useEffect(() => {
    if (loaded) setItems(loaded);
  }, [loaded]);
  const put = useCallback((item: Item) => setItems((list) => upsertById(list, item)), []);
  return [items, put] as const;
}

/** What a list's form is given: the item to change (none: a new one), and what to do once saved (with what was done, in words) or cancelled. */
export interface ItemFormProps<Item> {
  item?: Item;
  onSaved: (item: Item, message: string) => void;
  onCancel?: () => void;
}

/** What the last action on a row (the item with that id) came to. */
export type Outcome = ({ done: string } | { refused: ApiError }) & { id: string };

export interface ListView<Item> {
  /** Opens the item's form below the list (a table row's "Ändra"). */
  edit: (item: Item) => void;
  /** The item's form in the list itself, open for good (a list of forms). */
  formOf: (item: Item) => ComponentChildren;
  /**
   * What the last action on a row did, to show by its rows: of any row, or only where it was one of
   * these items (a list in several tables shows it by the table of the row).
   */
  outcome: (among?: Item[]) => ComponentChildren;
  /** Tells the list what an action on a row came to (a publish button); null: an action begins. */
  report: (outcome: Outcome | null) => void;
}

/** The id of a row's "Ändra" button: focus goes back to it when its form closes. */
const editButtonId = (id: string) => `edit-${id}`;

export function EditList<Item extends { id: string }>({
  items,
  onSaved,
  form,
  children,
}: {
  items: Item[];
  /** Takes a saved item into the list. */
  onSaved: (item: Item) => void;
  form: (props: ItemFormProps<Item>) => ComponentChildren;
  /** The items as the page shows them. */
  children: (view: ListView<Item>) => ComponentChildren;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const announce = useAnnounce();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Shown by the table of its row, which may appear anywhere: said through the page's live region.
  const report = (next: Outcome | null) => {
    setOutcome(next);
    if (next && 'done' in next) announce(next.done);
  };
  const edited = items.find((item) => item.id === editing);
  // The form closed: the keyboard goes on from the row it was opened from.
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    if (editing !== null || !returnTo.current) return;
    document.getElementById(editButtonId(returnTo.current))?.focus();
    returnTo.current = null;
  }, [editing]);
  const close = () => {
    returnTo.current = editing;
    setEditing(null);
  };
  return (
    <>
      {children({
        edit: (item) => {
          setOutcome(null);
          setEditing(item.id);
        },
        formOf: (item) => <Fragment key={item.id}>{form({ item, onSaved })}</Fragment>,
        outcome: (among) =>
          outcome && (!among || among.some((item) => item.id === outcome.id)) && <OutcomeNotice outcome={outcome} />,
        report,
      })}
      {/* Keyed: another item opened gets a fresh form. */}
      {edited && (
        <Fragment key={edited.id}>
          {form({
            item: edited,
            // The form closes: what was saved shows by the list instead.
            onSaved: (saved, message) => {
              onSaved(saved);
              report({ done: message, id: saved.id });
              close();
            },
            onCancel: close,
          })}
        </Fragment>
      )}
      {form({ onSaved })}
    </>
  );
}

export interface Column<Item> {
  label: string;
  cell: (item: Item) => ComponentChildren;
  /** Text from the API (the municipality's Swedish). */
  lang?: 'sv';
  numeric?: boolean;
}

function OutcomeNotice({ outcome }: { outcome: Outcome }) {
  return 'done' in outcome ? (
    <DoneNotice text={outcome.done} live={false} />
  ) : (
    <ProblemMessage error={outcome.refused} />
  );
}

/** The items as a table: the first column names the row, the last holds its actions. */
export function ItemTable<Item extends { id: string }>({
  caption,
  captionLang,
  items,
  columns: [first, ...rest],
  onEdit,
  editLabel,
  actions,
}: {
  caption: string;
  captionLang?: 'sv';
  items: Item[];
  columns: [Column<Item>, ...Column<Item>[]];
  /** Opens the item's form (EditList's edit). */
  onEdit: (item: Item) => void;
  /** Names the row's "Ändra" button: "Ändra …". */
  editLabel: (item: Item) => string;
  /** A row's actions besides "Ändra" (publishing). */
  actions?: (item: Item) => ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <div class="table-wrap">
      <table>
        <caption lang={captionLang}>{caption}</caption>
        <thead>
          <tr>
            {[first, ...rest].map((column) => (
              <th key={column.label} scope="col">
                {column.label}
              </th>
            ))}
            <th scope="col">{t('admin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" lang={first.lang}>
                {first.cell(item)}
              </th>
              {rest.map((column) => (
                <td key={column.label} lang={column.lang} class={column.numeric ? 'num' : undefined}>
                  {column.cell(item)}
                </td>
              ))}
              <td class="row-actions">
                <button
                  type="button"
                  id={editButtonId(item.id)}
                  class="button button-secondary"
                  aria-label={editLabel(item)}
                  onClick={() => onEdit(item)}
                >
                  {t('admin.edit')}
                </button>
                {actions?.(item)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type PlanItem = { id: string; title: string; published: boolean };

/** How a plan item is published or unpublished, and read again when that finds it changed. */
export interface Publishing<Item extends PlanItem> {
  patch: (item: Item, body: { published: boolean }) => Promise<Item>;
  read: (id: string) => Promise<Item>;
  /** Puts the saved (or re-read) row into the list. */
  put: (item: Item) => void;
  /** EditList's report: what the publishing came to shows by the list. */
  report: (outcome: Outcome | null) => void;
}

/** A table of plan items (activities, promises): each named by its title, with whether it is published and a publish button. */
export function PlanItemTable<Item extends PlanItem>({
  titleLabel,
  column,
  publishing,
  ...table
}: {
  caption: string;
  captionLang?: 'sv';
  items: Item[];
  titleLabel: string;
  /** What the table says of each besides. */
  column: Column<Item>;
  onEdit: (item: Item) => void;
  publishing: Publishing<Item>;
}) {
  const { t } = useI18n();
  return (
    <ItemTable
      {...table}
      columns={[
        { label: titleLabel, cell: (item) => item.title, lang: 'sv' },
        column,
        {
          label: t('edit.publishedColumn'),
          cell: (item) => (item.published ? t('edit.yes') : t('common.unpublished')),
        },
      ]}
      editLabel={(item) => t('edit.editActivity', { title: item.title })}
      actions={(item) => <PublishButton item={item} {...publishing} />}
    />
  );
}

/**
 * A row's publish (or unpublish) button. Either changes what everyone sees, so it asks first; what
 * it came to goes to the list's report, and on 412 the row is read again, so that the button and
 * the published column show what is saved now.
 */
function PublishButton<Item extends PlanItem>({ item, patch, read, put, report }: { item: Item } & Publishing<Item>) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const publish = !item.published;

  async function toggle() {
    setAsking(false);
    report(null);
    try {
      const saved = await patch(item, { published: publish });
      put(saved);
      report({ done: t(saved.published ? 'edit.published' : 'edit.unpublished', { title: saved.title }), id: item.id });
    } catch (caught) {
      const error = asApiError(caught);
      report({ refused: error, id: item.id });
      if (error.status === 412) put(await read(item.id).catch(() => item));
    }
  }

  return (
    <>
      {' '}
      <button
        type="button"
        class="button button-secondary"
        aria-label={t(publish ? 'edit.publishNamed' : 'edit.unpublishNamed', { title: item.title })}
        onClick={() => setAsking(true)}
      >
        {publish ? t('edit.publish') : t('edit.unpublish')}
      </button>
      {asking && (
        <ConfirmDialog
          id={`publish-${item.id}`}
          question={t(publish ? 'edit.publishQuestion' : 'edit.unpublishQuestion', { title: item.title })}
          text={t(publish ? 'edit.publishConsequence' : 'edit.unpublishConsequence')}
          confirm={publish ? t('edit.publish') : t('edit.unpublish')}
          onConfirm={() => void toggle()}
          onCancel={() => setAsking(false)}
        />
      )}
    </>
  );
}

/**
 * A question before an action: a modal dialog (focus inside it, Esc cancels), the action first, then
 * "Avbryt". Closing gives focus back to the button that opened it.
 */
function ConfirmDialog({
  id,
  question,
  text,
  confirm,
  onConfirm,
  onCancel,
}: {
  id: string;
  question: string;
  text: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  // Closed before the answer is acted on, so that the opener has focus again first.
  const answer = (then: () => void) => () => {
    dialog.current?.close();
    then();
  };
  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby={`${id}-question`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        answer(onCancel)();
      }}
    >
      <h2 id={`${id}-question`}>{question}</h2>
      <p id={`${id}-text`}>{text}</p>
      <div class="form-actions">
        <button type="button" class="button" onClick={answer(onConfirm)}>
          {confirm}
        </button>
        <button type="button" class="button button-secondary" onClick={answer(onCancel)}>
          {t('form.cancel')}
        </button>
      </div>
    </dialog>
  );
}
