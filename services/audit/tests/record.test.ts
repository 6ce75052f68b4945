// The decision record (what the router and the review service publish) -> the entry body.
import { decisionRecordBytes, tokenDigest, type DecisionContext } from '@ilr/outbound';
import type { Decision } from '@ilr/policy';
import { encodeDecisionRecord, enumToWire } from '@ilr/wire';
import { describe, expect, it } from 'vitest';
import { AuditServiceError, entryBodyFromBytes } from '../src/index.js';

const hold: Decision = {
  outcome: 'RELAY',
  disclosed: [],
  label: 'GARC 4567',
  basis: 'LIBRARY_OPERATIONS',
  rules: ['or-hold-shelf'],
  citations: [{ cite: 'ORS 192.355(23)', text: 'the statute text', status: 'VERIFIED' }],
  pack: { id: 'US-OR', version: '2026.1.0' },
  decidedBy: 'or-multnomah',
  reasonCode: 'RELAYED',
  screened: false,
};
const about: DecisionContext = { kind: 'HOLD_PICKUP', sender: 'or-multnomah', recipient: 'or-hillsboro', patronTokens: ['tok-g', undefined, 'tok-g'], decidedAt: Date.UTC(2026, 5, 1) };

describe('a decision record as an entry body', () => {
  it('carries the decision, the parties, the time and the token digests', () => {
    const b = entryBodyFromBytes(decisionRecordBytes('msg-1', hold, about));
    expect(b).toEqual({
      messageId: 'msg-1',
      reviewed: false,
      kind: 'HOLD_PICKUP',
      sender: 'or-multnomah',
      recipient: 'or-hillsboro',
      home: 'or-multnomah',
      decidedAt: '2026-06-01T00:00:00.000Z',
      outcome: 'RELAY',
      basis: 'LIBRARY_OPERATIONS',
      reasonCode: 'RELAYED',
      disclosed: [],
      citations: [{ cite: 'ORS 192.355(23)', status: 'VERIFIED' }],
      rules: ['or-hold-shelf'],
      pack: { id: 'US-OR', version: '2026.1.0' },
      screened: false,
      tokenDigests: [tokenDigest('tok-g')],
    });
  });

  it('never carries the hold-shelf label, a token, or the statute text (invariant 7)', () => {
    const bytes = decisionRecordBytes('msg-1', hold, about);
    const text = Buffer.from(bytes).toString('latin1');
    expect(text).not.toContain('GARC');
    expect(text).not.toContain('tok-g');
    expect(JSON.stringify(entryBodyFromBytes(bytes))).not.toContain('statute text');
  });

  it('maps a REVIEW decision and a reviewer\'s outcome', () => {
    const review: Decision = {
      ...hold,
      outcome: 'REVIEW',
      label: undefined,
      basis: 'SEARCH_WARRANT',
      reasonCode: 'HELD_FOR_REVIEW',
      review: { route: 'DIRECTOR', urgent: true, gag: false, notifyConsortium: true, ceiling: ['IDENTITY', 'CIRCULATION'] },
    };
    const held = entryBodyFromBytes(decisionRecordBytes('msg-2', review, { ...about, kind: 'LEGAL_PROCESS' }));
    expect(held.review).toEqual({ route: 'DIRECTOR', urgent: true, gag: false, notifyConsortium: true, ceiling: ['IDENTITY', 'CIRCULATION'] });
    const outcome = entryBodyFromBytes(
      decisionRecordBytes('msg-2', { ...review, outcome: 'REFUSE', review: undefined }, { ...about, kind: 'LEGAL_PROCESS', review: { reviewer: 'director' } }),
    );
    expect(outcome).toMatchObject({ reviewed: true, reviewer: 'director', outcome: 'REFUSE' });
  });

  it('refuses a record that cannot become an entry, naming what is wrong', () => {
    expect(() => entryBodyFromBytes(new TextEncoder().encode('garbage'))).toThrow(AuditServiceError);
    const noDecision = encodeDecisionRecord({ messageId: 'm-1', kind: enumToWire('MessageKind', 'ITEM_FOUND'), sender: 'a', recipient: 'b', decidedAt: 1, decision: { outcome: 1, decidedBy: 'b' } });
    expect(() => entryBodyFromBytes(noDecision)).toThrow(/basis/);
    expect(() => entryBodyFromBytes(noDecision)).toThrow(/not a decision record the audit log can hold/);
  });
});
