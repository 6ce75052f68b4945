// `ilr review` against a real nats-server and review service: items are queued as the
// router queues them (Publisher of @ilr/outbound), then listed, shown and decided.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Directory, loadDirectoryFile } from '@ilr/directory';
import { createLogger } from '@ilr/log';
import { connectNats, provision, type IlrNats } from '@ilr/nats';
import { Publisher } from '@ilr/outbound';
import { buildPolicyBook, loadPolicyData, requesterReply, screen, type PolicyBook, type PolicyRequest } from '@ilr/policy';
import { startReviewService, type ReviewService } from '@ilr/review-service';
import { startNats, type NatsServerHandle } from '@ilr/testing';
import { encodeMessage, enumToWire } from '@ilr/wire';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../src/index.js';
import { parseRelease, waited } from '../src/commands/review.js';
import { runIlr } from './ilr.js';

const ilr = (...args: string[]) => runIlr(args, { mergeErr: true });

let server: NatsServerHandle;
let conn: IlrNats;
let service: ReviewService;
let book: PolicyBook;
const savedUrl = process.env['NATS_URL'];

/** A LEGAL_PROCESS at `home`, decided by the engine and queued as the router would. */
async function serve(home: string, type: 'SEARCH_WARRANT' | 'SUBPOENA' | 'FISA_ORDER', issuer: 'STATE' | 'FEDERAL'): Promise<string> {
  const id = randomUUID();
  const gag = type === 'FISA_ORDER';
  const request: PolicyRequest = {
    kind: 'LEGAL_PROCESS',
    to: home,
    from: { type: 'AGENCY', agency: issuer === 'FEDERAL' ? 'FEDERAL_AGENCY' : 'POLICE' },
    purpose: 'INVESTIGATION',
    basis: type,
    process: { type, issuer, gag, criminal: true },
    wants: ['IDENTITY', 'CIRCULATION'],
  };
  const envelope = encodeMessage(
    { messageId: id, sender: home, recipient: home, kind: 'LEGAL_PROCESS', createdAt: Date.now() },
    {
      process: { type: enumToWire('ProcessType', type), issuer: enumToWire('Issuer', issuer), gag, criminal: true },
      requester: { agency: enumToWire('Agency', request.from.type === 'AGENCY' ? request.from.agency : 'POLICE') },
      purpose: enumToWire('Purpose', 'INVESTIGATION'),
      basis: enumToWire('LegalBasis', type),
      wants: [enumToWire('Want', 'IDENTITY'), enumToWire('Want', 'CIRCULATION')],
      lookup: { name: 'Olsen' },
      documentRef: `${type} 2026-${id.slice(0, 4)}`,
    } as never,
  );
  const s = screen(book, request, '2026-12-03');
  if (!s.final) throw new Error('legal process is decided from the request alone');
  const p = new Publisher(conn.jetstream());
  await Promise.all([
    p.review({ sender: home, id }, s.decision, request, envelope),
    p.decision(id, s.decision, { kind: 'LEGAL_PROCESS', sender: home, recipient: home }),
    p.finalReply({ sender: home, id }, requesterReply(s.decision)),
  ]);
  return id;
}

beforeAll(async () => {
  server = await startNats();
  process.env['NATS_URL'] = server.url;
  conn = await connectNats({ servers: server.url });
  // Duxbury notifies the OCLN President (Plymouth's director) of federal process.
  const entries = (await loadDirectoryFile(join(import.meta.dirname, '..', '..', '..', 'deploy', 'sample', 'directory.yaml'))).map((e) =>
    e.id === 'ma-duxbury' ? { ...e, consortiumContact: { title: 'OCLN President', library: 'ma-plymouth' } } : e,
  );
  await provision(conn, { libraries: entries.map((e) => e.id) });
  const directory = await Directory.open(conn);
  for (const e of entries) await directory.put(e);
  book = buildPolicyBook(loadPolicyData(), entries, 'directory.yaml');
  service = await startReviewService({ nats: conn, logger: createLogger('test', { level: 'silent' }) });
}, 60_000);
afterAll(async () => {
  await service?.stop();
  await conn?.close();
  await server?.stop();
  if (savedUrl === undefined) delete process.env['NATS_URL'];
  else process.env['NATS_URL'] = savedUrl;
});

describe('ilr review', { timeout: 60_000 }, () => {
  it('lists the queue as a table, urgent first, with the gagged item for the director only', async () => {
    const subpoena = await serve('mt-bozeman', 'SUBPOENA', 'STATE');
    const fisa = await serve('mt-bozeman', 'FISA_ORDER', 'FEDERAL');
    const warrant = await serve('mt-bozeman', 'SEARCH_WARRANT', 'STATE');

    const director = await ilr('review', 'list', '--as', 'mt-bozeman');
    expect(director.error).toBeUndefined();
    const lines = director.out.split('\n');
    expect(lines[0]).toBe("mt-bozeman's review queue, as director: 3 waiting (1 urgent)");
    expect(lines[2]).toMatch(/^ID\s+WAITING\s+URGENT\s+GAG\s+ROUTE\s+REQUEST\s+FROM\s+CEILING$/);
    expect(lines[3]).toMatch(new RegExp(`^${warrant}\\s+\\d+s\\s+URGENT\\s+DIRECTOR\\s+SEARCH_WARRANT \\(STATE\\)\\s+AGENCY POLICE @ mt-bozeman\\s+IDENTITY, CIRCULATION$`));
    expect(lines[4]).toContain(subpoena);
    expect(lines[5]).toMatch(new RegExp(`^${fisa}\\s+\\d+s\\s+GAG\\s+DIRECTOR\\s+FISA_ORDER \\(FEDERAL\\)`));

    const operator = await ilr('review', 'list', '--as', 'mt-bozeman', '--role', 'operator', '--json');
    const answer = JSON.parse(operator.out) as { items: { id: string }[] };
    expect(answer.items.map((i) => i.id)).toEqual([warrant, subpoena]);
  });

  it('shows an item with its ceiling, the law, and the commands to decide it', async () => {
    const id = await serve('mt-imagineif', 'SEARCH_WARRANT', 'STATE');
    const r = await ilr('review', 'show', id, '--as', 'mt-imagineif');
    expect(r.error).toBeUndefined();
    expect(r.out).toContain(`Item ${id}: LEGAL_PROCESS, waiting`);
    expect(r.out).toContain('Urgent:    YES: executable at once');
    expect(r.out).toContain('Ceiling:   IDENTITY, CIRCULATION (the most that may be released)');
    expect(r.out).toContain(`Document:  SEARCH_WARRANT 2026-${id.slice(0, 4)}`);
    expect(r.out).toContain('Patron:    named by a name, which only your library sees');
    expect(r.out).not.toContain('Olsen');
    expect(r.out).toContain('U.S. Const. amend. IV (search and seizure) [READING]');
    expect(r.out).toContain(`ilr review approve ${id} --as mt-imagineif --release IDENTITY,CIRCULATION --reason "..."`);
  });

  it('approves within the ceiling, says so once, and explains every refusal in one line', async () => {
    const id = await serve('wi-madison', 'SEARCH_WARRANT', 'STATE');
    const beyond = await ilr('review', 'approve', id, '--as', 'wi-madison', '--release', 'IDENTITY,HISTORY', '--reason', 'warrant');
    expect(beyond.error).toBeInstanceOf(CliError);
    expect(beyond.error!.message).toMatch(/^HISTORY is beyond the ceiling of item \S+ \(IDENTITY, CIRCULATION\)/);
    expect((await ilr('review', 'approve', id, '--as', 'wi-madison', '--release', 'ADDRESS', '--reason', 'x')).error!.message).toMatch(
      /--release: unknown data class "ADDRESS"; one of EXISTENCE/,
    );
    const operator = await ilr('review', 'approve', id, '--as', 'wi-madison', '--role', 'operator', '--release', 'IDENTITY', '--reason', 'x');
    expect(operator.error!.message).toMatch(/the operator of wi-madison may not decide item/);
    expect((await ilr('review', 'approve', id, '--as', 'wi-madison', '--release', 'IDENTITY')).out).toMatch(/required option '--reason <text>' not specified/);

    const ok = await ilr('review', 'approve', id, '--as', 'wi-madison', '--release', 'identity, circulation', '--reason', 'warrant in proper form', '--by', 'A. Director');
    expect(ok.error).toBeUndefined();
    expect(ok.out).toBe(`Item ${id} approved: IDENTITY, CIRCULATION released; the message goes to wi-madison with the decision, and wi-madison is told.`);
    const again = await ilr('review', 'approve', id, '--as', 'wi-madison', '--release', 'IDENTITY,CIRCULATION', '--reason', 'again');
    expect(again.out).toMatch(/It was already decided so on .*: nothing was sent again\./);
    expect((await ilr('review', 'deny', id, '--as', 'wi-madison', '--reason', 'no')).error!.message).toMatch(/already approved \(IDENTITY, CIRCULATION\)/);
    const shown = await ilr('review', 'show', id, '--as', 'wi-madison');
    expect(shown.out).toMatch(/Outcome:   APPROVED, released IDENTITY, CIRCULATION on .* by the director of wi-madison \(A\. Director\)/);
    expect(shown.out).toContain('Reason: warrant in proper form');
  });

  it('denies', async () => {
    const id = await serve('or-hillsboro', 'SUBPOENA', 'STATE');
    const r = await ilr('review', 'deny', id, '--as', 'or-hillsboro', '--reason', 'not in proper form', '--json');
    expect(JSON.parse(r.out)).toMatchObject({ id, alreadyDecided: false, outcome: { outcome: 'REFUSE', released: [], delivered: true } });
  });

  it('names what is wrong: an unknown id, an unknown role, an unknown library', async () => {
    expect((await ilr('review', 'show', 'no-such-item', '--as', 'mt-bozeman')).error!.message).toBe("no item no-such-item in mt-bozeman's review queue");
    expect((await ilr('review', 'list', '--as', 'mt-bozeman', '--role', 'janitor')).error!.message).toBe(
      '--role must be one of director, records-custodian, operator, not "janitor"',
    );
    expect((await ilr('review', 'list', '--as', 'xx-nowhere')).error!.message).toBe('xx-nowhere is not a member library');
    expect((await ilr('review', 'list', '--as', 'Not.A.Library')).error!.message).toMatch(/invalid library id "Not.A.Library"/);
  });

  it('lists consortium notices for the contact library, and explains the roles in --help', async () => {
    const id = await serve('ma-duxbury', 'SUBPOENA', 'FEDERAL');
    const deadline = Date.now() + 10_000;
    let r = await ilr('review', 'notices', '--as', 'ma-plymouth');
    while (!r.out.includes(id) && Date.now() < deadline) {
      await new Promise((res) => setTimeout(res, 50));
      r = await ilr('review', 'notices', '--as', 'ma-plymouth');
    }
    expect(r.out).toMatch(/^Consortium notices for the director of ma-plymouth: 1/);
    expect(r.out).toMatch(new RegExp(`Duxbury Free Library \\(ma-duxbury\\)\\s+SUBPOENA \\(FEDERAL\\)\\s+OCLN President\\s+${id}`));
    const help = await ilr('review', '--help');
    expect(help.out).toContain('records-custodian   sees the items that are not under a gag order');
  });
});

describe('review helpers', () => {
  it('parses --release and says how long an item waited', () => {
    expect(parseRelease('contact, Identity')).toEqual(['CONTACT', 'IDENTITY']);
    expect(() => parseRelease(' , ')).toThrow(/names no data class/);
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(waited('2026-03-01T11:59:30Z', now)).toBe('30s');
    expect(waited('2026-03-01T09:00:00Z', now)).toBe('3h');
    expect(waited('2026-02-26T12:00:00Z', now)).toBe('3d');
  });
});
