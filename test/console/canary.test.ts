// Canaries through the console: messages whose patron references and free text carry
// distinctive strings (a name, a card number) go through the real stack, relayed, refused,
// held for review and dead-lettered; then every page and API answer of the console, for
// every role, and its /metrics, must be free of them (DOMAIN.md invariant 7: no patron
// identity in logs, metrics, audit or traces; the console shows ids, codes and counts).
import { randomUUID } from 'node:crypto';
import { ingressSubject } from '@ilr/nats';
import { waitUntil } from '@ilr/testing';
import { encodeMessage, enumToWire } from '@ilr/wire';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from './client.js';
import { connectorOf, startStack, type Stack } from './stack.js';

const NAME = 'Canarywick';
const FIRST = 'Evangeline';
const CARD = '21234099990042';
const NEEDLES = [NAME, FIRST, CARD, NAME.toUpperCase(), NAME.toLowerCase(), Buffer.from(NAME).toString('base64')];

let s: Stack;
beforeAll(async () => {
  s = await startStack();
});
afterAll(async () => s?.stop());

describe('the console shows no patron data', { timeout: 120_000 }, () => {
  it('has no canary in any page, API answer or metric, for any role', async () => {
    const sent: { sender: string; id: string }[] = [];
    // Relayed, with a patron's name in the free-text note.
    const found = await connectorOf(s, 'mt-bozeman').send('ITEM_FOUND', 'wi-madison', { itemId: '39078091234567', owningLibrary: 'wi-madison', note: `returned by ${FIRST} ${NAME}` });
    sent.push({ sender: 'mt-bozeman', id: found.messageId });
    // Refused: a card number asked about across state lines.
    const inquiry = await connectorOf(s, 'wi-madison').send('PATRON_INQUIRY', 'mt-bozeman', {
      lookup: { cardNumber: CARD },
      requester: { library: 'wi-madison' },
      purpose: enumToWire('Purpose', 'MATERIAL_RECOVERY'),
      basis: enumToWire('LegalBasis', 'MATERIAL_RECOVERY'),
      wants: ['EXISTENCE', 'CONTACT'].map((w) => enumToWire('Want', w as 'EXISTENCE')),
    } as never);
    sent.push({ sender: 'wi-madison', id: inquiry.messageId });
    // Held for review, the patron named.
    const warrant = randomUUID();
    await connectorOf(s, 'mt-bozeman').send(
      'LEGAL_PROCESS',
      'mt-bozeman',
      {
        process: { type: enumToWire('ProcessType', 'SEARCH_WARRANT'), issuer: enumToWire('Issuer', 'STATE'), gag: false, criminal: true },
        requester: { agency: enumToWire('Agency', 'POLICE') },
        purpose: enumToWire('Purpose', 'INVESTIGATION'),
        basis: enumToWire('LegalBasis', 'SEARCH_WARRANT'),
        wants: ['IDENTITY'].map((w) => enumToWire('Want', w as 'IDENTITY')),
        lookup: { name: NAME },
        documentRef: 'Gallatin County SW-2026-7',
      } as never,
      { messageId: warrant },
    );
    sent.push({ sender: 'mt-bozeman', id: warrant });
    // Dead-lettered: a forged envelope carrying the name.
    const forged = `forged-${randomUUID()}`;
    const bytes = encodeMessage({ messageId: forged, sender: 'mt-bozeman', recipient: 'wi-madison', kind: 'ITEM_FOUND', createdAt: Date.now() }, { itemId: '1', owningLibrary: 'wi-madison', note: `${FIRST} ${NAME} ${CARD}` } as never);
    await s.nats.jetstream().publish(ingressSubject('or-multnomah', 'ITEM_FOUND'), bytes, { msgID: `or-multnomah.${forged}` });
    sent.push({ sender: 'or-multnomah', id: forged });

    const app = s.console.app;
    const adam = await loginAs(app, 'adam');
    const olga = await loginAs(app, 'olga');
    const dora = await loginAs(app, 'dora');
    await waitUntil('every message handled', async () => {
      for (const m of sent) {
        const t = await adam.json<{ events: { step: string }[] }>(`/api/trace?sender=${m.sender}&id=${m.id}`);
        if (!t.events.some((e) => ['reply', 'dead-letter', 'review'].includes(e.step))) return undefined;
      }
      return true;
    }, { timeoutMs: 30_000 });
    await s.console.context.flow.tick();

    const seen: { where: string; text: string }[] = [];
    const staffPages = ['/', '/flow', '/streams', '/libraries', '/deadletters', '/review', '/audit', '/services', '/server', '/events', '/actions'];
    const dls = (await adam.json<{ rows: { seq: number }[] }>('/api/deadletters?since=all')).rows;
    expect(dls.length).toBeGreaterThan(0);
    const perMessage = sent.flatMap((m) => [`/trace?sender=${m.sender}&id=${m.id}`, `/api/trace?sender=${m.sender}&id=${m.id}`, `/api/deadletters?id=${m.id}`]);
    for (const u of [adam, olga]) {
      for (const url of [...staffPages, ...staffPages.map((p) => (p === '/' ? '/api/attention' : `/api${p}`)), ...perMessage, ...dls.flatMap((d) => [`/deadletters/${d.seq}`, `/api/deadletters/${d.seq}`])]) {
        const r = await u.get(url);
        expect([u.name, url, r.statusCode]).toEqual([u.name, url, 200]);
        seen.push({ where: `${u.name} ${url}`, text: r.body });
      }
    }
    const items = await waitUntil('the warrant in the queue', async () => (await dora.json<{ items: { id: string; sender: string }[] }>('/api/director/items')).items.find((i) => i.id === warrant), { timeoutMs: 20_000 });
    for (const url of ['/director', '/api/director/items', `/director/item?id=${items.id}&sender=${items.sender}`]) seen.push({ where: `dora ${url}`, text: (await dora.get(url)).body });
    const metrics = await fetch(s.console.metricsUrl!);
    expect(metrics.status).toBe(200);
    seen.push({ where: 'metrics', text: await metrics.text() });
    const leaks = seen.filter((x) => NEEDLES.some((n) => x.text.includes(n))).map((x) => x.where);
    expect(leaks).toEqual([]);
    expect(seen.length).toBeGreaterThan(60);
  });
});
