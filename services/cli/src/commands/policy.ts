// `ilr policy ...`: check a scenario corpus, explain decisions, list the jurisdiction packs.
import { dayNumber, decisionDate, loadPolicyData, requesterReply, screen, type Decision, type PolicyData, type PolicyRequest } from '@ilr/policy';
import { CorpusError, checkScenario, loadCorpus, runCheck } from '@ilr/scenarios';
import type { Command } from 'commander';
import { CliError, list, wrap } from '../output.js';

let cached: PolicyData | undefined;
const policyData = () => (cached ??= loadPolicyData());

/** The decision date: --date, or today (UTC). The clock is read here, never in the engine. */
function dateOption(value: string | undefined): string {
  if (value === undefined) return decisionDate(new Date());
  if (dayNumber(value) === undefined) throw new CliError(`--date must be YYYY-MM-DD, e.g. 2026-01-01; got "${value}"`);
  return value;
}
const DATE_HELP = 'decide on this day, YYYY-MM-DD (default: today, UTC); a case with its own date keeps it';

export function registerPolicy(program: Command): void {
  const policy = program
    .command('policy')
    .description('decide, explain and check policy decisions offline (no NATS needed)')
    .addHelpText('after', '\nThe packs and profiles shipped with ILR are in shared/policy/packs and shared/policy/profiles.');

  policy
    .command('check')
    .description('run scenario corpora: one line per case, then "N passed, N failed"')
    .argument('<paths...>', 'corpus files (.yaml) or folders holding them')
    .option('--date <YYYY-MM-DD>', DATE_HELP)
    .addHelpText(
      'after',
      `
Exits 0 when every case passed, 1 when any failed or a file is invalid. An invalid file is
reported with the file, the case and the field at fault; it is never skipped silently.

Laws take effect on a date: each case is decided on its own \`date:\` where it has one, else
on --date (default today).

Examples:
  ilr policy check test/corpora
  ilr policy check --date 2025-12-31 test/corpora/law/us-vt.yaml`,
    )
    .action((paths: string[], opts: { date?: string }) => {
      const summary = runCheck(paths, policyData(), (line) => console.log(line), dateOption(opts.date));
      console.log(`${summary.passed} passed, ${summary.failed} failed`);
      if (summary.invalid) console.error(`${summary.invalid} invalid file${summary.invalid > 1 ? 's' : ''}`);
      if (summary.failed || summary.invalid) process.exitCode = 1;
    });

  policy
    .command('explain')
    .description('explain each decision of a corpus file for a person: outcome, what crosses, basis, statute text')
    .argument('<file>', 'a corpus file in the format of test/corpora/seeds/README.md')
    .option('--case <id>', 'explain only this case')
    .option('--date <YYYY-MM-DD>', DATE_HELP)
    .addHelpText('after', '\nExample:\n  ilr policy explain ../shared/scenarios/seeds.yaml --case mt-wi-address-request')
    .action((file: string, opts: { case?: string; date?: string }) => {
      const date = dateOption(opts.date);
      let corpus;
      try {
        corpus = loadCorpus(file, policyData());
      } catch (e) {
        if (e instanceof CorpusError) throw new CliError(e.message);
        throw e;
      }
      const scenarios = opts.case ? corpus.scenarios.filter((s) => s.id === opts.case) : corpus.scenarios;
      if (opts.case && scenarios.length === 0) {
        throw new CliError(`${file} has no case "${opts.case}"; its cases are: ${corpus.scenarios.map((s) => s.id).join(', ')}`);
      }
      for (const s of scenarios) {
        const on = s.date ?? date;
        const result = checkScenario(corpus.book, s, on);
        const looked = !screen(corpus.book, s.request, on).final;
        console.log(explainDecision(s.id, s.request, result.decision, looked, s.patron !== null, on));
        console.log(`  Expected ${s.expect.outcome}: ${result.ok ? 'as decided' : `DIFFERS (${result.problems.join('; ')})`}\n`);
      }
    });

  policy
    .command('packs')
    .description('list the jurisdiction packs: statute, version, rules, and how many are UNVERIFIED')
    .action(() => {
      const data = policyData();
      const rows = [...data.packs.values()].sort((a, b) => a.id.localeCompare(b.id));
      const w = Math.max(...rows.map((p) => p.statute.cite.length));
      console.log(`${'PACK'.padEnd(9)} ${'STATUTE'.padEnd(w)}  VERSION   RULES  PROCESS  UNVERIFIED  READINGS  NAME`);
      for (const p of rows) {
        const readings = p.rules.filter((r) => r.status === 'READING').length + p.process.filter((r) => r.citation.status === 'READING').length;
        console.log(
          `${p.id.padEnd(9)} ${p.statute.cite.padEnd(w)}  ${p.version.padEnd(8)}  ${String(p.rules.length).padStart(5)}  ${String(p.process.length).padStart(7)}  ${String(p.unverified).padStart(10)}  ${String(readings).padStart(8)}  ${p.name}`,
        );
      }
      console.log(`\n${rows.length} packs; profiles: ${[...data.profiles.keys()].sort().join(', ')}`);
    });
}

function describeRequest(r: PolicyRequest): string {
  const f = r.from;
  const from =
    f.type === 'LIBRARY'
      ? `library ${f.library}`
      : f.type === 'AGENCY'
        ? `${f.agency.toLowerCase().replace('_', ' ')}${f.contractedBy ? ` (under contract to ${f.contractedBy})` : ''}`
        : `a person (${f.relation.toLowerCase()}, presenting ${f.credential.toLowerCase().replaceAll('_', ' ')})`;
  const process = r.process ? `; ${r.process.issuer.toLowerCase()} ${r.process.type.toLowerCase().replaceAll('_', ' ')}${r.process.gag ? ' with a gag order' : ''}` : '';
  return `${r.kind} from ${from} to ${r.to}; purpose ${r.purpose}, basis claimed ${r.basis}${process}; wants ${list(r.wants)}`;
}

export function explainDecision(id: string, request: PolicyRequest, d: Decision, looked: boolean, patronExists: boolean, date: string): string {
  const out = [`Case ${id}`, wrap(describeRequest(request), '  ')];
  out.push(`  Decided by ${d.decidedBy} under the ${d.pack.id} pack, version ${d.pack.version}, on ${date}`);
  out.push(
    looked
      ? `  Patron facts were asked of the home library (${patronExists ? 'a patron record exists' : 'no such patron'})`
      : '  Decided from the request alone: no patron facts were looked up',
  );
  out.push(`  Outcome: ${d.outcome}${d.referTo ? ` to ${d.referTo}` : ''}`);
  out.push(`  What crosses: ${list(d.disclosed)}`);
  if (d.notice) out.push(`  Notice to the patron: ${d.notice.toLowerCase()}`);
  if (d.label !== undefined) out.push(`  Hold-shelf label: "${d.label}"`);
  if (d.review) {
    const r = d.review;
    out.push(
      `  Review: ${r.route.toLowerCase().replace('_', ' ')}${r.urgent ? ', URGENT' : ''}${r.gag ? ', under a gag order' : ''}${r.notifyConsortium ? ', consortium notified' : ''}; may release at most ${list(r.ceiling)}`,
    );
  }
  out.push(`  Basis: ${d.basis}`);
  out.push('  Rests on:');
  for (const c of d.citations) {
    out.push(`    ${c.cite}${c.status === 'VERIFIED' ? '' : ` [${c.status}]`}`);
    out.push(wrap(c.text, '      '));
  }
  const reply = requesterReply(d);
  out.push(`  The requester is told: ${reply.message} (${reply.reasonCode})`);
  return out.join('\n');
}
