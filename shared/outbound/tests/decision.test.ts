// Publisher.decision: the DecisionRecord on ilr.decision.<home> that the audit log is made from.
import { connectNats, decisionSubject, provision, STREAMS, type IlrNats } from '@ilr/nats';
import type { Decision } from '@ilr/policy';
import { startNats, type NatsServerHandle } from '@ilr/testing';
import { decodeDecision, decodeDecisionRecord, enumFromWire } from '@ilr/wire';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Publisher, tokenDigest, tokenDigests } from '../src/index.js';

const hold: Decision = {
  outcome: 'RELAY',
  disclosed: [],
  label: 'GARC 4567',
  basis: 'LIBRARY_OPERATIONS',
  rules: ['or-hold-shelf'],
  citations: [{ cite: 'ORS 192.355(23)', text: 'text', status: 'VERIFIED' }],
  pack: { id: 'US-OR', version: '2026.1.0' },
  decidedBy: 'or-multnomah',
  reasonCode: 'RELAYED',
  screened: false,
};

describe('Publisher.decision', { timeout: 60_000 }, () => {
  let server: NatsServerHandle;
  let nats: IlrNats;
  beforeAll(async () => {
    server = await startNats();
    nats = await connectNats({ servers: server.url });
    await provision(nats);
  });
  afterAll(async () => {
    await nats?.close();
    await server?.stop();
  });

  const stored = async (seq: number) => (await (await nats.jetstreamManager()).streams.getMessage(STREAMS.decisions.name, { seq }))!;

  it('records the decision with its context and token digests, never the label or a token', async () => {
    const p = new Publisher(nats.jetstream());
    await p.decision('m-1', hold, { kind: 'HOLD_PICKUP', sender: 'or-multnomah', recipient: 'or-hillsboro', patronTokens: ['tok-b', undefined, 'tok-a', 'tok-b'], decidedAt: 1_780_000_000_000 });
    const m = await stored(1);
    expect(m.subject).toBe(decisionSubject('or-multnomah'));
    expect(m.header.get('Nats-Msg-Id')).toBe('or-multnomah.m-1:decision');
    const r = decodeDecisionRecord(m.data);
    expect(r).toMatchObject({ messageId: 'm-1', sender: 'or-multnomah', recipient: 'or-hillsboro', decidedAt: 1_780_000_000_000, reviewed: false });
    expect(enumFromWire('MessageKind', r.kind)).toBe('HOLD_PICKUP');
    expect(r.tokenDigests).toEqual([tokenDigest('tok-a'), tokenDigest('tok-b')].sort());
    expect(r.decision!.label).toBe('');
    expect(r.decision!.pack).toMatchObject({ id: 'US-OR', version: '2026.1.0' });
    const text = Buffer.from(m.data).toString('latin1');
    for (const s of ['GARC', 'tok-a', 'tok-b']) expect(text).not.toContain(s);
  });

  it('records a reviewer\'s outcome under its own id, so it is not taken for a duplicate', async () => {
    const p = new Publisher(nats.jetstream());
    const about = { kind: 'LEGAL_PROCESS', sender: 'wi-madison', recipient: 'or-multnomah' } as const;
    await p.decision('m-2', { ...hold, outcome: 'REVIEW', label: undefined }, about);
    await p.decision('m-2', { ...hold, label: undefined }, { ...about, review: { reviewer: 'director' } });
    const [held, settled] = [await stored(2), await stored(3)];
    expect(held.header.get('Nats-Msg-Id')).toBe('wi-madison.m-2:decision');
    expect(settled.header.get('Nats-Msg-Id')).toBe('wi-madison.m-2:decision-reviewed');
    expect(decodeDecisionRecord(settled.data)).toMatchObject({ reviewed: true, reviewer: 'director' });
  });

  it('still gives the pickup library the label in the delivery header', async () => {
    const p = new Publisher(nats.jetstream());
    await p.deliver({ sender: 'or-multnomah', id: 'm-3' }, 'or-hillsboro', 'HOLD_PICKUP', new Uint8Array([1]), hold);
    const m = (await (await nats.jetstreamManager()).streams.getMessage(STREAMS.delivery.name, { last_by_subj: 'ilr.out.or-hillsboro.hold_pickup' }))!;
    expect(decodeDecision(Buffer.from(m.header.get('Ilr-Decision'), 'base64')).label).toBe('GARC 4567');
  });

  it('digests only tokens that are there, each once', () => {
    expect(tokenDigests([undefined, '', 'x', 'x'])).toEqual([tokenDigest('x')]);
    expect(tokenDigest('x')).toBe('2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881');
  });
});
