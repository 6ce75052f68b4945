// One message's timeline, from what the broker keeps about it: the ingress copy (headers
// only: its Nats-Msg-Id `<sender>.<id>`, time and size; being the one copy under that id is
// the router's claim), the decision record(s), the review item (headers), the delivery (headers) and
// whether the recipient's consumer has acked past it, the requester's reply, PENDING or
// error (headers), or the dead letter. Every read starts at a time and is bounded.
// A gagged item (NSL/FISA) shows nothing of its decision: only what the sender itself
// saw happen (ingress, claim, its first reply, a dead letter).
import {
  STREAMS,
  deadLetterSubject,
  deliveryFilter,
  errorSubject,
  ingressFilter,
  libraryConsumerName,
  messageKey,
  replySubject,
  reviewSubject,
} from '@ilr/nats';
import type { ConsumerInfo } from '@nats-io/jetstream';
import { readRange, type StoredMsg, type Streams } from './read.js';
import { deadLetterOf, decisionOf, iso, msgIdOf, type DecisionView } from './records.js';
import type { TraceEvent } from './types.js';

export interface TraceOptions {
  /** Look from this time on (default: 24 hours ago). */
  since?: Date;
  /** Messages read per stream at most (default 20,000). */
  scanLimit?: number;
}

const SLACK_MS = 1_000;

export async function traceMessage(
  s: Streams,
  sender: string,
  messageId: string,
  o: TraceOptions & { now: number },
  consumerInfo: (stream: string, name: string) => Promise<ConsumerInfo | undefined>,
): Promise<TraceEvent[]> {
  const key = messageKey(sender, messageId);
  const since = o.since?.getTime() ?? o.now - 24 * 3_600_000;
  const max = o.scanLimit ?? 20_000;
  const ours = (m: StoredMsg, ...what: string[]) => {
    const id = msgIdOf(m);
    return what.length === 0 ? id === key : what.some((w) => id === `${key}:${w}`);
  };
  const events: TraceEvent[] = [];

  const ingress = await readRange(s, { stream: STREAMS.ingress.name, filter: ingressFilter(sender), startTime: since, headersOnly: true, max, stop: (m) => ours(m) });
  const copy = ingress.messages.find((m) => ours(m));
  if (copy) {
    events.push({ step: 'ingress', at: iso(copy.time), stream: STREAMS.ingress.name, seq: copy.seq, subject: copy.subject, size: copy.size });
    // The claim is the stream's deduplication: no other copy of the id is stored within its window.
    events.push({ step: 'claim', at: iso(copy.time), stream: STREAMS.ingress.name, seq: copy.seq, note: `claimed: the only copy of ${key} in ${STREAMS.ingress.name} (its Nats-Msg-Id), ingress seq ${copy.seq}` });
  }
  const from = (copy?.time ?? since) - SLACK_MS;

  const [decisions, dead, replies, errors] = await Promise.all([
    readRange(s, {
      stream: STREAMS.decisions.name,
      startTime: from,
      max,
      // A first decision other than REVIEW is the whole story; a REVIEW waits for its person's outcome.
      stop: (m) => {
        const d = decisionOf(m.data);
        return !!d && d.sender === sender && d.messageId === messageId && (d.reviewed || d.outcome !== 'REVIEW');
      },
    }),
    readRange(s, { stream: STREAMS.deadLetter.name, filter: deadLetterSubject(sender), startTime: from, max }),
    readRange(s, { stream: STREAMS.delivery.name, filter: replySubject(sender), startTime: from, headersOnly: true, max }),
    readRange(s, { stream: STREAMS.delivery.name, filter: errorSubject(sender), startTime: from, headersOnly: true, max, stop: (m) => ours(m, 'error') }),
  ]);

  const records = decisions.messages
    .map((m) => ({ m, d: decisionOf(m.data) }))
    .filter((x): x is { m: StoredMsg; d: DecisionView } => !!x.d && x.d.sender === sender && x.d.messageId === messageId);
  const gag = records.some((r) => r.d.gag);

  for (const m of dead.messages) {
    const dl = deadLetterOf(m);
    if (dl && dl.messageId === messageId) {
      events.push({ step: 'dead-letter', at: dl.at, stream: STREAMS.deadLetter.name, seq: m.seq, code: dl.code, reason: dl.reason, size: dl.size });
    }
  }
  for (const m of replies.messages) {
    const what = ours(m, 'reply') ? 'reply' : ours(m, 'pending') ? 'pending' : ours(m, 'reply-reviewed') && !gag ? 'reply' : undefined;
    if (!what) continue;
    events.push({
      step: what,
      at: iso(m.time),
      stream: STREAMS.delivery.name,
      seq: m.seq,
      subject: m.subject,
      size: m.size,
      ...(what === 'pending' ? { reason: m.headers?.get('Ilr-Reason') ?? '' } : {}),
      ...(ours(m, 'reply-reviewed') ? { note: "the reviewer's outcome" } : {}),
    });
  }
  for (const m of errors.messages) {
    if (ours(m, 'error')) events.push({ step: 'error', at: iso(m.time), stream: STREAMS.delivery.name, seq: m.seq, subject: m.subject, size: m.size });
  }

  if (!gag) {
    for (const { m, d } of records) {
      const { messageId: _id, sender: _s, kind: _k, decidedAt, reviewed, gag: _g, ...decision } = d;
      events.push({ step: reviewed ? 'reviewed' : 'decision', at: iso(decidedAt), stream: STREAMS.decisions.name, seq: m.seq, subject: m.subject, decision });
      if (d.outcome === 'REVIEW') {
        const item = await readRange(s, { stream: STREAMS.review.name, filter: reviewSubject(d.home), startTime: decidedAt - SLACK_MS, headersOnly: true, max, stop: (x) => ours(x, 'review') });
        const it = item.messages.find((x) => ours(x, 'review'));
        if (it) events.push({ step: 'review', at: iso(it.time), stream: STREAMS.review.name, seq: it.seq, subject: it.subject, size: it.size });
      }
      if (d.outcome === 'RELAY' || d.outcome === 'REFER') {
        const to = d.outcome === 'REFER' && d.referTo ? d.referTo : d.recipient;
        const what = d.outcome === 'REFER' ? 'refer' : 'deliver';
        const out = await readRange(s, { stream: STREAMS.delivery.name, filter: deliveryFilter(to), startTime: decidedAt - SLACK_MS, headersOnly: true, max, stop: (x) => ours(x, what) });
        const delivery = out.messages.find((x) => ours(x, what));
        if (!delivery) continue;
        const event: TraceEvent = { step: 'delivery', at: iso(delivery.time), stream: STREAMS.delivery.name, seq: delivery.seq, subject: delivery.subject, size: delivery.size };
        events.push(event);
        const c = await consumerInfo(STREAMS.delivery.name, libraryConsumerName(to));
        if (c && c.ack_floor.stream_seq >= delivery.seq) {
          const moved = Date.parse(String(c.ack_floor.last_active ?? ''));
          events.push({
            step: 'ack',
            at: iso(Number.isNaN(moved) || moved <= 0 ? delivery.time : moved),
            stream: STREAMS.delivery.name,
            seq: delivery.seq,
            note: `acked by ${to}: below its consumer's ack floor (seq ${c.ack_floor.stream_seq}); the time is when the floor last moved`,
          });
        } else if (c) {
          event.note = c.delivered.stream_seq >= delivery.seq ? `pulled by ${to}'s connector, not acked yet` : `not yet pulled by ${to}'s connector`;
        }
      }
    }
  }
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || order(a.step) - order(b.step));
}

const ORDER = ['ingress', 'claim', 'decision', 'review', 'pending', 'reviewed', 'delivery', 'ack', 'reply', 'error', 'dead-letter'];
const order = (step: string): number => ORDER.indexOf(step);
