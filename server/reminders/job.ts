import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.js';
import { smtpSender } from './mail.js';
import { runReminders, type ReminderRun } from './service.js';

// The reminder job inside the server process: a round every
// REMINDER_CHECK_SECONDS from when the app is ready until it closes (a round
// under way finishes first). Without SMTP_URL there is no job, and the log
// says so once. A round that fails (the database away) is logged and the next
// one tries again; nothing here can stop the server.

export interface ReminderJob {
  /** Runs one round now (the timer runs them too); rounds never overlap. */
  runOnce(): Promise<ReminderRun>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The reminder job; null when e-mail is not configured. */
    reminders: ReminderJob | null;
  }
}

export function registerReminders(app: FastifyInstance, deps: AppDeps): void {
  const { mail, reminders } = deps.config;
  if (!mail) {
    app.decorate('reminders', null);
    app.addHook('onReady', async () => app.log.info('E-mail reminders are off: SMTP_URL is not set.'));
    return;
  }
  const sender = smtpSender(mail.smtpUrl, mail.from);
  const send = sender.send;
  const settings = { ...reminders, publicUrl: mail.publicUrl };
  let running: Promise<ReminderRun> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const runOnce = (): Promise<ReminderRun> => {
    running ??= runReminders(deps, send, settings).finally(() => {
      running = null;
    });
    return running;
  };
  const tick = async () => {
    try {
      const run = await runOnce();
      if (run.sent > 0 || run.failed > 0) app.log.info(run, 'reminders sent');
    } catch (err) {
      app.log.error({ err }, 'a round of reminders failed; the next round tries again');
    }
    if (!closed) timer = setTimeout(() => void tick(), reminders.checkSeconds * 1000).unref();
  };

  app.decorate('reminders', { runOnce });
  app.addHook('onReady', async () => {
    app.log.info(`E-mail reminders are on: checked every ${reminders.checkSeconds} s.`);
    timer = setTimeout(() => void tick(), 0).unref();
  });
  app.addHook('onClose', async () => {
    closed = true;
    if (timer) clearTimeout(timer);
    await running?.catch(() => {});
    sender.close();
  });
}
