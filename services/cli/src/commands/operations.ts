// `ilr status`, `ilr deadletters list|show|handled`, `ilr trace`: the operations views of
// @ilr/ops in the terminal (the web console shows the same). Read as the operators' user:
// --creds, else the credentials store's keys/ilr-operator.nk (--dir, ILR_ACCESS_DIR, or the
// running local consortium's), else the environment (NATS_CREDS, NATS_NKEY_SEED_FILE).
import { existsSync } from 'node:fs';
import { AccessStore, OPERATOR_PRINCIPAL } from '@ilr/access';
import { readLocalConsortium } from '@ilr/consortium/local';
import { NatsSetupError, connectNats, credentialsFromEnv, isLibraryId, type IlrNats, type NatsCredentials } from '@ilr/nats';
import { Operations, OpsError, type DeadLetterFilter, type DeadLetterRow, type Tile, type TraceEvent } from '@ilr/ops';
import type { Command } from 'commander';
import { CliError } from '../output.js';
import { parseTime } from './audit.js';

interface ConnectOpts {
  server?: string;
  creds?: string;
  dir?: string;
}

const connectOptions = (cmd: Command): Command =>
  cmd
    .option('--server <url>', 'NATS server URL(s), comma-separated (default: NATS_URL, else the local consortium\'s, else nats://127.0.0.1:4222)')
    .option('--creds <file>', 'NATS .creds file of an operations user')
    .option('--dir <dir>', 'the credentials store holding keys/ilr-operator.nk (default ILR_ACCESS_DIR, else the running local consortium\'s)')
    .option('--json', 'print JSON instead of text');

const CREDENTIALS_HELP = `
Credentials: --creds, else keys/ilr-operator.nk of the credentials store (--dir,
ILR_ACCESS_DIR, or the running local consortium's, as \`npm start\` leaves it), else the
environment (NATS_CREDS, NATS_NKEY_SEED_FILE). The console's own user, ilr-console, reads
the same.`;

async function connect(o: ConnectOpts): Promise<IlrNats> {
  let servers: string[] | undefined = o.server ? o.server.split(',') : undefined;
  let credentials: NatsCredentials | undefined = o.creds ? { credsFile: o.creds } : undefined;
  if (!credentials) {
    let dir = o.dir ?? process.env['ILR_ACCESS_DIR'];
    if (!dir && !credentialsFromEnv()) {
      const local = await readLocalConsortium();
      if (local && (!process.env['NATS_URL'] || process.env['NATS_URL'] === local.url)) {
        dir = local.accessDir;
        servers ??= [local.url];
      }
    }
    if (dir) {
      if (!existsSync(dir)) throw new CliError(`the credentials store ${dir} does not exist (--dir / ILR_ACCESS_DIR)`);
      const seedFile = (await AccessStore.open(dir)).seedFile(OPERATOR_PRINCIPAL);
      if (!existsSync(seedFile)) throw new CliError(`${dir} has no operators' key (${seedFile}); run \`ilr libraries init --dir ${dir}\` first`);
      credentials = { seedFile };
    }
  }
  try {
    return await connectNats({ name: 'ilr-cli-ops', timeoutMs: 5000, ...(servers ? { servers } : {}), ...(credentials ? { credentials } : {}) });
  } catch (e) {
    if (e instanceof NatsSetupError) throw new CliError(e.message);
    throw e;
  }
}

async function withOps<T>(o: ConnectOpts, work: (ops: Operations) => Promise<T>): Promise<T> {
  const nats = await connect(o);
  try {
    return await work(new Operations({ nc: nats.nc }));
  } catch (e) {
    if (e instanceof OpsError || e instanceof NatsSetupError) throw new CliError(e.message);
    throw e;
  } finally {
    await nats.close();
  }
}

/** 3m12s, 2h05m, 4d03h: an age a person reads at a glance. */
export function formatAge(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '-';
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h${String(m % 60).padStart(2, '0')}m`;
  return `${Math.floor(h / 24)}d${String(h % 24).padStart(2, '0')}h`;
}

const STATUS_WORD = { ok: 'ok', attention: 'ATTENTION', alert: 'ALERT' } as const;

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), ...rows.map(line)];
}

function printTiles(tiles: Tile[]): void {
  const rows = tiles.map((t) => [STATUS_WORD[t.status], t.title, t.id === 'storage' ? `${(t.count / 1_048_576).toFixed(1)}M` : String(t.count), formatAge(t.oldestAgeMs), t.detail ?? '']);
  for (const l of table(['status', 'queue', 'count', 'oldest', 'detail'], rows)) console.log(l);
  const alerts = tiles.filter((t) => t.status === 'alert').length;
  const attention = tiles.filter((t) => t.status === 'attention').length;
  console.log(alerts + attention === 0 ? 'nothing needs a person' : `${alerts} alert${alerts === 1 ? '' : 's'}, ${attention} to look at`);
}

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function printDeadLetters(rows: DeadLetterRow[], scanned: number, complete: boolean): void {
  if (rows.length === 0) console.log('no dead letters match');
  else {
    const out = rows.map((r) => [String(r.seq), r.at.replace(/\.\d{3}Z$/, 'Z'), r.sender, r.messageId, r.code, r.field ?? '-', String(r.size), r.sha256.slice(0, 12), r.handled ? `by ${r.handled.by}` : '-']);
    for (const l of table(['seq', 'at', 'sender', 'message id', 'code', 'field', 'bytes', 'sha256', 'handled'], out)) console.log(l);
    console.log(`${rows.length} dead letter${rows.length === 1 ? '' : 's'}, newest first (ilr deadletters show <seq> for the reason)`);
  }
  if (!complete) console.log(`searched the newest ${scanned} dead letters only: narrow with --sender or --since to look further back`);
}

function printDeadLetter(r: DeadLetterRow): void {
  const lines: Array<[string, string]> = [
    ['seq', `${r.seq} (ILR_DEADLETTER)`],
    ['at', r.at],
    ['sender', r.sender],
    ['message id', r.messageId],
    ['subject', r.subject],
    ['code', r.code],
    ['field', r.field ?? '-'],
    ['reason', r.reason],
    ['size', `${r.size} bytes`],
    ['sha256', r.sha256],
    ['handled', r.handled ? `${r.handled.at} by ${r.handled.by}${r.handled.note ? `: ${r.handled.note}` : ''}` : 'no'],
  ];
  for (const [k, v] of lines) console.log(`${k.padEnd(11)} ${v}`);
  console.log('The payload is not kept (only its size and SHA-256): a dead letter cannot be replayed; the sender must send again.');
}

function describeEvent(e: TraceEvent): string {
  const where = e.stream ? `${e.stream}${e.seq ? ` #${e.seq}` : ''}` : '';
  switch (e.step) {
    case 'decision':
    case 'reviewed': {
      const d = e.decision!;
      const by = e.step === 'reviewed' ? `a person's outcome${d.reviewer ? ` (${d.reviewer})` : ''} under ${d.home}'s policy` : `by ${d.home}'s policy`;
      return `${d.outcome} ${by}: ${d.reasonCode}, basis ${d.basis}, pack ${d.pack.id} ${d.pack.version}, cites ${d.citations.join('; ') || 'nothing'}; crosses ${d.disclosed.join(', ') || 'nothing'}${d.referTo ? `; referred to ${d.referTo}` : ''} [${where}]`;
    }
    case 'dead-letter':
      return `${e.code}: ${e.reason} [${where}]`;
    case 'pending':
      return `PENDING: ${e.reason ?? ''} [${where}]`;
    case 'ack':
      return e.note ?? 'acked';
    case 'claim':
      return `${e.note ?? 'claimed'}`;
    default:
      return [e.subject, e.size !== undefined ? `${e.size} bytes` : '', e.note ?? '', where ? `[${where}]` : ''].filter(Boolean).join('  ');
  }
}

function printTrace(sender: string, id: string, events: TraceEvent[]): void {
  if (events.length === 0) {
    console.log(`nothing found for ${sender}'s message ${id} since --since (default: 24 hours)`);
    return;
  }
  console.log(`${sender}'s message ${id}:`);
  for (const e of events) console.log(`  ${e.at.replace(/^\d{4}-\d{2}-\d{2}T/, '')}  ${e.step.padEnd(11)} ${describeEvent(e)}`);
}

interface ListFlags extends ConnectOpts {
  sender?: string;
  code?: string;
  since?: string;
  until?: string;
  id?: string;
  limit: string;
  json?: boolean;
}

function positive(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${flag} must be a whole number above 0, not "${text}"`);
  return n;
}

function deadLetterFilter(o: ListFlags): DeadLetterFilter {
  if (o.sender !== undefined && !isLibraryId(o.sender)) throw new CliError(`--sender: "${o.sender}" is not a library id (lower-case letters, digits and "-")`);
  const f: DeadLetterFilter = {
    ...(o.sender ? { sender: o.sender } : {}),
    ...(o.code ? { code: o.code.toUpperCase() } : {}),
    ...(o.id ? { messageId: o.id } : {}),
    ...(o.since ? { since: parseTime(o.since, '--since') } : {}),
    ...(o.until ? { until: parseTime(o.until, '--until') } : {}),
    limit: positive(o.limit, '--limit'),
  };
  if (f.limit! > 1000) throw new CliError('--limit must be at most 1000');
  if (f.since && f.until && f.since >= f.until) throw new CliError('--since must be before --until');
  return f;
}

export function registerOperations(program: Command): void {
  connectOptions(
    program
      .command('status')
      .description('what needs a person now: the needs-attention summary (backlog, PENDING, dead letters, review, offline libraries, audit, storage, server)'),
  )
    .addHelpText(
      'after',
      `
One line per queue: its status (ok, ATTENTION, ALERT), how many items, the age of the
oldest, and what it is:
  Ingress backlog       messages no router has taken yet (ALERT when no router pulls)
  PENDING retries       messages waiting on a home library's facts, per home library
  Dead letters (24 h)   rejected messages by code, and how many were marked handled
  Review queue          legal process waiting for a person (from the review service;
                        items under a gag are never counted)
  Libraries offline     libraries with deliveries waiting and no connector pulling
  Audit chain           the last recorded verification; whether the writer is behind
  JetStream storage     bytes used (of the account's limit, if any)
  NATS server           version, JetStream, round trip, API errors
Exits 0 when nothing is ALERT, 1 when something is, 2 when the relay cannot be read.
${CREDENTIALS_HELP}

Examples:
  ilr status
  ilr status --json | jq '.[] | select(.status != "ok")'`,
    )
    .action(async (o: ConnectOpts & { json?: boolean }) => {
      const tiles = await withOps(o, (ops) => ops.attention());
      if (o.json) console.log(JSON.stringify(tiles, null, 2));
      else printTiles(tiles);
      if (tiles.some((t) => t.status === 'alert')) process.exitCode = 1;
    });

  const dl = program
    .command('deadletters')
    .description('messages the broker rejected (ILR_DEADLETTER): list, show one, mark one handled')
    .addHelpText('after', '\nA dead letter keeps the reason (naming the field at fault, never its value), the size and a SHA-256 of the\nmessage, never the message: nothing can be replayed.');

  connectOptions(
    dl
      .command('list')
      .description('dead letters, newest first, filtered by sender, code, time and message id')
      .option('--sender <id>', 'sent by this library')
      .option('--code <code>', 'with this code (MALFORMED, UNKNOWN_SIGNER, FACTS_UNAVAILABLE, DUPLICATE, STALE...)')
      .option('--since <time>', 'at or after: ISO 8601 (2026-06-01, 2026-06-01T12:00:00Z) or a time ago (30m, 24h, 7d)')
      .option('--until <time>', 'before (same forms as --since)')
      .option('--id <message-id>', 'of this message id (ids are unique per sender: add --sender)')
      .option('--limit <n>', 'rows at most (1..1000)', '50'),
  )
    .addHelpText(
      'after',
      `
The search is bounded (the newest 20,000 dead letters, or from --since on); the list says
when it stopped short.
${CREDENTIALS_HELP}

Examples:
  ilr deadletters list --since 24h
  ilr deadletters list --sender co-bemis --code UNKNOWN_SIGNER
  ilr deadletters list --id 5f0c9a1e --sender wi-madison --json`,
    )
    .action(async (o: ListFlags) => {
      const filter = deadLetterFilter(o);
      const r = await withOps(o, (ops) => ops.deadLetters(filter));
      if (o.json) console.log(JSON.stringify(r, null, 2));
      else printDeadLetters(r.rows, r.scanned, r.complete);
    });

  connectOptions(dl.command('show').description('one dead letter by its sequence (the seq column of list)').argument('<seq>', 'ILR_DEADLETTER sequence'))
    .addHelpText('after', `${CREDENTIALS_HELP}\n\nExample:\n  ilr deadletters show 1042`)
    .action(async (seqText: string, o: ConnectOpts & { json?: boolean }) => {
      const seq = positive(seqText, '<seq>');
      const r = await withOps(o, (ops) => ops.deadLetter(seq));
      if (!r) throw new CliError(`no dead letter at seq ${seq} (ilr deadletters list shows the sequences)`, 1);
      if (o.json) console.log(JSON.stringify(r, null, 2));
      else printDeadLetter(r);
    });

  connectOptions(
    dl
      .command('handled')
      .description('mark a dead letter handled, with a note (recorded in the operator-actions log)')
      .argument('<seq>', 'ILR_DEADLETTER sequence')
      .requiredOption('--by <name>', 'who handled it')
      .option('--note <text>', 'what was done', ''),
  )
    .addHelpText('after', `${CREDENTIALS_HELP}\n\nExample:\n  ilr deadletters handled 1042 --by anna --note "Bemis rotated its key; asked them to resend"`)
    .action(async (seqText: string, o: ConnectOpts & { by: string; note: string; json?: boolean }) => {
      const seq = positive(seqText, '<seq>');
      const mark = await withOps(o, (ops) => ops.markHandled(seq, { by: o.by, note: o.note }));
      if (o.json) console.log(JSON.stringify({ seq, ...mark }, null, 2));
      else console.log(`dead letter ${seq} marked handled by ${mark.by} at ${mark.at}`);
    });

  connectOptions(
    program
      .command('trace')
      .description("follow one message: ingress, claim, decision, review, delivery and its ack, reply, or dead letter, with times")
      .argument('<sender-or-id>', 'the sending library, then the message id; or the message id alone with --sender')
      .argument('[message-id]', 'the message id (ids are unique per sender)')
      .option('--sender <id>', 'the sending library (with the message id as the only argument)')
      .option('--since <time>', 'look from this time on: ISO 8601 or a time ago (default 24h)'),
  )
    .addHelpText(
      'after',
      `
Prints a timeline of what the broker kept about the message: never its payload. A decision
shows its outcome, the home library whose policy decided, the reason, the legal basis,
the jurisdiction pack, the citations and the data classes that crossed. An item under a
gag (NSL, FISA) shows nothing of its decision. Each stream is read from --since on, a
bounded number of messages. Exits 1 when nothing is found.
${CREDENTIALS_HELP}

Examples:
  ilr trace wi-madison 5f0c9a1e-0b7d-4c1e-9a57-0c2d1f3e4b5a
  ilr trace 5f0c9a1e --sender wi-madison --since 7d --json`,
    )
    .action(async (first: string, second: string | undefined, o: ConnectOpts & { sender?: string; since?: string; json?: boolean }) => {
      let sender: string;
      let id: string;
      if (second !== undefined) {
        if (o.sender) throw new CliError('give the sender once: `ilr trace <sender> <message-id>` or `ilr trace <message-id> --sender <id>`');
        [sender, id] = [first, second];
      } else {
        if (!o.sender) throw new CliError('which library sent it? `ilr trace <sender> <message-id>` or `ilr trace <message-id> --sender <id>` (ids are unique per sender)');
        [sender, id] = [o.sender, first];
      }
      if (!isLibraryId(sender)) throw new CliError(`"${sender}" is not a library id (lower-case letters, digits and "-")`);
      const since = o.since ? parseTime(o.since, '--since') : undefined;
      const events = await withOps(o, (ops) => ops.trace(sender, id, since ? { since } : {}));
      if (o.json) console.log(JSON.stringify({ sender, messageId: id, events }, null, 2));
      else printTrace(sender, id, events);
      if (events.length === 0) process.exitCode = 1;
    });
}
