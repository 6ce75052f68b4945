// The walk-through of real flows through a running consortium, printed for a person. The
// flows are modules of flows/ (one per topic), listed in flows/index.ts.
import type { Consortium } from './consortium.js';
import { FLOWS, type Flow, type Print } from './flows/index.js';

export interface StepResult {
  /** The flow's short name (Flow.check). */
  title: string;
  outcome: string;
  ok: boolean;
  /** Why it was not shown here (then ok is true and outcome 'SKIPPED'). */
  skipped?: string;
}

export async function walkThrough(c: Consortium, print: Print, flows: readonly Flow[] = FLOWS): Promise<StepResult[]> {
  const results: StepResult[] = [];
  let n = 0;
  for (const flow of flows) {
    print(`\nStep ${++n}. ${flow.title}`);
    const skipped = flow.when?.(c);
    if (skipped) {
      print(`  not shown: ${skipped}`);
      results.push({ title: flow.check, outcome: 'SKIPPED', ok: true, skipped });
      continue;
    }
    const outcome = await flow.run(c, print);
    const ok = outcome === flow.expected;
    results.push({ title: flow.check, outcome, ok });
    print(`  ${ok ? 'as expected' : `UNEXPECTED: expected ${flow.expected}`}`);
  }
  return results;
}
