// The project carries its own copies of the reference material it runs on (a user's clone
// has no ../shared beside it). Where ../shared is present, each copy must be identical to
// its original, so a change upstream is noticed rather than silently diverging.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, SHARED_ORIGINALS_DIR, VENDORED, VENDORED_DIRS } from '@ilr/testing';
import { describe, expect, it } from 'vitest';

const here = (p: string) => join(REPO_ROOT, p);
const original = (p: string) => join(SHARED_ORIGINALS_DIR, p);
const haveOriginals = existsSync(SHARED_ORIGINALS_DIR);

describe('the project\'s copies of ../shared', () => {
  it('are all in the repository', () => {
    for (const { copy } of VENDORED) expect(existsSync(here(copy)), copy).toBe(true);
    for (const { copy } of VENDORED_DIRS) expect(readdirSync(here(copy)).filter((f) => f.endsWith('.xml')).length, copy).toBeGreaterThan(0);
  });

  it('are byte for byte the originals, where ../shared is beside the checkout', () => {
    // Without ../shared there is nothing to compare with; the copies above are what runs.
    const pairs = haveOriginals
      ? [
          ...VENDORED,
          ...VENDORED_DIRS.flatMap(({ copy, original: o }) =>
            readdirSync(original(o)).map((f) => ({ copy: join(copy, f), original: join(o, f) })),
          ),
        ]
      : [];
    for (const { copy, original: o } of pairs) {
      expect(existsSync(here(copy)), `${copy} is missing (copy ../shared/${o})`).toBe(true);
      expect(readFileSync(here(copy)).equals(readFileSync(original(o))), `${copy} differs from ../shared/${o}`).toBe(true);
    }
    for (const { copy, original: o } of haveOriginals ? VENDORED_DIRS : []) {
      expect(readdirSync(here(copy)).sort(), `${copy} has files ../shared/${o} has not`).toEqual(readdirSync(original(o)).sort());
    }
  });
});
