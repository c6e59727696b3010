import type { ReminderOccasion } from '../db/schema.js';
import type { Task } from '../reporting/schemas.js';

// The reminder e-mail: who gets it, in their language (Swedish unless they chose
// English), plain text and HTML, each task with a link that opens it; and the
// SMTP transport it goes through.

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends one e-mail; throws when the SMTP server is down or refuses it. */
export type SendMail = (mail: Mail) => Promise<void>;

/** A transport to SMTP_URL with short timeouts: a server that hangs is a failed send, tried again later. */
export function smtpSender(smtpUrl: string, from: string): { send: SendMail; close: () => void } {
  // nodemailer is loaded only where e-mail is on.
  const transport = import('nodemailer').then(({ default: nodemailer }) =>
    nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    }),
  );
  return {
    send: async (mail) => {
      await (await transport).sendMail({ from, ...mail });
    },
    close: () => void transport.then((open) => open.close()),
  };
}

type Language = 'sv' | 'en';

const TEXTS = {
  sv: {
    subject: {
      before: (month: string, due: string) => `Påminnelse: rapportera ${month} senast ${due}`,
      after: (month: string, due: string) => `Försenad rapportering: ${month} skulle ha rapporterats ${due}`,
    },
    greeting: (name: string) => `Hej ${name}!`,
    intro: {
      before: (count: number, due: string) =>
        `${count === 1 ? 'En månad väntar' : `${count} månader väntar`} på ditt utfall i Löfteskollen. Sista rapportdag är ${due}.`,
      after: (count: number, due: string) =>
        `Sista rapportdagen ${due} har passerat. ${count === 1 ? 'En månad väntar' : `${count} månader väntar`} fortfarande på ditt utfall i Löfteskollen.`,
    },
    task: (task: Task, month: string, due: string) =>
      `${task.activityTitle}, ${month} (mål ${formatNumber(task.target, 'sv')}), senast ${due}${task.overdue ? ' – försenad' : ''}`,
    all: 'Alla dina uppgifter',
    footer:
      'Du får det här brevet eftersom du rapporterar uppföljningen i Löfteskollen. Påminnelserna kan du stänga av på sidan Att rapportera.',
  },
  en: {
    subject: {
      before: (month: string, due: string) => `Reminder: report ${month} by ${due}`,
      after: (month: string, due: string) => `Overdue: ${month} was due ${due}`,
    },
    greeting: (name: string) => `Hello ${name},`,
    intro: {
      before: (count: number, due: string) =>
        `${count === 1 ? 'One month awaits' : `${count} months await`} your outcome in Löfteskollen. The report day is ${due}.`,
      after: (count: number, due: string) =>
        `The report day ${due} has passed. ${count === 1 ? 'One month still awaits' : `${count} months still await`} your outcome in Löfteskollen.`,
    },
    task: (task: Task, month: string, due: string) =>
      `${task.activityTitle}, ${month} (target ${formatNumber(task.target, 'en')}), by ${due}${task.overdue ? ' – overdue' : ''}`,
    all: 'All your tasks',
    footer:
      'You get this e-mail because you report the follow-up in Löfteskollen. You can turn reminders off on the page To report.',
  },
} as const;

function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB').format(value);
}

function monthName(month: string, language: Language): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, m - 1, 1)));
}

function dayName(date: string, language: Language): string {
  const [year, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, m - 1, d)));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The page "Att rapportera", opening one task's month straight away when given. */
export function taskLink(publicUrl: string, task?: Pick<Task, 'activityId' | 'month'>): string {
  const page = `${publicUrl}/att-rapportera`;
  return task ? `${page}?aktivitet=${task.activityId}&manad=${task.month}` : page;
}

/** The reminder of one occasion (a month's due date coming, or passed) listing all the person's tasks. */
export function reminderMail(input: {
  person: { email: string; name: string; language: Language | null };
  occasion: ReminderOccasion;
  month: string;
  dueDate: string;
  tasks: readonly Task[];
  publicUrl: string;
}): Mail {
  const language: Language = input.person.language ?? 'sv';
  const texts = TEXTS[language];
  const month = monthName(input.month, language);
  const due = dayName(input.dueDate, language);
  const lines = input.tasks.map((task) => ({
    label: texts.task(task, monthName(task.month, language), dayName(task.dueDate, language)),
    link: taskLink(input.publicUrl, task),
  }));
  const intro = texts.intro[input.occasion](input.tasks.length, due);
  const text = [
    texts.greeting(input.person.name),
    '',
    intro,
    '',
    ...lines.flatMap((line) => [`• ${line.label}`, `  ${line.link}`]),
    '',
    `${texts.all}: ${taskLink(input.publicUrl)}`,
    '',
    texts.footer,
    '',
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${language}"><body>`,
    `<p>${escapeHtml(texts.greeting(input.person.name))}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<ul>',
    ...lines.map((line) => `<li><a href="${escapeHtml(line.link)}">${escapeHtml(line.label)}</a></li>`),
    '</ul>',
    `<p><a href="${escapeHtml(taskLink(input.publicUrl))}">${escapeHtml(texts.all)}</a></p>`,
    `<p><small>${escapeHtml(texts.footer)}</small></p>`,
    '</body></html>',
  ].join('\n');
  return { to: input.person.email, subject: texts.subject[input.occasion](month, due), text, html };
}
