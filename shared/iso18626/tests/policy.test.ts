// The error policy (services/gateway/README.md), one rule at a time, on messages made from
// the samples by one change each.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, STRICT, answer, checkMessage, checkConfirmation, loadProfile, noteMarkers, profileById, serialize, type ErrorType } from '../src/index.js';
import { sample } from './helpers.js';

const SUP = sample('supmsg-ok.xml');
const REQ = sample('req.xml');
const RAM = sample('reqmsg-ok.xml');

function expectError(xml: string | Uint8Array, errorType: ErrorType, errorValue?: string | RegExp) {
  const r = checkMessage(xml);
  expect(r.ok, 'expected an error').toBe(false);
  if (r.ok) return;
  expect(r.error.errorType).toBe(errorType);
  if (errorValue !== undefined) expect(r.error.errorValue).toMatch(errorValue);
  // Whatever failed, the answer is a schema-valid ERROR confirmation.
  const a = answer(xml);
  if (a.httpStatus === 200) {
    const c = checkConfirmation(a.xml);
    expect(c.ok, !c.ok ? c.error.message : '').toBe(true);
    expect(a.xml).toContain('<messageStatus>ERROR</messageStatus>');
  }
  return r.error;
}

describe('hostile input', () => {
  it('refuses a DOCTYPE with an external entity unparsed: nothing is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iso-xxe-'));
    writeFileSync(join(dir, 'secret.txt'), 'SECRET-CANARY');
    const xxe = SUP.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', `<?xml version="1.0"?><!DOCTYPE ISO18626Message [<!ENTITY x SYSTEM "file://${dir}/secret.txt">]>`).replace('12345', '&x;');
    const e = expectError(xxe, 'BadlyFormedMessage', 'DOCTYPE and entity declarations are not accepted');
    expect(answer(xxe).xml).not.toContain('SECRET-CANARY');
    expect(e).toBeDefined();
  });

  it('refuses an entity expansion bomb unparsed', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><lolz>&lol9;</lolz>`;
    expectError(lol, 'BadlyFormedMessage', /DOCTYPE/);
    expectError('<!DOCTYPE x SYSTEM "http://127.0.0.1:1/x.dtd"><x/>', 'BadlyFormedMessage', /DOCTYPE/);
  });

  it('answers 413 above the size limit, without reading it', () => {
    const big = SUP.replace('<itemId>12345</itemId>', `<itemId>${'x'.repeat(LIMITS.maxBytes)}</itemId>`);
    const a = answer(big);
    expect(a.httpStatus).toBe(413);
    expect(a.result.ok).toBe(false);
    if (!a.result.ok) expect(a.result.error.errorValue).toBe(`message larger than ${LIMITS.maxBytes} bytes`);
  });

  it('refuses bad UTF-8 and another declared encoding', () => {
    const bytes = Buffer.from(SUP.replace('12345', 'AB'), 'utf8');
    const i = bytes.indexOf('AB');
    bytes[i] = 0xc3;
    bytes[i + 1] = 0x28;
    expectError(bytes, 'BadlyFormedMessage', 'message is not valid UTF-8');
    expectError(SUP.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'BadlyFormedMessage', /encoding other than UTF-8/);
  });

  it('refuses deep nesting', () => {
    const deep = SUP.replace('<itemId>12345</itemId>', `<itemId>${'<a>'.repeat(300)}${'</a>'.repeat(300)}</itemId>`);
    expectError(deep, 'BadlyFormedMessage', /nested deeper than/);
    const deepish = SUP.replace('<itemId>12345</itemId>', `<itemId>${'<a>'.repeat(40)}${'</a>'.repeat(40)}</itemId>`);
    expectError(deepish, 'BadlyFormedMessage', `elements nested deeper than ${LIMITS.maxDepth}`);
  });
});

describe('BadlyFormedMessage', () => {
  it('not well-formed', () => expectError(SUP.replace('</itemId>', '</itemid>'), 'BadlyFormedMessage', /^not well-formed XML \(line \d+\)$/));
  it('not XML at all', () => expectError('hello', 'BadlyFormedMessage', /not well-formed/));
  it('not the ISO 18626 namespace', () =>
    expectError(SUP.replaceAll('http://illtransactions.org/2013/iso18626"', 'urn:other"'), 'BadlyFormedMessage', /root element is not ISO18626Message/));
  it('another root element', () => expectError('<request xmlns="http://illtransactions.org/2013/iso18626"/>', 'BadlyFormedMessage', /root element/));
  it('no message element', () => expectError(sample('msg-invalid.xml'), 'BadlyFormedMessage', 'ISO18626Message: no message element'));
  it('more than one', () => {
    const body = /<supplyingAgencyMessage>[\s\S]*<\/supplyingAgencyMessage>/.exec(SUP)![0];
    expectError(SUP.replace(body, body + body), 'BadlyFormedMessage', 'ISO18626Message: more than one message element');
  });
  it('an unknown message element', () =>
    expectError(SUP.replaceAll('supplyingAgencyMessage>', 'supplyingAgencyLetter>'), 'BadlyFormedMessage', 'ISO18626Message/supplyingAgencyLetter: not an ISO 18626 message element'));
  it('a confirmation sent as a message', () => {
    const conf = answer(SUP).xml;
    expectError(conf, 'BadlyFormedMessage', 'supplyingAgencyMessageConfirmation: a confirmation is not a message');
  });
  it('a missing required element', () => {
    expectError(SUP.replace(/<timestamp>.*<\/timestamp>/, ''), 'BadlyFormedMessage', 'supplyingAgencyMessage/header: missing required element timestamp');
    expectError(SUP.replace(/<lastChange>.*<\/lastChange>/, ''), 'BadlyFormedMessage', 'supplyingAgencyMessage/statusInfo: missing required element lastChange');
    expectError(REQ.replace(/<tag0:serviceType>Loan<\/tag0:serviceType>/, ''), 'BadlyFormedMessage', 'request/serviceInfo: missing required element serviceType');
    expectError(RAM.replace(/<action>.*<\/action>/, ''), 'BadlyFormedMessage', /requestingAgencyMessage: missing required element action/);
  });
  it('a missing version attribute', () => expectError(SUP.replace('ill:version="1.2"', ''), 'BadlyFormedMessage', 'ISO18626Message: missing required attribute version'));
});

describe('UnrecognisedDataElement', () => {
  it('an element the schema does not have there', () => {
    expectError(SUP.replace('<itemId>12345</itemId>', '<itemId>12345</itemId><colour>red</colour>'), 'UnrecognisedDataElement', 'supplyingAgencyMessage/deliveryInfo/colour: not an element of deliveryInfo');
    expectError(SUP.replace('<itemId>12345</itemId>', '<itemId>12345</itemId><x:y xmlns:x="urn:x">1</x:y>'), 'UnrecognisedDataElement', /deliveryInfo\/y: not an element of the ISO 18626 namespace/);
  });
  it('a known element out of order or repeated', () => {
    expectError(SUP.replace('<itemId>12345</itemId>', '<itemId>12345</itemId><itemId>6</itemId>'), 'UnrecognisedDataElement', 'supplyingAgencyMessage/deliveryInfo/itemId: not allowed here (out of order or repeated)');
  });
  it('an element inside a value', () => expectError(SUP.replace('<itemId>12345</itemId>', '<itemId><b>1</b></itemId>'), 'UnrecognisedDataElement', /itemId\/b: not allowed in itemId/));
  it('an attribute the schema does not have', () => expectError(SUP.replace('<itemId>', '<itemId ill:colour="red">'), 'UnrecognisedDataElement', /itemId: attribute colour is not allowed here/));
});

describe('values', () => {
  it('an unknown action: UnsupportedActionType', () => expectError(RAM.replace(/<action>.*<\/action>/, '<action>Teleport</action>'), 'UnsupportedActionType', 'requestingAgencyMessage/action: not a value of type_action'));
  it('an unknown reasonForMessage: UnsupportedReasonForMessageType', () =>
    expectError(SUP.replace('StatusChange', 'Whim'), 'UnsupportedReasonForMessageType', 'supplyingAgencyMessage/messageInfo/reasonForMessage: not a value of type_reasonForMessage'));
  it('any other bad value: UnrecognisedDataValue, without the value', () => {
    const e = expectError(SUP.replace(/<timestamp>.*<\/timestamp>/, '<timestamp>John Smith, 12 Elm St</timestamp>'), 'UnrecognisedDataValue', 'supplyingAgencyMessage/header/timestamp: not a xs:dateTime');
    expect(e?.errorValue).not.toContain('Smith');
    expectError(REQ.replace('<tag0:serviceType>Loan', '<tag0:serviceType>Gift'), 'UnrecognisedDataValue', 'request/serviceInfo/serviceType: not a value of type_serviceType');
    expectError(SUP.replace('<dateSent>2024-12-12T20:12:00.629725783Z', '<dateSent>2024-02-30T20:12:00Z'), 'UnrecognisedDataValue', /deliveryInfo\/dateSent/);
  });
  it('an empty or missing requestingAgencyRequestId wins over a missing required element', () => {
    expectError(SUP.replace(/<requestingAgencyRequestId>.*<\/requestingAgencyRequestId>/, ''), 'UnrecognisedDataValue', 'supplyingAgencyMessage/header/requestingAgencyRequestId: missing or empty');
    expectError(SUP.replace(/<requestingAgencyRequestId>.*<\/requestingAgencyRequestId>/, '<requestingAgencyRequestId>  </requestingAgencyRequestId>').replace(/<timestamp>.*<\/timestamp>/, ''), 'UnrecognisedDataValue', /requestingAgencyRequestId: missing or empty/);
  });
});

describe('peer profiles', () => {
  const emptyStatus = sample('supmsg-notification.xml').replace(/<status>\w*<\/status>/, '<status></status>');
  it('strict refuses what a profile relaxes; the profile accepts it', () => {
    expect(emptyStatus).toContain('<status></status>');
    expect(checkMessage(emptyStatus).ok).toBe(false);
    const alma = loadProfile(new URL('../profiles/alma.yaml', import.meta.url).pathname);
    expect(checkMessage(emptyStatus, { profile: alma }).ok).toBe(true);
    // only in a notification
    expect(checkMessage(SUP.replace('<status>Loaned</status>', '<status></status>'), { profile: alma }).ok).toBe(false);
  });
  it('a profile file is validated, naming the file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iso-prof-'));
    writeFileSync(join(dir, 'x.yaml'), 'id: x\nname: X\nsource: s\nrelax: { lenient: true }\n');
    expect(() => loadProfile(join(dir, 'x.yaml'))).toThrow(/x\.yaml: relax: /);
    writeFileSync(join(dir, 'y.yaml'), 'id: z\nname: Y\nsource: s\n');
    expect(() => loadProfile(join(dir, 'y.yaml'))).toThrow(/id z differs from the file name y/);
  });
  it("noteExtensions: the markers a profile knows are found in a note, in order, each once; strict knows none", () => {
    const reshare = profileById('reshare');
    const note = '#seq:3# #ReShareAddLoanCondition# Library use only #ReShareAddLoanCondition# #seq:4#';
    expect(noteMarkers(reshare, note)).toEqual(['#seq:3#', '#ReShareAddLoanCondition#', '#seq:4#']);
    expect(noteMarkers(reshare, 'no markers #here#')).toEqual([]);
    expect(noteMarkers(reshare, undefined)).toEqual([]);
    expect(noteMarkers(STRICT, note)).toEqual([]);
    // A marker is a protocol token: a match longer than 64 characters is not recorded.
    expect(noteMarkers({ ...reshare, noteExtensions: ['#[^#]*#'] }, `#${'x'.repeat(70)}# #ok#`)).toEqual(['#ok#']);
  });
  it('the serializer writes what the strict schema accepts', () => {
    const r = checkMessage(REQ);
    expect(r.ok).toBe(true);
    if (r.ok) expect(checkMessage(serialize(r.document)).ok).toBe(true);
  });
});
