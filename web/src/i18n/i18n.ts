import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type sv from './sv.json';

// Every text the client shows lives in sv.json and en.json, under the same keys.
// sv.json is the reference: en.json must have every one of its keys (the type below checks it).

export type Lang = 'sv' | 'en';
export type MessageKey = keyof typeof sv;
export type Messages = Record<MessageKey, string>;

// Each language's messages are a chunk of their own, fetched the first time someone reads in it:
// a reader loads one catalog, not both. The messages only signed-in pages show are a second
// chunk per language (split at build time: web/vite.config.ts), fetched before such a page shows.
type Part = { default: Record<string, string> };
const catalogs: Partial<Record<Lang, Messages>> = {};
const loaders: Record<Lang, () => Promise<Part>> = {
  sv: () => import('./sv.json?part=public'),
  en: () => import('./en.json?part=public'),
};
const signedInLoaders: Record<Lang, () => Promise<Part>> = {
  sv: () => import('./sv.json?part=signed-in'),
  en: () => import('./en.json?part=signed-in'),
};
let signedInWanted = false;
const signedInLoaded = new Set<Lang>();

/** Makes a language's messages ready; called before a page is shown in it. */
export async function loadCatalog(lang: Lang): Promise<void> {
  const messages = (catalogs[lang] ??= { ...(await loaders[lang]()).default } as Messages);
  if (signedInWanted && !signedInLoaded.has(lang)) {
    // In place: an I18n already made for this language sees them too.
    Object.assign(messages, (await signedInLoaders[lang]()).default);
    signedInLoaded.add(lang);
  }
}

/** Makes the messages of signed-in pages ready too (in every language loaded from now on). */
export async function loadSignedInMessages(lang: Lang): Promise<void> {
  signedInWanted = true;
  await loadCatalog(lang);
}

const STORAGE_KEY = 'lofteskollen.lang';

/** Swedish unless the person chose English before (remembered in localStorage). */
export function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export function rememberLang(lang: Lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage may be off (private mode): the choice then lasts for this page only.
  }
}

export type Vars = Record<string, string | number>;

/** Numbers, dates and months the way the language writes them (sv-SE: "mars 2025", "12,5 %"). */
export function formatters(lang: Lang) {
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  // Each is made on its first use: a page that writes no date pays for no date format.
  const once = <T>(make: () => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const numberFormat = once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
  const percentFormat = once(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }));
  const monthFormat = once(() => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const shortMonthFormat = once(() => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }));
  const calendarMonthFormat = once(() => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }));
  const dateFormat = once(
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  // The municipality's own clock, wherever the reader is.
  const dateTimeFormat = once(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }),
  );
  const listFormat = once(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const utc = (text: string) => {
    const [year = 1970, month = 1, day = 1] = text.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, day));
  };
  // "jan", not sv-SE's "jan.": a short month name as the axes and spans write it.
  const monthName = (month: string) => shortMonthFormat().format(utc(month)).replace(/\.$/, '');
  return {
    locale,
    number: (value: number) => numberFormat().format(value),
    /** 0.125 → "12,5 %" */
    percent: (fraction: number) => percentFormat().format(fraction),
    /** "2025-03" → "mars 2025" */
    month: (month: string) => monthFormat().format(utc(month)),
    /** "2025-10" → "okt", a column of months within one year */
    monthName,
    /** "2025-01" → "jan 2025", for chart axes: sv-SE abbreviates "jan.", and a 2-digit year reads as a day */
    shortMonth: (month: string) => `${monthName(month)} ${month.slice(0, 4)}`,
    /** Months from first to last, the year said once where it can be: "jan–nov 2026", "nov 2025–feb 2026" */
    monthSpan: (first: string, last: string) => {
      const name = monthName;
      const [from, to] = [first.slice(0, 4), last.slice(0, 4)];
      if (first === last) return `${name(first)} ${from}`;
      return from === to ? `${name(first)}–${name(last)} ${to}` : `${name(first)} ${from}–${name(last)} ${to}`;
    },
    /** A calendar month, every year: "07" → "juli" */
    calendarMonth: (month: string) => calendarMonthFormat().format(utc(`2000-${month}`)),
    /** "2025-03-01" → "1 mars 2025" */
    date: (date: string) => dateFormat().format(utc(date)),
    /** An instant, in Swedish time: "15 juni 2026 kl. 12:00" */
    dateTime: (instant: string) => dateTimeFormat().format(new Date(instant)),
    /** A period of an indicator: a year "2021" as it is, a month "2021-05" as "maj 2021" */
    period: (period: string) => (/^\d{4}-\d{2}$/.test(period) ? monthFormat().format(utc(period)) : period),
    list: (items: string[]) => listFormat().format(items),
  };
}

export type Formatters = ReturnType<typeof formatters>;

export interface I18n {
  lang: Lang;
  /** The message for a key, with {name} placeholders filled in. */
  t: (key: MessageKey, vars?: Vars) => string;
  /** Whether a key built from a value (a field's name, a rule's parameter) has a message. */
  has: (key: string) => key is MessageKey;
  fmt: Formatters;
  setLang: (lang: Lang) => void;
}

export function makeI18n(lang: Lang, setLang: (lang: Lang) => void): I18n {
  // Loaded before the app renders in this language (main.tsx, setLang); empty only for the
  // context's default value, which the app always replaces.
  const messages = catalogs[lang] ?? ({} as Messages);
  return {
    lang,
    t: (key, vars) =>
      vars === undefined
        ? messages[key]
        : messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)),
    has: (key): key is MessageKey => Object.hasOwn(messages, key),
    fmt: formatters(lang),
    setLang,
  };
}

export const I18nContext = createContext<I18n>(makeI18n('sv', () => {}));

export const useI18n = () => useContext(I18nContext);
