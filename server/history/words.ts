import type { Assessment } from '../promises/schemas.js';
import type { HistoryEntry, HistoryField } from './schemas.js';

// The words of the pages the server writes itself (the Atom feed, the embed page), in
// Swedish and English: the web client has its own catalogs (web/src/i18n) with the same terms.

export type Lang = 'sv' | 'en';

const WORDS = {
  sv: {
    assessment: {
      notStarted: 'Inte påbörjat',
      onTrack: 'Enligt plan',
      atRisk: 'Risk att inte hållas',
      delayed: 'Försenat',
      kept: 'Uppfyllt',
      partlyKept: 'Delvis uppfyllt',
      notKept: 'Inte uppfyllt',
    } satisfies Record<Assessment, string>,
    notAssessed: 'Inte bedömt',
    field: {
      title: 'Rubriken',
      text: 'Löftestexten',
      periodStart: 'Periodens början',
      periodEnd: 'Periodens slut',
    } satisfies Record<HistoryField, string>,
    notReported: 'ej rapporterat',
    feedTitle: (name: string) => `Medborgarlöften i ${name}: vad som har ändrats`,
    feedSubtitle: 'Bedömningar, rapporterade månader och ändrade texter för varje publicerat medborgarlöfte.',
    by: (organisation: string) => `Ändrat av ${organisation}.`,
    created: (promise: string) => `Nytt medborgarlöfte: ${promise}`,
    assessed: (verdict: string, promise: string) => `Bedömning: ${verdict} – ${promise}`,
    changed: (field: string, promise: string) => `${field} ändrad – ${promise}`,
    activityAdded: (activity: string, promise: string) => `Aktivitet tillagd: ${activity} – ${promise}`,
    activityRemoved: (activity: string, promise: string) => `Aktivitet borttagen: ${activity} – ${promise}`,
    monthRecorded: (activity: string, month: string, value: string) => `${activity}: ${month} rapporterad, ${value}`,
    monthCorrected: (activity: string, month: string, before: string, after: string) =>
      `${activity}: ${month} rättad, ${before} → ${after}`,
    wasBefore: (before: string) => `Tidigare: ${before}`,
    embed: {
      eyebrow: (name: string) => `Medborgarlöfte i ${name}`,
      period: (start: string, end: string) => `Gäller ${start}–${end}`,
      verdict: 'Bedömning',
      assessedOn: (date: string) => `Bedömt ${date}`,
      progress: 'Aktiviteternas utfall hittills',
      activity: 'Aktivitet',
      outcome: 'Utfall av mål',
      share: 'Andel',
      noMeasure: 'inget mått',
      chart: (list: string) => `Stapeldiagram, utfall i procent av målet hittills: ${list}.`,
      none: 'Inga publicerade aktiviteter med mått ännu.',
      readMore: 'Läs mer och se historiken på Löfteskollen',
    },
  },
  en: {
    assessment: {
      notStarted: 'Not started',
      onTrack: 'On track',
      atRisk: 'At risk',
      delayed: 'Delayed',
      kept: 'Kept',
      partlyKept: 'Partly kept',
      notKept: 'Not kept',
    } satisfies Record<Assessment, string>,
    notAssessed: 'Not assessed',
    field: {
      title: 'The title',
      text: 'The promise text',
      periodStart: 'The start of the period',
      periodEnd: 'The end of the period',
    } satisfies Record<HistoryField, string>,
    notReported: 'not reported',
    feedTitle: (name: string) => `Citizen promises of ${name}: what has changed`,
    feedSubtitle: 'Verdicts, months recorded and texts changed for every published citizen promise.',
    by: (organisation: string) => `Changed by ${organisation}.`,
    created: (promise: string) => `New citizen promise: ${promise}`,
    assessed: (verdict: string, promise: string) => `Verdict: ${verdict} – ${promise}`,
    changed: (field: string, promise: string) => `${field} changed – ${promise}`,
    activityAdded: (activity: string, promise: string) => `Activity added: ${activity} – ${promise}`,
    activityRemoved: (activity: string, promise: string) => `Activity removed: ${activity} – ${promise}`,
    monthRecorded: (activity: string, month: string, value: string) => `${activity}: ${month} recorded, ${value}`,
    monthCorrected: (activity: string, month: string, before: string, after: string) =>
      `${activity}: ${month} corrected, ${before} → ${after}`,
    wasBefore: (before: string) => `Before: ${before}`,
    embed: {
      eyebrow: (name: string) => `Citizen promise of ${name}`,
      period: (start: string, end: string) => `Runs ${start}–${end}`,
      verdict: 'Verdict',
      assessedOn: (date: string) => `Assessed ${date}`,
      progress: 'Outcomes of the activities so far',
      activity: 'Activity',
      outcome: 'Outcome of target',
      share: 'Share',
      noMeasure: 'no measure',
      chart: (list: string) => `Bar chart, outcome as a percentage of the target so far: ${list}.`,
      none: 'No published activities with a measure yet.',
      readMore: 'Read more and see the history on Löfteskollen',
    },
  },
};

export function wordsOf(lang: Lang) {
  return WORDS[lang];
}

/** A verdict in words, or "not assessed". */
export function verdictWord(lang: Lang, assessment: Assessment | null | undefined): string {
  return assessment ? WORDS[lang].assessment[assessment] : WORDS[lang].notAssessed;
}

/** The icon of a verdict: a shape that says it without colour (the word always beside it). */
export const VERDICT_ICONS: Record<Assessment | 'none', string> = {
  none: '–',
  notStarted: '○',
  onTrack: '▶',
  atRisk: '▲',
  delayed: '◷',
  kept: '✔',
  partlyKept: '◐',
  notKept: '✖',
};

/** A date (YYYY-MM-DD or a timestamp) as the language writes it: "15 juni 2026". */
export function dateText(lang: Lang, date: string): string {
  const value = new Date(date.length === 10 ? `${date}T12:00:00Z` : date);
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Stockholm',
  }).format(value);
}

/** A number as the language writes it. */
export function numberText(lang: Lang, value: number | null | undefined, unit?: string | null): string {
  if (value === null || value === undefined) return WORDS[lang].notReported;
  const number = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
  return unit ? `${number} ${unit}` : number;
}

/** "mars 2026" / "March 2026". */
export function monthText(lang: Lang, month: string): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** The title and the text of one history entry. */
export function describeEntry(lang: Lang, entry: HistoryEntry): { title: string; text: string } {
  const w = WORDS[lang];
  const by = entry.by ? ` ${w.by(entry.by)}` : '';
  const activity = entry.activityTitle ?? '';
  const month = entry.month ? monthText(lang, entry.month) : '';
  switch (entry.kind) {
    case 'created':
      return { title: w.created(entry.promiseTitle), text: `${w.created(entry.promiseTitle)}.${by}` };
    case 'assessed': {
      const verdict = verdictWord(lang, entry.assessment);
      const before = entry.previousAssessment ? ` ${w.wasBefore(verdictWord(lang, entry.previousAssessment))}.` : '';
      return {
        title: w.assessed(verdict, entry.promiseTitle),
        text: `${entry.assessmentNote ?? ''}${before}${by}`.trim(),
      };
    }
    case 'changed': {
      const field = w.field[entry.field ?? 'text'];
      return {
        title: w.changed(field, entry.promiseTitle),
        text: `${entry.after ?? ''}\n\n${w.wasBefore(entry.before ?? '')}${by}`,
      };
    }
    case 'activityAdded':
    case 'activityRemoved':
      return {
        title: w[entry.kind](activity, entry.promiseTitle),
        text: `${w[entry.kind](activity, entry.promiseTitle)}.${by}`,
      };
    case 'monthRecorded': {
      const title = w.monthRecorded(activity, month, numberText(lang, entry.outcomeAfter, entry.unit));
      return { title, text: `${title}. ${entry.comment ?? ''}${by}`.trim() };
    }
    case 'monthCorrected': {
      const title = w.monthCorrected(
        activity,
        month,
        numberText(lang, entry.outcomeBefore, entry.unit),
        numberText(lang, entry.outcomeAfter, entry.unit),
      );
      return { title, text: `${title}. ${entry.comment ?? ''}${by}`.trim() };
    }
  }
}
