import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectNats, libraryInboxPrefix, type IlrNats } from '@ilr/nats';
import { LIBRARY_JS_API_PREFIX, principalKind, type AccessStore } from '../src/index.js';

/** A temp directory removed by the returned function. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A connection as one principal of the store, with the server's permission errors
 * collected: a denied publish or subscribe is not an exception in NATS, the server
 * answers it with `-ERR 'Permissions Violation for <Publish|Subscription> to "<subject>"'`.
 */
export interface Client {
  nats: IlrNats;
  /** Resolves once the server reported this denial; rejects after `timeoutMs`. */
  denied(kind: 'Publish' | 'Subscription', subject: string, timeoutMs?: number): Promise<void>;
  /** Every error the server reported so far. */
  errors(): string[];
}

export async function connectAs(store: AccessStore, url: string, name: string, seedFile = store.seedFile(name)): Promise<Client> {
  const nats = await connectNats({
    servers: url,
    name,
    credentials: { seedFile },
    ...(principalKind(name) === 'library' ? { inboxPrefix: libraryInboxPrefix(name), jsApiPrefix: LIBRARY_JS_API_PREFIX } : {}),
    reconnectTimeWaitMs: 50,
    reconnectJitterMs: 50,
  });
  const seen: string[] = [];
  const waiters = new Set<() => void>();
  void (async () => {
    for await (const s of nats.nc.status()) {
      if (s.type !== 'error') continue;
      seen.push(String((s as { error?: Error }).error?.message ?? ''));
      for (const w of [...waiters]) w();
    }
  })();
  return {
    nats,
    errors: () => [...seen],
    denied(kind, subject, timeoutMs = 5000) {
      const text = `Permissions Violation for ${kind} to "${subject}"`;
      return new Promise<void>((resolve, reject) => {
        const check = (): void => {
          if (!seen.some((e) => e.includes(text))) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no "${text}" from the server within ${timeoutMs} ms; errors: ${JSON.stringify(seen)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

