import { join } from 'node:path';
import { loadPolicyData } from '@ilr/policy';
import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus, runCheck } from '../src/index.js';

const data = loadPolicyData();
// The project's copy of ../shared/scenarios (test/vendored.test.ts keeps it identical).
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'test', 'corpora', 'seeds');
const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

function run(paths: string[]) {
  const lines: string[] = [];
  const summary = runCheck(paths, data, (l) => lines.push(l), '2026-12-03');
  return { summary, lines };
}

describe('the acceptance corpus', () => {
  it('decides every seed case as expected', () => {
    const { summary, lines } = run([SEEDS]);
    expect(lines.filter((l) => !l.startsWith('ok '))).toEqual([]);
    expect(summary).toEqual({ passed: 30, failed: 0, invalid: 0 });
  });

  it('decides every case drawn from the statutes of LAW.md (test/corpora/law) as expected', () => {
    const { summary, lines } = run([join(import.meta.dirname, '..', '..', '..', 'test', 'corpora', 'law')]);
    expect(lines.filter((l) => !l.startsWith('ok '))).toEqual([]);
    expect(summary.failed + summary.invalid).toBe(0);
    expect(summary.passed).toBeGreaterThanOrEqual(100);
  });
});

describe('invalid corpus files are errors that name the file, the case and the field', () => {
  const error = (name: string) => {
    try {
      loadCorpus(fixture(name), data);
    } catch (e) {
      return e as CorpusError;
    }
    throw new Error(`${name} loaded`);
  };

  it('an unknown field', () => {
    const e = error('unknown-field.yaml');
    expect(e).toBeInstanceOf(CorpusError);
    expect(e.message).toBe(`${fixture('unknown-field.yaml')}: case has-an-unknown-field: request: unknown field "priority"`);
  });

  it('an unknown enum value', () => {
    const e = error('unknown-enum.yaml');
    expect(e.caseId).toBe('has-an-unknown-basis');
    expect(e.field).toBe('request.basis');
    expect(e.problem).toMatch(/^unknown value; expected one of NONE, PATRON_WRITTEN_CONSENT/);
  });

  it('an unknown library', () => {
    const e = error('unknown-library.yaml');
    expect(e.message).toBe(`${fixture('unknown-library.yaml')}: case asks-an-unknown-library: request.from.library: unknown library "wi-madison" (not in this file's libraries)`);
  });

  it('counts an invalid file and goes on with the others', () => {
    const { summary, lines } = run([fixture('unknown-enum.yaml'), join(SEEDS, 'seeds.yaml')]);
    expect(summary).toEqual({ passed: 30, failed: 0, invalid: 1 });
    expect(lines[0]).toMatch(/^error: .*unknown-enum\.yaml: case has-an-unknown-basis: request\.basis: unknown value/);
  });

  it('reports a missing path', () => {
    expect(run(['/nonexistent/corpus']).lines).toEqual(['error: /nonexistent/corpus: no such file or folder']);
  });
});

describe('failing cases say what differed', () => {
  it('outcome, disclosed, a missing citation and a reply that depends on the patron', () => {
    const { summary, lines } = run([fixture('failing.yaml')]);
    expect(summary).toEqual({ passed: 0, failed: 2, invalid: 0 });
    expect(lines[0]).toBe(
      'FAIL expects-the-wrong-outcome: outcome: expected RELAY, got REFUSE; disclosed: expected [CONTACT], got []; cites: "43.30" is not in [MCA 22-1-1103]',
    );
    expect(lines[1]).toBe('FAIL expects-independence-where-data-crosses: replyIndependentOfPatron: the decision discloses [CONTACT], so the reply depends on the patron');
  });
});
