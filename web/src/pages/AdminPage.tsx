import type { ComponentChildren } from 'preact';
import { listMunicipalities, type Municipality } from '../api/municipalities';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  patchOrganisation,
  type Organisation,
  organisationOptions,
  type OrganisationKind,
} from '../api/organisations';
import { createUser, getUser, listUsers, patchUser, type Role, type User } from '../api/users';
import { AsyncStatus, useAsync } from '../components/async';
import { EditList, ItemTable, useItems, type Column, type ItemFormProps } from '../components/EditList';
import { CheckboxField, SelectField, TextField } from '../components/fields';
import { fieldsOf, FormFrame, useItemForm, type SaveForm } from '../components/forms';
import { RolePage } from '../components/RolePage';
import { Section } from '../components/text';
import { useI18n } from '../i18n/i18n';

// Administration (admin only): accounts and organisations. The server decides who may do what;
// this page only hides itself from others.

const ROLES: Role[] = ['admin', 'editor', 'partner', 'viewer'];
const KINDS: OrganisationKind[] = ['municipality', 'police', 'county', 'other'];

export function AdminPage() {
  const { t } = useI18n();
  return (
    <RolePage
      page="admin"
      title={t('admin.title')}
      roles={['admin']}
      signIn={t('admin.signIn')}
      notAllowed={t('admin.notAdmin')}
    >
      <AdminContent />
    </RolePage>
  );
}

function AdminContent() {
  const { t } = useI18n();
  const loaded = useAsync(() => Promise.all([listUsers(), listOrganisations(), listMunicipalities()]), []);
  const data = loaded.state === 'done' ? loaded.data : undefined;
  const [accounts, putAccount] = useItems(data?.[0]);
  const [organisations, putOrganisation] = useItems(data?.[1]);

  if (loaded.state !== 'done') return <AsyncStatus result={loaded} />;

  return (
    <>
      <p class="lead">{t('admin.lead')}</p>
      <Accounts accounts={accounts} organisations={organisations} onSaved={putAccount} />
      <Organisations organisations={organisations} municipalities={loaded.data[2]} onSaved={putOrganisation} />
    </>
  );
}

/** One of the page's lists: its items in a table, the opened item's form, and the form for a new one. */
function AdminList<Item extends { id: string }>({
  headingId,
  title,
  items,
  onSaved,
  form,
  ...table
}: {
  headingId: string;
  title: string;
  items: Item[];
  onSaved: (item: Item) => void;
  form: (props: ItemFormProps<Item>) => ComponentChildren;
  caption: string;
  columns: [Column<Item>, ...Column<Item>[]];
  editLabel: (item: Item) => string;
}) {
  return (
    <Section headingId={headingId} title={title}>
      <EditList items={items} onSaved={onSaved} form={form}>
        {({ edit, outcome }) => (
          <>
            {outcome()}
            <ItemTable items={items} onEdit={edit} {...table} />
          </>
        )}
      </EditList>
    </Section>
  );
}

function Accounts({
  accounts,
  organisations,
  onSaved,
}: {
  accounts: User[];
  organisations: Organisation[];
  onSaved: (account: User) => void;
}) {
  const { t } = useI18n();
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? t('common.unknownOrganisation');
  return (
    <AdminList
      headingId="accounts-title"
      title={t('admin.accounts')}
      items={accounts}
      onSaved={onSaved}
      form={(props) => <AccountForm organisations={organisations} {...props} />}
      caption={t('admin.accountsCaption', { count: accounts.length })}
      columns={[
        { label: t('admin.name'), cell: (account) => account.name },
        { label: t('admin.email'), cell: (account) => account.email },
        { label: t('admin.role'), cell: (account) => t(`role.${account.role}`) },
        { label: t('admin.organisation'), cell: (account) => orgName(account.organisationId), lang: 'sv' },
        {
          label: t('admin.state'),
          cell: (account) => (account.disabled ? t('admin.disabled') : t('admin.active')),
        },
      ]}
      editLabel={(account) => t('admin.editAccount', { name: account.name })}
    />
  );
}

/** An admin form under its h3; one that changes an item stands out as a panel. */
function AdminForm({
  titleId,
  title,
  changing,
  children,
  ...frame
}: {
  titleId: string;
  title: string;
  changing: boolean;
  form: SaveForm;
  submit: string;
  onCancel: (() => void) | undefined;
  children: ComponentChildren;
}) {
  return (
    <FormFrame
      class={changing ? 'form form-panel' : 'form'}
      labelledBy={titleId}
      heading={<h3 id={titleId}>{title}</h3>}
      {...frame}
    >
      {children}
    </FormFrame>
  );
}

/** A new account (e-mail, name, password, role, organisation), or an account's role, organisation and state. */
function AccountForm({
  item: account,
  organisations,
  onSaved,
  onCancel,
}: ItemFormProps<User> & { organisations: Organisation[] }) {
  const { t } = useI18n();
  const options = organisationOptions(organisations);
  const form = useItemForm({
    item: account,
    valuesOf: (user) => ({
      password: '',
      ...fieldsOf(user, {
        email: '',
        name: '',
        role: 'viewer',
        organisationId: options[0]?.value ?? '',
        disabled: false,
      }),
    }),
    save: ({ email, name, password, role, organisationId, disabled }, base) =>
      base
        ? patchUser(base, { role, organisationId, disabled })
        : createUser({ email: email.trim(), name: name.trim(), password, role, organisationId }),
    read: getUser,
    savedMessage: (saved, created) => t(created ? 'admin.accountCreated' : 'admin.accountSaved', { name: saved.name }),
    onSaved,
    // The next account is often of the same kind.
    keep: ['role', 'organisationId'],
  });

  const { field } = form;
  const p = account ? 'account-edit' : 'account';
  return (
    <AdminForm
      titleId={account ? 'account-edit-title' : 'account-new-title'}
      title={account ? t('admin.editAccount', { name: account.name }) : t('admin.newAccount')}
      changing={account !== undefined}
      form={form}
      submit={account ? t('form.save') : t('admin.createAccount')}
      onCancel={onCancel}
    >
      {!account && (
        <>
          <TextField
            id="account-email"
            label={t('admin.email')}
            type="email"
            autocomplete="off"
            required
            {...field('email')}
          />
          <TextField id="account-name" label={t('admin.name')} autocomplete="off" required {...field('name')} />
          <TextField
            id="account-password"
            label={t('admin.password')}
            type="password"
            autocomplete="new-password"
            required
            minLength={12}
            hint={t('admin.passwordHint')}
            {...field('password')}
          />
        </>
      )}
      <SelectField
        id={`${p}-role`}
        label={t('admin.role')}
        {...field('role')}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
      />
      <SelectField
        id={`${p}-organisation`}
        label={t('admin.organisation')}
        {...field('organisationId')}
        options={options}
      />
      {account && (
        <CheckboxField
          id="account-edit-disabled"
          label={t('admin.disable')}
          hint={t('admin.disableHint')}
          {...field('disabled')}
        />
      )}
    </AdminForm>
  );
}

function Organisations({
  organisations,
  municipalities,
  onSaved,
}: {
  organisations: Organisation[];
  municipalities: Municipality[];
  onSaved: (organisation: Organisation) => void;
}) {
  const { t } = useI18n();
  const municipalityName = (id: string | null) =>
    id === null ? '–' : (municipalities.find((m) => m.id === id)?.name ?? '–');
  return (
    <AdminList
      headingId="organisations-title"
      title={t('admin.organisations')}
      items={organisations}
      onSaved={onSaved}
      form={(props) => <OrganisationForm municipalities={municipalities} {...props} />}
      caption={t('admin.organisationsCaption', { count: organisations.length })}
      columns={[
        { label: t('admin.name'), cell: (organisation) => organisation.name, lang: 'sv' },
        { label: t('admin.kind'), cell: (organisation) => t(`kind.${organisation.kind}`) },
        {
          label: t('admin.municipality'),
          cell: (organisation) => municipalityName(organisation.municipalityId),
          lang: 'sv',
        },
      ]}
      editLabel={(organisation) => t('admin.editOrganisation', { name: organisation.name })}
    />
  );
}

function OrganisationForm({
  item: organisation,
  municipalities,
  onSaved,
  onCancel,
}: ItemFormProps<Organisation> & { municipalities: Municipality[] }) {
  const { t } = useI18n();
  const form = useItemForm({
    item: organisation,
    valuesOf: (item) => fieldsOf(item, { name: '', kind: 'other', municipalityId: '', countyCode: '' }),
    save: ({ name, kind, municipalityId, countyCode }, base) => {
      // A county organisation (länsstyrelse) names the county it serves; no other kind names one.
      const county = kind === 'county' ? countyCode.trim() || null : null;
      const body = { name: name.trim(), kind, municipalityId: municipalityId || null, countyCode: county };
      return base ? patchOrganisation(base, body) : createOrganisation(body);
    },
    read: getOrganisation,
    savedMessage: (saved, created) =>
      t(created ? 'admin.organisationCreated' : 'admin.organisationSaved', { name: saved.name }),
    onSaved,
    keep: ['kind'],
  });

  const { field } = form;
  const prefix = organisation ? 'organisation-edit' : 'organisation';
  return (
    <AdminForm
      titleId={`${prefix}-title`}
      title={organisation ? t('admin.editOrganisation', { name: organisation.name }) : t('admin.newOrganisation')}
      changing={organisation !== undefined}
      form={form}
      submit={organisation ? t('form.save') : t('admin.createOrganisation')}
      onCancel={onCancel}
    >
      <TextField id={`${prefix}-name`} label={t('admin.name')} required {...field('name')} />
      <SelectField
        id={`${prefix}-kind`}
        label={t('admin.kind')}
        {...field('kind')}
        options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
      />
      {field('kind').value === 'county' && (
        <TextField
          id={`${prefix}-county-code`}
          label={t('label.countyCode')}
          required
          maxLength={2}
          {...field('countyCode')}
        />
      )}
      <SelectField
        id={`${prefix}-municipality`}
        label={t('admin.municipality')}
        {...field('municipalityId')}
        options={[
          { value: '', label: t('admin.noMunicipality') },
          ...municipalities.map((m) => ({ value: m.id, label: m.name })),
        ]}
      />
    </AdminForm>
  );
}
