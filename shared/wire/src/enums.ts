// Proto enums <-> the string names the rest of ILR uses. A proto value is the name
// prefixed with its enum's name (LEGAL_BASIS_NONE <-> 'NONE'; see proto/ilr/v1/domain.proto),
// and 0 (*_UNSPECIFIED) means "not set", so it has no name. The mapping is computed from
// the generated enum objects, so a value added to the .proto needs no code here.
import { ilr } from './gen/ilr.js';
import { WireError } from './errors.js';

const v1 = ilr.v1;

/** The enums of the ILR domain (shared/policy/src/types.ts). */
export const DOMAIN_ENUMS = {
  MessageKind: v1.MessageKind,
  DataClass: v1.DataClass,
  Want: v1.Want,
  LegalBasis: v1.LegalBasis,
  Purpose: v1.Purpose,
  Agency: v1.Agency,
  Relation: v1.Relation,
  Credential: v1.Credential,
  ProcessType: v1.ProcessType,
  Issuer: v1.Issuer,
  Outcome: v1.Outcome,
  ReviewRoute: v1.ReviewRoute,
  NoticeDetail: v1.NoticeDetail,
  ReasonCode: v1.ReasonCode,
  CitationStatus: v1.CitationStatus,
} as const;

/** The closed enumerations of the ISO 18626 v1.2 schema. */
export const ISO_ENUMS = {
  ServiceType: v1.ServiceType,
  RequestType: v1.RequestType,
  RequestSubType: v1.RequestSubType,
  ReasonForMessage: v1.ReasonForMessage,
  Status: v1.Status,
  Action: v1.Action,
  YesNo: v1.YesNo,
} as const;

const ENUMS = { ...DOMAIN_ENUMS, ...ISO_ENUMS };
type Enums = typeof ENUMS;
export type EnumName = keyof Enums;
export type IsoEnumName = keyof typeof ISO_ENUMS;

type Keys<E> = Extract<keyof E, string>;
type PrefixOf<E> = Keys<E> extends infer K ? (K extends `${infer P}_UNSPECIFIED` ? P : never) : never;
/** The names of enum N without its prefix: EnumValue<'Outcome'> is 'RELAY' | 'REFER' | ... */
export type EnumValue<N extends EnumName> =
  Keys<Enums[N]> extends infer K
    ? K extends `${PrefixOf<Enums[N]>}_${infer V}`
      ? V extends 'UNSPECIFIED'
        ? never
        : V
      : never
    : never;

/** A message kind by name: 'ITEM_FOUND' | 'RECOVERY_NOTICE' | ... */
export type Kind = EnumValue<'MessageKind'>;

interface Table {
  names: string[]; // in number order, without UNSPECIFIED
  byName: Map<string, number>;
  byNumber: Map<number, string>;
}

const tables = new Map<EnumName, Table>();

function table(name: EnumName): Table {
  let t = tables.get(name);
  if (t) return t;
  const values = ENUMS[name] as unknown as Record<string, number>;
  const zero = Object.keys(values).find((k) => values[k] === 0);
  if (!zero?.endsWith('_UNSPECIFIED')) throw new Error(`enum ${name} has no *_UNSPECIFIED = 0`);
  const prefix = zero.slice(0, -'UNSPECIFIED'.length);
  t = { names: [], byName: new Map(), byNumber: new Map() };
  for (const [key, n] of Object.entries(values).sort((a, b) => a[1] - b[1])) {
    if (n === 0) continue;
    if (!key.startsWith(prefix)) throw new Error(`enum ${name}: ${key} lacks the prefix ${prefix}`);
    const short = key.slice(prefix.length);
    t.names.push(short);
    t.byName.set(short, n);
    t.byNumber.set(n, short);
  }
  tables.set(name, t);
  return t;
}

/** Every name of enum N, in proto number order. */
export function enumNames<N extends EnumName>(name: N): readonly EnumValue<N>[] {
  return table(name).names as EnumValue<N>[];
}

/** 'RELAY' -> OUTCOME_RELAY's number. Throws WireError UNKNOWN_ENUM for a name N lacks. */
export function enumToWire<N extends EnumName>(name: N, value: EnumValue<N>): number {
  const n = table(name).byName.get(value);
  if (n === undefined) throw new WireError('UNKNOWN_ENUM', `${String(value)} is not a ${name}`);
  return n;
}

/** A proto number -> its name. Throws WireError UNKNOWN_ENUM for 0 (unset) or an unknown number. */
export function enumFromWire<N extends EnumName>(name: N, value: number): EnumValue<N> {
  const short = table(name).byNumber.get(value);
  if (short === undefined) {
    throw new WireError('UNKNOWN_ENUM', value === 0 ? `${name} is not set` : `${value} is not a value of ${name}`);
  }
  return short as EnumValue<N>;
}

// ISO 18626 spells values in CamelCase (ExpectToSupply); the proto in UPPER_SNAKE.
const isoSpelling = (short: string) =>
  short
    .split('_')
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join('');

/** Every XSD string of an ISO enum, in proto number order: isoNames('Action')[0] is 'StatusRequest'. */
export function isoNames(name: IsoEnumName): readonly string[] {
  return table(name).names.map(isoSpelling);
}

/** 'ExpectToSupply' -> STATUS_EXPECT_TO_SUPPLY's number. Throws WireError UNKNOWN_ENUM. */
export function isoToWire(name: IsoEnumName, xsdValue: string): number {
  const t = table(name);
  const i = t.names.findIndex((short) => isoSpelling(short) === xsdValue);
  if (i < 0) throw new WireError('UNKNOWN_ENUM', `${xsdValue} is not an ISO 18626 ${name}`);
  return t.byName.get(t.names[i]!)!;
}

/** A proto number -> the ISO 18626 XSD string. Throws WireError UNKNOWN_ENUM. */
export function isoFromWire(name: IsoEnumName, value: number): string {
  return isoSpelling(enumFromWire(name, value));
}
