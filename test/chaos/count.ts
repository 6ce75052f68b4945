// Settling and counting: wait until nothing more can happen, then count every accepted
// message id at every recipient and in every stream where it may end.
import { HEADERS, ROUTER_CONSUMER, STREAMS, libraryConsumerName, type IlrNats } from '@ilr/nats';
import { waitUntil } from '@ilr/testing';
import { DeliverPolicy, type JsMsg } from '@nats-io/jetstream';
import type { Load } from './load.js';
import { MIX_LIBRARIES } from './mix.js';
import { nothingSeen, type Tally } from './tally.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retry an operation through a leader election or a reconnect. */
export async function eventually<T>(op: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await op();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await sleep(200);
    }
  }
}

/**
 * Wait until nothing more can happen: the router's consumer and every library's consumer
 * have nothing pending and nothing unacknowledged, so no redelivery can still come. Only
 * consumer state tells this; there is no event for it, hence a poll with a deadline.
 */
export async function settle(admin: IlrNats, timeoutMs: number): Promise<void> {
  const consumers: [string, string][] = [
    [STREAMS.ingress.name, ROUTER_CONSUMER.durable],
    ...MIX_LIBRARIES.map((l): [string, string] => [STREAMS.delivery.name, libraryConsumerName(l)]),
  ];
  await waitUntil(
    'every consumer to have nothing pending and nothing unacknowledged',
    async () => {
      const jsm = await admin.jetstreamManager();
      for (const [stream, name] of consumers) {
        const info = await jsm.consumers.info(stream, name);
        if (info.num_pending > 0 || info.num_ack_pending > 0) return undefined;
      }
      return true;
    },
    { timeoutMs },
  );
}

/** Every message stored in a stream (an ordered consumer from the first message). */
async function readStream(admin: IlrNats, stream: string): Promise<JsMsg[]> {
  return eventually(async () => {
    const jsm = await admin.jetstreamManager();
    if ((await jsm.streams.info(stream)).state.messages === 0) return [];
    const consumer = await admin.jetstream().consumers.get(stream, { deliver_policy: DeliverPolicy.All });
    const out: JsMsg[] = [];
    const messages = await consumer.consume({ max_messages: 1000 });
    for await (const m of messages) {
      out.push(m);
      if (m.info.pending === 0) break;
    }
    await messages.close();
    return out;
  });
}

interface DeadLetterRecord {
  messageId: string;
  code: string;
  reason: string;
}

export interface Counts {
  scenario: string;
  /** Accepted by the ingress stream (PubAck). */
  sent: number;
  /** Delivered to their recipient (RELAY, REFER) exactly once. */
  delivered: number;
  /** Ended exactly once as their job says: FINAL reply of the expected outcome (with the delivery or review item it implies). */
  answered: number;
  /** Of those, parked on the review queue. */
  reviewed: number;
  /** Dead-lettered exactly once, with a reason (and nothing else happened to them). */
  deadLettered: number;
  deadLetterCodes: Record<string, number>;
  /** Message ids seen more than once anywhere (delivery handler, reply, error, review queue, dead letters). */
  duplicated: number;
  /** Extra calls the SDK user saw: deliveries (and how many the SDK flagged redelivered), replies, errors. */
  extra: { deliveries: number; flaggedRedelivered: number; replies: number; errors: number };
  /** Accepted message ids that reached no ending at all. */
  lost: number;
  /** Accepted message ids that ended otherwise than their job says (wrong outcome or recipient). */
  wrong: number;
  /** Messages stored twice in ILR_DELIVERY / ILR_REVIEW / ILR_DEADLETTER (the broker's own duplicates). */
  storedTwice: number;
  /** Ingress messages the router's consumer handed out again (missed ack, NAK): the crash's footprint. */
  routerRedeliveries: number;
  /** Events for message ids that were never accepted. */
  strangers: number;
  /** Send attempts the load retried (server down, leader election). */
  sendRetries: number;
  /** Messages the load could not get accepted. */
  refused: number;
  /** Up to 20 examples of what went wrong, for the failure message. */
  problems: string[];
}

/** Count every accepted message id at every recipient and in every stream where it may end. */
export async function count(scenario: string, admin: IlrNats, tally: Tally, load: Load): Promise<Counts> {
  const [dlq, review, delivery] = await Promise.all([
    readStream(admin, STREAMS.deadLetter.name),
    readStream(admin, STREAMS.review.name),
    readStream(admin, STREAMS.delivery.name),
  ]);
  const deadLetters = new Map<string, DeadLetterRecord[]>();
  for (const m of dlq) {
    const r = m.json<DeadLetterRecord>();
    deadLetters.set(r.messageId, [...(deadLetters.get(r.messageId) ?? []), r]);
  }
  const reviews = new Map<string, number>();
  for (const m of review) {
    const id = m.json<{ messageId: string }>().messageId;
    reviews.set(id, (reviews.get(id) ?? 0) + 1);
  }
  // The broker's own duplicates: two stream messages for one (subject, Nats-Msg-Id).
  const stored = new Map<string, number>();
  for (const m of [...delivery, ...review, ...dlq]) {
    const key = `${m.subject} ${m.headers?.get(HEADERS.msgId) ?? `seq-${m.seq}`}`;
    stored.set(key, (stored.get(key) ?? 0) + 1);
  }
  const router = await eventually(async () => (await admin.jetstreamManager()).consumers.info(STREAMS.ingress.name, ROUTER_CONSUMER.durable));

  const c: Counts = {
    scenario,
    sent: load.accepted.size,
    delivered: 0,
    answered: 0,
    reviewed: 0,
    deadLettered: 0,
    deadLetterCodes: {},
    duplicated: 0,
    extra: { deliveries: 0, flaggedRedelivered: 0, replies: 0, errors: 0 },
    lost: 0,
    wrong: 0,
    storedTwice: [...stored.values()].filter((n) => n > 1).length,
    // Every ingress message was delivered to the router at least once; the rest were redeliveries.
    routerRedeliveries: router.delivered.consumer_seq - router.delivered.stream_seq,
    strangers: [...tally.seen.keys()].filter((id) => !load.accepted.has(id)).length,
    sendRetries: load.retries,
    refused: load.refused.length,
    problems: load.refused.slice(0, 5).map((r) => `${r.id}: never accepted: ${r.error}`),
  };
  const problem = (id: string, what: string) => void (c.problems.length < 20 && c.problems.push(`${id}: ${what}`));

  for (const [id, job] of load.accepted) {
    const seen = tally.seen.get(id) ?? nothingSeen();
    const dls = deadLetters.get(id) ?? [];
    const reviewed = reviews.get(id) ?? 0;
    const what = () => `${job.name}: ${JSON.stringify({ ...seen, deadLetters: dls, reviewed })}`;
    c.extra.deliveries += Math.max(0, seen.deliveries.length - 1);
    c.extra.flaggedRedelivered += Math.min(seen.redelivered, Math.max(0, seen.deliveries.length - 1));
    c.extra.replies += Math.max(0, seen.finals.length - 1);
    c.extra.errors += Math.max(0, seen.errors.length - 1);
    if (seen.deliveries.length > 1 || seen.finals.length > 1 || seen.errors.length > 1 || dls.length > 1 || reviewed > 1) {
      c.duplicated++;
      problem(id, `seen more than once: ${what()}`);
    }
    if (seen.deliveries.length + seen.finals.length + seen.errors.length + dls.length + reviewed === 0) {
      c.lost++;
      problem(id, `lost (accepted, never delivered, answered or dead-lettered): ${job.name}`);
      continue;
    }
    const e = job.ending;
    if (dls.length > 0) {
      // Dead-lettered: with a reason, and nothing else may have happened to it.
      c.deadLettered++;
      for (const d of dls) c.deadLetterCodes[d.code] = (c.deadLetterCodes[d.code] ?? 0) + 1;
      const codeOk = e.outcome !== 'DEAD_LETTER' || dls.every((d) => d.code === e.code);
      const errorsOk = e.outcome === 'DEAD_LETTER' ? seen.errors.length >= 1 : seen.errors.length === 0;
      if (!codeOk || !errorsOk || dls.some((d) => !d.reason) || seen.deliveries.length > 0 || seen.finals.length > 0 || reviewed > 0) {
        c.wrong++;
        problem(id, `dead letter not as expected: ${what()}`);
      }
      continue;
    }
    const asExpected =
      e.outcome !== 'DEAD_LETTER' &&
      seen.finals.length >= 1 &&
      seen.finals.every((o) => o === e.outcome) &&
      seen.errors.length === 0 &&
      ('deliveredTo' in e ? seen.deliveries.length >= 1 && seen.deliveries.every((to) => to === e.deliveredTo) : seen.deliveries.length === 0) &&
      (e.outcome === 'REVIEW' ? reviewed >= 1 : reviewed === 0);
    if (!asExpected) {
      c.wrong++;
      problem(id, `expected ${JSON.stringify(e)}: ${what()}`);
      continue;
    }
    c.answered++;
    if ('deliveredTo' in e) c.delivered++;
    if (e.outcome === 'REVIEW') c.reviewed++;
  }
  return c;
}

/** One line per scenario, for the test output. */
export function summaryLine(c: Counts, extra = ''): string {
  const codes = Object.entries(c.deadLetterCodes).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  const x = c.extra;
  return (
    `chaos ${c.scenario}: sent ${c.sent}, delivered ${c.delivered}, answered without a delivery ${c.answered - c.delivered} ` +
    `(refused, or reviewed: ${c.reviewed}), dead-lettered ${c.deadLettered} (${codes}), duplicated ${c.duplicated}, lost ${c.lost}, wrong ${c.wrong}` +
    ` | duplicates seen by connectors: deliveries ${x.deliveries} (flagged redelivered ${x.flaggedRedelivered}), replies ${x.replies}, errors ${x.errors}` +
    `; stored twice by the broker ${c.storedTwice}; router redeliveries ${c.routerRedeliveries}; send retries ${c.sendRetries}` +
    (extra ? ` | ${extra}` : '')
  );
}
