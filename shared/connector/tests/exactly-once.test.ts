// Exactly once at the recipient (DOMAIN.md invariant 5) against a real nats-server 2.9: a
// message the server sends again after losing an ack, or after losing the consumer's state
// (kill -9 leaves a zero-length state file and the consumer starts again from the stream's
// first message), is acked again and not handed over twice; a recreated stream is not
// mistaken for the old one.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STREAMS, connectNats, deliverySubject, ensureConsumer, libraryConsumer, libraryConsumerName, provision, replySubject, type IlrNats } from '@ilr/nats';
import { startNats, waitUntil, type NatsServerHandle } from '@ilr/testing';
import { encodeMessage, encodeRequesterReply, enumToWire } from '@ilr/wire';
import { headers } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Connector, type BrokerReply, type ConnectOptions } from '../src/index.js';
import { AckDroppingProxy } from './ack-dropping-proxy.js';
import { LIBRARIES, deferred, silent } from './helpers.js';

/** The server resends an unacked message after this long (the catalogue's 30 s would only slow the tests). */
const ACK_WAIT_MS = 1_000;

/** Retry through a server restart (the admin connection is reconnecting). */
async function eventually<T>(op: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await op();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** A file-backed server, provisioned, with short ack waits on the library consumers. */
async function startServer(): Promise<{ server: NatsServerHandle; admin: IlrNats }> {
  const server = await startNats({ backend: 'local' });
  const admin = await connectNats({ servers: server.url, name: 'test-admin', reconnectTimeWaitMs: 100, reconnectJitterMs: 100 });
  await provision(admin, { libraries: LIBRARIES });
  const jsm = await admin.jetstreamManager();
  for (const l of LIBRARIES) await ensureConsumer(jsm, { ...libraryConsumer(l), ackWaitMs: ACK_WAIT_MS });
  return { server, admin };
}

/** Publish ITEM_FOUND deliveries to `library` as the router does; their message ids and the last stream sequence. */
async function deliverItems(admin: IlrNats, library: string, n: number): Promise<{ ids: string[]; lastSeq: number }> {
  const ids: string[] = [];
  let lastSeq = 0;
  for (let i = 0; i < n; i++) {
    const messageId = randomUUID();
    const bytes = encodeMessage(
      { messageId, sender: 'mt-bozeman', recipient: library, kind: 'ITEM_FOUND', createdAt: Date.now() },
      { itemId: `3150000090${1000 + i}`, owningLibrary: library },
    );
    const h = headers();
    h.set('Nats-Msg-Id', `${messageId}:delivery`);
    lastSeq = (await eventually(() => admin.jetstream().publish(deliverySubject(library, 'item_found'), bytes, { headers: h }))).seq;
    ids.push(messageId);
  }
  return { ids, lastSeq };
}

async function consumerState(admin: IlrNats, library: string) {
  const info = await eventually(async () => (await admin.jetstreamManager()).consumers.info(STREAMS.delivery.name, libraryConsumerName(library)));
  return { ackFloor: info.ack_floor.stream_seq, ackPending: info.num_ack_pending, pending: info.num_pending };
}

/** Wait until the server holds nothing unacked for `library` and its floor is at `seq`. */
async function untilSettled(admin: IlrNats, library: string, seq: number): Promise<void> {
  await waitUntil(`${library}: everything up to ${seq} acked on the server`, async () => {
    const s = await consumerState(admin, library);
    return s.ackFloor === seq && s.ackPending === 0 && s.pending === 0 ? true : undefined;
  }, { timeoutMs: 20_000 });
}

/** A connector whose handler records every message id handed over (and acks it). */
async function countingConnector(servers: string, library: string, opts: Partial<ConnectOptions> = {}) {
  const connector = await Connector.connect({ library, servers, logger: silent, ...opts });
  const handed: string[] = [];
  const replies: BrokerReply[] = [];
  await connector.deliveries(
    (d) => {
      handed.push(d.envelope.messageId);
      d.ack();
    },
    { onReply: (r) => replies.push(r) },
  );
  return { connector, handed, replies };
}

const until = (what: string, ok: () => boolean) => waitUntil(what, async () => (ok() ? true : undefined), { timeoutMs: 20_000 });

describe('exactly once at the recipient, against a real nats-server', { timeout: 60_000 }, () => {
  describe('lost acks and slow handlers', () => {
    let server: NatsServerHandle;
    let admin: IlrNats;
    let proxy: AckDroppingProxy;
    const open: Connector[] = [];
    beforeAll(async () => {
      ({ server, admin } = await startServer());
      proxy = await AckDroppingProxy.start({ host: server.host, port: server.port });
    });
    afterAll(async () => {
      for (const c of open) await c.close();
      await proxy?.close();
      await admin?.close();
      await server?.stop();
    });

    it('an ack the server lost: the redelivered copy is acked again, not handed to the handler or onReply twice', async () => {
      const library = 'mt-bozeman';
      const c = await countingConnector(proxy.url, library);
      open.push(c.connector);
      proxy.dropAcks = true;
      const { ids, lastSeq } = await deliverItems(admin, library, 1);
      const correlationId = randomUUID();
      await admin.jetstream().publish(replySubject(library), encodeRequesterReply({ outcome: enumToWire('Outcome', 'RELAY') }), {
        headers: (() => {
          const h = headers();
          h.set('Ilr-Correlation-Id', correlationId);
          h.set('Ilr-Reply', 'FINAL');
          return h;
        })(),
      });
      await until('the delivery and the reply handed over, their acks lost', () => c.handed.length === 1 && c.replies.length === 1 && proxy.dropped >= 2);
      proxy.dropAcks = false;
      // The server has no ack: after the ack wait it sends both again (flagged redelivered).
      await until('both copies skipped', () => c.connector.stats().repeats.acked >= 2);
      await untilSettled(admin, library, lastSeq + 1);
      expect(c.handed).toEqual(ids);
      expect(c.replies.map((r) => r.correlationId)).toEqual([correlationId]);
      expect(c.connector.stats()).toMatchObject({ handedOver: 2, repeats: { belowFloor: 0, inFlight: 0 } });
    });

    it('a copy that comes while the first is still with the handler is skipped; the first ack settles both', async () => {
      const library = 'co-bemis';
      const connector = await Connector.connect({ library, servers: server.url, logger: silent });
      open.push(connector);
      const calls: string[] = [];
      const release = deferred<void>();
      await connector.deliveries(async (d) => {
        calls.push(d.envelope.messageId);
        await release.promise; // the library's system is slow: longer than the ack wait
        d.ack();
      });
      const { ids, lastSeq } = await deliverItems(admin, library, 1);
      await until('the server sent it again meanwhile', () => connector.stats().repeats.inFlight >= 1);
      release.resolve();
      await untilSettled(admin, library, lastSeq);
      expect(calls).toEqual(ids);
      expect(connector.stats()).toMatchObject({ handedOver: 1, repeats: { belowFloor: 0 } });
    });

    it('a nak is not a take: the next copy is handed over', async () => {
      const library = 'or-multnomah';
      const connector = await Connector.connect({ library, servers: server.url, logger: silent });
      open.push(connector);
      const calls: boolean[] = [];
      await connector.deliveries((d) => {
        calls.push(d.redelivered);
        if (d.redelivered) d.ack();
        else d.nak();
      });
      const { lastSeq } = await deliverItems(admin, library, 1);
      await untilSettled(admin, library, lastSeq);
      expect(calls).toEqual([false, true]);
      expect(connector.stats().repeats).toEqual({ acked: 0, belowFloor: 0, inFlight: 0 });
    });
  });

  describe('the server loses the consumer state (kill -9 leaves a zero-length state file)', () => {
    let server: NatsServerHandle;
    let admin: IlrNats;
    const dir = mkdtempSync(join(tmpdir(), 'ilr-exactly-once-'));
    const floorFile = join(dir, 'or-hillsboro.delivered.json');
    // wi-madison's connector rides the crash out; or-hillsboro's is restarted across it.
    let madison: Awaited<ReturnType<typeof countingConnector>>;
    let before: { madison: { ids: string[]; lastSeq: number }; hillsboro: { ids: string[]; lastSeq: number } };
    const stateFile = (library: string) =>
      join(server.storeDir, 'jetstream', '$G', 'streams', STREAMS.delivery.name, 'obs', libraryConsumerName(library), 'o.dat');

    beforeAll(async () => {
      ({ server, admin } = await startServer());
      madison = await countingConnector(server.url, 'wi-madison', { repeats: { floorFile: false } });
      const hillsboro = await countingConnector(server.url, 'or-hillsboro', { repeats: { floorFile, floorEveryMs: 100 } });
      before = { madison: await deliverItems(admin, 'wi-madison', 5), hillsboro: await deliverItems(admin, 'or-hillsboro', 5) };
      await untilSettled(admin, 'wi-madison', before.madison.lastSeq);
      await untilSettled(admin, 'or-hillsboro', before.hillsboro.lastSeq);
      await until("or-hillsboro's connector read the floor", () => hillsboro.connector.stats().ackFloor === before.hillsboro.lastSeq);
      await hillsboro.connector.close(); // keeps the floor in its file
      expect(hillsboro.handed).toEqual(before.hillsboro.ids);

      await server.kill('SIGKILL');
      for (const l of ['wi-madison', 'or-hillsboro']) {
        expect(statSync(stateFile(l)).size).toBeGreaterThan(0);
        truncateSync(stateFile(l), 0); // what nats-server 2.9.10 may leave after kill -9
      }
      await server.restart();
      // The server really lost the state: the consumer starts again from the stream's start.
      expect(await consumerState(admin, 'or-hillsboro')).toMatchObject({ ackFloor: 0, ackPending: 0 });
    });
    afterAll(async () => {
      await madison?.connector.close();
      await admin?.close();
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('a running connector acks the replayed messages again without handing them over', async () => {
      const after = await deliverItems(admin, 'wi-madison', 2);
      await untilSettled(admin, 'wi-madison', after.lastSeq);
      expect(madison.handed).toEqual([...before.madison.ids, ...after.ids]);
      expect(madison.connector.stats()).toMatchObject({ handedOver: 7, repeats: { acked: 5, belowFloor: 0, inFlight: 0 } });
    });

    it('a restarted connector does the same from the ack floor kept in its file', async () => {
      const restarted = await countingConnector(server.url, 'or-hillsboro', { repeats: { floorFile } });
      try {
        const after = await deliverItems(admin, 'or-hillsboro', 2);
        await untilSettled(admin, 'or-hillsboro', after.lastSeq);
        expect(restarted.handed).toEqual(after.ids);
        expect(restarted.connector.stats()).toMatchObject({ handedOver: 2, repeats: { acked: 0, belowFloor: 5 }, streamResets: 0 });
      } finally {
        await restarted.connector.close();
      }
    });

    it('a recreated stream is not taken for the old one: its messages are handed over despite the kept floor', async () => {
      await madison.connector.close();
      const jsm = await admin.jetstreamManager();
      await jsm.streams.delete(STREAMS.delivery.name);
      await provision(admin, { libraries: LIBRARIES });
      const fresh = await deliverItems(admin, 'or-hillsboro', 3);
      expect(fresh.lastSeq).toBe(3); // sequences started again, below the kept floor
      const reconnected = await countingConnector(server.url, 'or-hillsboro', { repeats: { floorFile } });
      try {
        await untilSettled(admin, 'or-hillsboro', fresh.lastSeq);
        expect(reconnected.handed).toEqual(fresh.ids);
        expect(reconnected.connector.stats()).toMatchObject({ handedOver: 3, repeats: { acked: 0, belowFloor: 0 }, streamResets: 1 });
      } finally {
        await reconnected.connector.close();
      }
    });
  });
});
