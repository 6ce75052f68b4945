// The pipelined requester against a real nats-server: many answers in flight at once, each
// to its own caller; no responders, a timeout and a close, each named.
import { startNats, type NatsServerHandle } from '@ilr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NatsSetupError, PipelinedRequester, connectNats, type IlrNats } from '../src/index.js';

describe('PipelinedRequester', { timeout: 30_000 }, () => {
  let server: NatsServerHandle;
  let conn: IlrNats;
  beforeAll(async () => {
    server = await startNats();
    conn = await connectNats({ servers: server.url, name: 'request-test' });
    // An echo service that answers out of order: later requests first.
    conn.nc.subscribe('echo', {
      callback: (_e, m) => {
        const n = Number(new TextDecoder().decode(m.data));
        setTimeout(() => m.respond(`re ${n}`), n % 2 === 0 ? 20 : 0);
      },
    });
    await conn.nc.flush();
  });
  afterAll(async () => {
    await conn?.close();
    await server?.stop();
  });

  it('gives each caller its own answer, 500 in flight at once, whatever order they come back in', async () => {
    const answers = await Promise.all(Array.from({ length: 500 }, (_, i) => conn.requester().request('echo', String(i))));
    expect(answers.map((m) => m.string())).toEqual(Array.from({ length: 500 }, (_, i) => `re ${i}`));
  });

  it('a subject nobody listens on is NO_RESPONDERS at once, named by the label', async () => {
    const e = await conn.requester().request('nobody.here', 'x', { label: 'asking nobody.here' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NatsSetupError);
    expect((e as NatsSetupError).code).toBe('NO_RESPONDERS');
    expect((e as Error).message).toBe('asking nobody.here: no responders');
  });

  it('times out each request after its own timeout, and a close fails what still waits', async () => {
    const sub = conn.nc.subscribe('silent'); // takes the subject, never answers
    const r = new PipelinedRequester(conn.nc, { timeoutMs: 10_000 });
    try {
      const started = performance.now();
      const e = await r.request('silent', 'x', { timeoutMs: 200 }).catch((x: unknown) => x);
      expect((e as NatsSetupError).code).toBe('TIMEOUT');
      expect((e as Error).message).toBe('request to silent: no answer within 200 ms');
      // Kept to its own timeout (the sweep runs every 100 ms), not the requester's 10 s.
      expect(performance.now() - started).toBeLessThan(2_000);
      const waiting = r.request('silent', 'y');
      r.close();
      const closed = await waiting.catch((x: unknown) => x);
      expect((closed as NatsSetupError).code).toBe('REQUEST');
      expect((closed as Error).message).toBe('request to silent: closed before an answer came');
    } finally {
      sub.unsubscribe();
      r.close();
    }
  });
});
