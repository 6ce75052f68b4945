import { accessSync, constants } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { delimiter, join } from 'node:path';
import { NatsHarnessError } from './errors.js';

let cachedBinary: string | undefined;

/**
 * Locate nats-server: NATS_SERVER_BIN, then PATH, then the usual install dirs (Debian
 * puts it in /usr/sbin, which is not on a normal user's PATH).
 */
export function findNatsServerBinary(): string {
  if (cachedBinary) return cachedBinary;
  const fromEnv = process.env['NATS_SERVER_BIN'];
  const candidates = fromEnv
    ? [fromEnv]
    : [
        ...(process.env['PATH'] ?? '').split(delimiter).filter(Boolean).map((d) => join(d, 'nats-server')),
        '/usr/sbin/nats-server',
        '/usr/bin/nats-server',
        '/usr/local/bin/nats-server',
      ];
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      cachedBinary = c;
      return c;
    } catch {
      // try the next one
    }
  }
  throw new NatsHarnessError(
    fromEnv
      ? `NATS_SERVER_BIN=${fromEnv} is not an executable file`
      : 'nats-server not found (looked on PATH and in /usr/sbin, /usr/bin, /usr/local/bin); run scripts/ensure-nats-server.sh',
  );
}

/**
 * Reserve `count` distinct free TCP ports on 127.0.0.1. All sockets are held open until
 * every port is chosen, so the ports are distinct; there is still a short window before
 * the server binds them, which callers cover by retrying on "address already in use".
 */
export async function reserveFreePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const s = createServer();
      servers.push(s);
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => resolve());
      });
    }
    return servers.map((s) => {
      const addr = s.address();
      if (addr === null || typeof addr === 'string') throw new NatsHarnessError('could not reserve a free port');
      return addr.port;
    });
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
  }
}

/** GET a monitoring endpoint; resolves with status and parsed JSON (or undefined). */
export async function httpJson(url: string, timeoutMs = 2000): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, body };
}

/**
 * Poll `probe` until it returns a value other than undefined. Short, growing intervals:
 * this waits on a condition of the server, not a guessed duration. `abort` lets a caller
 * stop waiting when the process it is watching has died.
 */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  opts: { timeoutMs: number; abort?: () => Error | undefined },
): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  let interval = 10;
  let lastError: unknown;
  for (;;) {
    const aborted = opts.abort?.();
    if (aborted) throw aborted;
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) {
      throw new NatsHarnessError(`timed out after ${opts.timeoutMs} ms waiting for ${what}`, { cause: lastError });
    }
    await new Promise((r) => setTimeout(r, interval));
    interval = Math.min(interval * 2, 200);
  }
}

let counter = 0;
/** A short unique name for servers and clusters started by this process. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 6)}`;
}
