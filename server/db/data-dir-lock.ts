import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// PGlite is one process's database: two processes on one data dir would each
// write its files as if alone and corrupt it. Whoever opens a DATA_DIR (the
// server, npm run backup, npm run restore) holds this lock file in it; a process
// that died (SIGKILL, power loss) leaves a stale file, which the next one takes over.

export const LOCK_FILE = 'lofteskollen.pid';

export class DataDirInUseError extends Error {}

interface Holder {
  pid: number;
  /** The holder's start time (Linux: clock ticks after boot), so a reused pid is not taken for it. */
  started: string | null;
}

function startTimeOf(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat, counted after the command name (which may hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isRunning(holder: Holder): boolean {
  if (holder.pid === process.pid) return false; // an earlier life of ours (a container's pid 1 starts again)
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = startTimeOf(holder.pid);
  return holder.started === null || started === null || started === holder.started;
}

function readHolder(file: string): Holder | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, started: parsed.started ?? null } : null;
  } catch {
    return null;
  }
}

/** Takes the data dir's lock (making the dir if need be); throws DataDirInUseError while a live process holds it. Returns the release. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  const me: Holder = { pid: process.pid, started: startTimeOf(process.pid) };
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (attempt > 0 || (holder !== null && isRunning(holder))) {
        throw new DataDirInUseError(`the data dir ${dataDir} is in use by process ${holder?.pid ?? '(unknown)'}`);
      }
      unlinkSync(file);
    }
  }
  return () => {
    if (readHolder(file)?.pid === me.pid) unlinkSync(file);
  };
}
