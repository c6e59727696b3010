import { currentDate, nextMonth, type Month } from './months.js';

// The reporting duty's calendar: month M of an activity is due on the
// municipality's report day (rapportdag, 1–28) of month M+1, in Swedish time.
// A month's outcome is on time when first recorded no later than that day.

export const DEFAULT_REPORTING_DAY = 10;
export const REPORTING_TIME_ZONE = 'Europe/Stockholm';

/** The day month M is due: reportingDay of M+1, as 'YYYY-MM-DD'. */
export function dueDateOf(month: Month, reportingDay: number): string {
  return `${nextMonth(month)}-${String(reportingDay).padStart(2, '0')}`;
}

const hourFormatter = new Intl.DateTimeFormat('sv-SE', {
  timeZone: REPORTING_TIME_ZONE,
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The hour it is now in Sweden, 0–23. */
export function swedishHour(now: Date): number {
  return Number(hourFormatter.format(now));
}

/** A due date has passed once the Swedish date is later than it. */
export function isOverdue(dueDate: string, now: Date): boolean {
  return currentDate(now) > dueDate;
}

/** A date moved by whole days, 'YYYY-MM-DD'. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The months of a tertial '2026-T2': May to August. */
export function monthsOfTertial(tertial: string): Month[] {
  const year = tertial.slice(0, 4);
  const first = (Number(tertial.slice(6)) - 1) * 4 + 1;
  return [0, 1, 2, 3].map((offset) => `${year}-${String(first + offset).padStart(2, '0')}`);
}
