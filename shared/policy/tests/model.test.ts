// The vocabulary issue 17 added: the decision date, effective windows, consents to a person or
// a relation and their age, household pickup, the ceiling as a library setting.
import { describe, expect, it } from 'vitest';
import { PolicyError, buildPolicyBook, decide, screen, zLibraryEntry, zPackFile } from '../src/index.js';
import * as compile from '../src/compile.js';
import { TODAY, book, data, patron, request } from './helpers.js';

const parent = (age: number, date: string) =>
  decide(
    book,
    request({ kind: 'ACCOUNT_INQUIRY', to: 'vt-main', from: { type: 'PERSON', relation: 'PARENT', credential: 'PHOTO_ID' }, basis: 'PARENT_OF_MINOR', wants: ['CIRCULATION'] }),
    patron({ registeredAt: 'vt-main', age }),
    date,
  );

describe('the decision date is an input', () => {
  it('refuses a request without a valid date, naming it', () => {
    const r = request({ kind: 'ITEM_FOUND', to: 'mt-bozeman' });
    expect(() => screen(book, r, '3 December 2026')).toThrow(PolicyError);
    expect(() => screen(book, r, '2026-13-01')).toThrow(/request: date: the decision date must be YYYY-MM-DD/);
  });

  it('applies a rule only inside its effective window (Vermont, Act 150 of 2024)', () => {
    expect(parent(14, '2024-06-30').outcome).toBe('RELAY'); // under 16, the 2008 text
    expect(parent(14, '2024-07-01').outcome).toBe('REFUSE'); // under 12 from July 1, 2024
    expect(parent(11, '2024-07-01')).toMatchObject({ outcome: 'RELAY', disclosed: ['CIRCULATION'] });
    expect(parent(11, '2024-07-01').rules).toEqual(['US-VT/vt-custodial-parent-under-12']);
    expect(parent(11, '2024-06-30').rules).toEqual(['US-VT/vt-custodial-parent-under-16']);
  });

  it('is the same decision for the same inputs: no clock inside', () => {
    expect(parent(14, TODAY)).toEqual(parent(14, TODAY));
  });

  it('checks effective windows at load', () => {
    const pack = (effective: object) => ({ ...rawPack(), rules: [{ ...rawRule(), effective }] });
    expect(zPackFile.safeParse(pack({ from: '2026-01-01' })).success).toBe(true);
    expect(zPackFile.safeParse(pack({ from: '2026-01-01', before: '2025-01-01' })).success).toBe(false);
    expect(zPackFile.safeParse(pack({ from: '2026-02-30' })).success).toBe(false);
    expect(zPackFile.safeParse(pack({})).success).toBe(false);
  });
});

describe('consent to a person or a relation rather than a library', () => {
  const asPerson = (consentRef?: string, relation: 'OTHER' | 'PARENT' = 'OTHER') =>
    request({
      kind: 'ACCOUNT_INQUIRY',
      to: 'wi-main',
      from: { type: 'PERSON', relation, credential: 'PHOTO_ID', ...(consentRef ? { consentRef } : {}) },
      basis: 'PATRON_WRITTEN_CONSENT',
      wants: ['CIRCULATION', 'CONTACT'],
    });
  const p = (consents: object[]) => patron({ registeredAt: 'wi-main', consents: consents as never });

  it('releases what a consent naming this person covers, and only to them', () => {
    expect(decide(book, asPerson('ref-1'), p([{ person: 'ref-1', classes: ['CIRCULATION'] }]), TODAY)).toMatchObject({ outcome: 'RELAY', disclosed: ['CIRCULATION'] });
    expect(decide(book, asPerson('ref-2'), p([{ person: 'ref-1', classes: ['CIRCULATION'] }]), TODAY).outcome).toBe('REFUSE');
    expect(decide(book, asPerson(), p([{ person: 'ref-1', classes: ['CIRCULATION'] }]), TODAY).outcome).toBe('REFUSE');
  });

  it('a consent to a library never reaches a person, nor a consent to a person a library', () => {
    expect(decide(book, asPerson('ref-1'), p([{ to: 'ref-1', classes: ['CIRCULATION'] }]), TODAY).outcome).toBe('REFUSE');
    const lib = request({ kind: 'PATRON_INQUIRY', to: 'wi-main', from: { type: 'LIBRARY', library: 'ma-plymouth' }, basis: 'PATRON_WRITTEN_CONSENT', wants: ['CONTACT'] });
    expect(decide(book, lib, p([{ person: 'ma-plymouth', classes: ['CONTACT'] }]), TODAY).outcome).toBe('REFUSE');
  });

  it('a consent naming a relation reaches whoever stands in it', () => {
    const consent = [{ relations: ['PARENT'], classes: ['CIRCULATION'] }];
    expect(decide(book, asPerson(undefined, 'PARENT'), p(consent), TODAY).disclosed).toEqual(['CIRCULATION']);
    expect(decide(book, asPerson(undefined, 'OTHER'), p(consent), TODAY).outcome).toBe('REFUSE');
  });
});

describe('a consent\'s age (consentWithinDays) and household pickup', () => {
  const withRule = (rule: object) => {
    const raw = { ...rawPack(), rules: [{ ...rawRule(), ...rule }] };
    const packs = new Map(data.packs);
    const { compilePack } = compile;
    packs.set('US-ZZ', compilePack('US-ZZ.yaml', zPackFile.parse(raw), new Map()));
    return buildPolicyBook({ packs, profiles: data.profiles }, [zLibraryEntry.parse({ id: 'zz-main', name: 'x', jurisdiction: 'US-ZZ' }), zLibraryEntry.parse({ id: 'zz-other', name: 'y', jurisdiction: 'US-ZZ' })], 'test');
  };
  const ask = request({ kind: 'PATRON_INQUIRY', to: 'zz-main', from: { type: 'LIBRARY', library: 'zz-other' }, basis: 'PATRON_WRITTEN_CONSENT', wants: ['CONTACT'] });
  const given = (date: string) => patron({ registeredAt: 'zz-main', consents: [{ to: 'zz-other', classes: ['CONTACT'], given: date }] });

  it('accepts a consent given within the days the statute allows, before the decision', () => {
    const b = withRule({ patron: { consentOnFile: true, consentWithinDays: 90 } });
    expect(decide(b, ask, given('2026-09-04'), TODAY).outcome).toBe('RELAY'); // 90 days before
    expect(decide(b, ask, given('2026-09-03'), TODAY).outcome).toBe('REFUSE'); // 91 days
    expect(decide(b, ask, given('2026-12-04'), TODAY).outcome).toBe('REFUSE'); // after the decision
    expect(decide(b, ask, patron({ registeredAt: 'zz-main', consents: [{ to: 'zz-other', classes: ['CONTACT'] }] }), TODAY).outcome).toBe('REFUSE'); // undated
  });

  it('releases reserves to the household only while the patron has not opted out; unknown is opted out', () => {
    const mn = request({ kind: 'ACCOUNT_INQUIRY', to: 'mn-main', from: { type: 'PERSON', relation: 'SPOUSE', credential: 'PHOTO_ID', household: true }, wants: ['HOLDS'] });
    const s = screen(book, mn, TODAY);
    expect(s.final === false && s.factsNeeded).toContain('householdPickupOptOut');
    expect(decide(book, mn, patron({ registeredAt: 'mn-main', householdPickupOptOut: false }), TODAY).disclosed).toEqual(['HOLDS']);
    expect(decide(book, mn, patron({ registeredAt: 'mn-main', householdPickupOptOut: true }), TODAY).outcome).toBe('REFUSE');
    expect(decide(book, mn, patron({ registeredAt: 'mn-main' }), TODAY).outcome).toBe('REFUSE');
    const notHousehold = { ...mn, from: { type: 'PERSON' as const, relation: 'SPOUSE' as const, credential: 'PHOTO_ID' as const } };
    expect(decide(book, notHousehold, patron({ registeredAt: 'mn-main', householdPickupOptOut: false }), TODAY).outcome).toBe('REFUSE');
  });
});

describe('the ceiling is a library setting (ruleForm: CEILING), not a special case', () => {
  it('turns every rule on as the statute states it, the same as enabling each rule', () => {
    for (const [j, pack] of data.packs) {
      const lib = (id: string, settings: object) => zLibraryEntry.parse({ id, name: id, jurisdiction: j, settings });
      const b = buildPolicyBook(data, [lib('a', { ruleForm: 'CEILING' }), lib('b', { enableRules: pack.rules.map((r) => r.id) })], 'test');
      const ids = (id: string) => b.libraries.get(id)!.rulesByKind.flat().map((r) => r.id.split('/')[1]);
      expect(new Set(ids('a')), j).toEqual(new Set(ids('b')));
    }
  });

  it('still lets a library turn a rule off', () => {
    const b = buildPolicyBook(data, [zLibraryEntry.parse({ id: 'a', name: 'a', jurisdiction: 'US-MT', settings: { ruleForm: 'CEILING', disableRules: ['mt-card-as-authorization'] } })], 'test');
    expect(b.libraries.get('a')!.rulesByKind.flat().some((r) => r.id.endsWith('mt-card-as-authorization'))).toBe(false);
  });
});


function rawPack() {
  return {
    id: 'US-ZZ',
    name: 'Test',
    version: '2026.1.0',
    verified: '2026-12-01',
    statute: { cite: 'Z 1', title: 't', protects: 'p', text: 't', penalty: 'none', status: 'VERIFIED' },
    retention: { maxDaysAfterCompletion: 0, cite: 'Z 1', status: 'READING' },
  };
}
function rawRule() {
  return {
    id: 'zz-consent',
    title: 'consent',
    cite: 'Z 1(a)',
    text: 'written consent',
    when: { kinds: ['PATRON_INQUIRY'], bases: ['PATRON_WRITTEN_CONSENT'], requesters: [{ type: 'LIBRARY', scope: 'ANY' }] },
    patron: { consentOnFile: true },
    allows: ['CONTACT'],
  };
}
