// Chaos (c): the single file-backed nats-server is killed (kill -9) mid-load and started
// again on the same port with the same store; later, still mid-load, it is restarted
// gracefully. The services and connectors ride it out on their reconnects.
// Invariant 5 (DOMAIN.md): every accepted message is delivered exactly once or
// dead-lettered with a reason; none missing, none duplicated.
import { startNats, type NatsServerHandle } from '@ilr/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { ChaosRelay, expectEachMessageEndedOnce } from './relay.js';

const TOTAL = 3000;

describe('chaos (c): a single file-backed nats-server restarts mid-load', { timeout: 300_000 }, () => {
  let server: NatsServerHandle | undefined;
  let relay: ChaosRelay | undefined;
  afterAll(async () => {
    await relay?.close();
    await server?.stop();
  });

  it('kill -9 and start again, later a graceful restart: every accepted message ends exactly once', async () => {
    const nats = (server = await startNats({ backend: 'local' }));
    const r = (relay = await ChaosRelay.start([nats.url], 1));
    const pids: (number | undefined)[] = [nats.pid];
    const c = await r.run('(c) restart the file-backed nats-server', { total: TOTAL, perSecond: 250, settleTimeoutMs: 150_000 }, async () => {
      await r.whenAnswered(TOTAL * 0.3);
      await nats.kill('SIGKILL');
      r.note('kill -9 nats-server');
      await nats.restart();
      pids.push(nats.pid);
      await r.whenAnswered(TOTAL * 0.65);
      r.note('graceful restart of nats-server');
      await nats.restart();
      pids.push(nats.pid);
    });
    expect(new Set(pids).size).toBe(3);
    expectEachMessageEndedOnce(c, TOTAL, r);
    expect(r.policy.running && r.router.running).toBe(true);
  });
});
