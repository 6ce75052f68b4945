// `ilr policy ...`: check a scenario corpus, explain decisions, list the jurisdiction packs.
import {
  AGENCIES,
  CREDENTIALS,
  DATA_CLASSES,
  LEGAL_BASES,
  MESSAGE_KINDS,
  PROCESS_TYPES,
  ISSUERS,
  PURPOSES,
  RELATIONS,
  WANTS,
  DEFAULT_COMPARE_AGE,
  PolicyError,
  compareJurisdictions,
  dayNumber,
  decisionDate,
  lawJurisdictions,
  loadPolicyData,
  requesterReply,
  screen,
  type CompareFrom,
  type CompareQuery,
  type DataClass,
  type Decision,
  type LegalProcess,
  type Pack,
  type PolicyData,
  type PolicyRequest,
} from '@ilr/policy';
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

  registerCompare(policy);
  registerPacks(policy);
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

// ---------------------------------------------------------------- compare

/** One name of a closed list, case-insensitive; an error names the option and lists the values. */
function oneOf<T extends string>(option: string, value: string, values: readonly T[]): T {
  const v = value.trim().toUpperCase().replaceAll('-', '_') as T;
  if (!values.includes(v)) throw new CliError(`${option}: unknown value "${value}"; expected one of ${values.join(', ')}`);
  return v;
}
const listOf = <T extends string>(option: string, value: string, values: readonly T[]): T[] =>
  value.split(',').filter((x) => x.trim() !== '').map((x) => oneOf(option, x, values));

/** Two letters per data class, so that a row fits in 80 columns. */
const ABBREV: Record<DataClass, string> = {
  EXISTENCE: 'EX',
  IDENTITY: 'ID',
  CONTACT: 'CO',
  CIRCULATION: 'CI',
  HOLDS: 'HO',
  OVERDUE: 'OV',
  FEES: 'FE',
  HISTORY: 'HI',
  GUARDIAN_IDENTITY: 'GI',
  SURVEILLANCE_RECORDS: 'SR',
};
const PROCESS_BASES = new Set<string>(['COURT_ORDER', 'SUBPOENA', 'SEARCH_WARRANT', 'NATIONAL_SECURITY_LETTER', 'FISA_ORDER']);

interface CompareOptions {
  kind: string;
  from: string;
  purpose: string;
  basis: string;
  wants: string;
  age?: string;
  consent?: string;
  owes?: string;
  fines?: string;
  credential?: string;
  listedCaregiver?: boolean;
  household?: boolean;
  issuer?: string;
  date?: string;
  json?: boolean;
}

function parseFrom(value: string, o: CompareOptions): CompareFrom {
  const [type, arg] = value.split(':', 2) as [string, string | undefined];
  switch (type.toLowerCase()) {
    case 'library':
      if (arg) throw new CliError('--from library takes no name: the requester is an out-of-state library');
      return { type: 'LIBRARY' };
    case 'agency':
      if (!arg) throw new CliError(`--from agency:<AGENCY>, one of ${AGENCIES.join(', ')}`);
      return { type: 'AGENCY', agency: oneOf('--from agency', arg, AGENCIES) };
    case 'person':
      if (!arg) throw new CliError(`--from person:<RELATION>, one of ${RELATIONS.join(', ')}`);
      return {
        type: 'PERSON',
        relation: oneOf('--from person', arg, RELATIONS),
        credential: oneOf('--credential', o.credential ?? 'PHOTO_ID', CREDENTIALS),
        listedCaregiver: o.listedCaregiver ?? false,
        household: o.household ?? false,
      };
    default:
      throw new CliError(`--from: "${value}" is not library, agency:<AGENCY> or person:<RELATION>`);
  }
}

export function parseCompare(o: CompareOptions): CompareQuery {
  const kind = oneOf('--kind', o.kind, MESSAGE_KINDS);
  const basis = oneOf('--basis', o.basis, LEGAL_BASES);
  const from = parseFrom(o.from, o);
  let age: number | undefined;
  if (o.age !== undefined) {
    age = Number(o.age);
    if (!Number.isInteger(age) || age < 0 || age > 130) throw new CliError(`--age: "${o.age}" is not an age in years (0-130)`);
  }
  let owes: CompareQuery['owes'];
  if (o.owes !== undefined) {
    const what = listOf('--owes', o.owes, ['MATERIALS', 'FINES'] as const);
    const fines = o.fines === undefined ? 25 : Number(o.fines);
    if (!Number.isFinite(fines) || fines < 0) throw new CliError(`--fines: "${o.fines}" is not an amount`);
    owes = { materials: what.includes('MATERIALS'), fines: what.includes('FINES') ? fines : 0 };
  } else if (o.fines !== undefined) throw new CliError('--fines goes with --owes fines');
  let process: LegalProcess | undefined;
  if (kind === 'LEGAL_PROCESS' || PROCESS_BASES.has(basis)) {
    if (!PROCESS_BASES.has(basis)) throw new CliError(`--kind LEGAL_PROCESS needs --basis ${PROCESS_TYPES.join('|')}`);
    process = { type: basis as LegalProcess['type'], issuer: oneOf('--issuer', o.issuer ?? 'STATE', ISSUERS), gag: false, criminal: false };
  }
  return {
    kind,
    from,
    purpose: oneOf('--purpose', o.purpose, PURPOSES),
    basis,
    wants: listOf('--wants', o.wants, WANTS),
    process,
    age,
    consent: o.consent === undefined ? undefined : listOf('--consent', o.consent, DATA_CLASSES),
    owes,
  };
}

function registerCompare(policy: Command): void {
  policy
    .command('compare')
    .description("one request decided under every jurisdiction's law: counsel default and ceiling, with citations")
    .requiredOption('--kind <KIND>', `the message kind: ${MESSAGE_KINDS.join(', ')}`)
    .requiredOption('--from <WHO>', 'library (an out-of-state library), agency:<AGENCY> or person:<RELATION>')
    .requiredOption('--purpose <P>', `the purpose: ${PURPOSES.join(', ')}`)
    .requiredOption('--basis <B>', `the legal basis claimed: ${LEGAL_BASES.join(', ')}`)
    .requiredOption('--wants <CLASS,...>', 'the data classes (and ACCOUNT_ACTION, NOTICE_TO_PATRON) asked for')
    .option('--age <n>', `the patron's age (default ${DEFAULT_COMPARE_AGE}, an adult)`)
    .option('--consent <CLASS,...>', "a written consent on file to this requester (a library, or the person it names), for these classes")
    .option('--owes <materials|fines>', 'the patron owes materials, fines, or both (materials,fines); default: nothing')
    .option('--fines <amount>', 'with --owes fines: the amount owed (default 25)')
    .option('--credential <C>', `person:<RELATION> only: what the person presents (default PHOTO_ID): ${CREDENTIALS.join(', ')}`)
    .option('--listed-caregiver', 'person:<RELATION> only: the person is the caregiver listed on the account')
    .option('--household', 'person:<RELATION> only: the person resides with the patron')
    .option('--issuer <I>', `legal process only: who issued it (default STATE): ${ISSUERS.join(', ')}`)
    .option('--date <YYYY-MM-DD>', 'decide on this day (default: today, UTC)')
    .option('--json', 'print a JSON array of { jurisdiction, counselDefault: { outcome, disclosed }, ceiling: { outcome, disclosed }, cites }')
    .addHelpText(
      'after',
      `
For every jurisdiction of the statute tables (LAW.md and LAW-2.md), the request is decided twice:
  counsel default  a library there with no profile: the pack's rules as counsel narrows them
  ceiling          a library whose settings take everything the statute permits
                   (ruleForm: CEILING: every rule as the statute states it)
A jurisdiction without a pack is decided by the strict default (marked *).
The patron is an adult (${DEFAULT_COMPARE_AGE}) registered at the deciding library, who owes nothing and has
no consent on file, unless --age, --owes or --consent say otherwise. A requesting library is out
of state, publicly funded, with a written non-disclosure policy, in no shared consortium group;
a collection agency is the deciding library's own. REVIEW shows what a reviewer may release at
most ("up to"); what crosses then is the reviewer's decision.

Examples:
  # What may each state's libraries tell an out-of-state library about an overdue patron
  # who gave it written consent?
  ilr policy compare --kind PATRON_INQUIRY --from library --purpose MATERIAL_RECOVERY \
    --basis PATRON_WRITTEN_CONSENT --wants IDENTITY,CONTACT,OVERDUE \
    --consent IDENTITY,CONTACT,OVERDUE --owes materials

  # The same without consent: material recovery alone
  ilr policy compare --kind PATRON_INQUIRY --from library --purpose MATERIAL_RECOVERY \
    --basis MATERIAL_RECOVERY --wants CONTACT,OVERDUE --owes materials

  # A parent asking what a 14-year-old has checked out
  ilr policy compare --kind ACCOUNT_INQUIRY --from person:PARENT --credential CARD \
    --purpose ACCOUNT_SERVICE --basis PARENT_OF_MINOR --wants CIRCULATION --age 14

  # The home library's collection agency, for fines of $60, as JSON
  ilr policy compare --kind PATRON_INQUIRY --from agency:COLLECTION_AGENCY \
    --purpose FINE_COLLECTION --basis COLLECTION_AGENCY --wants IDENTITY,CONTACT,FEES \
    --owes fines --fines 60 --json`,
    )
    .action((o: CompareOptions) => {
      const query = parseCompare(o);
      const date = dateOption(o.date);
      const data = policyData();
      let rows;
      try {
        rows = compareJurisdictions(data, lawJurisdictions(), query, date);
      } catch (e) {
        if (e instanceof PolicyError) throw new CliError(`${e.at ? `--${e.at}: ` : ''}${e.problem}`);
        throw e;
      }
      if (o.json) {
        console.log(JSON.stringify(rows.map(({ detail: _, ...row }) => row), null, 2));
        return;
      }
      console.log(formatCompare(query, rows, date));
    });
}

const abbrev = (xs: readonly DataClass[]) => (xs.length ? xs.map((c) => ABBREV[c]).join(' ') : '-');

export function formatCompare(q: CompareQuery, rows: ReturnType<typeof compareJurisdictions>, date: string): string {
  const who =
    q.from.type === 'LIBRARY'
      ? 'an out-of-state library'
      : q.from.type === 'AGENCY'
        ? `an agency (${q.from.agency.toLowerCase().replaceAll('_', ' ')})`
        : `a person (${q.from.relation.toLowerCase()}, presenting ${q.from.credential.toLowerCase().replaceAll('_', ' ')}${q.from.listedCaregiver ? ', the listed caregiver' : ''}${q.from.household ? ', of the household' : ''})`;
  const owes = q.owes ? [q.owes.materials ? 'materials' : '', q.owes.fines ? `fines of ${q.owes.fines}` : ''].filter(Boolean).join(' and ') : '';
  const patron = [
    `patron ${q.age ?? DEFAULT_COMPARE_AGE} years old`,
    owes ? `owes ${owes}` : 'owes nothing',
    q.consent?.length ? `written consent on file for ${q.consent.join(', ')}` : 'no consent on file',
  ].join('; ');
  const out = [
    wrap(`${q.kind} from ${who}: purpose ${q.purpose}, basis ${q.basis}, wants ${list(q.wants)}`, '', 80),
    wrap(`${patron}; decided on ${date}`, '', 80),
    '',
    `${''.padEnd(6)}${'COUNSEL DEFAULT'.padEnd(37)}CEILING`,
    `${'WHERE'.padEnd(6)}${'OUTCOME'.padEnd(8)}${'WHAT CROSSES'.padEnd(29)}${'OUTCOME'.padEnd(8)}WHAT CROSSES`,
  ];
  const side = (s: { outcome: string; disclosed: DataClass[] }, review: DataClass[] | undefined) =>
    [s.outcome, s.outcome === 'REVIEW' ? `up to ${abbrev(review ?? [])}` : abbrev(s.disclosed)] as const;
  let defaulted = false;
  for (const r of rows) {
    const star = r.detail.pack === 'default' ? '*' : '';
    defaulted ||= star !== '';
    const [o1, d1] = side(r.counselDefault, r.detail.counselReview);
    const [o2, d2] = side(r.ceiling, r.detail.ceilingReview);
    out.push(`${(r.jurisdiction + star).padEnd(6)}${o1.padEnd(8)}${d1.padEnd(29)}${o2.padEnd(8)}${d2}`.trimEnd());
    out.push(wrap(r.cites.join('; '), '      ', 80));
  }
  const used = new Set(rows.flatMap((r) => [...r.counselDefault.disclosed, ...r.ceiling.disclosed, ...(r.detail.counselReview ?? []), ...(r.detail.ceilingReview ?? [])]));
  out.push('');
  const relays = (side: 'counselDefault' | 'ceiling') => rows.filter((r) => r[side].outcome === 'RELAY' && r[side].disclosed.length > 0).length;
  out.push(`${rows.length} jurisdictions; data crosses in ${relays("counselDefault")} by counsel default, ${relays("ceiling")} at the ceiling.`);
  if (defaulted) out.push('* no pack yet: the strict default decides.');
  if (used.size) out.push(wrap(DATA_CLASSES.filter((c) => used.has(c)).map((c) => `${ABBREV[c]} ${c}`).join(', '), '', 80));
  return out.join('\n');
}

// ---------------------------------------------------------------- packs

function registerPacks(policy: Command): void {
  policy
    .command('packs')
    .description('list the jurisdiction packs: statute, version, when last verified, readings and UNVERIFIED rules, coverage')
    .addHelpText(
      'after',
      `
READ counts the rules (and process rules) that record a reading where the statute is silent;
UNVER those that rest on text not verified (encoded at the strictest reading). A statute
itself not verified is marked "?". The closing line counts the jurisdictions of the statute
tables (shared/policy/law/LAW.md and LAW-2.md) that have a pack.

Example:
  ilr policy packs`,
    )
    .action(() => console.log(formatPacks(policyData(), lawJurisdictions())));
}

const countStatus = (p: Pack, status: string) => p.rules.filter((r) => r.status === status).length + p.process.filter((r) => r.citation.status === status).length;

export function formatPacks(data: PolicyData, jurisdictions: readonly string[]): string {
  const packs = [...data.packs.values()].sort((a, b) => (a.id === 'default' ? 1 : b.id === 'default' ? -1 : a.id.localeCompare(b.id)));
  const out = [`${'PACK'.padEnd(8)}${'VERSION'.padEnd(10)}${'VERIFIED'.padEnd(11)}RULES  READ UNVER  STATUTE`];
  for (const p of packs) {
    const statute = `${p.statute.cite}${p.statute.status === 'UNVERIFIED' ? ' ?' : ''}`;
    const room = 80 - 48; // the columns before the statute
    const cite = statute.length > room ? `${statute.slice(0, room - 1)}…` : statute;
    out.push(
      `${p.id.padEnd(8)}${p.version.padEnd(10)}${p.verified.padEnd(11)}${String(p.rules.length + p.process.length).padStart(5)}${String(countStatus(p, 'READING')).padStart(6)}${String(countStatus(p, 'UNVERIFIED')).padStart(6)}  ${cite}`,
    );
  }
  const covered = jurisdictions.filter((j) => data.packs.has(j));
  const missing = jurisdictions.filter((j) => !data.packs.has(j));
  const unverified = covered.reduce((n, j) => n + countStatus(data.packs.get(j)!, 'UNVERIFIED'), 0);
  out.push('');
  out.push(wrap(`${data.packs.size} packs (${covered.length} jurisdictions and the strict default); profiles: ${[...data.profiles.keys()].sort().join(', ')}`, '', 80));
  if (missing.length) out.push(wrap(`No pack yet (the strict default decides): ${missing.join(', ')}`, '', 80));
  out.push(`${covered.length} of ${jurisdictions.length} jurisdictions; ${unverified} rules UNVERIFIED`);
  return out.join('\n');
}
