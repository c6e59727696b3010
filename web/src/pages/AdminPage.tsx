import { useEffect, useState } from 'preact/hooks';
import type { Municipality, Role } from '../api/client';
import { listMunicipalities } from '../api/queries';
import {
  createAccount,
  createOrganisation,
  getAccount,
  getOrganisation,
  listAccounts,
  listOrganisationRecords,
  patchAccount,
  patchOrganisation,
  type Account,
  type Organisation,
} from '../api/writes';
import { Loading, ProblemMessage, useAsync } from '../components/async';
import {
  CheckboxField,
  FormActions,
  FormProblem,
  SelectField,
  TextField,
  upsertById,
  useSaveForm,
} from '../components/forms';
import { useAnnounce, usePageTitle } from '../components/Layout';
import { useI18n } from '../i18n/i18n';
import { href } from '../router';
import { useSession } from '../session';

// Administration (admin only): accounts and organisations. The server decides who may do what;
// this page only hides itself from others.

const ROLES: Role[] = ['admin', 'editor', 'partner', 'viewer'];
const KINDS: Organisation['kind'][] = ['municipality', 'police', 'county', 'other'];

export function AdminPage() {
  const { t } = useI18n();
  const { user, ready } = useSession();
  usePageTitle(t('admin.title'));
  let body;
  if (!ready) body = <Loading />;
  else if (!user)
    body = (
      <p>
        {t('admin.signIn')} <a href={href('login', {}, { next: href('admin') })}>{t('layout.signIn')}</a>
      </p>
    );
  else if (user.role !== 'admin') body = <p>{t('admin.notAdmin')}</p>;
  else body = <AdminContent />;
  return (
    <>
      <h1>{t('admin.title')}</h1>
      {body}
    </>
  );
}

function AdminContent() {
  const { t } = useI18n();
  const loaded = useAsync(() => Promise.all([listAccounts(), listOrganisationRecords(), listMunicipalities()]), []);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [municipalities, setMunicipalities] = useState<Municipality[]>([]);
  useEffect(() => {
    if (loaded.state !== 'done') return;
    setAccounts(loaded.data[0]);
    setOrganisations(loaded.data[1]);
    setMunicipalities(loaded.data[2]);
  }, [loaded]);

  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ProblemMessage error={loaded.error} onRetry={loaded.retry} />;

  const putAccount = (account: Account) => setAccounts((list) => upsertById(list, account));
  const putOrganisation = (organisation: Organisation) => setOrganisations((list) => upsertById(list, organisation));

  return (
    <>
      <p class="lead">{t('admin.lead')}</p>
      <Accounts accounts={accounts} organisations={organisations} onSaved={putAccount} />
      <Organisations organisations={organisations} municipalities={municipalities} onSaved={putOrganisation} />
    </>
  );
}

function Accounts({
  accounts,
  organisations,
  onSaved,
}: {
  accounts: Account[];
  organisations: Organisation[];
  onSaved: (account: Account) => void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? t('common.unknownOrganisation');
  const editedAccount = accounts.find((a) => a.id === editing);
  return (
    <section class="section" aria-labelledby="accounts-title">
      <h2 id="accounts-title">{t('admin.accounts')}</h2>
      <div class="table-wrap">
        <table>
          <caption>{t('admin.accountsCaption', { count: accounts.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.email')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col">{t('admin.organisation')}</th>
              <th scope="col">{t('admin.state')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.name}</th>
                <td>{account.email}</td>
                <td>{t(`role.${account.role}`)}</td>
                <td lang="sv">{orgName(account.organisationId)}</td>
                <td>{account.disabled ? t('admin.disabled') : t('admin.active')}</td>
                <td>
                  <button
                    type="button"
                    class="button button-secondary"
                    aria-label={t('admin.editAccount', { name: account.name })}
                    onClick={() => setEditing(account.id)}
                  >
                    {t('admin.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editedAccount && (
        <AccountEditForm
          key={editedAccount.id}
          account={editedAccount}
          organisations={organisations}
          onSaved={(saved) => {
            onSaved(saved);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <AccountCreateForm organisations={organisations} onSaved={onSaved} />
    </section>
  );
}

const orgOptions = (organisations: Organisation[]) =>
  [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((o) => ({ value: o.id, label: o.name }));

function AccountCreateForm({
  organisations,
  onSaved,
}: {
  organisations: Organisation[];
  onSaved: (account: Account) => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [organisationId, setOrganisationId] = useState(orgOptions(organisations)[0]?.value ?? '');
  const { busy, error, errors, onSubmit } = useSaveForm({
    save: async () => {
      const created = await createAccount({ email: email.trim(), name: name.trim(), password, role, organisationId });
      onSaved(created);
      announce(t('admin.accountCreated', { name: created.name }));
      setEmail('');
      setName('');
      setPassword('');
    },
  });

  return (
    <form class="form" aria-labelledby="account-new-title" onSubmit={onSubmit}>
      <h3 id="account-new-title">{t('admin.newAccount')}</h3>
      <FormProblem error={error} />
      <TextField
        id="account-email"
        label={t('admin.email')}
        type="email"
        autocomplete="off"
        required
        value={email}
        onValue={setEmail}
        error={errors['/email']}
      />
      <TextField
        id="account-name"
        label={t('admin.name')}
        autocomplete="off"
        required
        value={name}
        onValue={setName}
        error={errors['/name']}
      />
      <TextField
        id="account-password"
        label={t('admin.password')}
        type="password"
        autocomplete="new-password"
        required
        minLength={12}
        hint={t('admin.passwordHint')}
        value={password}
        onValue={setPassword}
        error={errors['/password']}
      />
      <SelectField
        id="account-role"
        label={t('admin.role')}
        value={role}
        onValue={(value) => setRole(value as Role)}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        error={errors['/role']}
      />
      <SelectField
        id="account-organisation"
        label={t('admin.organisation')}
        value={organisationId}
        onValue={setOrganisationId}
        options={orgOptions(organisations)}
        error={errors['/organisationId']}
      />
      <FormActions busy={busy} label={t('admin.createAccount')} />
    </form>
  );
}

function AccountEditForm({
  account,
  organisations,
  onSaved,
  onCancel,
}: {
  account: Account;
  organisations: Organisation[];
  onSaved: (account: Account) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [base, setBase] = useState(account);
  const [role, setRole] = useState<Role>(account.role);
  const [organisationId, setOrganisationId] = useState(account.organisationId);
  const [disabled, setDisabled] = useState(account.disabled);
  const { busy, error, errors, onSubmit, onReload } = useSaveForm({
    save: async () => {
      const saved = await patchAccount(base, { role, organisationId, disabled });
      announce(t('admin.accountSaved', { name: saved.name }));
      onSaved(saved);
    },
    reload: async () => {
      const current = await getAccount(account.id);
      setBase(current);
      setRole(current.role);
      setOrganisationId(current.organisationId);
      setDisabled(current.disabled);
    },
  });

  return (
    <form class="form form-panel" aria-labelledby="account-edit-title" onSubmit={onSubmit}>
      <h3 id="account-edit-title">{t('admin.editAccount', { name: account.name })}</h3>
      <FormProblem error={error} onReload={onReload} />
      <SelectField
        id="account-edit-role"
        label={t('admin.role')}
        value={role}
        onValue={(value) => setRole(value as Role)}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        error={errors['/role']}
      />
      <SelectField
        id="account-edit-organisation"
        label={t('admin.organisation')}
        value={organisationId}
        onValue={setOrganisationId}
        options={orgOptions(organisations)}
        error={errors['/organisationId']}
      />
      <CheckboxField
        id="account-edit-disabled"
        label={t('admin.disable')}
        hint={t('admin.disableHint')}
        checked={disabled}
        onChecked={setDisabled}
        error={errors['/disabled']}
      />
      <FormActions busy={busy} label={t('form.save')}>
        <button type="button" class="button button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </FormActions>
    </form>
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
  const [editing, setEditing] = useState<string | null>(null);
  const municipalityName = (id: string | null) =>
    id === null ? '–' : (municipalities.find((m) => m.id === id)?.name ?? '–');
  const edited = organisations.find((o) => o.id === editing);
  return (
    <section class="section" aria-labelledby="organisations-title">
      <h2 id="organisations-title">{t('admin.organisations')}</h2>
      <div class="table-wrap">
        <table>
          <caption>{t('admin.organisationsCaption', { count: organisations.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.kind')}</th>
              <th scope="col">{t('admin.municipality')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row" lang="sv">
                  {organisation.name}
                </th>
                <td>{t(`kind.${organisation.kind}`)}</td>
                <td lang="sv">{municipalityName(organisation.municipalityId)}</td>
                <td>
                  <button
                    type="button"
                    class="button button-secondary"
                    aria-label={t('admin.editOrganisation', { name: organisation.name })}
                    onClick={() => setEditing(organisation.id)}
                  >
                    {t('admin.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {edited && (
        <OrganisationForm
          key={edited.id}
          organisation={edited}
          municipalities={municipalities}
          onSaved={(saved) => {
            onSaved(saved);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <OrganisationForm municipalities={municipalities} onSaved={onSaved} />
    </section>
  );
}

function OrganisationForm({
  organisation,
  municipalities,
  onSaved,
  onCancel,
}: {
  organisation?: Organisation;
  municipalities: Municipality[];
  onSaved: (organisation: Organisation) => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const prefix = organisation ? 'organisation-edit' : 'organisation';
  const [base, setBase] = useState(organisation);
  const [name, setName] = useState(organisation?.name ?? '');
  const [kind, setKind] = useState<Organisation['kind']>(organisation?.kind ?? 'other');
  const [municipalityId, setMunicipalityId] = useState(organisation?.municipalityId ?? '');
  const { busy, error, errors, onSubmit, onReload } = useSaveForm({
    save: async () => {
      const body = { name: name.trim(), kind, municipalityId: municipalityId || null };
      const saved = base ? await patchOrganisation(base, body) : await createOrganisation(body);
      announce(t(base ? 'admin.organisationSaved' : 'admin.organisationCreated', { name: saved.name }));
      onSaved(saved);
      if (!base) {
        setName('');
        setMunicipalityId('');
      }
    },
    reload:
      organisation &&
      (async () => {
        const current = await getOrganisation(organisation.id);
        setBase(current);
        setName(current.name);
        setKind(current.kind);
        setMunicipalityId(current.municipalityId ?? '');
      }),
  });

  const title = organisation ? t('admin.editOrganisation', { name: organisation.name }) : t('admin.newOrganisation');
  return (
    <form class={organisation ? 'form form-panel' : 'form'} aria-labelledby={`${prefix}-title`} onSubmit={onSubmit}>
      <h3 id={`${prefix}-title`}>{title}</h3>
      <FormProblem error={error} onReload={onReload} />
      <TextField
        id={`${prefix}-name`}
        label={t('admin.name')}
        required
        value={name}
        onValue={setName}
        error={errors['/name']}
      />
      <SelectField
        id={`${prefix}-kind`}
        label={t('admin.kind')}
        value={kind}
        onValue={(value) => setKind(value as Organisation['kind'])}
        options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        error={errors['/kind']}
      />
      <SelectField
        id={`${prefix}-municipality`}
        label={t('admin.municipality')}
        value={municipalityId}
        onValue={setMunicipalityId}
        options={[
          { value: '', label: t('admin.noMunicipality') },
          ...municipalities.map((m) => ({ value: m.id, label: m.name })),
        ]}
        error={errors['/municipalityId']}
      />
      <FormActions busy={busy} label={organisation ? t('form.save') : t('admin.createOrganisation')}>
        {onCancel && (
          <button type="button" class="button button-secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </FormActions>
    </form>
  );
}
