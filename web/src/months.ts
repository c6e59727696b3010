import type { ActivityProgress } from './api/promises';

// Months as the pages list them ("2025-03"), within a period of an agreement or a promise.

/** "2025-03" for each month of the year that lies in the period. */
export function monthsOfYear(year: number, periodStart: string, periodEnd: string): string[] {
  const months: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month >= periodStart.slice(0, 7) && month <= periodEnd.slice(0, 7)) months.push(month);
  }
  return months;
}

export function yearsOf(periodStart: string, periodEnd: string): number[] {
  const years: number[] = [];
  for (let y = Number(periodStart.slice(0, 4)); y <= Number(periodEnd.slice(0, 4)); y++) years.push(y);
  return years;
}

/** The last month that has ended by the server's clock: the latest month not "upcoming". */
export function lastEndedMonth(progress: ActivityProgress[]): string | null {
  let last: string | null = null;
  for (const item of progress) {
    for (const month of item.months)
      if (month.state !== 'upcoming' && (last === null || month.month > last)) last = month.month;
  }
  return last;
}
