// Applying a regenerated auth.conf: nats-server re-reads its configuration on SIGHUP, which
// is what `nats-server --signal reload=<pid>` and `systemctl reload` send. Users no longer
// in the configuration are disconnected by the reload (tests/isolation.test.ts).
//
// Found on nats-server 2.9.10: an account ADDED by a reload (a new library) has its imports
// from the ILR account bound only by the NEXT reload; until then its JetStream requests are
// answered "jetstream is not enabled". So adding a library takes two reloads, the second
// after the first has finished (a second SIGHUP during the first may be lost).
import { readFile } from 'node:fs/promises';
import { AccessError } from './errors.js';

/** A pid, or the path of a pid file (nats-server `-P` / `pid_file`). */
export async function resolvePid(target: number | string): Promise<number> {
  if (typeof target === 'number' || /^\d+$/.test(target)) {
    const pid = Number(target);
    if (!Number.isSafeInteger(pid) || pid <= 1) throw new AccessError('RELOAD', `${target} is not a nats-server process id`);
    return pid;
  }
  let text: string;
  try {
    text = await readFile(target, 'utf8');
  } catch (e) {
    throw new AccessError('RELOAD', `cannot read the pid file ${target}: ${(e as Error).message}`);
  }
  if (!/^\s*\d+\s*$/.test(text)) throw new AccessError('RELOAD', `the pid file ${target} does not hold a process id`);
  return resolvePid(text.trim());
}

export interface ReloadOptions {
  /** How many reloads, each after the previous one finished. 2 after adding a library. Default 1. */
  times?: number;
  /**
   * The server's monitoring URL (`http://127.0.0.1:8222`): each reload is awaited by
   * watching /varz config_load_time change. Without it, a reload is assumed done after
   * `settleMs` (nats-server reloads in milliseconds).
   */
  monitorUrl?: string;
  /** How long to wait for one reload. Default 10 s. */
  timeoutMs?: number;
  /** Without monitorUrl: the pause between reloads. Default 1 s. */
  settleMs?: number;
}

async function loadTime(monitorUrl: string): Promise<string> {
  let body: { config_load_time?: string };
  try {
    const res = await fetch(`${monitorUrl.replace(/\/$/, '')}/varz`, { signal: AbortSignal.timeout(2000) });
    body = (await res.json()) as { config_load_time?: string };
  } catch (e) {
    throw new AccessError('RELOAD', `cannot read ${monitorUrl}/varz to follow the reload: ${(e as Error).message}`);
  }
  if (!body.config_load_time) throw new AccessError('RELOAD', `${monitorUrl}/varz has no config_load_time: is it nats-server's monitoring port?`);
  return body.config_load_time;
}

function signal(pid: number): void {
  try {
    process.kill(pid, 'SIGHUP');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ESRCH' ? 'no such process' : code === 'EPERM' ? 'not permitted (run as the user of nats-server)' : (e as Error).message;
    throw new AccessError('RELOAD', `cannot signal nats-server (pid ${pid}) to reload: ${why}`);
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Sends SIGHUP to the nats-server process `target` (a pid or a pid file) so that it
 * reloads its configuration, `times` times, each after the previous reload finished.
 * Resolves with the pid. A cluster needs this on every node.
 */
export async function reloadNatsServer(target: number | string, opts: ReloadOptions = {}): Promise<number> {
  const pid = await resolvePid(target);
  const times = opts.times ?? 1;
  for (let i = 0; i < times; i++) {
    const last = i === times - 1;
    if (!opts.monitorUrl) {
      signal(pid);
      if (!last) await pause(opts.settleMs ?? 1000);
      continue;
    }
    const before = await loadTime(opts.monitorUrl);
    signal(pid);
    const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
    // The reload reports nowhere but /varz: poll it, briefly.
    while ((await loadTime(opts.monitorUrl)) === before) {
      if (Date.now() > deadline) throw new AccessError('RELOAD', `nats-server (pid ${pid}) did not reload within ${opts.timeoutMs ?? 10_000} ms; see its log`);
      await pause(20);
    }
  }
  return pid;
}
