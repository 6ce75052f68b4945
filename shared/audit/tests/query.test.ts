import { describe, expect, it } from 'vitest';
import { AuditTally, checkFilter, matchesFilter } from '../src/index.js';
import { chain } from './fixtures.js';

describe('matching and counting entries', () => {
  const { entries } = chain(12);

  it('matches a library as home, sender or recipient; home only as home', () => {
    expect(entries.filter((e) => matchesFilter(e, { library: 'wi-madison' }))).toHaveLength(12);
    expect(entries.filter((e) => matchesFilter(e, { home: 'wi-madison' }))).toHaveLength(0);
    expect(entries.filter((e) => matchesFilter(e, { home: 'or-multnomah' })).map((e) => e.seq)).toEqual([1, 4, 7, 10]);
  });

  it('matches outcomes, bases, kinds and a half-open time range on decidedAt', () => {
    expect(entries.filter((e) => matchesFilter(e, { outcome: ['RELAY', 'REVIEW'] })).map((e) => e.seq)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(entries.filter((e) => matchesFilter(e, { basis: ['MATERIAL_RECOVERY'], kind: ['PATRON_INQUIRY'] }))).toHaveLength(6);
    expect(entries.filter((e) => matchesFilter(e, { kind: ['LEGAL_PROCESS'] }))).toHaveLength(0);
    const since = new Date(Date.UTC(2026, 0, 1, 0, 0, 3));
    const until = new Date(Date.UTC(2026, 0, 1, 0, 0, 6));
    expect(entries.filter((e) => matchesFilter(e, { since, until })).map((e) => e.seq)).toEqual([3, 4, 5]);
  });

  it('counts by outcome, basis and home library', () => {
    const t = new AuditTally();
    for (const e of entries) t.add(e);
    expect(t.counts()).toEqual({
      total: 12,
      byOutcome: { RELAY: 6, REFUSE: 6 },
      byBasis: { PATRON_WRITTEN_CONSENT: 6, MATERIAL_RECOVERY: 6 },
      byLibrary: { 'or-multnomah': 4, 'ma-duxbury': 4, 'mt-bozeman': 4 },
    });
  });

  it('refuses a wrong filter, naming the field', () => {
    expect(() => checkFilter({ home: 'Bozeman' })).toThrow(/home: must be a library id/);
    expect(() => checkFilter({ basis: [] })).toThrow(/basis: /);
    expect(() => checkFilter({ who: 'x' })).toThrow(/unknown field "who"/);
    expect(() => checkFilter({ since: new Date(2), until: new Date(1) })).toThrow(/since must be before until/);
  });
});
