// The proto enums and the TypeScript unions of @ilr/policy must name the same values.
// The TS file is imported by path (test only) so that @ilr/wire does not depend on it.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as T from '../../policy/src/types.js';
import {
  DOMAIN_ENUMS,
  ISO_ENUMS,
  enumFromWire,
  enumNames,
  enumToWire,
  ilr,
  isoFromWire,
  isoNames,
  isoToWire,
  WireError,
  type EnumName,
  type EnumValue,
  type IsoEnumName,
  type Kind,
} from '../src/index.js';

// Citation.status has no array in types.ts; `satisfies` keeps this one honest.
const CITATION_STATUSES = ['VERIFIED', 'UNVERIFIED', 'READING'] as const satisfies readonly T.Citation['status'][];

const TS: Record<keyof typeof DOMAIN_ENUMS, readonly string[]> = {
  MessageKind: T.MESSAGE_KINDS,
  DataClass: T.DATA_CLASSES,
  Want: T.WANTS,
  LegalBasis: T.LEGAL_BASES,
  Purpose: T.PURPOSES,
  Agency: T.AGENCIES,
  Relation: T.RELATIONS,
  Credential: T.CREDENTIALS,
  ProcessType: T.PROCESS_TYPES,
  Issuer: T.ISSUERS,
  Outcome: T.OUTCOMES,
  ReviewRoute: T.REVIEW_ROUTES,
  NoticeDetail: T.NOTICE_DETAILS,
  ReasonCode: T.REASON_CODES,
  CitationStatus: CITATION_STATUSES,
};

describe('domain enums match shared/policy/src/types.ts', () => {
  it.each(Object.keys(TS) as (keyof typeof TS)[])('%s: every TS string has a proto value and vice versa', (name) => {
    expect(new Set(enumNames(name))).toEqual(new Set(TS[name]));
    expect(enumNames(name)).toHaveLength(TS[name].length);
    for (const s of TS[name]) {
      const n = enumToWire(name, s as EnumValue<typeof name>);
      expect(n).toBeGreaterThan(0);
      expect(enumFromWire(name, n)).toBe(s);
    }
  });

  it('the string unions are the same types', () => {
    expectTypeOf<Kind>().toEqualTypeOf<T.MessageKind>();
    expectTypeOf<EnumValue<'DataClass'>>().toEqualTypeOf<T.DataClass>();
    expectTypeOf<EnumValue<'Want'>>().toEqualTypeOf<T.Want>();
    expectTypeOf<EnumValue<'LegalBasis'>>().toEqualTypeOf<T.LegalBasis>();
    expectTypeOf<EnumValue<'Purpose'>>().toEqualTypeOf<T.Purpose>();
    expectTypeOf<EnumValue<'Agency'>>().toEqualTypeOf<T.Agency>();
    expectTypeOf<EnumValue<'Relation'>>().toEqualTypeOf<T.Relation>();
    expectTypeOf<EnumValue<'Credential'>>().toEqualTypeOf<T.Credential>();
    expectTypeOf<EnumValue<'ProcessType'>>().toEqualTypeOf<T.ProcessType>();
    expectTypeOf<EnumValue<'Issuer'>>().toEqualTypeOf<T.Issuer>();
    expectTypeOf<EnumValue<'Outcome'>>().toEqualTypeOf<T.Outcome>();
    expectTypeOf<EnumValue<'ReviewRoute'>>().toEqualTypeOf<T.ReviewRoute>();
    expectTypeOf<EnumValue<'NoticeDetail'>>().toEqualTypeOf<T.NoticeDetail>();
    expectTypeOf<EnumValue<'ReasonCode'>>().toEqualTypeOf<T.ReasonCode>();
    expectTypeOf<EnumValue<'CitationStatus'>>().toEqualTypeOf<T.Citation['status']>();
  });

  it('a Want that is a data class has the DataClass number', () => {
    for (const c of T.DATA_CLASSES) expect(enumToWire('Want', c)).toBe(enumToWire('DataClass', c));
  });

  it('rejects 0 (unset), unknown numbers and unknown names with WireError UNKNOWN_ENUM', () => {
    expect(() => enumFromWire('Outcome', 0)).toThrow(WireError);
    expect(() => enumFromWire('Outcome', 99)).toThrow(/99 is not a value of Outcome/);
    expect(() => enumToWire('Outcome', 'MAYBE' as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_ENUM' }));
  });

  it('every enum follows the proto convention: PREFIX_UNSPECIFIED = 0, then PREFIX_NAME', () => {
    for (const name of Object.keys({ ...DOMAIN_ENUMS, ...ISO_ENUMS }) as EnumName[]) {
      const values = { ...DOMAIN_ENUMS, ...ISO_ENUMS }[name] as unknown as Record<string, number>;
      const prefix = name.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase() + '_';
      expect(values[`${prefix}UNSPECIFIED`]).toBe(0);
      for (const key of Object.keys(values)) expect(key.startsWith(prefix)).toBe(true);
    }
  });
});

// The closed enumerations of shared/iso18626/ISO-18626-v1_2.xsd, copied here so the test
// runs where the XSD is not checked out; when it is, the copy is compared with it too.
const XSD_ENUMS: Record<IsoEnumName, [xsdType: string, values: string[]]> = {
  Action: ['type_action', ['StatusRequest', 'Received', 'Cancel', 'Renew', 'ShippedReturn', 'ShippedForward', 'Notification']],
  ReasonForMessage: [
    'type_reasonForMessage',
    ['RequestResponse', 'StatusRequestResponse', 'RenewResponse', 'CancelResponse', 'StatusChange', 'Notification'],
  ],
  RequestType: ['type_requestType', ['New', 'Retry', 'Reminder']],
  RequestSubType: [
    'type_requestSubType',
    ['BookingRequest', 'MultipleItemRequest', 'PatronRequest', 'TransferRequest', 'SupplyingLibrarysChoice'],
  ],
  ServiceType: ['type_serviceType', ['Copy', 'Loan', 'CopyOrLoan']],
  Status: [
    'type_status',
    [
      'RequestReceived',
      'ExpectToSupply',
      'WillSupply',
      'Loaned',
      'Overdue',
      'Recalled',
      'RetryPossible',
      'Unfilled',
      'CopyCompleted',
      'LoanCompleted',
      'CompletedWithoutReturn',
      'Cancelled',
    ],
  ],
  YesNo: ['type_yesNo', ['Y', 'N']],
};

// The project's copy of the schema (test/vendored.test.ts keeps it identical to ../shared's).
const xsdPath = fileURLToPath(new URL('../../iso18626/schema/ISO-18626-v1_2.xsd', import.meta.url));

describe('ISO 18626 enums match the v1.2 XSD', () => {
  it.each(Object.keys(XSD_ENUMS) as IsoEnumName[])('%s: same values, same order, both ways', (name) => {
    const [, values] = XSD_ENUMS[name];
    expect(isoNames(name)).toEqual(values);
    for (const v of values) expect(isoFromWire(name, isoToWire(name, v))).toBe(v);
  });

  it('rejects values the XSD does not have (e.g. supmsg-invalid-status.xml)', () => {
    expect(() => isoToWire('Status', 'Lost')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ENUM' }));
    expect(() => isoToWire('Action', 'cancel')).toThrow(WireError); // case matters in XML
  });

  it('the copy above is the XSD', () => {
    expect(existsSync(xsdPath), `${xsdPath} must be beside the checkout`).toBe(true);
    const xsd = readFileSync(xsdPath, 'utf8');
    for (const [xsdType, values] of Object.values(XSD_ENUMS)) {
      const block = new RegExp(`<xs:simpleType name="${xsdType}">([\\s\\S]*?)</xs:simpleType>`).exec(xsd)?.[1] ?? '';
      expect([...block.matchAll(/<xs:enumeration value="([^"]+)"/g)].map((m) => m[1])).toEqual(values);
    }
    // Every closed enumeration in the XSD is either above or a confirmation-only type.
    const all = [...xsd.matchAll(/<xs:simpleType name="(type_\w+)">/g)].map((m) => m[1]);
    const mapped = Object.values(XSD_ENUMS).map(([t]) => t);
    expect(all.filter((t) => !mapped.includes(t!)).sort()).toEqual(['type_errorType', 'type_messageStatus']);
  });

  it('the generated namespace has the ISO enums', () => {
    expect(ilr.v1.Status.STATUS_EXPECT_TO_SUPPLY).toBe(isoToWire('Status', 'ExpectToSupply'));
  });
});
