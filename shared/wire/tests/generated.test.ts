// src/gen is generated from proto/ilr/v1 and committed. Regenerate into a temp folder
// and compare, so that a .proto change without `npm run gen -w @ilr/wire` fails CI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const committed = fileURLToPath(new URL('../src/gen', import.meta.url));
const script = fileURLToPath(new URL('../scripts/gen.mjs', import.meta.url));
const fresh = mkdtempSync(join(tmpdir(), 'ilr-wire-gen-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

it('src/gen is what scripts/gen.mjs makes from proto/ilr/v1 (run `npm run gen -w @ilr/wire`)', () => {
  execFileSync(process.execPath, [script, fresh], { stdio: 'pipe' });
  const files = readdirSync(fresh).sort();
  expect(readdirSync(committed).sort()).toEqual(files);
  for (const file of files) {
    const same = readFileSync(join(committed, file)).equals(readFileSync(join(fresh, file)));
    expect(same, `src/gen/${file} is stale`).toBe(true);
  }
}, 120_000);
