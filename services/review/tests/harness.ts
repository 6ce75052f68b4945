// A real nats-server with the catalogue provisioned and the sample directory loaded, and
// items queued exactly as the router queues them (Publisher of @ilr/outbound): the
// REVIEW item, the REVIEW decision record and the HELD_FOR_REVIEW reply, in one go.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Directory, loadDirectoryFile } from '@ilr/directory';
import { createLogger } from '@ilr/log';
import { STREAMS, connectNats, provision, type IlrNats } from '@ilr/nats';
import { Publisher } from '@ilr/outbound';
import {
  buildPolicyBook,
  loadPolicyData,
  requesterReply,
  screen,
  type Decision,
  type LibraryEntry,
  type PolicyBook,
  type PolicyRequest,
  type Want,
} from '@ilr/policy';
import { startNats, type NatsServerHandle, type StartNatsOptions } from '@ilr/testing';
import { encodeMessage, enumToWire } from '@ilr/wire';
import type { JsMsg } from '@nats-io/jetstream';

export const silent = createLogger('test', { level: 'silent' });
export const SAMPLE_DIRECTORY = join(import.meta.dirname, '..', '..', '..', 'deploy', 'sample', 'directory.yaml');

/**
 * Duxbury's policy notifies the OCLN President of federal process: its directory entry
 * names the contact (here Plymouth's director). The sample directory must equal the
 * acceptance corpus's seeds, which do not carry the field yet, so the tests add it.
 */
export const OCLN_PRESIDENT = { title: 'OCLN President', library: 'ma-plymouth' } as const;

export const withConsortiumContact = (e: LibraryEntry): LibraryEntry =>
  e.id === 'ma-duxbury' ? { ...e, consortiumContact: { ...OCLN_PRESIDENT } } : e;

/** A Massachusetts library that asks for the consortium notice but names no contact. */
export const NO_CONTACT: LibraryEntry = {
  id: 'ma-nocontact',
  name: 'A library without a consortium contact',
  jurisdiction: 'US-MA',
  groups: ['ocln'],
  publiclyFunded: true,
  nondisclosurePolicy: true,
  settings: { notifyConsortiumOnFederalProcess: true },
};

export interface Harness {
  server: NatsServerHandle;
  /** The tests' own connection (publishes as the router, reads streams, asks as reviewers). */
  conn: IlrNats;
  entries: LibraryEntry[];
  book: PolicyBook;
  stop(): Promise<void>;
}

export async function startHarness(opts: { nats?: StartNatsOptions; credentials?: { user: string; pass: string } } = {}): Promise<Harness> {
  const server = await startNats(opts.nats);
  const conn = await connectNats({ servers: server.url, name: 'review-test', ...(opts.credentials ? { credentials: opts.credentials } : {}) });
  const entries = [...(await loadDirectoryFile(SAMPLE_DIRECTORY)).map(withConsortiumContact), NO_CONTACT];
  await provision(conn, { libraries: entries.map((e) => e.id) });
  const directory = await Directory.open(conn);
  for (const e of entries) await directory.put(e);
  const book = buildPolicyBook(loadPolicyData(), entries, 'directory.yaml');
  return {
    server,
    conn,
    entries,
    book,
    stop: async () => {
      await conn.close();
      await server.stop();
    },
  };
}

export interface LegalProcessInit {
  sender: string;
  home: string;
  type: 'SUBPOENA' | 'COURT_ORDER' | 'SEARCH_WARRANT' | 'NATIONAL_SECURITY_LETTER' | 'FISA_ORDER';
  issuer: 'FEDERAL' | 'STATE';
  gag?: boolean;
  agency?: 'POLICE' | 'FEDERAL_AGENCY' | 'COURT' | 'PROSECUTOR';
  wants: Want[];
  /** How the request names the patron. */
  patron: { token: string } | { name: string } | { cardNumber: string };
  documentRef?: string;
  /** The message id (default: a new UUID). Ids are unique per sender: two senders may share one. */
  id?: string;
}

export interface Queued {
  id: string;
  envelope: Uint8Array;
  request: PolicyRequest;
  decision: Decision;
}

const wants = (ws: Want[]) => ws.map((w) => enumToWire('Want', w));

/** A LEGAL_PROCESS message, decided by the engine, and published as the router would. */
export async function queueLegalProcess(h: Harness, p: LegalProcessInit): Promise<Queued> {
  const id = p.id ?? randomUUID();
  const agency = p.agency ?? (p.issuer === 'FEDERAL' ? 'FEDERAL_AGENCY' : 'POLICE');
  const gag = p.gag ?? (p.type === 'NATIONAL_SECURITY_LETTER' || p.type === 'FISA_ORDER');
  const envelope = encodeMessage(
    { messageId: id, sender: p.sender, recipient: p.home, kind: 'LEGAL_PROCESS', createdAt: Date.now() },
    {
      process: { type: enumToWire('ProcessType', p.type), issuer: enumToWire('Issuer', p.issuer), gag, criminal: true },
      requester: { agency: enumToWire('Agency', agency) },
      purpose: enumToWire('Purpose', 'INVESTIGATION'),
      basis: enumToWire('LegalBasis', p.type),
      wants: wants(p.wants),
      ...('token' in p.patron ? { patron: { token: p.patron.token, homeLibrary: p.home } } : { lookup: p.patron }),
      documentRef: p.documentRef ?? '',
    } as never,
  );
  const request: PolicyRequest = {
    kind: 'LEGAL_PROCESS',
    to: p.home,
    from: { type: 'AGENCY', agency },
    purpose: 'INVESTIGATION',
    basis: p.type,
    process: { type: p.type, issuer: p.issuer, gag, criminal: true },
    wants: p.wants,
  };
  return publishAsRouter(h, id, envelope, request, p.sender, 'token' in p.patron ? p.patron.token : undefined);
}

/** A public-records request for patron records: REVIEW routed to the records custodian. */
export async function queueRecordsRequest(h: Harness, sender: string, home: string): Promise<Queued> {
  const id = randomUUID();
  const envelope = encodeMessage(
    { messageId: id, sender, recipient: home, kind: 'PATRON_INQUIRY', createdAt: Date.now() },
    {
      lookup: { name: 'Walker' },
      requester: { agency: { agency: enumToWire('Agency', 'RECORDS_REQUESTER') } },
      purpose: enumToWire('Purpose', 'RECORDS_REQUEST'),
      basis: enumToWire('LegalBasis', 'NONE'),
      wants: wants(['EXISTENCE', 'CIRCULATION']),
    } as never,
  );
  const request: PolicyRequest = {
    kind: 'PATRON_INQUIRY',
    to: home,
    from: { type: 'AGENCY', agency: 'RECORDS_REQUESTER' },
    purpose: 'RECORDS_REQUEST',
    basis: 'NONE',
    wants: ['EXISTENCE', 'CIRCULATION'],
  };
  return publishAsRouter(h, id, envelope, request, sender, undefined);
}

async function publishAsRouter(h: Harness, id: string, envelope: Uint8Array, request: PolicyRequest, sender: string, token: string | undefined): Promise<Queued> {
  const s = screen(h.book, request, '2026-12-03');
  const decision = s.final
    ? s.decision
    : s.complete({ registeredAt: request.to, shelfOptOut: false, detailedNoticesAllowed: false, consents: [], owes: { materials: false, fines: 0 } });
  if (decision.outcome !== 'REVIEW') throw new Error(`expected REVIEW, the engine decided ${decision.outcome}`);
  const p = new Publisher(h.conn.jetstream());
  const about = { kind: request.kind, sender, recipient: request.to, patronTokens: [token] };
  const ref = { sender, id };
  await Promise.all([p.review(ref, decision, request, envelope), p.decision(id, decision, about), p.finalReply(ref, requesterReply(decision))]);
  return { id, envelope, request, decision };
}

/** Every message JetStream stored on `subject` (duplicates dropped by Nats-Msg-Id are not there). */
export async function stored(h: Harness, stream: keyof typeof STREAMS, subject: string): Promise<JsMsg[]> {
  const c = await h.conn.jetstream().consumers.get(STREAMS[stream].name, { filter_subjects: subject });
  const out: JsMsg[] = [];
  try {
    const n = (await c.info(true)).num_pending;
    if (n === 0) return out;
    for await (const m of await c.fetch({ max_messages: n, expires: 5000 })) {
      out.push(m);
      if (m.info.pending === 0) break;
    }
  } finally {
    await c.delete().catch(() => undefined);
  }
  return out;
}

/** Poll `check` until it returns a value (nothing to await: the intake runs on its own). */
export async function eventually<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
