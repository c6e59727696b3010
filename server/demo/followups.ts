import { monthOfDate, monthRange, type Month } from '../progress/months.js';
import type { DemoActivity } from './linkoping.js';

// The demo's monthly follow-ups: invented (demodata), but the same every time.
// Each value is drawn from a hash of the activity, the month and what is drawn,
// so a month's outcome does not depend on when the demo is loaded: loading it
// later only adds the months that have ended since.

/** A number in [0, 1) fixed by the keys (FNV-1a, then a mulberry32 round). */
export function draw(...keys: string[]): number {
  let h = 0x811c9dc5;
  for (const char of keys.join('|')) {
    h ^= char.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  let t = (h + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function monthBefore(month: Month, count = 1): Month {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export interface DemoFollowUp {
  month: Month;
  outcome: number | null;
  comment: string;
  internalNote: string;
}

const NOT_REPORTED_NOTE = 'Rapporten saknas – påminnelse skickad till ansvarig.';
const COMMENT_RATE = 0.35;
const NOTE_RATE = 0.08;
const MISSING_RATE = 0.06;

/** The target that holds in a month: its calendar month's own, else the monthly target of then. */
export function demoTargetFor(activity: DemoActivity, month: Month): number {
  const measure = activity.measure!;
  let target = measure.monthlyTarget;
  for (const change of measure.changes ?? []) if (change.from <= month) target = change.monthlyTarget;
  return measure.monthTargets?.[month.slice(5)] ?? target;
}

/** The months an activity is followed up: its own start–end within the agreement, up to last month. */
export function followUpMonths(activity: DemoActivity, agreementStart: string, lastMonth: Month): Month[] {
  const start = monthOfDate(activity.startDate ?? agreementStart);
  const end = activity.endDate === null ? lastMonth : monthOfDate(activity.endDate);
  return monthRange(start, end < lastMonth ? end : lastMonth);
}

/**
 * The follow-ups of one activity with a measure, from the start of its range up
 * to last month: some months missing (no row), some recorded as not reported
 * (outcome null), some with a public comment or an internal note.
 */
export function demoFollowUps(activity: DemoActivity, agreementStart: string, lastMonth: Month): DemoFollowUp[] {
  if (!activity.measure || !activity.outcomes) return [];
  const profile = activity.outcomes;
  const nullMonths = new Set((profile.nullMonthsBack ?? []).map((back) => monthBefore(lastMonth, back)));
  const lateFrom = monthBefore(lastMonth, (profile.lateMonths ?? 0) - 1);
  const rows: DemoFollowUp[] = [];
  for (const month of followUpMonths(activity, agreementStart, lastMonth)) {
    const seed = (what: string) => draw(activity.key, month, what);
    if (nullMonths.has(month)) {
      rows.push({ month, outcome: null, comment: '', internalNote: NOT_REPORTED_NOTE });
      continue;
    }
    if ((profile.lateMonths ?? 0) > 0 && month >= lateFrom) continue;
    // Last month is reported (apart from the late reporters), so the demo is always current.
    if (month !== lastMonth && seed('missing') < (profile.missingRate ?? MISSING_RATE)) continue;

    const july = month.endsWith('-07') ? (profile.july ?? 1) : 1;
    const wobble = 1 + profile.spread * (2 * seed('outcome') - 1);
    const outcome = Math.max(0, Math.round(demoTargetFor(activity, month) * profile.level * wobble * july));
    const met = outcome >= demoTargetFor(activity, month);
    const comments = (met ? activity.comments : activity.lowComments) ?? [];
    const notes = activity.notes ?? [];
    let comment = '';
    if (july === 0) comment = 'Sommaruppehåll – inget genomfört i juli.';
    else if (comments.length > 0 && seed('comment') < COMMENT_RATE) {
      comment = comments[Math.floor(seed('which comment') * comments.length)]!;
    }
    const internalNote =
      notes.length > 0 && seed('note') < NOTE_RATE ? notes[Math.floor(seed('which note') * notes.length)]! : '';
    rows.push({ month, outcome, comment, internalNote });
  }
  return rows;
}

/** When a month was recorded: early in the month after, never later than now. */
export function recordedAt(activityKey: string, month: Month, now: Date): Date {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const day = 1 + Math.floor(draw(activityKey, month, 'day') * 9);
  const hour = 7 + Math.floor(draw(activityKey, month, 'hour') * 9);
  const at = new Date(Date.UTC(year, m, day, hour, Math.floor(draw(activityKey, month, 'minute') * 60)));
  return at < now ? at : now;
}
