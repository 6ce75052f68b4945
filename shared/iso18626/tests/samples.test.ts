import { describe, expect, it } from 'vitest';
import { answer, checkConfirmation, checkMessage, serialize } from '../src/index.js';
import { EXPECTED_ERRORS, SAMPLES } from './helpers.js';

describe('the samples get the offline answers of issue 13', () => {
  it.each([...SAMPLES.keys()])('%s', (name) => {
    const a = answer(SAMPLES.get(name)!);
    expect(a.httpStatus).toBe(200);
    const expected = EXPECTED_ERRORS[name];
    if (expected) {
      expect(a.result.ok).toBe(false);
      if (!a.result.ok) expect(a.result.error.errorType).toBe(expected);
    } else expect(a.result.ok, !a.result.ok ? a.result.error.message : '').toBe(true);
    // The confirmation is itself valid against the schema, with the sender's ids copied.
    const c = checkConfirmation(a.xml);
    expect(c.ok, !c.ok ? c.error.message : '').toBe(true);
    expect(a.xml).toContain(`<messageStatus>${expected ? 'ERROR' : 'OK'}</messageStatus>`);
  });

  it('every sample count: 25 OK and 7 ERROR', () => {
    const results = [...SAMPLES.values()].map((s) => checkMessage(s).ok);
    expect(results.filter(Boolean)).toHaveLength(25);
    expect(results.filter((r) => !r)).toHaveLength(7);
  });

  it('names the element and the problem, never the value sent', () => {
    const a = answer(SAMPLES.get('supmsg-invalid-status.xml')!);
    expect(a.result.ok).toBe(false);
    if (!a.result.ok) expect(a.result.error.errorValue).toBe('supplyingAgencyMessage/statusInfo/status: not a value of type_status');
    expect(a.xml).not.toContain('WeCouldLoan');
    const b = answer(SAMPLES.get('reqmsg-invalid-action.xml')!);
    expect(b.xml).not.toContain('WeCancelThisMessage');
  });

  it('copies the header into the confirmation: ids, timestampReceived = the sender timestamp', () => {
    const now = new Date('2026-12-03T10:00:00.000Z');
    const a = answer(SAMPLES.get('supmsg-ok.xml')!, { now });
    expect(a.confirmation).toMatchObject({
      kind: 'supplyingAgencyMessageConfirmation',
      supplyingAgencyMessageConfirmation: {
        confirmationHeader: {
          supplyingAgencyId: { agencyIdType: { value: 'ISIL' }, agencyIdValue: 'SUP_B' },
          requestingAgencyId: { agencyIdType: { value: 'ISIL' }, agencyIdValue: 'SUP_A' },
          timestamp: '2026-12-03T10:00:00.000Z',
          requestingAgencyRequestId: '6ad1ff2e-bab2-4978-b064-656c0e67ebd6',
          timestampReceived: '2024-12-12T20:12:00.62959771Z',
          messageStatus: 'OK',
        },
        reasonForMessage: 'StatusChange',
      },
    });
  });

  it('serializes every valid sample back to a valid message that reads the same', () => {
    for (const [name, xml] of SAMPLES) {
      const r = checkMessage(xml);
      if (!r.ok) continue;
      const again = checkMessage(serialize(r.document));
      expect(again.ok, name).toBe(true);
      if (again.ok) expect(again.document, name).toEqual(r.document);
    }
  });

  it('types the message: repeated elements are arrays, scheme values objects', () => {
    const r = checkMessage(SAMPLES.get('req.xml')!);
    expect(r.ok).toBe(true);
    if (!r.ok || r.document.kind !== 'request') return;
    const req = r.document.request;
    expect(req.header.requestingAgencyRequestId).toBe('js-test-1017');
    expect(req.bibliographicInfo.supplierUniqueRecordId).toBe('LOANED');
    expect(req.bibliographicInfo.bibliographicItemId).toEqual([{ bibliographicItemIdentifier: '1983', bibliographicItemIdentifierCode: { value: 'ISBN' } }]);
    expect(req.serviceInfo?.requestSubType).toEqual(['PatronRequest']);
  });
});
