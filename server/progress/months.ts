// Months ('YYYY-MM'), tertials ('YYYY-T1') and the calendar the follow-up runs on.

export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

function parts(month: Month): [number, number] {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`not a month: ${month}`);
  return [Number(match[1]), Number(match[2])];
}

export function monthOfDate(date: string): Month {
  return date.slice(0, 7);
}

export function nextMonth(month: Month): Month {
  const [year, m] = parts(month);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from first to last, both included; empty when last is before first. */
export function monthRange(first: Month, last: Month): Month[] {
  const months: Month[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) months.push(month);
  return months;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
let lastMonth: { time: number; timeZone: string; month: Month } | null = null;

/** The month it is now in Sweden: a month has ended once this is later. */
export function currentMonth(now: Date, timeZone = 'Europe/Stockholm'): Month {
  // A formatter is costly to make (~0.3 ms): one per time zone, kept.
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  // Asked once per activity of a page, at the same moment: the last answer is kept.
  const time = now.getTime();
  if (lastMonth?.time === time && lastMonth.timeZone === timeZone) return lastMonth.month;
  const [year, month] = formatter.format(now).split('-');
  lastMonth = { time, timeZone, month: `${year}-${month}` };
  return lastMonth.month;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The date it is now in Sweden (YYYY-MM-DD): a period ending on an earlier date has ended. */
export function currentDate(now: Date, timeZone = 'Europe/Stockholm'): string {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}

/** Polisen's tertials: T1 jan–apr, T2 maj–aug, T3 sep–dec. */
export function tertialOf(month: Month): string {
  const [year, m] = parts(month);
  return `${year}-T${Math.ceil(m / 4)}`;
}

export function yearOf(month: Month): string {
  return month.slice(0, 4);
}
