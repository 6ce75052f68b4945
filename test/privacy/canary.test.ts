// DOMAIN.md invariant 7: no patron identity in logs, metrics, audit, dead letters or
// anywhere ILR keeps or shows things, except where a lawful disclosure put it.
//
// Canary patrons (canaries.ts) are planted in a copy of the sample library systems; every
// flow of every message kind runs through the real relay (flows.ts); then every log line
// of every service and connector (at trace level), every message of every stream, every
// KV value, every patron-fact lookup, every answer to a reviewer, the stats and monitoring
// endpoints, nats-server's log and the libraries' token files are scanned for the
// canaries and their obvious transformations (scanner.ts).
//
// The gateway libraries (deploy/sample/gateways.yaml) run ISO 18626 gateways beside
// simulated ILL systems: their canaries are planted in `patronInfo` (id, name, postal and
// e-mail addresses, phone) of the requests those ILL systems send. No decision discloses
// IDENTITY to a supplier, so those canaries may be nowhere: not in ILR_INGRESS (the gateway
// sends its library's token), not in the gateways' logs, counters, /healthz or transaction
// files, not at the other library's ILL system, not in an ERROR confirmation.
//
// Where a canary may lawfully be:
// - ILR_INGRESS holds what libraries published, as published (the card number or name a
//   requester typed included), for 7 days: the test checks the broker never writes there
//   and that what is stored is byte for byte what was sent.
// - A delivery of a message to the library it was addressed to (or referred to) carries
//   what the sender wrote in it: a lookup key to the patron's home library, a title to an
//   ISO 18626 supplier, a detailed notice the patron allowed. The broker adds only the
//   hold-shelf label (Multnomah procedure). The data a RELAY discloses (IDENTITY, CONTACT)
//   never travels through ILR at all: the home library's own system answers.
// - ILR_REVIEW holds the request, as sent, for the home library's director.
// - A patron-fact lookup carries the requester's reference to the home library only.
// Each flow declares these (Allowance); anything else found is a leak.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyAuditStream, type VerifyReport } from '@ilr/audit';
import { createLogger, type Logger } from '@ilr/log';
import { STREAMS, KV_BUCKETS, kvStreamName } from '@ilr/nats';
import { decodeMessage, type Kind } from '@ilr/wire';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CANARIES, ISO_CANARIES, allNeedles, plantCanaries, type Needle, type PlantedSample } from './canaries.js';
import { factsArtifacts, illArtifacts, keysArtifacts, metricsArtifacts, quiesce, readAllStreams, streamArtifact, type StoredMessage } from './collect.js';
import { Flows, type FlowResults } from './flows.js';
import { startCanaryRelay, type CanaryRelay } from './relay.js';
import { Scanner, describeHit, isLawful, type Artifact, type Hit } from './scanner.js';

// Every log line, of every logger ILR code creates: the loggers the relay passes to each
// service and connector, and (the net under them) any logger code creates for itself.
const logs = vi.hoisted(() => ({ lines: [] as Array<{ logger: string; line: string }> }));
vi.mock('@ilr/log', async (importOriginal) => {
  const real = await importOriginal<typeof import('@ilr/log')>();
  const capture = (service: string): Logger =>
    real.createLogger(service, { level: 'trace', destination: { write: (line: string) => void logs.lines.push({ logger: service, line }) } });
  return { ...real, createLogger: capture };
});

let sample: PlantedSample;
let keysRoot: string;
let relay: CanaryRelay;
let results: FlowResults;
let stored: StoredMessage[];
let metrics: Artifact[];
let ill: Artifact[];
let serverLog: string;
let auditReport: VerifyReport;
let scanner: Scanner;

beforeAll(async () => {
  sample = plantCanaries();
  keysRoot = mkdtempSync(join(tmpdir(), 'ilr-canary-keys-'));
  relay = await startCanaryRelay({ sampleDir: sample.dir, keysRoot, logger: (name) => createLogger(name) });
  // CANARY_LOGS=<file>: every captured log line is written there (to look into a failure).
  const dumpLogs = () => process.env['CANARY_LOGS'] && writeFileSync(process.env['CANARY_LOGS'], logs.lines.map((l) => l.line).join(''));
  try {
    results = await new Flows(relay).all();
  } catch (e) {
    dumpLogs();
    throw e;
  }
  await quiesce(relay);
  metrics = await metricsArtifacts(relay);
  ill = illArtifacts(relay);
  await relay.stopServices(); // their last lines ("router stopped", with stats) are logged
  stored = await readAllStreams(relay.admin);
  auditReport = await verifyAuditStream(relay.admin);
  serverLog = relay.server.logs();
  dumpLogs();
  scanner = new Scanner([...allNeedles(), ...mintedTokens()]);
}, 240_000); // every flow, the pending retries and the ILS-fault retries: minutes on a loaded machine

afterAll(async () => {
  await relay?.stop();
  sample?.remove();
  if (keysRoot) rmSync(keysRoot, { recursive: true, force: true });
});

/** Tokens the connectors minted during the flows (read from what they published). */
function mintedTokens(): Needle[] {
  const out = new Map<string, Needle>();
  for (const s of relay.ingress.seen) {
    try {
      const token = (decodeMessage(s.data).body as { patron?: { token?: string | null } | null }).patron?.token;
      if (token?.startsWith('ilr1.')) out.set(token, { owner: 'minted', form: 'token', value: token });
    } catch {
      // bad input: not a message
    }
  }
  return [...out.values()];
}

const inStream = (name: string) => stored.filter((m) => m.stream === name).map(streamArtifact);
const leaks = (artifacts: readonly Artifact[]): string[] =>
  scanner
    .scanAll(artifacts)
    .filter((h) => !isLawful(h, results.allowances))
    .map(describeHit);
const logArtifacts = (): Artifact[] => logs.lines.map((l, i) => ({ where: `log line ${i + 1} of ${l.logger}`, place: 'log', data: l.line }));

describe('the canary flows', () => {
  it('ran every message kind, every outcome, reviews, pending facts and bad input as DOMAIN.md and the packs say', () => {
    expect(results.flows.map((f) => `${f.name}: ${f.actual}`)).toEqual(results.flows.map((f) => `${f.name}: ${f.expected}`));
    const kinds = new Set<Kind>();
    for (const s of relay.ingress.seen) {
      try {
        kinds.add(decodeMessage(s.data).kind);
      } catch {
        // bad input
      }
    }
    expect([...kinds].sort()).toEqual(['ACCOUNT_INQUIRY', 'HOLD_PICKUP', 'ITEM_FOUND', 'LEGAL_PROCESS', 'LOAN_REQUEST', 'PATRON_INQUIRY', 'RECOVERY_NOTICE', 'REQUESTER_ACTION', 'SUPPLIER_STATUS']);
    const outcomes = new Set(results.flows.map((f) => f.actual.split(' ')[0]));
    // ERROR: an ISO 18626 confirmation from a gateway (bad input, nothing published).
    expect([...outcomes].sort()).toEqual(['DEAD_LETTER', 'ERROR', 'REFER', 'REFUSE', 'RELAY', 'REVIEW']);
  });
});

describe('the ILS traffic (ImagineIF over NCIP, Bemis over SIP2)', () => {
  it('the connectors read those patrons from the simulators; every NCIP request was schema-valid, SIP2 kept to the protocol', () => {
    const ncip = relay.ils.get('mt-imagineif')!.ncip!;
    const sip2 = relay.ils.get('co-bemis')!.sip2!;
    expect(ncip.requests.length).toBeGreaterThanOrEqual(3);
    expect(ncip.invalidRequests()).toEqual([]);
    expect(sip2.received.filter((m) => m.startsWith('63')).length).toBeGreaterThanOrEqual(2);
    expect(sip2.received.some((m) => m.startsWith('96'))).toBe(true); // the bad checksums were answered with resends
    expect(sip2.protocolErrors).toEqual([]);
    // The ILS failures were answered "unavailable" and logged as such (the scan below covers those lines too).
    expect(logs.lines.filter((l) => l.line.includes('library system unavailable')).map((l) => l.logger).sort()).toEqual(expect.arrayContaining(['connector-co-bemis', 'connector-mt-imagineif']));
  });
});

describe('no canary where ILR keeps or shows things (invariant 7)', () => {
  it('no log line of any service or connector, at trace level, names a canary', () => {
    const loggers = new Set(logs.lines.map((l) => l.logger));
    for (const service of ['ilr-router', 'ilr-policy', 'ilr-review', 'ilr-audit', ...relay.libraries.map((l) => (relay.gateways.has(l) ? `gateway-${l}` : `connector-${l}`))]) {
      expect(loggers, `${service} logged nothing: is its logger captured?`).toContain(service);
    }
    expect(logs.lines.some((l) => /"level":"(trace|debug)"/.test(l.line))).toBe(true);
    expect(leaks(logArtifacts())).toEqual([]);
  });

  it('no metric, stat, service info or server monitoring endpoint names a canary', () => {
    const where = metrics.map((m) => m.where);
    expect(where).toContain('router stats()');
    expect(where).toContain('gateway ma-kingston GET /healthz');
    expect(where.some((w) => w.includes('NATS service stats of ilr-policy'))).toBe(true);
    expect(leaks(metrics)).toEqual([]);
  });

  it('the decision records and the audit log hold no canary, only token digests, and the chain verifies', () => {
    const decisions = inStream(STREAMS.decisions.name);
    const audit = inStream(STREAMS.audit.name);
    expect(decisions.length).toBeGreaterThan(20);
    expect(audit.length).toBe(decisions.length);
    expect(leaks([...decisions, ...audit])).toEqual([]);
    // The fixed tokens named in the notices appear in the audit only as their SHA-256.
    const entries = audit.map((a) => new TextDecoder().decode(a.data as Uint8Array)).join('\n');
    for (const token of [...CANARIES.generic.tokens, ...CANARIES.detailed.tokens]) {
      expect(entries).toContain(createHash('sha256').update(token).digest('hex'));
    }
    expect(auditReport).toMatchObject({ ok: true, breakCount: 0, checked: audit.length });
  });

  it('dead letters hold a digest of what was sent, never a canary', () => {
    const deadLetters = stored.filter((m) => m.stream === STREAMS.deadLetter.name);
    expect(deadLetters.length).toBeGreaterThanOrEqual(13);
    const sent = new Set(relay.ingress.seen.map((s) => createHash('sha256').update(s.data).digest('hex')));
    for (const d of deadLetters) expect(sent, `dead letter #${d.seq} digests something not sent`).toContain((JSON.parse(new TextDecoder().decode(d.data)) as { sha256: string }).sha256);
    expect(leaks(deadLetters.map(streamArtifact))).toEqual([]);
  });

  it('no KV bucket holds a canary (directory, review outcomes and notices)', () => {
    const kv = stored.filter((m) => m.stream.startsWith('KV_'));
    expect(new Set(kv.map((m) => m.stream))).toEqual(new Set(Object.values(KV_BUCKETS).map((b) => kvStreamName(b.bucket))));
    expect(leaks(kv.map(streamArtifact))).toEqual([]);
  });

  it('the replies and errors libraries receive name no canary', () => {
    const answers = inStream(STREAMS.delivery.name).filter((a) => /\.(reply|error)$/.test(a.subject!));
    expect(answers.some((a) => a.subject!.endsWith('.error'))).toBe(true);
    expect(leaks(answers)).toEqual([]);
  });

  it('deliveries carry a canary only where a lawful disclosure put it, to that library, for that message', () => {
    const deliveries = inStream(STREAMS.delivery.name).filter((a) => !/\.(reply|error)$/.test(a.subject!));
    expect(leaks(deliveries)).toEqual([]);
    expectSeen(deliveries, 'delivery');
    // A delivery with a canary carries the decision that let it through (RELAY or REFER).
    for (const hit of scanner.scanAll(deliveries)) {
      const header = hit.artifact.headers?.['Ilr-Decision']?.[0];
      expect(header, `${describeHit(hit)} has no Ilr-Decision`).toBeDefined();
    }
  });

  it('the review queue holds the request as sent for the home library, and no reviewer is shown a canary', () => {
    const items = inStream(STREAMS.review.name);
    expect(items.length).toBe(5);
    expect(leaks(items)).toEqual([]);
    expectSeen(items, 'review');
    expect(results.reviewAnswers.length).toBeGreaterThan(10);
    expect(leaks(results.reviewAnswers)).toEqual([]);
  });

  it('patron-fact lookups carry the requester reference to the home library only', () => {
    const facts = factsArtifacts(relay);
    expect(facts.length).toBeGreaterThan(8);
    expect(leaks(facts)).toEqual([]);
    expectSeen(facts, 'facts');
  });

  it('ILR_INGRESS holds exactly what libraries published: the broker never writes there', () => {
    const key = (m: { subject: string; data: Uint8Array }) => `${m.subject} ${Buffer.from(m.data).toString('base64')}`;
    const ingress = stored.filter((m) => m.stream === STREAMS.ingress.name);
    const published = new Set(relay.ingress.seen.map(key));
    for (const m of ingress) expect(published.has(key(m)), `ILR_INGRESS #${m.seq} was not published by a library`).toBe(true);
    expect(new Set(ingress.map(key))).toEqual(published);
    // Not a vacuous scan: every canary patron was named in what libraries sent.
    const named = new Set(scanner.scanAll(ingress.map(streamArtifact)).map((h) => h.needle.owner));
    for (const owner of [...Object.keys(CANARIES), 'madison', 'minted']) expect(named, `no message named the ${owner} canary`).toContain(owner);
  });

  it("a gateway publishes an ISO 18626 patron as its library's token: patronInfo's id, name and addresses never reach ILR_INGRESS", () => {
    const ingress = stored.filter((m) => m.stream === STREAMS.ingress.name).map(streamArtifact);
    const fromGateways = ingress.filter((a) => [...relay.gateways.keys()].some((g) => a.subject!.startsWith(`ilr.in.${g}.`)));
    expect(fromGateways.length).toBeGreaterThanOrEqual(6);
    const iso = new Set(Object.keys(ISO_CANARIES));
    const hits = scanner.scanAll(ingress).filter((h) => iso.has(h.needle.owner));
    // Not a vacuous scan: the title Kingston's ILL system asked for is there, as sent.
    expect(hits.map((h) => h.needle.form)).toContain('title');
    expect(hits.filter((h) => h.needle.form !== 'title').map(describeHit)).toEqual([]);
  });

  it('no ILL system received a canary patron from its gateway (the supplier saw a token), and no confirmation echoes one', () => {
    const carver = ill.filter((a) => a.library === 'ma-carver' && a.where.includes('(request)'));
    expect(carver.length).toBeGreaterThanOrEqual(1);
    expect(String(carver[0]!.data)).toMatch(/<patronId>ilr1\./);
    // A title is what a supplier needs; the patron's identity is what it never gets.
    const identity = new Scanner(allNeedles().filter((n) => n.form !== 'title'));
    expect(identity.scanAll(ill).map(describeHit)).toEqual([]);
    const kingston = relay.gateways.get('ma-kingston')!.ill;
    expect(kingston.confirmations.filter((c) => c.status === 'ERROR').map((c) => c.errorValue)).toEqual([
      expect.stringMatching(/^request\/header\/supplyingAgencyId/),
      expect.stringMatching(/^request\/serviceInfo\/serviceType/),
    ]);
    for (const { ill: sim } of relay.gateways.values()) expect(sim.invalid).toEqual([]);
  });

  it('no other stream holds a canary (a stream added later is held to the same rule)', () => {
    const tested = new Set<string>(Object.values(STREAMS).map((s) => s.name));
    const others = stored.filter((m) => !tested.has(m.stream) && !m.stream.startsWith('KV_'));
    expect(leaks(others.map(streamArtifact))).toEqual([]);
  });

  it("the libraries' keystores, ledgers and journals, and the gateways' transactions, hold no canary and no token in the clear", () => {
    const files = keysArtifacts(keysRoot);
    expect(files.some((f) => f.where.includes('ledger'))).toBe(true);
    expect(files.some((f) => f.where.endsWith('ma-kingston.gateway.jsonl'))).toBe(true);
    expect(leaks(files)).toEqual([]);
  });

  it("nats-server's own log names no canary", () => {
    expect(serverLog.length).toBeGreaterThan(0);
    expect(leaks([{ where: 'nats-server log', place: 'server-log', data: serverLog }])).toEqual([]);
  });
});

/** Each declared must-see value was found in its place: the scanner does see into deliveries and review items. */
function expectSeen(artifacts: readonly Artifact[], place: 'delivery' | 'review' | 'facts'): void {
  for (const m of results.mustSee.filter((x) => x.place === place)) {
    const found = artifacts.some((a) => a.messageId === m.messageId && a.library === m.library && scanner.scan(a).some((h: Hit) => m.value.toLowerCase().includes(h.needle.value.toLowerCase())));
    expect(found, `${place} of ${m.messageId} to ${m.library} should show "${m.value}" (${m.why})`).toBe(true);
  }
}

describe('the scanner catches a leak', () => {
  const canary = CANARIES.bozeman;
  const scan = new Scanner(allNeedles());
  const leaky = async (log: (l: Logger) => void): Promise<string[]> => {
    const { createLogger: real } = await vi.importActual<typeof import('@ilr/log')>('@ilr/log');
    const lines: string[] = [];
    log(real('throwaway', { level: 'trace', destination: { write: (l: string) => void lines.push(l) } }));
    return scan.scanAll(lines.map((data, i) => ({ where: `throwaway line ${i + 1}`, place: 'log', data }))).map((h) => h.needle.form);
  };

  it('in a message string, in any case, in a field the redaction does not know, as digits with spaces', async () => {
    expect(await leaky((l) => l.info(`looked up ${canary.firstName} ${canary.lastName}`))).toContain('full name');
    expect(await leaky((l) => l.debug({ who: canary.lastName.toUpperCase() }, 'x'))).toContain('last name');
    expect(await leaky((l) => l.trace({ n: canary.card.replace(/(\d{4})/g, '$1 ') }, 'x'))).toContain('card number');
    expect(await leaky((l) => l.warn({ reach: canary.phone }, 'x'))).toContain('phone digits');
    expect(await leaky((l) => l.error({ err: new Error(`no mail to ${canary.email}`) }, 'x'))).toContain('email');
  });

  it('base64, hex, a Uint8Array, a Buffer as JSON, a digest of the card', async () => {
    const bytes = new TextEncoder().encode(`addr: ${canary.address}`);
    expect(await leaky((l) => l.info({ b: Buffer.from(bytes).toString('base64') }, 'x'))).toContain('address');
    expect(await leaky((l) => l.info({ h: Buffer.from(bytes).toString('hex') }, 'x'))).toContain('address');
    expect(await leaky((l) => l.info({ d: createHash('sha256').update(canary.card).digest('hex') }, 'x'))).toContain('card digest');
    // @ilr/log writes bytes as their size only; any other JSON writer gives these.
    expect(await leaky((l) => l.info({ arr: bytes, buf: Buffer.from(bytes) }, 'x'))).toEqual([]);
    const asJson = [JSON.stringify({ arr: bytes }), JSON.stringify({ buf: Buffer.from(bytes) })];
    for (const data of asJson) expect(scan.scan({ where: 'a JSON line', place: 'log', data }).map((h) => h.needle.form)).toContain('address');
    expect(scan.scan({ where: 'a JSON line', place: 'log', data: asJson[1]! }).map((h) => `${h.needle.form} ${h.view}`)).toContain('address raw>bytes');
  });

  it('but not behind the redaction of @ilr/log, and a lawful disclosure is only lawful in its place', async () => {
    expect(await leaky((l) => l.info({ patron: { name: canary.lastName }, card: canary.card, lookupKey: canary.lastName }, 'x'))).toEqual([]);
    const delivery: Artifact = { where: 'a delivery', place: 'stream', stream: 'ILR_DELIVERY', subject: 'ilr.out.mt-bozeman.patron_inquiry', messageId: 'm1', library: 'mt-bozeman', data: canary.lastName };
    const allowance = { place: 'delivery' as const, messageId: 'm1', library: 'mt-bozeman', values: [canary.lastName], why: 'test' };
    const [hit] = scan.scan(delivery);
    expect(isLawful(hit!, [allowance])).toBe(true);
    expect(isLawful(hit!, [{ ...allowance, library: 'wi-madison' }])).toBe(false);
    expect(isLawful(hit!, [{ ...allowance, messageId: 'm2' }])).toBe(false);
    const [inReply] = scan.scan({ ...delivery, subject: 'ilr.out.mt-bozeman.reply' });
    expect(isLawful(inReply!, [allowance])).toBe(false);
  });
});
