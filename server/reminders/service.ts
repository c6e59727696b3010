import type { ReminderOccasion } from '../db/schema.js';
import type { ServiceDeps } from '../domain/changes.js';
import type { Actor } from '../domain/policy.js';
import { addDays, swedishHour } from '../progress/deadlines.js';
import { currentDate } from '../progress/months.js';
import type { Task } from '../reporting/schemas.js';
import { tasksOf } from '../reporting/service.js';
import { reminderMail, type SendMail } from './mail.js';
import * as store from './store.js';

// E-mail reminders of reporting tasks (docs/domain.md, "Reminders"). Each
// person with tasks gets one e-mail per occasion and month: REMINDER_DAYS_BEFORE
// days before the month's due date ("before") and the day after it ("after"),
// from REMINDER_HOUR Swedish time. A process claims the (person, occasion,
// month) row in the database before sending; a failed send is tried again
// later, and a send that succeeded is never made again, however many
// processes run or restart.

export interface ReminderSettings {
  daysBefore: number;
  hour: number;
  publicUrl: string;
}

/** Days after an occasion begins that it is still sent (a server that was down catches up). */
const CATCH_UP_DAYS = 6;
/** How long a claim being sent is held before another process may take it (its process died). */
const LEASE_MS = 10 * 60_000;
const RETRY_BATCH = 50;

/** The wait before trying a failed send again: 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

/** Whether an occasion that begins on `start` is on now: from the hour on its first day, for a few days. */
function isOn(start: string, now: Date, hour: number): boolean {
  const today = currentDate(now);
  if (today < start || today > addDays(start, CATCH_UP_DAYS)) return false;
  return today > start || swedishHour(now) >= hour;
}

/** The occasions on now for a person's tasks: each (occasion, month) once, with its due date. */
export function occasionsNow(
  tasks: readonly Task[],
  now: Date,
  settings: Pick<ReminderSettings, 'daysBefore' | 'hour'>,
): { occasion: ReminderOccasion; month: string; dueDate: string }[] {
  const found = new Map<string, { occasion: ReminderOccasion; month: string; dueDate: string }>();
  for (const task of tasks) {
    const before = addDays(task.dueDate, -settings.daysBefore);
    // The reminder before runs up to the due date itself, no further.
    if (isOn(before, now, settings.hour) && currentDate(now) <= task.dueDate) {
      found.set(`before ${task.month}`, { occasion: 'before', month: task.month, dueDate: task.dueDate });
    }
    if (isOn(addDays(task.dueDate, 1), now, settings.hour)) {
      found.set(`after ${task.month}`, { occasion: 'after', month: task.month, dueDate: task.dueDate });
    }
  }
  return [...found.values()];
}

function actorOf(recipient: store.Recipient): Actor {
  return {
    userId: recipient.userId,
    role: recipient.role,
    organisationId: recipient.organisationId,
    municipalityId: recipient.municipalityId,
    // Reminders go to those who record months; a county's readers record none.
    countyCode: null,
    via: 'session',
    sessionHash: null,
  };
}

export interface ReminderRun {
  sent: number;
  failed: number;
}

/** Sends one claimed reminder with the person's tasks as they are now; marks the claim. */
async function sendClaimed(
  deps: ServiceDeps,
  send: SendMail,
  settings: ReminderSettings,
  claimed: store.Claim,
  run: ReminderRun,
): Promise<void> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const person = await store.findRecipient(db, claimed.userId);
  const tasks = person ? await tasksOf(db, actorOf(person), now) : [];
  const ofMonth = tasks.find((task) => task.month === claimed.month);
  if (!person || !ofMonth) {
    await store.markNothing(db, claimed);
    return;
  }
  const mail = reminderMail({ person, ...claimed, dueDate: ofMonth.dueDate, tasks, publicUrl: settings.publicUrl });
  try {
    await send(mail);
  } catch (error) {
    run.failed++;
    const reason = error instanceof Error ? error.message : String(error);
    await store.markFailed(db, claimed, reason, new Date(now.getTime() + retryDelayMs(claimed.attempts)));
    return;
  }
  run.sent++;
  await store.markSent(db, claimed, deps.clock.now());
}

/**
 * One round: first the claims whose retry time has come, then every occasion on
 * now for every person with reminders on. Safe to run in many processes at once.
 */
export async function runReminders(
  deps: ServiceDeps,
  send: SendMail,
  settings: ReminderSettings,
): Promise<ReminderRun> {
  const { db } = deps.database;
  const run: ReminderRun = { sent: 0, failed: 0 };
  const lease = () => new Date(deps.clock.now().getTime() + LEASE_MS);
  for (const seen of await store.dueRetries(db, deps.clock.now(), RETRY_BATCH)) {
    const claimed = await store.reclaim(db, seen, deps.clock.now(), lease());
    if (claimed) await sendClaimed(deps, send, settings, claimed, run);
  }
  for (const person of await store.listRecipients(db)) {
    const now = deps.clock.now();
    const occasions = occasionsNow(await tasksOf(db, actorOf(person), now), now, settings);
    for (const { occasion, month } of occasions) {
      const claimed = await store.claim(db, { userId: person.userId, occasion, month }, now, lease());
      if (claimed) await sendClaimed(deps, send, settings, claimed, run);
    }
  }
  return run;
}
