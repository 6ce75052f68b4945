// The pipelined publisher against a real nats-server: stored, deduplicated, conditional,
// refused, timed out and closed, each answered exactly as JetStreamClient.publish would.
import { startNats, type NatsServerHandle } from '@ilr/testing';
import { JetStreamApiCodes, JetStreamApiError } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NatsSetupError, PipelinedPublisher, PipelinedRequester, connectNats, type IlrNats } from '../src/index.js';

describe('PipelinedPublisher', { timeout: 30_000 }, () => {
  let server: NatsServerHandle;
  let conn: IlrNats;
  beforeAll(async () => {
    server = await startNats();
    conn = await connectNats({ servers: server.url, name: 'publish-test' });
    const jsm = await conn.jetstreamManager();
    await jsm.streams.add({ name: 'P', subjects: ['p.>'], duplicate_window: 60_000_000_000 });
  });
  afterAll(async () => {
    await conn?.close();
    await server?.stop();
  });

  it('resolves with the PubAck of each stored message, many in flight at once, in order', async () => {
    const acks = await Promise.all(Array.from({ length: 2000 }, (_, i) => conn.publisher().publish('p.many', `m${i}`)));
    expect(acks.every((a) => a.stream === 'P' && !a.duplicate)).toBe(true);
    const seqs = acks.map((a) => a.seq);
    expect(new Set(seqs).size).toBe(2000);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const stored = await (await conn.jetstreamManager()).streams.getMessage('P', { seq: seqs[1999]! });
    expect(stored?.string()).toBe('m1999');
  });

  it('sets Nats-Msg-Id and the caller\'s headers: a second publish with the same id is a duplicate, not stored again', async () => {
    const h = headers();
    h.set('Ilr-Test', 'kept');
    const first = await conn.publisher().publish('p.dedupe', 'x', { msgID: 'same-id', headers: h });
    const again = await conn.publisher().publish('p.dedupe', 'x', { msgID: 'same-id' });
    expect(again).toMatchObject({ duplicate: true, seq: first.seq });
    const stored = await (await conn.jetstreamManager()).streams.getMessage('P', { seq: first.seq });
    expect(stored?.header.get('Ilr-Test')).toBe('kept');
    expect(stored?.header.get('Nats-Msg-Id')).toBe('same-id');
  });

  it('a write conditional on the subject\'s last sequence is refused with the JetStream API error', async () => {
    await conn.publisher().publish('p.once', 'first', { expect: { lastSubjectSequence: 0 } });
    const e = await conn.publisher().publish('p.once', 'second', { expect: { lastSubjectSequence: 0 } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(JetStreamApiError);
    expect((e as JetStreamApiError).code).toBe(JetStreamApiCodes.StreamWrongLastSequence);
    const last = await conn.publisher().publish('p.seq', 'a');
    await expect(conn.publisher().publish('p.seq', 'b', { expect: { lastSequence: last.seq - 1 } })).rejects.toBeInstanceOf(JetStreamApiError);
    await expect(conn.publisher().publish('p.seq', 'c', { expect: { lastSequence: last.seq, lastMsgID: 'not-it' } })).rejects.toBeInstanceOf(JetStreamApiError);
  });

  it('a subject no stream takes is refused at once, naming the subject', async () => {
    const e = await conn.publisher().publish('nowhere.at.all', 'x').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NatsSetupError);
    expect((e as NatsSetupError).code).toBe('PUBLISH');
    expect((e as Error).message).toMatch(/nowhere\.at\.all: no stream takes this subject/);
  });

  it('times out when the subject is answered by no one that acks, and closes with what is still waiting', async () => {
    // A plain subscriber takes the subject, so the server sends no 503, and never answers.
    const sub = conn.nc.subscribe('silent.subject');
    const requests = new PipelinedRequester(conn.nc, { timeoutMs: 300 });
    const p = new PipelinedPublisher(requests);
    try {
      const e = await p.publish('silent.subject', 'x').catch((x: unknown) => x);
      expect((e as NatsSetupError).code).toBe('PUBLISH');
      expect((e as Error).message).toMatch(/publish to silent\.subject: no answer within 300 ms/);
      const waiting = p.publish('silent.subject', 'y');
      requests.close();
      await expect(waiting).rejects.toThrow(/publish to silent\.subject: closed before an answer came/);
    } finally {
      sub.unsubscribe();
      requests.close();
    }
  });

  it('answers arrive under the connection\'s inbox prefix (a library may subscribe only there)', async () => {
    const lib = await connectNats({ servers: server.url, inboxPrefix: '_ILR_INBOX.test-lib' });
    try {
      const seen: string[] = [];
      const spy = conn.nc.subscribe('_ILR_INBOX.test-lib.>', { callback: (_e, m) => void seen.push(m.subject) });
      await conn.nc.flush();
      await lib.publisher().publish('p.lib', 'x');
      await conn.nc.flush();
      spy.unsubscribe();
      expect(seen.length).toBe(1);
    } finally {
      await lib.close();
    }
  });
});
