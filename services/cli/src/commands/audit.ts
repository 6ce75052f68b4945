// `ilr audit ...`: verify the hash-chained audit log end to end, and query it with counts.
// For operations staff and a library's privacy officer (docs/AUDIT.md). Needs NATS.
import { AuditError, parseAnchor, queryAudit, verifyAuditStream, type Anchor, type AuditCounts, type AuditFilter, type VerifyReport } from '@ilr/audit';
import { NatsSetupError, STREAMS, connectNats, isLibraryId, type IlrNats } from '@ilr/nats';
import { LEGAL_BASES, MESSAGE_KINDS, OUTCOMES } from '@ilr/policy';
import { Operations } from '@ilr/ops';
import { Option, type Command } from 'commander';
import { userInfo } from 'node:os';
import { CliError } from '../output.js';

interface ConnectOpts {
  server?: string;
  creds?: string;
  stream?: string;
}

const connectOptions = (cmd: Command): Command =>
  cmd
    .option('--server <url>', 'NATS server URL(s), comma-separated (default: NATS_URL, else nats://127.0.0.1:4222)')
    .option('--creds <file>', 'NATS .creds file of an operations user allowed to read the audit stream')
    .option('--stream <name>', 'the stream to read (a copy or a mirror of the audit log)', STREAMS.audit.name);

/** Runs `work` on a connection, turning setup and audit errors into one clear line. */
async function withNats<T>(opts: ConnectOpts, work: (nats: IlrNats) => Promise<T>): Promise<T> {
  let nats: IlrNats;
  try {
    nats = await connectNats({ name: 'ilr-cli-audit', ...(opts.server ? { servers: opts.server } : {}), ...(opts.creds ? { credentials: { credsFile: opts.creds } } : {}) });
  } catch (e) {
    if (e instanceof NatsSetupError) throw new CliError(e.message);
    throw e;
  }
  try {
    return await work(nats);
  } catch (e) {
    if (e instanceof AuditError) throw new CliError(e.message);
    throw e;
  } finally {
    await nats.close();
  }
}

const count = (n: number) => n.toLocaleString('en-US');

export function registerAudit(program: Command): void {
  const audit = program
    .command('audit')
    .description('verify and query the hash-chained audit log of every decision (needs NATS; NATS_URL or --server)')
    .addHelpText('after', '\nWhat an entry holds, and never holds: docs/AUDIT.md.');

  connectOptions(
    audit
      .command('verify')
      .description('check the whole hash chain; exit 1 naming the first broken stream sequence and why')
      .option('--anchor <seq:hash>', 'a head printed by an earlier verify: fails if that entry was replaced or removed since (repeatable)', collect, [])
      .option('--no-record', `do not record the result in ${STREAMS.console.name} (shown by ilr status and the console)`)
      .option('--json', 'print the report as JSON'),
  )
    .addOption(new Option('--progress-every <n>', 'print progress every n entries').default('10000').hideHelp())
    .addHelpText(
      'after',
      `
Reads every entry from seq 1 to the last one and checks that each is intact (its content
matches its hash), sits at the sequence it was written at, and is chained to the entry
before it. Prints progress on a long chain (to stderr), then the head: keep it, and pass
it as --anchor next time to detect a rewrite of the end of the chain.

Exits 0 when the chain is intact, 1 when it is broken (the first broken sequence and the
reason: MISSING, UNREADABLE, ALTERED, MISPLACED, INSERTED, REWRITTEN, WRONG_SUBJECT,
ANCHOR_MISMATCH; see docs/AUDIT.md), 2 when it cannot be read.

Examples:
  ilr audit verify
  ilr audit verify --server nats://ops.example:4222 --anchor 52113:4f0c...e9`,
    )
    .action(async (opts: ConnectOpts & { anchor: string[]; json?: boolean; progressEvery: string; record: boolean }) => {
      let anchors: Anchor[];
      try {
        anchors = opts.anchor.map(parseAnchor);
      } catch (e) {
        throw new CliError(`--anchor: ${(e as Error).message}`);
      }
      const every = positive(opts.progressEvery, '--progress-every');
      const report = await withNats(opts, async (nats) => {
        const r = await verifyAuditStream(nats, {
          anchors,
          progressEvery: every,
          ...(opts.stream ? { stream: opts.stream } : {}),
          onProgress: (checked, last) => {
            if (!opts.json && last >= every) console.error(`verified ${count(checked)} of ${count(last)} entries`);
          },
        });
        // The audit tile of `ilr status` and the console show the last verification of the log itself.
        if (opts.record && (opts.stream ?? STREAMS.audit.name) === STREAMS.audit.name) {
          const by = `ilr audit verify (${userInfo().username})`;
          await new Operations({ nc: nats.nc })
            .recordVerification({ by, ok: r.ok, checked: r.checked, lastSeq: r.lastSeq ?? 0, ...(r.breaks[0] ? { firstBreak: { seq: r.breaks[0].seq, code: r.breaks[0].code } } : {}) })
            .catch((e: unknown) => console.error(`ilr: the verification was not recorded in ${STREAMS.console.name}: ${(e as Error).message}`));
        }
        return r;
      });
      printVerify(report, opts.stream ?? STREAMS.audit.name, opts.json);
      if (!report.ok) {
        const first = report.breaks[0]!;
        const more = report.breakCount > 1 ? ` (${count(report.breakCount)} breaks in all)` : '';
        throw new CliError(`audit chain broken at seq ${first.seq}: ${first.code}: ${first.reason}${more}`, 1);
      }
    });

  connectOptions(
    audit
      .command('query')
      .description('list the entries matching a filter, with counts by outcome, basis and library')
      .option('--library <id>', 'entries this library took part in (home, sender or recipient)')
      .option('--home <id>', 'entries decided under this library\'s policy')
      .option('--outcome <list>', `comma-separated: ${OUTCOMES.join(', ')}`)
      .option('--basis <list>', 'comma-separated legal bases, e.g. SUBPOENA,COURT_ORDER')
      .option('--kind <list>', 'comma-separated message kinds, e.g. PATRON_INQUIRY')
      .option('--since <time>', 'decided at or after: ISO 8601 (2026-06-01, 2026-06-01T12:00:00Z) or a time ago (30m, 24h, 7d)')
      .option('--until <time>', 'decided before (same forms as --since)')
      .option('--limit <n>', 'entries listed (all matching ones are counted)', '50')
      .option('--json', 'print { filter, counts, entries, scanned, unreadable } as JSON'),
  )
    .addHelpText(
      'after',
      `
Entries hold no patron identity; tokenDigests are SHA-256 digests of patron tokens, which
only the home library can match to its own tokens. Entries under a gag (a national security
letter or FISA order) are never listed or counted here (\`ilr audit verify\` still checks them).

Examples:
  ilr audit query --home mt-bozeman --since 7d
  ilr audit query --outcome REVIEW --basis SEARCH_WARRANT,NATIONAL_SECURITY_LETTER --json
  ilr audit query --library wi-madison --since 2026-06-01 --until 2026-07-01`,
    )
    .action(async (opts: ConnectOpts & QueryFlags) => {
      const filter = filterOf(opts);
      const limit = positive(opts.limit, '--limit', true);
      // The gag rule: an item under NSL/FISA nondisclosure is in no list or count an operator sees.
      const r = await withNats(opts, (nats) => queryAudit(nats, filter, { limit, withholdGagged: true, ...(opts.stream ? { stream: opts.stream } : {}) }));
      if (opts.json) {
        console.log(JSON.stringify({ filter, counts: r.counts, entries: r.entries, scanned: r.scanned, unreadable: r.unreadable }, null, 2));
        return;
      }
      printEntries(r.entries, r.counts.total);
      console.log(`${count(r.counts.total)} ${r.counts.total === 1 ? 'entry matches' : 'entries match'} (of ${count(r.scanned)} read)`);
      printCounts(r.counts);
      if (r.unreadable.length > 0) console.log(`${r.unreadable.length} unreadable (run ilr audit verify): seq ${r.unreadable.slice(0, 10).join(', ')}`);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function positive(text: string, flag: string, zeroAllowed = false): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < (zeroAllowed ? 0 : 1)) throw new CliError(`${flag} must be a whole number${zeroAllowed ? '' : ' above 0'}, not "${text}"`);
  return n;
}

interface QueryFlags {
  library?: string;
  home?: string;
  outcome?: string;
  basis?: string;
  kind?: string;
  since?: string;
  until?: string;
  limit: string;
  json?: boolean;
}

/** A comma-separated list of enum names, case-insensitive; an unknown one is named with the choices. */
function names<T extends string>(text: string, allowed: readonly T[], flag: string): T[] {
  return text.split(',').map((raw) => {
    const v = raw.trim().toUpperCase().replaceAll('-', '_');
    if (!(allowed as readonly string[]).includes(v)) throw new CliError(`${flag}: "${raw.trim()}" is not one of ${allowed.join(', ')}`);
    return v as T;
  });
}

const AGO = /^(\d+)\s*(m|h|d)$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** ISO 8601 (a date alone is midnight UTC) or a time ago: 30m, 24h, 7d. */
export function parseTime(text: string, flag: string, now = Date.now()): Date {
  const ago = AGO.exec(text.trim());
  if (ago) return new Date(now - Number(ago[1]) * UNIT_MS[ago[2] as keyof typeof UNIT_MS]);
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text.trim())) {
    const t = Date.parse(text.trim());
    if (!Number.isNaN(t)) return new Date(t);
  }
  throw new CliError(`${flag}: "${text}" is not a time: use ISO 8601 (2026-06-01, 2026-06-01T12:00:00Z) or a time ago (30m, 24h, 7d)`);
}

function filterOf(o: QueryFlags): AuditFilter {
  for (const flag of ['library', 'home'] as const) {
    const id = o[flag];
    if (id !== undefined && !isLibraryId(id)) throw new CliError(`--${flag}: "${id}" is not a library id (lower-case letters, digits and "-")`);
  }
  const f: AuditFilter = {
    ...(o.library ? { library: o.library } : {}),
    ...(o.home ? { home: o.home } : {}),
    ...(o.outcome ? { outcome: names(o.outcome, OUTCOMES, '--outcome') } : {}),
    ...(o.basis ? { basis: names(o.basis, LEGAL_BASES, '--basis') } : {}),
    ...(o.kind ? { kind: names(o.kind, MESSAGE_KINDS, '--kind') } : {}),
    ...(o.since ? { since: parseTime(o.since, '--since') } : {}),
    ...(o.until ? { until: parseTime(o.until, '--until') } : {}),
  };
  if (f.since && f.until && f.since >= f.until) throw new CliError('--since must be before --until');
  return f;
}

function printVerify(r: VerifyReport, stream: string, json: boolean | undefined): void {
  if (json) {
    console.log(JSON.stringify({ stream, ...r }, null, 2));
    return;
  }
  const range = r.checked > 0 ? `, seq ${r.firstSeq}..${r.lastSeq}` : '';
  if (r.ok) {
    console.log(`audit chain intact: ${count(r.checked)} ${r.checked === 1 ? 'entry' : 'entries'}${range} (${stream})`);
  } else {
    console.log(`audit chain BROKEN: ${count(r.breakCount)} ${r.breakCount === 1 ? 'break' : 'breaks'} in ${count(r.checked)} entries${range} (${stream})`);
    for (const b of r.breaks.slice(0, 10)) console.log(`  seq ${b.seq}  ${b.code}  ${b.reason}`);
    if (r.breakCount > 10) console.log(`  ... and ${count(r.breakCount - 10)} more (--json lists ${r.breaks.length})`);
  }
  if (r.head) console.log(`head: ${r.head.seq}:${r.head.hash}  (keep it; pass it as --anchor to a later verify)`);
}

function printEntries(entries: { streamSeq: number; decidedAt: string; home: string; kind: string; sender: string; recipient: string; outcome: string; basis: string; reasonCode: string; reviewed: boolean }[], total: number): void {
  if (entries.length === 0) return;
  const rows = entries.map((e) => [
    String(e.streamSeq),
    e.decidedAt.replace(/\.\d{3}Z$/, 'Z'),
    e.home,
    e.kind,
    `${e.sender} -> ${e.recipient}`,
    e.reviewed ? `${e.outcome} (reviewed)` : e.outcome,
    e.basis,
    e.reasonCode,
  ]);
  const head = ['seq', 'decided at', 'home', 'kind', 'sender -> recipient', 'outcome', 'basis', 'reason'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  if (total > entries.length) console.log(`... and ${count(total - entries.length)} more (--limit)`);
}

function printCounts(c: AuditCounts): void {
  const by = (m: Record<string, number>) =>
    Object.entries(m)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `${k} ${count(n)}`)
      .join(', ') || 'none';
  console.log(`by outcome: ${by(c.byOutcome)}`);
  console.log(`by basis:   ${by(c.byBasis)}`);
  console.log(`by library: ${by(c.byLibrary)}  (home library, whose policy decided)`);
}
