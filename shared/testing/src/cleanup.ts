import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Last-resort cleanup: servers and temp dirs still alive when the test process exits
 * (a test forgot stop(), or the run was interrupted) are killed and removed. Only
 * synchronous work is possible in an 'exit' handler, hence SIGKILL and rmSync.
 */
const tasks = new Set<() => void>();
let installed = false;

function runAll(): void {
  for (const t of [...tasks]) {
    try {
      t();
    } catch {
      // best effort: keep cleaning the rest
    }
  }
  tasks.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  process.once('exit', runAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      runAll();
      // Keep the default behaviour (terminate) unless someone else handles the signal.
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    });
  }
}

/** Register a synchronous cleanup task; returns a function that unregisters it. */
export function onProcessExit(task: () => void): () => void {
  install();
  tasks.add(task);
  return () => {
    tasks.delete(task);
  };
}

const DIR_PREFIX = 'ilr-nats-';
const OWNER_FILE = '.owner-pid';
let swept = false;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove work dirs left by test processes that died without running their exit handler
 * (SIGKILL, OOM). Once per process; only dirs whose owner process is gone.
 */
function sweepStaleDirs(): void {
  if (swept) return;
  swept = true;
  let entries: string[] = [];
  try {
    entries = readdirSync(tmpdir()).filter((e) => e.startsWith(DIR_PREFIX));
  } catch {
    return;
  }
  for (const e of entries) {
    const dir = join(tmpdir(), e);
    try {
      const pid = Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && !alive(pid)) rmSync(dir, { recursive: true, force: true });
    } catch {
      // not ours, or being created right now: leave it
    }
  }
}

/** A fresh private work dir for one server, removed on stop() or when this process exits. */
export function makeWorkDir(): string {
  sweepStaleDirs();
  const dir = mkdtempSync(join(tmpdir(), DIR_PREFIX));
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
  return dir;
}
