// Bad input, fuzzed, at the router (DOMAIN.md invariant 6; issue 5 point 4). Two layers:
//
// 1. In-process, 100,000 payloads: the router's own MessageHandler (decode, subject and
//    sender checks, id claim, directory, meaning, policy, act) with the real directory,
//    policy service and home connectors over a real nats-server; the ingress message and
//    JetStream publish are kept in memory (the real Publisher builds every record), so that
//    100,000 payloads fit in CI time. A pure validation entry point in the router would let
//    this part drop those two doubles.
// 2. Over NATS, thousands: fuzzed payloads and raw bad publishes (wrong subject kind,
//    forged sender, oversized, past max_payload) interleaved with good messages through the
//    running router; what it wrote is read back from the streams.
// Each payload's expected fate comes from the oracle in fuzz-payloads.ts: rejected (one
// dead letter with a reason and a digest, one ErrorReply to the sender, nothing delivered)
// or decided (one reply; one delivery when relayed). Nothing may crash or stall.
//
// Reproduce a failure with its seed: FUZZ_SEED=<seed> npx vitest run --project @ilr/router fuzz
import fc from 'fast-check';
import { Directory } from '@ilr/directory';
import { HEADERS, ROUTER_CONSUMER, STREAMS, ingressSubject, isLibraryId, messageKey, type IlrNats, type StreamPublisher, type StreamPublishOptions } from '@ilr/nats';
import { Publisher, writeId, type DeadLetter } from '@ilr/outbound';
import { waitUntil } from '@ilr/testing';
import { MAX_MESSAGE_BYTES, decodeBody, decodeEnvelope, decodeErrorReply, decodeMessage, decodeRequesterReply, encodeBody, encodeEnvelope, encodeMessage, enumFromWire, type Message } from '@ilr/wire';
import type { JsMsg } from '@nats-io/jetstream';
import { headers as natsHeaders, type MsgHdrs } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIlrMetrics } from '@ilr/metrics';
import { MessageHandler, type RouterStats } from '../src/handle.js';
import { DirectoryMembers } from '../src/members.js';
import { FUZZ_RECEIVED_AT, MEMBERS, MUTATIONS, expected, inputArb, mutate, padTo, sha256, validArb, type Expected, type MutationInput, type Payload, type Valid } from './fuzz-payloads.js';
import { connector, isFinalReply, silent, startBroker, wrote, type Broker } from './harness.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 0x11a_f022);
const SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);
/** The nats-server max_payload recommended for ILR (proto/README.md "Limits"). */
const MAX_PAYLOAD = 256 * 1024;
const IN_PROCESS_BATCH = 100;
const IN_PROCESS_PAYLOADS = Math.round(100_000 * SCALE);
const NATS_FUZZED = Math.round(2_000 * SCALE);
const NATS_GOOD = Math.round(500 * SCALE);
/** No payload may hold the handler longer (a policy round trip included); a stall fails at once. */
const HANDLE_BUDGET_MS = 5_000;
const fuzzMetrics = createIlrMetrics('router');

/** The mutations that leave a message valid. */
const VALID_MUTATIONS: readonly string[] = ['none', 'unknown fields', 'at the limit'];
const DEAD_LETTER_KEYS = ['at', 'code', 'field', 'messageId', 'reason', 'sender', 'sha256', 'size', 'subject'];
const isMember = (id: string) => (MEMBERS as readonly string[]).includes(id);

/** A failed check: a plain throw (expect() per payload would cost more than the router does). */
function must(ok: boolean, what: () => string): asserts ok {
  if (!ok) throw new Error(what());
}
const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');
/** Bytes the headers take on the wire ("NATS/1.0\r\n", "Key: value\r\n" each, "\r\n"): they count towards max_payload. */
function headerSize(h: MsgHdrs | undefined): number {
  if (!h) return 0;
  let n = 12;
  for (const [k, values] of h) for (const v of values) n += k.length + v.length + 4;
  return n;
}


// ---------------------------------------------------------------------------------------
// What the router wrote for one payload, and the checks every payload must pass

interface Written {
  subject: string;
  data: Uint8Array;
  msgId: string;
  header(name: string): string | undefined;
  size: number;
  /** When the stream stored it (unix ms). */
  receivedAt?: number;
}

interface Fate {
  acked: boolean;
  retried: boolean;
  written: Written[];
}

interface Counts {
  payloads: number;
  deadLettered: number;
  decided: number;
  pending: number;
  delivered: number;
  /** The longest reason seen in a dead letter (see 'a dead letter and an ErrorReply quote ...' below). */
  longestReason: number;
  byMutation: Record<string, Record<string, number>>;
}
const newCounts = (): Counts => ({ payloads: 0, deadLettered: 0, decided: 0, pending: 0, delivered: 0, longestReason: 0, byMutation: {} });

const outSubject = (library: string, what: string) => `ilr.out.${library}.${what}`;

/** Checks one payload's fate against the oracle; returns what happened, for the tally. */
function checkFate(p: Payload, exp: Expected, fate: Fate, counts: Counts): string {
  const about = () => `${p.mutation} on ${p.subject} (${p.data.length} bytes, sha256 ${p.sha256.slice(0, 12)})`;
  for (const w of fate.written) must(w.size <= MAX_PAYLOAD, () => `${about()}: wrote ${w.size} bytes to ${w.subject}, over max_payload ${MAX_PAYLOAD}`);
  const dlq = fate.written.filter((w) => w.subject.startsWith('ilr.dlq.'));
  const errors = fate.written.filter((w) => w.subject.endsWith('.error') && w.subject.startsWith('ilr.out.'));
  const pending = fate.written.filter((w) => w.header(HEADERS.reply) === 'PENDING');
  const rest = fate.written.filter((w) => !dlq.includes(w) && !errors.includes(w) && !pending.includes(w));
  const wrote = () => fate.written.map((w) => w.subject).join(', ') || 'nothing';
  // Only a valid message may wait: its home connector did not answer in time (PENDING), or
  // the policy service did not (a loaded CI box): nothing written but that, retried later.
  if (fate.retried && !exp.reject && pending.length <= 1 && rest.length === 0 && dlq.length === 0 && errors.length === 0) {
    counts.pending++;
    return pending.length ? 'PENDING' : 'POLICY_UNAVAILABLE';
  }
  must(fate.acked && !fate.retried, () => `${about()}: ${fate.retried ? 'retried (NAK)' : 'never acked'}; wrote ${wrote()}`);
  must(pending.length <= 1, () => `${about()}: ${pending.length} PENDING replies`);

  const checkRejection = (codes: Set<string>, sender: string | undefined, errorReply = true): string => {
    must(dlq.length === 1, () => `${about()}: ${dlq.length} dead letters, expected 1 (codes ${[...codes].join('|')}); wrote ${fate.written.map((w) => w.subject).join(', ')}`);
    const letter = JSON.parse(text(dlq[0]!.data)) as DeadLetter;
    must(codes.has(letter.code), () => `${about()}: dead-lettered ${letter.code} (${letter.reason}), expected ${[...codes].join(' or ')}`);
    if (exp.reject && exp.wire && letter.code === exp.wire.code) must(letter.field === exp.wire.field, () => `${about()}: field ${letter.field}, the wire says ${exp.wire!.field}`);
    must(letter.reason.length > 0, () => `${about()}: a dead letter without a reason`);
    counts.longestReason = Math.max(counts.longestReason, letter.reason.length);
    must(letter.sha256 === p.sha256 && letter.size === p.data.length, () => `${about()}: the dead letter's digest is not the payload's`);
    must(Object.keys(letter).every((k) => DEAD_LETTER_KEYS.includes(k)), () => `${about()}: dead letter keys ${Object.keys(letter).join()}`);
    // A rejected message reaches no one: no decision, delivery, review or reply.
    must(rest.length === 0, () => `${about()}: rejected (${letter.code}) but also wrote ${rest.map((w) => w.subject).join(', ')}`);
    if (!errorReply && errors.length === 0) {
      must(dlq[0]!.subject === `ilr.dlq.${sender}`, () => `${about()}: dead letter on ${dlq[0]!.subject}, expected ilr.dlq.${sender}`);
    } else {
      must(dlq[0]!.subject === `ilr.dlq.${sender}`, () => `${about()}: dead letter on ${dlq[0]!.subject}, expected ilr.dlq.${sender}`);
      must(errors.length === 1 && errors[0]!.subject === outSubject(sender!, 'error'), () => `${about()}: ${errors.length} error replies (${errors.map((e) => e.subject).join()}), expected 1 to ${sender}`);
      const reply = decodeErrorReply(errors[0]!.data);
      must(reply.code === letter.code && reply.reason === letter.reason && (reply.field || undefined) === letter.field, () => `${about()}: ErrorReply ${reply.code} does not match the dead letter ${letter.code}`);
    }
    counts.deadLettered++;
    return letter.code;
  };

  if (exp.reject) {
    must(pending.length === 0, () => `${about()}: rejected, yet told PENDING`);
    return checkRejection(exp.codes, exp.sender);
  }
  // Valid on the wire and to the router: decided; refused by the policy service as bad input;
  // or, after PENDING, dead-lettered when the home connector never answered.
  if (dlq.length) return pending.length ? checkRejection(new Set(['FACTS_UNAVAILABLE']), exp.sender, false) : checkRejection(new Set(['POLICY_REJECTED']), exp.sender);
  const { envelope, kind } = exp.message;
  const id = envelope.messageId;
  const finals = rest.filter((w) => w.subject === outSubject(exp.sender, 'reply') && w.header(HEADERS.reply) === 'FINAL' && w.header(HEADERS.correlationId) === id);
  // Acked with nothing written would be a message dropped without a word.
  must(finals.length === 1, () => `${about()}: ${finals.length} final replies, expected 1; wrote ${wrote()}`);
  must(errors.length === 0, () => `${about()}: decided, yet an error reply`);
  const outcome = enumFromWire('Outcome', decodeRequesterReply(finals[0]!.data).outcome);
  const ref = { sender: exp.sender, id };
  const deliveries = rest.filter((w) => w.msgId === writeId(ref, 'deliver') || w.msgId === writeId(ref, 'refer'));
  const want = outcome === 'RELAY' || outcome === 'REFER' ? 1 : 0;
  must(deliveries.length === want, () => `${about()}: ${outcome} with ${deliveries.length} deliveries`);
  if (outcome === 'RELAY') must(deliveries[0]!.subject === outSubject(envelope.recipient, kind.toLowerCase()), () => `${about()}: relayed to ${deliveries[0]!.subject}`);
  for (const d of deliveries) checkDelivered(exp.message, d.data, about);
  must(rest.filter((w) => w.msgId === writeId(ref, 'decision')).length === 1, () => `${about()}: decided without one decision record`);
  const reviews = rest.filter((w) => w.msgId === writeId(ref, 'review')).length;
  must(reviews === (outcome === 'REVIEW' ? 1 : 0), () => `${about()}: ${outcome} with ${reviews} review items`);
  counts.decided++;
  counts.delivered += deliveries.length;
  return outcome;
}

const hexList = (list: Uint8Array[] | undefined) => (list ?? []).map((u) => Buffer.from(u).toString('hex')).join();

/**
 * What is delivered is the message sent: same ids, parties and kind, and the fields this
 * schema does not know (a newer sender's) dropped, in the envelope and in the body.
 */
function checkDelivered(sent: Message, data: Uint8Array, about: () => string): void {
  const got = decodeMessage(data);
  for (const k of ['messageId', 'sender', 'recipient', 'kind', 'createdAt'] as const) {
    must(got.envelope[k] === sent.envelope[k], () => `${about()}: delivered with ${k} ${String(got.envelope[k])}, sent ${String(sent.envelope[k])}`);
  }
  // proto/README.md rule 5: nothing the router could not read crosses.
  must(hexList(got.envelope.unknownFields) === '', () => `${about()}: envelope fields unknown to this schema were relayed`);
  must(hexList((got.body as { $unknowns?: Uint8Array[] }).$unknowns) === '', () => `${about()}: body fields unknown to this schema were relayed (${sent.kind})`);
}

function tallyOutcome(counts: Counts, mutation: string, outcome: string): void {
  counts.payloads++;
  const m = (counts.byMutation[mutation] ??= {});
  m[outcome] = (m[outcome] ?? 0) + 1;
}

function report(title: string, counts: Counts, extra: Record<string, unknown> = {}): void {
  const { byMutation, ...totals } = counts;
  console.log(`${title}: seed ${SEED}, ${JSON.stringify({ ...totals, ...extra, crashes: 0, stalls: 0 })}`);
  console.table(Object.fromEntries(Object.entries(byMutation).map(([m, o]) => [m, Object.entries(o).map(([k, n]) => `${k} ${n}`).join(', ')])));
}

// ---------------------------------------------------------------------------------------
// The in-process doubles: the ingress message, JetStream publish

class IngressMsg {
  acks = 0;
  naks = 0;
  readonly info: { deliveryCount: number; streamSequence: number; timestampNanos: string };
  readonly headers: MsgHdrs;
  constructor(
    readonly subject: string,
    readonly data: Uint8Array,
    seq: number,
  ) {
    this.info = { deliveryCount: 1, streamSequence: seq, timestampNanos: String(BigInt(FUZZ_RECEIVED_AT) * 1_000_000n) };
    this.headers = natsHeaders();
    this.headers.set(HEADERS.msgId, ingressMsgId(subject, data, `seq-${seq}`));
  }
  ack(): void {
    this.acks++;
  }
  nak(): void {
    this.naks++;
  }
}

/** A stream publisher that keeps what the Publisher (the real one) writes. */
class PublishRecorder implements StreamPublisher {
  readonly written: Written[] = [];
  async publish(subject: string, data: Uint8Array | string, opts: StreamPublishOptions = {}) {
    if (opts.msgID === undefined) throw new Error(`publish to ${subject} without a Nats-Msg-Id`);
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    // JetStream sends msgID as the Nats-Msg-Id header: it must be a valid header value.
    natsHeaders().set(HEADERS.msgId, opts.msgID);
    const h = opts.headers;
    const headerBytes = headerSize(h);
    this.written.push({ subject, data: bytes, msgId: opts.msgID, header: (n) => h?.get(n) || undefined, size: bytes.length + headerBytes });
    return { stream: 'memory', seq: this.written.length, duplicate: false };
  }
}

// ---------------------------------------------------------------------------------------
// Reading back what the running router wrote

async function readStream(nats: IlrNats, stream: string): Promise<Written[]> {
  const jsm = await nats.jetstreamManager();
  const { state } = await jsm.streams.info(stream);
  if (state.messages === 0) return [];
  const consumer = await nats.jetstream().consumers.get(stream); // ordered, ephemeral
  const messages = await consumer.consume();
  const out: Written[] = [];
  for await (const m of messages) {
    const h = m.headers;
    out.push({ subject: m.subject, data: m.data, msgId: h?.get(HEADERS.msgId) ?? '', header: (n) => h?.get(n) || undefined, size: m.data.length + headerSize(h), receivedAt: Number(BigInt(m.info.timestampNanos) / 1_000_000n) });
    if (m.seq >= state.last_seq) break;
  }
  messages.stop();
  return out;
}

/** Resolves once the router has acked everything published to ingress (nothing can be awaited: poll). */
async function drained(nats: IlrNats, timeoutMs: number): Promise<void> {
  const jsm = await nats.jetstreamManager();
  const last = (await jsm.streams.info(STREAMS.ingress.name)).state.last_seq;
  await waitUntil(
    'the router to ack all of ingress',
    async () => {
      const c = await jsm.consumers.info(ROUTER_CONSUMER.stream, ROUTER_CONSUMER.durable);
      return c.delivered.stream_seq >= last && c.num_pending === 0 && c.num_ack_pending === 0 ? c : undefined;
    },
    { timeoutMs },
  );
}

/**
 * Unique ids: generated ids favour a few values, and over NATS ids must not repeat across
 * payloads (a repeated id is a duplicate). Hashed, so that a bit flip cannot land on another.
 */
/** The sender an ingress subject names, as the router trusts it: the token after ilr.in. (handle.ts subjectOf). */
function subjectSender(subject: string): string | undefined {
  const t = subject.split('.');
  return t[0] === 'ilr' && t[1] === 'in' && isLibraryId(t[2]) ? t[2] : undefined;
}

/**
 * The Nats-Msg-Id a connector publishes with: <sender>.<message_id> (the router's claim),
 * when the payload decodes enough to have an id; `otherwise` when it does not (the router
 * rejects it before the claim).
 */
function ingressMsgId(subject: string, data: Uint8Array, otherwise: string): string {
  const sender = subjectSender(subject);
  try {
    return sender ? messageKey(sender, decodeMessage(data).envelope.messageId) : otherwise;
  } catch {
    return otherwise;
  }
}

function uniqueIds<T extends { valid: Valid }>(inputs: T[], prefix: string): T[] {
  inputs.forEach((input, i) => {
    input.valid = { ...input.valid, envelope: { ...input.valid.envelope, messageId: `${prefix}-${sha256(Buffer.from(`${prefix}${i}:${SEED}`)).slice(0, 24)}` } };
  });
  return inputs;
}

// ---------------------------------------------------------------------------------------

describe('router fuzz: bad input gets a dead letter and an error, good traffic is unaffected', { timeout: 300_000 }, () => {
  let b: Broker;
  let connectors: { stop(): void }[] = [];
  beforeAll(async () => {
    b = await startBroker({ serverConfig: `max_payload: ${MAX_PAYLOAD}`, factsTimeoutMs: 2000 });
    // Every home library answers fact lookups (a patron it knows), so nothing waits on PENDING.
    connectors = MEMBERS.map((home) =>
      connector(b.client, home, { registeredAt: home, age: 40, lastName: 'Fuzz', card: '21234000000009', shelfOptOut: false, userKey: 'FZ1', detailedNoticesAllowed: false, consents: [], owes: { materials: false, fines: 0 } }),
    );
    await b.client.nc.flush();
  }, 60_000);
  afterAll(async () => {
    for (const c of connectors) c.stop();
    await b?.stop();
  });

  it('the seeded directory holds exactly the members the payloads use', async () => {
    const ids = (await (await Directory.open(b.client)).list()).map((e) => e.id).sort();
    expect(ids).toEqual([...MEMBERS].sort());
  });

  it(`in-process: ${IN_PROCESS_PAYLOADS} payloads through the router's handler, each rejected with its reason or decided`, async () => {
    const members = await DirectoryMembers.open(await Directory.open(b.client), silent);
    // The router's own counters, all zero (whatever counters it keeps).
    const stats = Object.fromEntries(Object.keys(b.router.stats()).map((k) => [k, 0])) as unknown as RouterStats;
    const counts = newCounts();
    // Starting points generated once: the mutations, not the valid messages, are the fuzz.
    const pool = fc.sample(validArb, { seed: SEED, numRuns: 2000 });
    // Bad input is the point here (the NATS part carries the good traffic): valid mutations are 1 in 20.
    const mutations = MUTATIONS.flatMap((m) => (VALID_MUTATIONS.includes(m) ? [m] : [m, m, m, m]));
    const inputs = inputArb(mutations, fc.constantFrom(...pool));
    let seq = 0;
    let slowest = 0;

    const handleOne = async (input: MutationInput) => {
      // Every payload its own id (and stream sequence): a repeated id is a duplicate by contract.
      // Hashed, so that a bit flip cannot turn one payload's id into another's.
      const v = input.valid;
      const n = ++seq;
      const fresh = { ...input, valid: { ...v, envelope: { ...v.envelope, messageId: `ip-${sha256(Buffer.from(`${n}:${SEED}`)).slice(0, 24)}` } } };
      const p = mutate(fresh, { maxBytes: MAX_PAYLOAD - 1024 });
      const exp = expected(p.subject, p.data, isMember, FUZZ_RECEIVED_AT);
      const recorder = new PublishRecorder();
      const msg = new IngressMsg(p.subject, p.data, n);
      const handler = new MessageHandler({
        requests: b.client.requester(),
        members,
        publisher: new Publisher(recorder),
        logger: silent,
        policyTimeoutMs: 3000,
        maxDeliver: ROUTER_CONSUMER.maxDeliver,
        retryDelaysMs: [1000],
        stats,
        metrics: fuzzMetrics.router,
      });
      const t0 = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const stalled = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${p.mutation} on ${p.subject}: the handler stalled (${HANDLE_BUDGET_MS} ms)`)), HANDLE_BUDGET_MS);
      });
      try {
        await Promise.race([handler.handle(msg as unknown as JsMsg), stalled]);
      } finally {
        clearTimeout(timer);
      }
      slowest = Math.max(slowest, performance.now() - t0);
      must(msg.acks + msg.naks === 1, () => `${p.mutation}: acked ${msg.acks} and naked ${msg.naks} times`);
      const outcome = checkFate(p, exp, { acked: msg.acks === 1, retried: msg.naks > 0, written: recorder.written }, counts);
      tallyOutcome(counts, p.mutation, outcome);
    };

    await fc.assert(
      fc.asyncProperty(fc.array(inputs, { minLength: IN_PROCESS_BATCH, maxLength: IN_PROCESS_BATCH }), async (batch) => {
        await Promise.all(batch.map(handleOne));
      }),
      { seed: SEED, numRuns: Math.max(1, Math.round(IN_PROCESS_PAYLOADS / IN_PROCESS_BATCH)), endOnFailure: true },
    );
    members.stop();
    report('router fuzz, in-process', counts, { slowestMs: Math.round(slowest) });
    expect(counts.payloads).toBeGreaterThanOrEqual(IN_PROCESS_PAYLOADS);
    expect(counts.deadLettered).toBeGreaterThan(counts.payloads / 2);
    expect(counts.decided).toBeGreaterThan(0);
    expect(stats.received).toBe(counts.payloads);
  });

  it(`over NATS: ${NATS_FUZZED} fuzzed payloads and raw bad publishes interleaved with ${NATS_GOOD} good messages`, async () => {
    const js = b.client.jetstream();
    // Distinct payloads only: two identical ones (two empty ones, say) are one message to the broker.
    const seen = new Set<string>();
    // Created now: the router measures created_at against the ingress receive time.
    const now = Date.now();
    const fuzzed = uniqueIds(fc.sample(inputArb(MUTATIONS), { seed: SEED, numRuns: NATS_FUZZED }), 'fz')
      .map((i) => mutate({ ...i, valid: { ...i.valid, envelope: { ...i.valid.envelope, createdAt: now } } }, { maxBytes: MAX_PAYLOAD - 1024 }))
      .filter((p) => !seen.has(p.sha256) && seen.add(p.sha256));
    const goodInputs = uniqueIds(
      fc.sample(fc.tuple(fc.constantFrom(...MEMBERS), fc.constantFrom(...MEMBERS), fc.string({ maxLength: 30 })), { seed: SEED + 1, numRuns: NATS_GOOD }).map(([sender, recipient, note]) => ({
        valid: { kind: 'ITEM_FOUND', envelope: { messageId: '', sender, recipient, kind: 'ITEM_FOUND', createdAt: Date.now() }, body: { itemId: '31234000456789', owningLibrary: recipient, note } } as Valid,
      })),
      'good',
    );
    // Ids collide across senders: every second good message reuses the id of the one
    // before it, sent by another library. Each must be decided and delivered on its own.
    goodInputs.forEach((g, i) => {
      if (i % 2 === 0) return;
      const first = goodInputs[i - 1]!.valid.envelope;
      const sender = g.valid.envelope.sender === first.sender ? MEMBERS[(MEMBERS.indexOf(first.sender as (typeof MEMBERS)[number]) + 1) % MEMBERS.length]! : g.valid.envelope.sender;
      g.valid = { ...g.valid, envelope: { ...g.valid.envelope, sender, messageId: first.messageId } };
    });
    expect(new Set(goodInputs.map((g) => g.valid.envelope.messageId)).size).toBe(Math.ceil(NATS_GOOD / 2));
    const good = goodInputs.map(({ valid: v }) => {
      const data = encodeMessage(v.envelope, v.body);
      return { valid: v, payload: { mutation: 'none', subject: ingressSubject(v.envelope.sender, 'ITEM_FOUND'), data, sha256: sha256(data) } as Payload };
    });
    // One good message after every four fuzzed ones, all published at once (64 in flight).
    const order: Payload[] = [];
    let g = 0;
    fuzzed.forEach((p, i) => {
      order.push(p);
      if (i % 4 === 3 && g < good.length) order.push(good[g++]!.payload);
    });
    while (g < good.length) order.push(good[g++]!.payload);
    let next = 0;
    // Two fuzzed payloads that decode to one (sender, id) are one message to the stream:
    // the second is not stored (the claim), so it has no fate of its own to check.
    const notStored = new Set<Payload>();
    const publishOne = async (i: number) => {
      const p = order[i]!;
      const ack = await js.publish(p.subject, p.data, { msgID: ingressMsgId(p.subject, p.data, `ingress-${i}-${SEED}`) });
      if (ack.duplicate) notStored.add(p);
    };
    await Promise.all(Array.from({ length: 64 }, async () => {
      while (next < order.length) await publishOne(next++);
    }));
    await drained(b.client, 120_000);

    const streams = [STREAMS.ingress, STREAMS.deadLetter, STREAMS.delivery, STREAMS.decisions, STREAMS.review].map((s) => readStream(b.client, s.name));
    const [ingress = [], deadLetters = [], ...others] = await Promise.all(streams);
    const receivedAt = new Map(ingress.map((w) => [sha256(w.data), w.receivedAt!]));
    const lettersBySha = new Map<string, Written[]>();
    for (const d of deadLetters) {
      const sha = (JSON.parse(text(d.data)) as DeadLetter).sha256;
      lettersBySha.set(sha, [...(lettersBySha.get(sha) ?? []), d]);
    }
    const byMsgId = new Map<string, Written[]>();
    for (const d of others.flat()) byMsgId.set(d.msgId, [...(byMsgId.get(d.msgId) ?? []), d]);
    /** What the router wrote about one payload: its dead letter (by digest), and everything under its ids. */
    const fateOf = (p: Payload, id: string | undefined): Fate => {
      const letters = lettersBySha.get(p.sha256) ?? [];
      const ids = new Set([id, ...letters.map((l) => (JSON.parse(text(l.data)) as DeadLetter).messageId)].filter((x): x is string => !!x));
      // The broker's writes are keyed by the trusted sender (the subject's) and the id.
      const sender = subjectSender(p.subject);
      const writes = (i: string) => (sender ? ['decision', 'reply', 'deliver', 'refer', 'review', 'pending', 'error'].flatMap((what) => byMsgId.get(writeId({ sender, id: i }, what)) ?? []) : []);
      const written = [...letters, ...[...ids].flatMap(writes)];
      return { acked: true, retried: false, written };
    };

    const counts = newCounts();
    for (const p of fuzzed) {
      if (notStored.has(p)) continue;
      const exp = expected(p.subject, p.data, isMember, receivedAt.get(p.sha256) ?? now);
      const id = exp.reject ? undefined : exp.message.envelope.messageId;
      tallyOutcome(counts, p.mutation, checkFate(p, exp, fateOf(p, id), counts));
    }
    const fuzzedDelivered = counts.delivered;
    for (const g of good) {
      const exp = expected(g.payload.subject, g.payload.data, isMember, receivedAt.get(g.payload.sha256) ?? now);
      const outcome = checkFate(g.payload, exp, fateOf(g.payload, g.valid.envelope.messageId), counts);
      expect(outcome).toBe('RELAY');
      tallyOutcome(counts, 'good', outcome);
    }
    expect(good.some((g) => notStored.has(g.payload))).toBe(false);
    report('router fuzz, over NATS', counts, { notStored: notStored.size, goodDelivered: counts.delivered - fuzzedDelivered, deadLettersInStream: deadLetters.length });
    expect(counts.delivered - fuzzedDelivered).toBe(NATS_GOOD);
    // Every dead letter in the stream belongs to exactly one payload.
    expect(deadLetters.length).toBe(counts.deadLettered);
  });

  it('a payload over max_payload is refused at publish, and the connection and the router carry on', async () => {
    const jsm = await b.client.jetstreamManager();
    const before = (await jsm.streams.info(STREAMS.ingress.name)).state.last_seq;
    const v = fc.sample(validArb, { seed: SEED + 2, numRuns: 1 })[0]!;
    const huge = padTo(encodeMessage(v.envelope, v.body), MAX_PAYLOAD + 1);
    await expect(b.client.jetstream().publish(ingressSubject(v.envelope.sender, v.kind), huge, { msgID: messageKey(v.envelope.sender, `huge-${SEED}`) })).rejects.toThrow(/max_payload/);
    expect((await jsm.streams.info(STREAMS.ingress.name)).state.last_seq).toBe(before);

    // The router still consumes: a good message gets its reply, and nothing is left pending.
    const id = `after-${SEED}`;
    const data = encodeMessage({ messageId: id, sender: 'mt-bozeman', recipient: 'wi-madison', kind: 'ITEM_FOUND', createdAt: Date.now() }, { itemId: 'i-1', owningLibrary: 'wi-madison' });
    await b.client.jetstream().publish(ingressSubject('mt-bozeman', 'ITEM_FOUND'), data, { msgID: messageKey('mt-bozeman', id) });
    await b.recorder.waitFor(isFinalReply(id));
    await drained(b.client, 30_000);
    const consumer = await jsm.consumers.info(ROUTER_CONSUMER.stream, ROUTER_CONSUMER.durable);
    expect(consumer).toMatchObject({ num_pending: 0, num_ack_pending: 0 });
  });

  // -------------------------------------------------------------------------------------
  // Found by this fuzzer, and fixed in the router.

  it("a bad subject under the sender's own prefix: the dead letter and an ErrorReply go to that sender", async () => {
    // Only mt-bozeman may publish under ilr.in.mt-bozeman.> (NATS permissions), so the
    // subject's second token is the sender even when the rest is not <kind>.
    const id = `badsubj-${SEED}`;
    const data = encodeMessage({ messageId: id, sender: 'mt-bozeman', recipient: 'wi-madison', kind: 'ITEM_FOUND', createdAt: Date.now() }, { itemId: 'i-1', owningLibrary: 'wi-madison' });
    await b.client.jetstream().publish('ilr.in.mt-bozeman.item_found.x', data, { msgID: messageKey('mt-bozeman', id) });
    const sha = sha256(data);
    const dl = await b.recorder.waitFor((s) => s.subject.startsWith('ilr.dlq.') && (JSON.parse(text(s.data)) as DeadLetter).sha256 === sha);
    expect(JSON.parse(text(dl.data))).toMatchObject({ code: 'BAD_SUBJECT', sender: 'mt-bozeman' });
    expect(dl.subject).toBe('ilr.dlq.mt-bozeman');
    const error = await b.recorder.waitFor((s) => s.subject === 'ilr.out.mt-bozeman.error' && s.headers?.get(HEADERS.correlationId) === id);
    expect(decodeErrorReply(error.data)).toMatchObject({ messageId: id, code: 'BAD_SUBJECT' });
  });

  it('a dead letter and an ErrorReply quote at most a short excerpt of what the sender wrote', async () => {
    // The dead letter carries a digest, never the payload (docs/ARCHITECTURE.md); a reason
    // that copies a 50,000-character field copies the payload.
    const id = `long-${SEED}`;
    const data = encodeMessage(
      { messageId: id, sender: 'wi-madison', recipient: 'mt-bozeman', kind: 'PATRON_INQUIRY', createdAt: Date.now() },
      { patron: { token: 'tok-x', homeLibrary: 'mt-bozeman' }, requester: { library: 'x'.repeat(50_000) }, purpose: 1, basis: 1, wants: [1] },
    );
    await b.client.jetstream().publish(ingressSubject('wi-madison', 'PATRON_INQUIRY'), data, { msgID: messageKey('wi-madison', id) });
    const dl = await b.recorder.waitFor(wrote(id, 'dlq', 'wi-madison'));
    const letter = JSON.parse(text(dl.data)) as DeadLetter;
    expect(letter.code).toBe('REQUESTER_NOT_SENDER');
    expect(letter.reason.length).toBeLessThanOrEqual(512);
    const error = await b.recorder.waitFor(wrote(id, 'error', 'wi-madison'));
    expect(decodeErrorReply(error.data).reason.length).toBeLessThanOrEqual(512);
  });

  it('a relayed body never carries fields this schema does not know', async () => {
    // proto/README.md rule 5: the broker re-encodes what it read; a field it cannot read
    // cannot be judged, so it does not cross. Field 100 is unknown to HoldPickup.
    const id = `unknown-${SEED}`;
    const unknown = Uint8Array.from([0xa2, 0x06, 0x03, 0x6e, 0x65, 0x77]); // field 100, length-delimited "new"
    const body = encodeBody('HOLD_PICKUP', { patron: { token: 'tok-g', homeLibrary: 'or-multnomah' }, itemId: 'i-1', pickupLibrary: 'or-hillsboro' });
    const data = encodeEnvelope({ messageId: id, sender: 'or-multnomah', recipient: 'or-hillsboro', kind: 'HOLD_PICKUP', createdAt: Date.now(), body: Buffer.concat([body, unknown]) });
    await b.client.jetstream().publish(ingressSubject('or-multnomah', 'HOLD_PICKUP'), data, { msgID: messageKey('or-multnomah', id) });
    const delivery = await b.recorder.waitFor(wrote(id, 'deliver', 'or-multnomah'));
    const delivered = decodeBody('HOLD_PICKUP', decodeEnvelope(delivery.data).body);
    expect(delivered.label).toBe('FUZZ 0009');
    expect(hexList((delivered as { $unknowns?: Uint8Array[] }).$unknowns)).toBe('');
  });

  it('a HOLD_PICKUP at the size limit is delivered with its label or rejected, never left undelivered', async () => {
    // 65,536 bytes as sent; the label the broker adds would take it past MAX_MESSAGE_BYTES.
    const id = `limit-${SEED}`;
    const envelope = { messageId: id, sender: 'or-multnomah', recipient: 'or-hillsboro', kind: 'HOLD_PICKUP' as const, createdAt: Date.now() };
    const body = { patron: { token: 'tok-g', homeLibrary: 'or-multnomah' }, itemId: '', pickupLibrary: 'or-hillsboro' };
    const base = encodeMessage(envelope, body).length;
    const fits = (id: string) => {
      try {
        return encodeMessage(envelope, { ...body, itemId: id }).length > 0;
      } catch {
        return false; // OVERSIZED
      }
    };
    let itemId = 'x'.repeat(MAX_MESSAGE_BYTES - base - 64);
    while (fits(itemId + 'x')) itemId += 'x';
    const data = encodeMessage(envelope, { ...body, itemId });
    expect(data.length).toBeGreaterThan(MAX_MESSAGE_BYTES - 4);
    await b.client.jetstream().publish(ingressSubject('or-multnomah', 'HOLD_PICKUP'), data, { msgID: messageKey('or-multnomah', id) });
    const settled = await Promise.race([
      b.recorder.waitFor((s) => wrote(id, 'deliver', 'or-multnomah')(s) || wrote(id, 'dlq', 'or-multnomah')(s)),
      new Promise<undefined>((r) => setTimeout(() => r(undefined), 8_000)),
    ]);
    const said = b.recorder.about(id).map((s) => `${s.subject} (${s.headers?.get(HEADERS.reply) ?? ''})`);
    expect(settled, `neither delivered nor dead-lettered; the router wrote: ${said.join(', ')}`).toBeDefined();
  });
});
