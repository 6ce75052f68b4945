// `ilr policy check`: one line per case, then "N passed, N failed".
import type { DecisionDate, PolicyData } from '@ilr/policy';
import { checkScenario } from './check.js';
import { CorpusError, corpusFiles, loadCorpus } from './corpus.js';

export interface CheckSummary {
  passed: number;
  failed: number;
  /** Files that could not be read or validated. */
  invalid: number;
}

/** Runs the corpora; a case without its own date is decided on `date`. */
export function runCheck(paths: readonly string[], data: PolicyData, print: (line: string) => void, date: DecisionDate): CheckSummary {
  const summary: CheckSummary = { passed: 0, failed: 0, invalid: 0 };
  let files: string[];
  try {
    files = corpusFiles(paths);
  } catch (e) {
    if (!(e instanceof CorpusError)) throw e;
    print(`error: ${e.message}`);
    return { ...summary, invalid: 1 };
  }
  for (const file of files) {
    try {
      const corpus = loadCorpus(file, data);
      for (const s of corpus.scenarios) {
        const r = checkScenario(corpus.book, s, date);
        if (r.ok) summary.passed++;
        else summary.failed++;
        print(r.ok ? `ok ${r.id}` : `FAIL ${r.id}: ${r.problems.join('; ')}`);
      }
    } catch (e) {
      if (!(e instanceof CorpusError)) throw e;
      summary.invalid++;
      print(`error: ${e.message}`);
    }
  }
  return summary;
}
