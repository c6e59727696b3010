import { useEffect, useRef, useState } from 'preact/hooks';
import { asApiError, type ApiError } from '../api/client';
import { getFollowUpGrid } from '../api/followUps';
import { getMyTasks, setReminders, type Task } from '../api/reporting';
import { getMe } from '../api/auth';
import { AsyncStatus, ProblemMessage, useAsync } from '../components/async';
import { useAnnounce } from '../components/Layout';
import { RolePage } from '../components/RolePage';
import { useI18n } from '../i18n/i18n';
import { href, useLocation } from '../router';
import { useSession } from '../session';
import { FollowUpDialog } from './FollowUpDialog';
import type { Row } from './FollowUpGrid';

// Att rapportera: the months the signed-in person should record, overdue first, each opening
// straight into the follow-up dialog; a link in a reminder e-mail (?aktivitet=…&manad=…) opens
// that month at once. The person turns their e-mail reminders on or off here.

interface Open {
  task: Task;
  row: Row;
  dueDate: string;
  opener: HTMLElement | null;
}

/** The grid row of a task's activity, as the follow-up page builds it: what the dialog records against. */
async function rowOf(task: Task): Promise<Row | null> {
  const grid = await getFollowUpGrid(task.agreementId, Number(task.month.slice(0, 4)));
  const item = grid.activities.find((activity) => activity.activity.id === task.activityId);
  if (!item) return null;
  return {
    activity: item.activity,
    mayRecord: item.mayRecord,
    wholeNumbers: item.wholeNumbers,
    months: new Map(item.months.map((month) => [month.month, month])),
  };
}

export function TasksPage() {
  const { t } = useI18n();
  return (
    <RolePage
      page="tasks"
      title={t('tasks.title')}
      roles={['editor', 'partner', 'viewer', 'admin']}
      signIn={t('tasks.signIn')}
      notAllowed={t('tasks.none')}
    >
      <Tasks />
    </RolePage>
  );
}

function Tasks() {
  const { t, fmt } = useI18n();
  const location = useLocation();
  const [reload, setReload] = useState(0);
  const tasks = useAsync(getMyTasks, [reload]);
  const [open, setOpen] = useState<Open | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const linked = useRef(false);

  async function openTask(task: Task, opener: HTMLElement | null) {
    setError(null);
    try {
      const row = await rowOf(task);
      if (row) setOpen({ task, row, dueDate: task.dueDate, opener });
    } catch (caught) {
      setError(asApiError(caught));
    }
  }

  // A link from a reminder opens its month straight away (once).
  useEffect(() => {
    if (linked.current || tasks.state !== 'done') return;
    linked.current = true;
    const activity = location.query.get('aktivitet');
    const month = location.query.get('manad');
    const task = tasks.data.find((item) => item.activityId === activity && item.month === month);
    if (task) void openTask(task, null);
  }, [tasks.state]);

  return (
    <>
      <p class="lead">{t('tasks.lead')}</p>
      <AsyncStatus result={tasks} />
      {error && <ProblemMessage error={error} />}
      {tasks.state === 'done' &&
        (tasks.data.length === 0 ? (
          <p>{t('tasks.empty')}</p>
        ) : (
          <>
            <p>{t('tasks.count', { count: String(tasks.data.length) })}</p>
            <ul class="task-list">
              {tasks.data.map((task) => (
                <li key={`${task.activityId}/${task.month}`} class={task.overdue ? 'task task-overdue' : 'task'}>
                  <span class="task-what">
                    <strong lang="sv">{task.activityTitle}</strong>, {fmt.month(task.month)}
                  </span>
                  <span class="task-when">
                    {task.overdue ? t('tasks.overdue') : t('tasks.due')} {fmt.date(task.dueDate)} ·{' '}
                    {t('tasks.target', { target: fmt.number(task.target) })}
                  </span>
                  <button
                    type="button"
                    class="button"
                    onClick={(event) => void openTask(task, event.currentTarget)}
                    aria-label={t('tasks.recordLabel', { activity: task.activityTitle, month: fmt.month(task.month) })}
                  >
                    {t('tasks.record')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ))}
      <p>
        <a href={href('followUp')}>{t('tasks.toFollowUp')}</a>
      </p>
      <ReminderSetting />
      {open && (
        <FollowUpDialog
          row={open.row}
          month={open.task.month}
          dueDate={open.dueDate}
          onClose={(changed) => {
            const opener = open.opener;
            setOpen(null);
            if (changed) setReload((n) => n + 1);
            window.setTimeout(() => (opener ?? document.querySelector<HTMLElement>('main h1'))?.focus(), 0);
          }}
        />
      )}
    </>
  );
}

/** E-mail reminders on or off, for oneself. */
function ReminderSetting() {
  const { t } = useI18n();
  const { user, setUser } = useSession();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!user) return null;

  async function onChange(reminders: boolean) {
    setBusy(true);
    setError(null);
    try {
      // The account as it is now: its version goes in If-Match.
      const me = await getMe();
      const changed = await setReminders(me, reminders);
      setUser(changed);
      announce(t(reminders ? 'tasks.remindersOn' : 'tasks.remindersOff'));
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('tasks.remindersHeading')}</h2>
      <div class="field field-check">
        <input
          id="reminders"
          type="checkbox"
          checked={user.reminders}
          disabled={busy}
          onChange={(event) => void onChange(event.currentTarget.checked)}
        />
        <label for="reminders">{t('tasks.remindersLabel')}</label>
      </div>
      <p class="small muted">{t('tasks.remindersHint')}</p>
      {error && <ProblemMessage error={error} />}
    </section>
  );
}
