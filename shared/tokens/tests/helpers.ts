import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DAY_MS } from '../src/index.js';

const made: string[] = [];

/** A directory of its own for each test's keystore (not created: the vault makes it, 0700). */
export function freshDir(): string {
  const parent = mkdtempSync(join(tmpdir(), 'ilr-tokens-'));
  made.push(parent);
  return join(parent, 'keys');
}

/** Remove every directory freshDir made (afterAll). */
export const removeDirs = (): void => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));

/** A clock the test moves. */
export function fakeClock(start = '2026-03-01T09:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advanceDays: (days: number) => void (t += days * DAY_MS),
  };
}
