// `ilr review ...`: the legal-process review queue of a home library (docs/REVIEW.md).
// Acts as one home library and one role; the review service and NATS permissions decide
// what that role may see and do.
import { readFileSync } from 'node:fs';
import { DATA_CLASSES } from '@ilr/policy';
import {
  REVIEW_ROLES,
  ReviewClient,
  ReviewError,
  type DecideAnswer,
  type ItemDetail,
  type ItemSummary,
  type ListAnswer,
  type NoticeStatus,
  type NoticesAnswer,
  type ReviewRole,
} from '@ilr/review-service';
import type { Command } from 'commander';
import { CliError, list, wrap } from '../output.js';

interface Common {
  as: string;
  role: string;
  creds?: string;
  timeout: string;
  json?: boolean;
}

const HELP_ROLES = `
Roles (--role), for the home library named by --as:
  director            sees every item of the library's queue, gagged ones included; decides all
  records-custodian   sees the items that are not under a gag order; decides those routed to it
  operator            consortium operations: sees any library's queue except gagged items
                      (without the served document or the reviewer's reason); decides nothing
Your NATS credentials must allow the home and role you name (docs/REVIEW.md).`;

/** The options every review command takes. */
function common(cmd: Command): Command {
  return cmd
    .requiredOption('--as <library>', 'the home library you act for (an operator: the library whose queue to read)')
    .option('--role <role>', `your role: ${REVIEW_ROLES.join(', ')}`, 'director')
    .option('--creds <file>', 'your NATS credentials: a .creds file, or the nkey seed file ilr libraries reviewer issued (keys/ilr-reviewer-<library>-<role>.nk)')
    .option('--timeout <ms>', 'how long to wait for the review service', '10000')
    .option('--json', 'print the answer as JSON');
}

/** A .creds file (JWT and seed), or a file holding only an nkey user seed (what @ilr/access issues). */
function credentialsFile(file: string): { credsFile: string } | { seedFile: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`--creds: cannot read ${file}: ${(e as Error).message}`);
  }
  return /^\s*SU[A-Z2-7]{56}\s*$/.test(text) ? { seedFile: file } : { credsFile: file };
}

async function withClient<T>(o: Common, run: (c: ReviewClient) => Promise<T>): Promise<T> {
  if (!(REVIEW_ROLES as readonly string[]).includes(o.role)) {
    throw new CliError(`--role must be one of ${REVIEW_ROLES.join(', ')}, not "${o.role}"`);
  }
  const timeoutMs = Number(o.timeout);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new CliError(`--timeout must be a number of milliseconds, not "${o.timeout}"`);
  let client: ReviewClient;
  try {
    client = await ReviewClient.connect({
      home: o.as,
      role: o.role as ReviewRole,
      timeoutMs,
      ...(o.creds ? { credentials: credentialsFile(o.creds) } : {}),
    });
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  try {
    return await run(client);
  } catch (e) {
    if (e instanceof ReviewError) throw new CliError(e.message);
    throw e;
  } finally {
    await client.close();
  }
}

/** "CONTACT,identity" -> ["CONTACT", "IDENTITY"], each a data class. */
export function parseRelease(text: string): string[] {
  const classes = text
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  if (classes.length === 0) throw new CliError('--release names no data class; e.g. --release IDENTITY,CIRCULATION (to release nothing, deny)');
  for (const c of classes) {
    if (!(DATA_CLASSES as readonly string[]).includes(c)) throw new CliError(`--release: unknown data class "${c}"; one of ${DATA_CLASSES.join(', ')}`);
  }
  return classes;
}

export function registerReview(program: Command): void {
  const review = program
    .command('review')
    .description('the legal-process review queue: list, show, approve, deny (needs ilr-review running; NATS_URL)')
    .addHelpText(
      'after',
      `${HELP_ROLES}

Examples:
  ilr review list --as mt-bozeman
  ilr review show 3f0c9e2a-... --as mt-bozeman
  ilr review approve 3f0c9e2a-... --as mt-bozeman --release IDENTITY,CIRCULATION --reason "warrant in proper form; counsel agrees"
  ilr review deny 3f0c9e2a-... --as mt-bozeman --reason "subpoena not in proper form"
  ilr review notices --as ma-plymouth`,
    );

  common(review.command('list').description('the items waiting for a person: urgent first (search warrants, emergencies), then the oldest')).action(
    async (o: Common) => {
      const answer = await withClient(o, (c) => c.list());
      console.log(o.json ? JSON.stringify(answer, null, 2) : formatList(answer));
    },
  );

  common(
    review
      .command('show')
      .description('one item: what is asked, by whom, under which law, the most you may release, and its outcome if decided')
      .argument('<id>', 'the item id (the message id, from ilr review list)')
      .option('--sender <library>', 'the library the message came from: needed only when two libraries\' messages in the queue have this id'),
  ).action(async (id: string, o: Common & { sender?: string }) => {
    const item = await withClient(o, (c) => c.show(id, o.sender));
    console.log(o.json ? JSON.stringify(item, null, 2) : formatItem(item, o));
  });

  common(
    review
      .command('approve')
      .description('release the data classes named (never beyond the item\'s ceiling): the message is relayed to its recipient')
      .argument('<id>', 'the item id')
      .requiredOption('--release <classes>', `comma-separated data classes: ${DATA_CLASSES.join(', ')}`)
      .requiredOption('--reason <text>', 'why (kept with the outcome for the home library; write no patron names here)')
      .option('--by <name>', 'your name or staff id, recorded with the outcome and in the audit log')
      .option('--sender <library>', 'the library the message came from: needed only when two libraries\' messages in the queue have this id')
      .addHelpText('after', '\nApproving the same classes again is harmless: nothing is sent twice. A decision is final.'),
  ).action(async (id: string, o: Common & { release: string; reason: string; by?: string; sender?: string }) => {
    const release = parseRelease(o.release);
    const answer = await withClient(o, (c) => c.approve(id, release, o.reason, o.by, o.sender));
    console.log(o.json ? JSON.stringify(answer, null, 2) : formatDecided(answer));
  });

  common(
    review
      .command('deny')
      .description('refuse the request: nothing is released, and the requester is told')
      .argument('<id>', 'the item id')
      .requiredOption('--reason <text>', 'why (kept with the outcome for the home library; write no patron names here)')
      .option('--by <name>', 'your name or staff id, recorded with the outcome and in the audit log')
      .option('--sender <library>', 'the library the message came from: needed only when two libraries\' messages in the queue have this id'),
  ).action(async (id: string, o: Common & { reason: string; by?: string; sender?: string }) => {
    const answer = await withClient(o, (c) => c.deny(id, o.reason, o.by, o.sender));
    console.log(o.json ? JSON.stringify(answer, null, 2) : formatDecided(answer));
  });

  common(
    review
      .command('notices')
      .description("notices of federal legal process addressed to this library's director as a consortium contact (e.g. the OCLN President)"),
  ).action(async (o: Common) => {
    const answer = await withClient(o, (c) => c.notices());
    console.log(o.json ? JSON.stringify(answer, null, 2) : formatNotices(answer));
  });
}

// ---------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------

/** "4m", "3h", "2d": how long an item has waited. */
export function waited(since: string, now = Date.now()): string {
  const s = Math.max(0, Math.round((now - Date.parse(since)) / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86_400)}d`;
}

const requestText = (i: ItemSummary): string => (i.process ? `${i.process.type} (${i.process.issuer})` : `${i.kind} ${i.basis}`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((v, c) => (c === r.length - 1 ? v : v.padEnd(widths[c]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export function formatList(a: ListAnswer): string {
  const urgent = a.items.filter((i) => i.urgent).length;
  const head = `${a.home}'s review queue, as ${a.role}: ${a.items.length ? `${a.items.length} waiting${urgent ? ` (${urgent} urgent)` : ''}` : 'nothing waiting'}`;
  if (a.items.length === 0) return head;
  const rows = a.items.map((i) => [
    i.id,
    waited(i.receivedAt),
    i.urgent ? 'URGENT' : '',
    i.gag ? 'GAG' : '',
    i.route,
    requestText(i),
    `${i.requester} @ ${i.sender}`,
    list(i.ceiling, 'nothing'),
  ]);
  return [
    head,
    '',
    table(['ID', 'WAITING', 'URGENT', 'GAG', 'ROUTE', 'REQUEST', 'FROM', 'CEILING'], rows),
    '',
    `Details: ilr review show <id> --as ${a.home}${a.role === 'director' ? '' : ` --role ${a.role}`}`,
  ].join('\n');
}

function noticeText(n: NoticeStatus): string {
  switch (n.status) {
    case 'NOT_REQUIRED':
      return 'not required (not federal process, or the library does not ask for it)';
    case 'WITHHELD_GAG':
      return 'withheld: a gag order forbids telling the consortium (or the patron)';
    case 'PENDING':
      return 'due, not recorded yet';
    case 'RECORDED':
      return `sent to the ${n.to.title} (director of ${n.to.library}${n.to.email ? `, ${n.to.email}` : ''}) on ${n.at}, without patron data`;
    case 'NO_CONTACT':
      return 'due, but this library names no consortiumContact in the directory: tell the consortium yourself, and ask operations to add it';
  }
}

const PATRON_REF: Record<string, string> = {
  TOKEN: "a pseudonymous token only your library's system resolves",
  CARD_NUMBER: 'a card number, which only your library sees',
  NAME: 'a name, which only your library sees',
  NONE: 'nothing (no patron named)',
};

export function formatItem(i: ItemDetail, o: Pick<Common, 'as' | 'role'>): string {
  const lines = [
    `Item ${i.id}: ${i.kind}, waiting ${waited(i.receivedAt)} (since ${i.receivedAt})`,
    `  Urgent:    ${i.urgent ? 'YES: executable at once (a search warrant or an emergency); decide first' : 'no'}`,
    `  Gag order: ${i.gag ? 'YES: nobody but you may learn of it; no notice to the consortium or the patron' : 'no'}`,
    `  Route:     ${i.route}`,
    `  Request:   ${requestText(i)}${i.process?.criminal ? ', criminal proceeding' : ''}; basis ${i.basis}; purpose ${i.purpose}`,
    ...(i.documentRef ? [`  Document:  ${i.documentRef}`] : []),
    `  From:      ${i.requester}, at ${i.sender}'s desk; addressed to ${i.recipient}`,
    `  Wants:     ${list(i.wants)}`,
    `  Ceiling:   ${list(i.ceiling, 'nothing: the law admits no release, deny it')} (the most that may be released)`,
    ...(i.patronRef ? [`  Patron:    named by ${PATRON_REF[i.patronRef]}; released data is read by your library's system, not shown here`] : []),
    `  Consortium notice: ${noticeText(i.notice)}`,
    `  Law (${i.pack.id} ${i.pack.version}):`,
    ...i.citations.map((c) => `${wrap(`${c.cite} [${c.status}]: ${c.text}`, '    ')}`),
  ];
  if (i.outcome) {
    const r = i.outcome;
    const who = `the ${r.by.role} of ${r.by.library}${r.by.name ? ` (${r.by.name})` : ''}`;
    lines.push(
      `  Outcome:   ${r.outcome === 'RELAY' ? `APPROVED, released ${list(r.released)}` : 'DENIED, nothing released'} on ${r.decidedAt} by ${who}${r.delivered ? '' : '; delivery pending (retried by ilr-review)'}`,
    );
    if (r.reason !== undefined) lines.push(wrap(`Reason: ${r.reason}`, '             '));
  } else if (i.actionable) {
    const as = `--as ${o.as}${o.role === 'director' ? '' : ` --role ${o.role}`}`;
    lines.push(
      '',
      'To decide:',
      `  ilr review approve ${i.id} ${as} --release ${i.ceiling.length ? i.ceiling.join(',') : '<classes>'} --reason "..."`,
      `  ilr review deny ${i.id} ${as} --reason "..."`,
    );
  } else {
    lines.push('', `You (${o.role}) may not decide this item.`);
  }
  return lines.join('\n');
}

export function formatDecided(a: DecideAnswer): string {
  const o = a.outcome;
  const what =
    o.outcome === 'RELAY'
      ? `approved: ${list(o.released)} released; the message goes to ${a.recipient} with the decision, and ${a.sender} is told`
      : `denied: nothing is released, and ${a.sender} is told`;
  const lines = [`Item ${a.id} ${what}.`];
  if (a.alreadyDecided) lines.push(`It was already decided so on ${o.decidedAt}: nothing was sent again.`);
  if (!o.delivered) lines.push('The decision is recorded but not delivered yet (NATS did not take it); ilr-review retries it on its own.');
  return lines.join('\n');
}

export function formatNotices(a: NoticesAnswer): string {
  const head = `Consortium notices for the director of ${a.library}: ${a.notices.length || 'none'}`;
  if (a.notices.length === 0) return head;
  const rows = a.notices.map((n) => [n.receivedAt, `${n.homeName} (${n.home})`, `${n.process.type} (${n.process.issuer})`, n.to?.title ?? '', n.messageId]);
  return [
    head,
    '',
    table(['RECEIVED', 'SERVED ON', 'PROCESS', 'AS', 'ITEM'], rows),
    '',
    wrap(
      'Each is federal legal process served on a member library whose policy asks that the consortium be told (e.g. Duxbury: notify the OCLN President). No patron data is held here; the item itself is for that library\'s director.',
      '',
    ),
  ].join('\n');
}
