// JetStream publishes with acknowledgement, pipelined over one reply subscription (the
// PipelinedRequester, request.ts, says why not JetStreamClient.publish); the server's answer
// (PubAck JSON, an API error, or a 503 "no stream") settles each.
//
// Same contract as JetStreamClient.publish for what ILR uses: `msgID` (Nats-Msg-Id,
// deduplication), extra `headers`, and the `expect` conditions (the audit chain appends only
// after its last entry). Server rejections are @nats-io/jetstream's JetStreamApiError, so
// callers branch on `code` as before.
import { JetStreamApiError, type ApiError, type PubAck } from '@nats-io/jetstream';
import { headers as natsHeaders, type Msg, type MsgHdrs } from '@nats-io/transport-node';
import { NatsSetupError } from './errors.js';
import type { PipelinedRequester } from './request.js';

export interface StreamPublishOptions {
  /** Nats-Msg-Id: a second publish with the same id inside the stream's duplicate window is not stored again. */
  msgID?: string;
  headers?: MsgHdrs;
  /** Store only if the stream's (or this subject's) last message is the one named; else a JetStreamApiError. */
  expect?: { lastSequence?: number; lastMsgID?: string; lastSubjectSequence?: number };
}

const EXPECT_HEADERS = {
  lastSequence: 'Nats-Expected-Last-Sequence',
  lastMsgID: 'Nats-Expected-Last-Msg-Id',
  lastSubjectSequence: 'Nats-Expected-Last-Subject-Sequence',
} as const;

/** What publishes to a stream and waits for it to be stored (the subset of JetStreamClient ILR uses). */
export interface StreamPublisher {
  publish(subject: string, data: Uint8Array | string, opts?: StreamPublishOptions): Promise<PubAck>;
}

const decoder = new TextDecoder();

/** Publishes through a PipelinedRequester (request.ts) and reads the server's answer as a PubAck. */
export class PipelinedPublisher implements StreamPublisher {
  constructor(private readonly requests: PipelinedRequester) {}

  async publish(subject: string, data: Uint8Array | string, opts: StreamPublishOptions = {}): Promise<PubAck> {
    let h = opts.headers;
    if (opts.msgID !== undefined) (h ??= natsHeaders()).set('Nats-Msg-Id', opts.msgID);
    // Most publishes carry no condition: no per-publish walk of the table for them.
    if (opts.expect) {
      for (const [k, name] of Object.entries(EXPECT_HEADERS)) {
        const v = opts.expect[k as keyof typeof EXPECT_HEADERS];
        if (v !== undefined) (h ??= natsHeaders()).set(name, String(v));
      }
    }
    let m: Msg;
    try {
      m = await this.requests.request(subject, data, { label: `publish to ${subject}`, ...(h ? { headers: h } : {}) });
    } catch (e) {
      // No subscription takes the subject: no stream stores it.
      if (e instanceof NatsSetupError && e.code === 'NO_RESPONDERS') {
        throw new NatsSetupError('PUBLISH', `publish to ${subject}: no stream takes this subject (or JetStream is not enabled)`, { cause: e });
      }
      throw e instanceof NatsSetupError ? new NatsSetupError('PUBLISH', e.message, { cause: e }) : e;
    }
    const status = m.headers;
    if (status && status.code >= 300) throw new NatsSetupError('PUBLISH', `publish to ${subject}: ${status.code} ${status.description}`);
    let r: Partial<PubAck> & { error?: ApiError };
    try {
      r = JSON.parse(decoder.decode(m.data)) as typeof r;
    } catch {
      throw new NatsSetupError('PUBLISH', `publish to ${subject}: the server's answer is not a PubAck`);
    }
    if (r.error) throw new JetStreamApiError(r.error);
    if (!r.stream) throw new NatsSetupError('PUBLISH', `publish to ${subject}: the server's answer names no stream`);
    return { stream: r.stream, seq: r.seq ?? 0, duplicate: r.duplicate === true };
  }
}
