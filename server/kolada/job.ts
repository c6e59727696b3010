import type { FastifyInstance } from 'fastify';
import type { KoladaSync } from './schemas.js';
import { syncAll, type KoladaDeps } from './service.js';

// The daily Kolada sync: started and stopped with the app, at the configured
// hour (UTC) by the injected clock. A run that fails is logged and the next
// day's runs as planned; the server never falls over for Kolada's sake.

export interface JobLog {
  info: (object: object, message: string) => void;
  error: (object: object, message: string) => void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long from now until the next time the clock shows this hour (UTC), at least a moment ahead. */
export function msUntilHour(now: Date, hour: number): number {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour));
  const wait = next.getTime() - now.getTime();
  return wait > 0 ? wait : wait + DAY_MS;
}

export interface KoladaJob {
  /** Resolves when a run under way has finished; no run starts after. */
  stop: () => Promise<void>;
  /** The runs so far (for tests and the log). */
  readonly runs: number;
}

export function startKoladaJob(
  deps: KoladaDeps,
  log: JobLog,
  onRun: (results: KoladaSync[]) => void = () => {},
): KoladaJob {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  let runs = 0;

  const run = async () => {
    try {
      const results = await syncAll(deps);
      const failed = results.filter((result) => result.outcome === 'failed');
      log.info({ indicators: results.length, failed: failed.length }, 'Kolada sync done');
      onRun(results);
    } catch (error) {
      log.error({ err: error }, 'Kolada sync failed');
    } finally {
      runs += 1;
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(
      () => {
        running = run().then(schedule);
      },
      msUntilHour(deps.clock.now(), deps.config.kolada.syncHour),
    );
    // A timer of a day must not keep a process alive that is otherwise done.
    timer.unref();
  };
  schedule();

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
    get runs() {
      return runs;
    },
  };
}

/** The daily Kolada sync lives as long as the app: started when it is ready, stopped (its run finished) on close. */
export function registerKoladaJob(app: FastifyInstance, deps: KoladaDeps): void {
  let job: ReturnType<typeof startKoladaJob> | undefined;
  app.addHook('onReady', async () => {
    job = startKoladaJob(deps, app.log);
  });
  app.addHook('onClose', async () => {
    await job?.stop();
  });
}
