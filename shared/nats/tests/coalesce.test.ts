import { startNats, type NatsServerHandle } from '@ilr/testing';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coalesceWrites } from '../src/coalesce.js';

// How many times the client wrote to its socket while `work` ran and the loop settled.
async function writesDuring(nc: NatsConnection, work: () => Promise<void>): Promise<number> {
  const transport = (nc as unknown as { protocol: { transport: { send(frame: Uint8Array): void } } }).protocol.transport;
  const send = transport.send.bind(transport);
  let writes = 0;
  transport.send = (frame: Uint8Array) => {
    writes++;
    send(frame);
  };
  try {
    await work();
    await nc.flush();
  } finally {
    transport.send = send;
  }
  return writes;
}

describe('coalesceWrites', () => {
  let server: NatsServerHandle;
  beforeAll(async () => {
    server = await startNats();
  });
  afterAll(async () => server?.stop());

  // 50 publishes, each in its own microtask: what 50 messages handled at once look like.
  const fifty = (nc: NatsConnection) => async () => {
    await Promise.all(Array.from({ length: 50 }, async (_, i) => {
      for (let k = 0; k < i % 5; k++) await Promise.resolve();
      nc.publish(`coalesce.${i}`, 'x');
    }));
  };

  it('sends what one event-loop turn publishes in one socket write, and every message arrives', async () => {
    const plain = await connect({ servers: server.url });
    const coalesced = await connect({ servers: server.url });
    expect(coalesceWrites(coalesced)).toBe(true);
    const sub = plain.subscribe('coalesce.>');
    await plain.flush();
    const got: string[] = [];
    const done = (async () => {
      for await (const m of sub) if (got.push(m.subject) === 100) break;
    })();
    const before = await writesDuring(plain, fifty(plain));
    const after = await writesDuring(coalesced, fifty(coalesced));
    await done;
    expect(before).toBeGreaterThanOrEqual(5);
    expect(after).toBeLessThanOrEqual(2); // the publishes, then flush()'s PING
    expect(got).toHaveLength(100);
    await plain.close();
    await coalesced.close();
  });

  it('changes nothing on a client whose internals it does not know', () => {
    expect(coalesceWrites({} as NatsConnection)).toBe(false);
    expect(coalesceWrites({ protocol: { sendCommand: () => undefined } } as unknown as NatsConnection)).toBe(false);
  });
});
