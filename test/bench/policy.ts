// npm run bench:policy: decisions per second over a mixed corpus, on one core.
// Packs are compiled once before timing; nothing is parsed per decision.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decide, decisionDate, loadPolicyData, type PolicyBook, type PatronFacts, type PolicyRequest } from '@ilr/policy';
import { corpusFiles, loadCorpus } from '@ilr/scenarios';

const ROOT = join(import.meta.dirname, '..', '..');
const GOAL = 200_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

const t0 = performance.now();
const data = loadPolicyData();
const loadMs = performance.now() - t0;

// test/corpora holds the seed corpus (a copy of ../shared/scenarios) and the law corpus.
const paths = [join(ROOT, 'test', 'corpora')];
const today = decisionDate(new Date());
const work: Array<{ book: PolicyBook; request: PolicyRequest; patron: PatronFacts | null; date: string }> = [];
for (const file of corpusFiles(paths)) {
  const corpus = loadCorpus(file, data);
  for (const s of corpus.scenarios) {
    work.push({ book: corpus.book, request: s.request, patron: s.patron, date: s.date ?? today });
    work.push({ book: corpus.book, request: s.request, patron: null, date: s.date ?? today }); // the same request for a patron who does not exist
  }
}
const outcomes: Record<string, number> = {};
for (const w of work) {
  const o = decide(w.book, w.request, w.patron, w.date).outcome;
  outcomes[o] = (outcomes[o] ?? 0) + 1;
}

// Warm up, then time whole passes over the mix.
for (let i = 0; i < 20; i++) for (const w of work) decide(w.book, w.request, w.patron, w.date);
let decisions = 0;
const start = performance.now();
const until = start + SECONDS * 1000;
while (performance.now() < until) {
  for (const w of work) decide(w.book, w.request, w.patron, w.date);
  decisions += work.length;
}
const elapsed = (performance.now() - start) / 1000;
const perSecond = Math.round(decisions / elapsed);

const result = {
  policy_decisions_per_s: perSecond,
  goal_per_s: GOAL,
  met: perSecond >= GOAL,
  corpus_requests: work.length,
  outcomes,
  load_and_compile_ms: Math.round(loadMs),
  packs: data.packs.size,
  seconds: Number(elapsed.toFixed(2)),
  node: process.version,
};
console.log('ILR policy engine benchmark (one core)');
console.log(`  packs compiled once        ${data.packs.size} packs, ${data.profiles.size} profiles in ${result.load_and_compile_ms} ms`);
console.log(`  mixed corpus               ${work.length} requests (${Object.entries(outcomes).map(([k, v]) => `${k} ${v}`).join(', ')})`);
console.log(`  decisions                  ${decisions.toLocaleString('en-US')} in ${result.seconds} s`);
console.log(`  decisions per second       ${perSecond.toLocaleString('en-US')}  (goal ${GOAL.toLocaleString('en-US')}: ${result.met ? 'met' : 'NOT met'})`);
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'policy.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log('  written                    bench/policy.json');
