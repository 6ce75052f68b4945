import { describe, expect, it } from 'vitest';
import { decide, holdShelfLabel, requesterReply, screen } from '../src/index.js';
import { TODAY, book, patron, request } from './helpers.js';

describe('screening (stage 1 sees no patron facts)', () => {
  it('refuses a request with no possible legal path without asking for any facts', () => {
    const s = screen(book, request({ kind: 'PATRON_INQUIRY', to: 'mt-bozeman', from: { type: 'LIBRARY', library: 'wi-main' }, purpose: 'MATERIAL_RECOVERY', basis: 'MATERIAL_RECOVERY', wants: ['CONTACT'] }), TODAY);
    expect(s.final).toBe(true);
    if (s.final) {
      expect(s.decision.outcome).toBe('REFUSE');
      expect(s.decision.reasonCode).toBe('NO_LEGAL_BASIS');
      expect(s.decision.screened).toBe(true);
    }
  });

  it('asks only for the facts the candidate rules need', () => {
    const s = screen(book, request({ kind: 'PATRON_INQUIRY', to: 'mt-bozeman', from: { type: 'LIBRARY', library: 'ma-plymouth' }, basis: 'PATRON_WRITTEN_CONSENT', wants: ['CONTACT'] }), TODAY);
    expect(s.final).toBe(false);
    if (!s.final) {
      expect(s.home).toBe('mt-bozeman');
      expect(s.factsNeeded.sort()).toEqual(['consents', 'registeredAt']);
    }
  });

  it('sends legal process to review before any lookup, the same in every pack', () => {
    for (const to of ['mt-bozeman', 'ma-duxbury', 'co-bemis', 'or-hillsboro', 'xx-nowhere', 'pa-main']) {
      const s = screen(book, request({
        kind: 'LEGAL_PROCESS', to, from: { type: 'AGENCY', agency: 'FEDERAL_AGENCY' }, purpose: 'INVESTIGATION', basis: 'NATIONAL_SECURITY_LETTER',
        process: { type: 'NATIONAL_SECURITY_LETTER', issuer: 'FEDERAL', gag: false, criminal: false }, wants: ['CIRCULATION'],
      }), TODAY);
      expect(s.final, to).toBe(true);
      if (s.final) {
        expect(s.decision.outcome).toBe('REVIEW');
        expect(s.decision.review).toMatchObject({ route: 'DIRECTOR', gag: true, notifyConsortium: false, ceiling: ['CIRCULATION'] });
      }
    }
  });

  it('treats a claimed process basis as legal process even outside a LEGAL_PROCESS message', () => {
    const d = decide(book, request({ kind: 'PATRON_INQUIRY', to: 'co-bemis', from: { type: 'AGENCY', agency: 'POLICE' }, basis: 'SUBPOENA', wants: ['IDENTITY'] }), patron(), TODAY);
    expect(d.outcome).toBe('REVIEW');
    expect(d.review?.urgent).toBe(false);
    expect(d.review?.ceiling).toEqual(['IDENTITY']);
    expect(d.citations.map((c) => c.cite)).toContain('CRS 24-90-119(2)(c)');
  });

  it('marks search warrants urgent and gives the reviewer the warrant\'s full reach', () => {
    const d = decide(book, request({
      kind: 'LEGAL_PROCESS', to: 'mt-bozeman', from: { type: 'AGENCY', agency: 'POLICE' }, basis: 'SEARCH_WARRANT',
      process: { type: 'SEARCH_WARRANT', issuer: 'STATE', gag: false, criminal: true }, wants: ['IDENTITY', 'CIRCULATION', 'ACCOUNT_ACTION'],
    }), null, TODAY);
    expect(d.review).toMatchObject({ urgent: true, gag: false, ceiling: ['IDENTITY', 'CIRCULATION'] });
  });
});

describe('stage 2', () => {
  const consentRequest = request({ kind: 'PATRON_INQUIRY', to: 'mt-bozeman', from: { type: 'LIBRARY', library: 'ma-plymouth' }, basis: 'PATRON_WRITTEN_CONSENT', wants: ['IDENTITY', 'CONTACT'] });

  it('releases only the classes the written consent names', () => {
    const d = decide(book, consentRequest, patron({ consents: [{ to: 'ma-plymouth', classes: ['CONTACT'] }] }), TODAY);
    expect(d.outcome).toBe('RELAY');
    expect(d.disclosed).toEqual(['CONTACT']);
  });

  it('does not accept a consent given to another library', () => {
    const d = decide(book, consentRequest, patron({ consents: [{ to: 'mt-imagineif', classes: ['CONTACT'] }] }), TODAY);
    expect(d.outcome).toBe('REFUSE');
    expect(d.reasonCode).toBe('NOT_PERMITTED');
  });

  it('refuses with the same reply whether the patron is missing or the condition fails', () => {
    const missing = requesterReply(decide(book, consentRequest, null, TODAY));
    const noConsent = requesterReply(decide(book, consentRequest, patron(), TODAY));
    expect(noConsent).toEqual(missing);
  });

  it('refers a request about a patron registered at another member library', () => {
    const r = request({ kind: 'PATRON_INQUIRY', to: 'ma-duxbury', from: { type: 'AGENCY', agency: 'POLICE' }, purpose: 'INVESTIGATION', wants: ['IDENTITY'] });
    const d = decide(book, r, patron({ registeredAt: 'ma-plymouth' }), TODAY);
    expect(d).toMatchObject({ outcome: 'REFER', referTo: 'ma-plymouth', referToDisclosed: false, disclosed: [] });
    expect(requesterReply(d).referTo).toBeUndefined();
    expect(decide(book, r, patron({ registeredAt: 'ma-duxbury' }), TODAY).outcome).toBe('REFUSE');
  });

  it('grants an action on a conditional rule only alongside data', () => {
    // The caregiver rule needs a minor patron: renewing alone would reveal that one exists.
    const r = request({ kind: 'ACCOUNT_INQUIRY', to: 'mt-imagineif', from: { type: 'PERSON', relation: 'CAREGIVER', credential: 'CARD', listedCaregiver: true }, purpose: 'ACCOUNT_SERVICE', basis: 'PARENT_OF_MINOR', wants: ['ACCOUNT_ACTION'] });
    const child = decide(book, r, patron({ age: 9 }), TODAY);
    const none = decide(book, r, null, TODAY);
    expect(requesterReply(child)).toEqual(requesterReply(none));
  });

  it('passes a loan request with a token only, and identity where the statute admits it', () => {
    const loan = (to: string) => request({ kind: 'LOAN_REQUEST', to, from: { type: 'LIBRARY', library: 'ma-duxbury' }, purpose: 'RESOURCE_SHARING', basis: 'INTERLIBRARY_COOPERATION', wants: ['IDENTITY'] });
    expect(decide(book, loan('ma-plymouth'), patron({ registeredAt: 'ma-duxbury' }), TODAY)).toMatchObject({ outcome: 'RELAY', disclosed: ['IDENTITY'] });
    const fromBozeman = request({ kind: 'LOAN_REQUEST', to: 'ma-plymouth', from: { type: 'LIBRARY', library: 'mt-bozeman' }, purpose: 'RESOURCE_SHARING', basis: 'INTERLIBRARY_COOPERATION', wants: ['IDENTITY'] });
    expect(decide(book, fromBozeman, patron(), TODAY)).toMatchObject({ outcome: 'RELAY', disclosed: [], reasonCode: 'NO_PATRON_DATA' });
  });

  it('cites the statute in every decision that touches a patron', () => {
    const d = decide(book, request({ kind: 'ACCOUNT_INQUIRY', to: 'or-multnomah', from: { type: 'PERSON', relation: 'OTHER', credential: 'CARD_NUMBER' }, wants: ['HOLDS'] }), patron(), TODAY);
    expect(d.outcome).toBe('RELAY');
    expect(d.citations.map((c) => c.cite)).toEqual(expect.arrayContaining(['ORS 192.355(23)', 'Multnomah County Library procedures (people who are not the account holder)']));
    expect(d.rules).toEqual(['multnomah/multnomah-card-or-number']);
  });

  it('uses the strict default pack for a jurisdiction without one', () => {
    const d = decide(book, request({ kind: 'ACCOUNT_INQUIRY', to: 'xx-nowhere', from: { type: 'PERSON', relation: 'PARENT', credential: 'CARD' }, basis: 'PARENT_OF_MINOR', wants: ['CIRCULATION'] }), patron({ age: 8 }), TODAY);
    expect(d.outcome).toBe('REFUSE');
    expect(d.pack.id).toBe('default');
  });
});

describe('hold-shelf labels', () => {
  const policy = book.libraries.get('or-multnomah')!;
  it('uses four letters of the last name and four digits of the card', () => {
    expect(holdShelfLabel(patron({ lastName: 'Núñez-Abad', card: '2123 4001 2345 67' }), policy)).toBe('NUNE 4567');
  });
  it('uses the user key for a patron who opted out of names on the shelf', () => {
    expect(holdShelfLabel(patron({ lastName: 'Garcia', shelfOptOut: true, userKey: 'p7731', card: '21234001234567' }), policy)).toBe('P773 4567');
  });
});
