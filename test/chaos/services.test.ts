// Chaos (a): kill -9 the policy service, then the router, then both at once, mid-load;
// each is started again at once. Invariant 5 (DOMAIN.md): every accepted message is
// delivered exactly once or dead-lettered with a reason; none missing, none duplicated.
import { startNats, type NatsServerHandle } from '@ilr/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { ChaosRelay, expectEachMessageEndedOnce } from './relay.js';

const TOTAL = 3000;

describe('chaos (a): the router and the policy service crash mid-load', { timeout: 300_000 }, () => {
  let server: NatsServerHandle | undefined;
  let relay: ChaosRelay | undefined;
  afterAll(async () => {
    await relay?.close();
    await server?.stop();
  });

  it('kill -9 the policy service, the router, then both: every accepted message ends exactly once', async () => {
    server = await startNats({ backend: 'local' });
    const r = (relay = await ChaosRelay.start([server.url], 1));
    const c = await r.run('(a) kill -9 router and policy service', { total: TOTAL, perSecond: 250, settleTimeoutMs: 150_000 }, async () => {
      await r.whenAnswered(TOTAL * 0.2);
      await r.crash(r.policy);
      await r.whenAnswered(TOTAL * 0.45);
      await r.crash(r.router);
      await r.whenAnswered(TOTAL * 0.7);
      // The policy service first: a router that finds no policy service NAKs with its
      // retry delay (the catalogue's 30 s; nats-server 2.9.10 honours a NAK delay even on a
      // consumer with a backoff), which would only make the test slower.
      await r.crash(r.policy, r.router);
    });
    expectEachMessageEndedOnce(c, TOTAL, r);
    // The crashes hit messages in flight: the router was handed some of them again.
    expect(c.routerRedeliveries).toBeGreaterThan(0);
    expect([r.policy.starts, r.router.starts]).toEqual([3, 3]);
  });
});
