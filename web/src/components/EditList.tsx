import { Fragment, type ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';

// The edit and admin lists (accounts, organisations, focus areas, activities, promises, goals and
// indicators) are one component: the items as the page shows them, then the form of the item
// being changed, then the form for a new one. A saved item goes back into the list in its place.

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

/** What a list's form is given: the item to change (none: a new one), and what to do once saved or cancelled. */
export interface ItemFormProps<Item> {
  item?: Item;
  onSaved: (item: Item) => void;
  onCancel?: () => void;
}

export interface ListView<Item> {
  /** Opens the item's form below the list (a table row's "Ändra"). */
  edit: (item: Item) => void;
  /** The item's form in the list itself, open for good (a list of forms). */
  formOf: (item: Item) => ComponentChildren;
}

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
  const edited = items.find((item) => item.id === editing);
  const close = () => setEditing(null);
  return (
    <>
      {children({
        edit: (item) => setEditing(item.id),
        formOf: (item) => <Fragment key={item.id}>{form({ item, onSaved })}</Fragment>,
      })}
      {/* Keyed: another item opened gets a fresh form. */}
      {edited && (
        <Fragment key={edited.id}>
          {form({
            item: edited,
            onSaved: (saved) => {
              onSaved(saved);
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

export interface Publish {
  title: string;
  published: boolean;
  onToggle: () => void;
}

/** The items as a table: the first column names the row, the last holds its actions. */
export function ItemTable<Item extends { id: string }>({
  caption,
  captionLang,
  items,
  columns: [first, ...rest],
  onEdit,
  editLabel,
  publishOf,
}: {
  caption: string;
  captionLang?: 'sv';
  items: Item[];
  columns: [Column<Item>, ...Column<Item>[]];
  /** Opens the item's form (EditList's edit). */
  onEdit: (item: Item) => void;
  /** Names the row's "Ändra" button: "Ändra …". */
  editLabel: (item: Item) => string;
  /** Where items are published: the row's publish button (usePublishToggle). */
  publishOf?: (item: Item) => Publish;
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
              <RowActions editLabel={editLabel(item)} onEdit={() => onEdit(item)} publish={publishOf?.(item)} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A table of plan items (activities, promises): each named by its title, with whether it is published and a publish button. */
export function PlanItemTable<Item extends { id: string; title: string; published: boolean }>({
  titleLabel,
  column,
  ...table
}: {
  caption: string;
  captionLang?: 'sv';
  items: Item[];
  titleLabel: string;
  /** What the table says of each besides. */
  column: Column<Item>;
  onEdit: (item: Item) => void;
  publishOf: (item: Item) => Publish;
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
    />
  );
}

/** A row's actions: open its form, and where it can be published, publish or unpublish it. */
function RowActions({ editLabel, onEdit, publish }: { editLabel: string; onEdit: () => void; publish?: Publish }) {
  const { t } = useI18n();
  return (
    <td class="row-actions">
      <button type="button" class="button button-secondary" aria-label={editLabel} onClick={onEdit}>
        {t('admin.edit')}
      </button>
      {publish && (
        <>
          {' '}
          <button
            type="button"
            class="button button-secondary"
            aria-label={t(publish.published ? 'edit.unpublishNamed' : 'edit.publishNamed', { title: publish.title })}
            onClick={publish.onToggle}
          >
            {publish.published ? t('edit.unpublish') : t('edit.publish')}
          </button>
        </>
      )}
    </td>
  );
}
