// ilr.v1.DecisionRecord (proto/ilr/v1/record.proto): what ILR_DECISIONS carries for the audit log.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WireError, decodeDecisionRecord, encodeDecisionRecord, enumToWire, type DecisionRecordInit } from '../src/index.js';
import { DECISION } from './fixtures.js';

const digest = (s: string) => createHash('sha256').update(s).digest('hex');
const RECORD: DecisionRecordInit = {
  messageId: '01J9ZQ4V6W3X2Y1Z0A9B8C7D6E',
  kind: enumToWire('MessageKind', 'LEGAL_PROCESS'),
  sender: 'mt-bozeman',
  recipient: 'wi-madison',
  decidedAt: 1_780_000_000_123,
  decision: DECISION,
  tokenDigests: [digest('tok-1')],
  reviewed: false,
};

describe('DecisionRecord', () => {
  it('survives encode and decode, decided_at as a number', () => {
    const r = decodeDecisionRecord(encodeDecisionRecord(RECORD));
    expect(r.messageId).toBe(RECORD.messageId);
    expect(r.decidedAt).toBe(1_780_000_000_123);
    expect(r.decision?.decidedBy).toBe('wi-madison');
    expect(r.tokenDigests).toEqual([digest('tok-1')]);
    expect(decodeDecisionRecord(encodeDecisionRecord({ ...RECORD, reviewed: true, reviewer: 'director' }))).toMatchObject({ reviewed: true, reviewer: 'director' });
  });

  it.each([
    [{ messageId: '' }, 'MISSING_FIELD', 'message_id'],
    [{ sender: 'Not A Library' }, 'INVALID_VALUE', 'sender'],
    [{ kind: 0 }, 'MISSING_FIELD', 'kind'],
    [{ kind: 999 }, 'UNKNOWN_KIND', 'kind'],
    [{ decidedAt: 0 }, 'INVALID_VALUE', 'decided_at'],
    [{ decision: null }, 'MISSING_FIELD', 'decision'],
    [{ decision: { ...DECISION, decidedBy: '' } }, 'MISSING_FIELD', 'decision.decided_by'],
    // a token (or a card number) where a digest belongs: patron data, refused
    [{ tokenDigests: ['tok-1'] }, 'INVALID_VALUE', 'token_digests[0]'],
    [{ tokenDigests: ['21234001234567'] }, 'INVALID_VALUE', 'token_digests[0]'],
  ] as const)('refuses %j: %s on %s', (change, code, field) => {
    const attempt = () => encodeDecisionRecord({ ...RECORD, ...change } as DecisionRecordInit);
    expect(attempt).toThrow(WireError);
    try {
      attempt();
    } catch (e) {
      expect(e).toMatchObject({ code, field });
    }
  });

  it('refuses to decode bytes that are not a record, naming why', () => {
    expect(() => decodeDecisionRecord(new TextEncoder().encode('not a record at all'))).toThrow(WireError);
  });
});
