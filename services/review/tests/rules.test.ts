// The pure rules: who sees and decides what, what a release may contain, the decision it
// becomes, queue order, and the ids the outcome is deduplicated by.
import type { DataClass, ReviewTicket } from '@ilr/policy';
import { describe, expect, it } from 'vitest';
import { ReviewError, checkRelease, mayView, outcomeDecision, whyNotActor } from '../src/index.js';
import { byUrgencyThenAge } from '../src/item.js';
import type { ReviewDecision } from '../src/types.js';

const ticket = (t: Partial<ReviewTicket> = {}): ReviewTicket => ({ route: 'DIRECTOR', urgent: false, gag: false, notifyConsortium: false, ceiling: ['IDENTITY', 'CIRCULATION'], ...t });
const decision = (t: Partial<ReviewTicket> = {}): ReviewDecision => ({
  outcome: 'REVIEW',
  disclosed: [],
  review: ticket(t),
  basis: 'SEARCH_WARRANT',
  rules: ['US-MT/x'],
  citations: [{ cite: 'MCA 22-1-1103', text: 't', status: 'VERIFIED' }],
  pack: { id: 'US-MT', version: '2026.1.0' },
  decidedBy: 'mt-bozeman',
  reasonCode: 'HELD_FOR_REVIEW',
  screened: true,
});
const item = (t: Partial<ReviewTicket> = {}, seq = 1) => ({ id: 'id-1', seq, decision: decision(t) });

describe('who sees and who decides', () => {
  it('shows a gagged item to the home director only', () => {
    expect(mayView('director', item({ gag: true }))).toBe(true);
    expect(mayView('records-custodian', item({ gag: true }))).toBe(false);
    expect(mayView('operator', item({ gag: true }))).toBe(false);
    for (const role of ['director', 'records-custodian', 'operator'] as const) expect(mayView(role, item())).toBe(true);
  });

  it('lets the director decide everything, the custodian its own route, operators nothing', () => {
    expect(whyNotActor('director', item())).toBeNull();
    expect(whyNotActor('director', item({ route: 'RECORDS_CUSTODIAN' }))).toBeNull();
    expect(whyNotActor('records-custodian', item({ route: 'RECORDS_CUSTODIAN' }))).toBeNull();
    expect(whyNotActor('records-custodian', item())).toMatch(/routed to the library director/);
    expect(whyNotActor('operator', item({ route: 'RECORDS_CUSTODIAN' }))).toMatch(/do not decide/);
  });
});

describe('checkRelease', () => {
  const code = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      return (e as ReviewError).code;
    }
    return 'none';
  };

  it('returns the classes in a fixed order, once each', () => {
    expect(checkRelease(item(), ['CIRCULATION', 'IDENTITY', 'CIRCULATION'])).toEqual(['IDENTITY', 'CIRCULATION']);
  });

  it('refuses a class beyond the ceiling, naming it and the ceiling', () => {
    expect(() => checkRelease(item(), ['IDENTITY', 'CONTACT'])).toThrow('CONTACT is beyond the ceiling of item id-1 (IDENTITY, CIRCULATION)');
    expect(code(() => checkRelease(item(), ['CONTACT']))).toBe('BEYOND_CEILING');
  });

  it('refuses an unknown class, an empty release, and any release from an empty ceiling', () => {
    expect(() => checkRelease(item(), ['identity'])).toThrow('unknown data class "identity"');
    expect(code(() => checkRelease(item(), []))).toBe('INVALID_REQUEST');
    expect(() => checkRelease(item({ ceiling: [] }), [])).toThrow(/empty ceiling.*deny it/);
    expect(code(() => checkRelease(item({ ceiling: [] }), ['EXISTENCE']))).toBe('BEYOND_CEILING');
  });
});

describe('outcomeDecision', () => {
  it('turns the REVIEW into RELAY of what was released, keeping basis, citations and ticket', () => {
    const d = outcomeDecision(decision(), 'RELAY', ['IDENTITY'] as DataClass[]);
    expect(d).toMatchObject({ outcome: 'RELAY', disclosed: ['IDENTITY'], reasonCode: 'RELAYED', basis: 'SEARCH_WARRANT', decidedBy: 'mt-bozeman' });
    expect(d.citations).toEqual(decision().citations);
    expect(d.review).toEqual(ticket());
  });

  it('turns it into REFUSE of everything', () => {
    expect(outcomeDecision(decision(), 'REFUSE', [])).toMatchObject({ outcome: 'REFUSE', disclosed: [], reasonCode: 'NOT_PERMITTED' });
  });
});

describe('queue order', () => {
  it('puts urgent items first, then the oldest', () => {
    const items = [item({}, 1), item({ urgent: true }, 3), item({}, 2), item({ urgent: true }, 4)];
    expect(items.sort(byUrgencyThenAge).map((i) => i.seq)).toEqual([3, 4, 1, 2]);
  });

});
