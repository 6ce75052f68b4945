import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { STREAMS, connectNats, deliverySubject, factsSubject, libraryConsumerName, libraryPermissions, provision, replySubject, type IlrNats } from '@ilr/nats';
import { startNats, type NatsServerHandle } from '@ilr/testing';
import { decodeMessage, encodeMessage, encodeRequesterReply, enumToWire } from '@ilr/wire';
import { headers } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceConnector, type ReferenceConnector } from '../src/index.js';
import { ilsFile, silent } from './helpers.js';

/**
 * The reference connector under the per-library permissions production will use
 * (libraryPermissions): it can only work through its own inbox prefix, subjects and consumer.
 */
describe('reference connector under per-library permissions', { timeout: 60_000 }, () => {
  let server: NatsServerHandle;
  let broker: IlrNats;
  let ref: ReferenceConnector;
  const library = 'mt-bozeman';

  beforeAll(async () => {
    const user = `{ user: ${library}, password: "pw", permissions: ${JSON.stringify(libraryPermissions(library))} }`;
    server = await startNats({ config: `authorization { users: [ { user: broker, password: "pw-broker" }, ${user} ] }` });
    broker = await connectNats({ servers: server.url, credentials: { user: 'broker', pass: 'pw-broker' } });
    await provision(broker, { libraries: [library] });
    ref = await startReferenceConnector({
      library,
      ilsFile: ilsFile(library),
      servers: server.url,
      credentials: { user: library, pass: 'pw' },
      logger: silent,
    });
  });
  afterAll(async () => {
    await ref?.close();
    // Its own temporary keys directory goes with it.
    expect(ref && existsSync(ref.keysDir)).toBe(false);
    await broker?.close();
    await server?.stop();
  });

  it('mints a token for a patron it names, and resolves it in a facts lookup, with the retention of its policy', async () => {
    expect(ref.connector.vault?.retentionDays).toBe(30); // US-MT, from deploy/sample/directory.yaml
    const sent = await ref.connector.send('HOLD_PICKUP', 'or-hillsboro', { itemId: '31500000901234', pickupLibrary: 'or-hillsboro' }, { patron: { id: 'bzn-p1' } });
    const jsm = await broker.jetstreamManager();
    const left = decodeMessage((await jsm.streams.getMessage(STREAMS.ingress.name, { seq: sent.seq }))!.data);
    const token = (left.kind === 'HOLD_PICKUP' && left.body.patron?.token) || '';
    expect(token).toMatch(/^ilr1\./);
    const m = await broker.nc.request(
      factsSubject(library),
      JSON.stringify({ messageId: randomUUID(), factsNeeded: ['lastName'], patron: { token }, parties: { sender: library, recipient: 'or-hillsboro' } }),
      { timeout: 5_000 },
    );
    expect(m.json()).toEqual({ found: true, facts: { lastName: 'Olsen' } });
  });

  it('answers fact lookups from its sample ILS', async () => {
    const m = await broker.nc.request(
      factsSubject(library),
      JSON.stringify({ messageId: randomUUID(), factsNeeded: ['registeredAt', 'detailedNoticesAllowed'], patron: { lookupKey: 'Olsen' } }),
      { timeout: 5_000 },
    );
    expect(m.json()).toEqual({ found: true, facts: { registeredAt: library, detailedNoticesAllowed: false } });
  });

  it('takes and acks deliveries, and resolves its own requests', async () => {
    const messageId = randomUUID();
    const bytes = encodeMessage(
      { messageId, sender: 'wi-madison', recipient: library, kind: 'RECOVERY_NOTICE', createdAt: Date.now() },
      { patron: { token: 'tok-bzn-7f3a91c2', homeLibrary: library }, itemIds: ['39078091234567'], noticeText: 'please return' },
    );
    const js = broker.jetstream();
    await js.publish(deliverySubject(library, 'recovery_notice'), bytes);

    // A request through the same consumer: sent under its own name, answered on its own reply subject.
    const requestId = randomUUID();
    const answer = ref.connector.request('ITEM_FOUND', 'wi-madison', { itemId: '39078091234567', owningLibrary: 'wi-madison' }, { messageId: requestId, timeoutMs: 10_000 });
    const h = headers();
    h.set('Ilr-Correlation-Id', requestId);
    h.set('Ilr-Reply', 'FINAL');
    await js.publish(replySubject(library), encodeRequesterReply({ outcome: enumToWire('Outcome', 'RELAY') }), { headers: h });
    expect((await answer).outcome).toBe(enumToWire('Outcome', 'RELAY'));

    expect(ref.received.map((d) => d.envelope.messageId)).toContain(messageId);
    // Everything read was acked: nothing pending, nothing waiting.
    const jsm = await broker.jetstreamManager();
    const info = await jsm.consumers.info('ILR_DELIVERY', libraryConsumerName(library));
    expect(info.num_pending).toBe(0);
  });
});
