import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '@ilr/testing';
import { CliError } from '../src/index.js';
import { runIlr } from './ilr.js';

const SEEDS = SEEDS_DIR;
const FAILING = join(import.meta.dirname, '..', '..', '..', 'shared', 'scenarios', 'tests', 'fixtures', 'failing.yaml');

const ilr = (...args: string[]) => runIlr(args, { mergeErr: true });

afterEach(() => {
  process.exitCode = undefined;
});

describe('ilr policy check', () => {
  it('prints a line per case and the closing count, exit 0 when all pass', async () => {
    const r = await ilr('policy', 'check', SEEDS);
    expect(r.out).toMatch(/^ok mt-wi-address-request$/m);
    expect(r.out.trim().split('\n').at(-1)).toBe('30 passed, 0 failed');
    expect(r.exitCode ?? 0).toBe(0);
  });

  it('exits non-zero on a failing case', async () => {
    const r = await ilr('policy', 'check', FAILING);
    expect(r.out).toMatch(/FAIL expects-the-wrong-outcome: outcome: expected RELAY, got REFUSE/);
    expect(r.exitCode).toBe(1);
  });
});

describe('ilr policy explain', () => {
  it('explains a decision for a person, with the statute text', async () => {
    const r = await ilr('policy', 'explain', join(SEEDS, 'seeds.yaml'), '--case', 'ocln-fisa-order-with-gag');
    expect(r.out).toContain('Outcome: REVIEW');
    expect(r.out).toContain('under a gag order');
    expect(r.out).toContain('50 U.S.C. 1861');
    expect(r.out).toContain('Decided from the request alone: no patron facts were looked up');
  });

  it('names the cases of the file when the case is unknown', async () => {
    const r = await ilr('policy', 'explain', join(SEEDS, 'seeds.yaml'), '--case', 'no-such-case');
    expect(r.error).toBeInstanceOf(CliError);
    expect((r.error as Error).message).toMatch(/has no case "no-such-case"; its cases are: mt-wi-address-request, /);
  });
});

describe('ilr policy packs and --help', () => {
  it('lists every pack with its UNVERIFIED count', async () => {
    const r = await ilr('policy', 'packs');
    expect(r.out).toMatch(/^US-MT\s+2026\.\d+\.\d+\s+\d{4}-\d{2}-\d{2}\s+\d+\s+\d+\s+\d+\s+MCA 22-1-1103$/m);
    const packs = readdirSync(join(import.meta.dirname, '..', '..', '..', 'shared', 'policy', 'packs')).filter((f) => f.endsWith('.yaml')).length;
    expect(r.out).toContain(`${packs} packs (${packs - 1} jurisdictions and the strict default); profiles: bemis, duxbury,`);
    expect(r.out).toMatch(/^51 of 51 jurisdictions; \d+ rules UNVERIFIED$/m);
  });

  it('tells what each command does', async () => {
    const r = await ilr('policy', 'check', '--help');
    expect(r.out).toContain('Exits 0 when every case passed, 1 when any failed or a file is invalid');
  });
});
