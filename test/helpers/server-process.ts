import { spawn, type ChildProcess } from 'node:child_process';
import { projectRoot } from '../../server/paths.js';

// The real server process (server/main.ts through tsx), as `npm run dev` runs it.

/** The variables the server reads: taken from the test's environment never, only from `env`. */
const SERVER_VARIABLES =
  /^(PORT|HOST|DATABASE_URL|DATA_DIR|DEMO_DATA|ADMIN_EMAIL|ADMIN_PASSWORD|SESSION_\w+|COOKIE_SECURE|TRUST_PROXY|BODY_LIMIT_BYTES|SHUTDOWN_TIMEOUT_MS|DB_TIMEOUT_MS|LOGIN_FAILURES_PER_MINUTE|WRITES_PER_MINUTE|IMPORT_MAX_\w+|OPEN_DATA_LICENCE|LOG_LEVEL|PUBLIC_URL|OIDC_\w+|MFA_REQUIRED|DEMO_PUBLIC)$/;

export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

export interface ServerProcess {
  child: ChildProcess;
  /** http://127.0.0.1:<port>, from the server's own "listening" log line. */
  url: string;
  port: number;
  /** Every JSON log line so far, in order. */
  logs: LogLine[];
  stderr(): string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first log line (so far or to come) that matches. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
}

/** The test's environment without any variable the server reads. */
export function serverFreeEnvironment(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !SERVER_VARIABLES.test(name)));
}

const running = new Set<ChildProcess>();

/** Kills (by its pid) every server this helper started that still runs: for afterAll. */
export function killStrayServers() {
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  running.clear();
}

/** Spawns the server on a port the OS picks (PORT=0) and resolves once it listens. */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const inherited = serverFreeEnvironment();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectRoot,
    // Accounts sign in with a password only unless a test asks for a second factor (MFA_REQUIRED).
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', MFA_REQUIRED: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const logs: LogLine[] = [];
  const waiters: { match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  let stderr = '';
  let pending = '';

  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const text of lines) {
      if (text.trim() === '') continue;
      let line: LogLine;
      try {
        line = JSON.parse(text) as LogLine;
      } catch {
        line = { msg: text, level: 0, raw: true };
      }
      logs.push(line);
      for (const waiter of [...waiters]) {
        if (waiter.match(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });

  function waitForLog(match: (line: LogLine) => boolean, waitMs = 10_000): Promise<LogLine> {
    const seen = logs.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`no matching log line within ${waitMs} ms; stderr: ${stderr}`));
      }, waitMs);
      const waiter = {
        match,
        resolve: (line: LogLine) => {
          clearTimeout(timer);
          resolve(line);
        },
      };
      waiters.push(waiter);
    });
  }

  const listening = waitForLog(
    (line) => /^Server listening at http:\/\/127\.0\.0\.1:\d+/.test(line.msg ?? ''),
    timeoutMs,
  );
  const result = await Promise.race([listening.then((line) => ({ line })), exited.then((exit) => ({ exit }))]);
  if ('exit' in result) {
    listening.catch(() => {});
    throw new Error(`the server exited (${JSON.stringify(result.exit)}) before listening; stderr: ${stderr}`);
  }
  const url = /^Server listening at (http:\/\/127\.0\.0\.1:(\d+))/.exec(result.line.msg!)!;
  return { child, url: url[1]!, port: Number(url[2]), logs, stderr: () => stderr, exited, waitForLog };
}

/** Sends the signal and resolves with how the process exited and how long it took. */
export async function stopServerProcess(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM') {
  const started = Date.now();
  server.child.kill(signal);
  const exit = await server.exited;
  return { ...exit, ms: Date.now() - started };
}
