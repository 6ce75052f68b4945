/// <reference lib="es2024.string" />
// Checks that protobufjs does not make, driven by the generated JSON descriptor so that
// a field added to the .proto is covered without code here:
// - enum fields hold a value this version knows (proto3 enums are open: the decoder
//   accepts any number),
// - repeated fields stay under a cap (64 KiB could otherwise carry thousands),
// - strings have no lone surrogates (when encoding; they would not survive UTF-8).
// (Two members of a oneof: verify() catches that when encoding; decoding keeps the last.)
import descriptor from './gen/descriptor.js';
import { WireError } from './errors.js';

interface FieldDescriptor {
  type: string;
  id: number;
  rule?: 'repeated';
  protoName?: string;
}
interface TypeDescriptor {
  fields: Record<string, FieldDescriptor>;
}
interface EnumDescriptor {
  values: Record<string, number>;
}
type Descriptor = { nested: { ilr: { nested: { v1: { nested: Record<string, TypeDescriptor | EnumDescriptor> } } } } };

const types = new Map<string, TypeDescriptor>();
const enums = new Map<string, Set<number>>();
for (const [name, d] of Object.entries((descriptor as Descriptor).nested.ilr.nested.v1.nested)) {
  if ('values' in d) enums.set(name, new Set(Object.values(d.values)));
  else types.set(name, d);
}

/** Caps on repeated fields, by proto field name; any other repeated field gets DEFAULT_REPEATED_CAP. */
export const REPEATED_CAPS: Readonly<Record<string, number>> = {
  wants: 16, // 10 values exist; more means repeats or garbage
  disclosed: 16,
  ceiling: 16,
  item_ids: 100,
  request_sub_type: 3, // XSD maxOccurs
};
export const DEFAULT_REPEATED_CAP = 100;

/** One field as checkMessage walks it, worked out once per type from the descriptor. */
interface FieldCheck {
  jsName: string;
  /** The proto field name, as errors name it. */
  name: string;
  repeated: boolean;
  cap: number;
  /** The known values when the field is an enum. */
  known?: Set<number>;
  enumName: string;
  isString: boolean;
  /** The message type when the field is a message. */
  message?: string;
}

// Compiled on first use of each type: the hot path walks a plain array, and a field's
// path string is built only for an error message (or as the prefix of a nested message).
const compiled = new Map<string, FieldCheck[]>();

function fieldsOf(typeName: string): FieldCheck[] {
  let checks = compiled.get(typeName);
  if (checks) return checks;
  const type = types.get(typeName);
  if (!type) throw new Error(`no message type ilr.v1.${typeName}`);
  checks = Object.entries(type.fields).map(([jsName, f]) => {
    const name = f.protoName ?? jsName;
    return {
      jsName,
      name,
      repeated: f.rule === 'repeated',
      cap: REPEATED_CAPS[name] ?? DEFAULT_REPEATED_CAP,
      known: enums.get(f.type),
      enumName: f.type,
      isString: f.type === 'string',
      message: types.has(f.type) ? f.type : undefined,
    };
  });
  compiled.set(typeName, checks);
  return checks;
}

/** Throws WireError unless `msg`, a message of ilr.v1 type `typeName`, passes the checks above. */
export function checkMessage(typeName: string, msg: object, path = ''): void {
  const fields = msg as Record<string, unknown>;
  for (const f of fieldsOf(typeName)) {
    const value = fields[f.jsName];
    if (value == null) continue;
    if (f.repeated) {
      if (!Array.isArray(value)) throw new WireError('MALFORMED', `${path + f.name} must be a list`, path + f.name);
      if (value.length > f.cap) {
        throw new WireError('OVERSIZED', `${path + f.name} has ${value.length} entries, at most ${f.cap} are allowed`, path + f.name);
      }
      for (let i = 0; i < value.length; i++) checkValue(f, value[i], path, i);
    } else {
      checkValue(f, value, path);
    }
  }
}

/** `path` + the field's name, with `[index]` for an entry of a repeated field. */
const fieldPath = (f: FieldCheck, path: string, index: number | undefined): string =>
  `${path}${f.name}${index === undefined ? '' : `[${index}]`}`;

function checkValue(f: FieldCheck, value: unknown, path: string, index?: number): void {
  if (f.known) {
    if (typeof value !== 'number' || !f.known.has(value)) {
      const field = fieldPath(f, path, index);
      throw new WireError('UNKNOWN_ENUM', `${field}: ${String(value)} is not a value of ${f.enumName}`, field);
    }
  } else if (f.isString) {
    // A lone surrogate (a half of a UTF-16 pair) has no UTF-8 form.
    if (typeof value === 'string' && !value.isWellFormed()) {
      const field = fieldPath(f, path, index);
      throw new WireError('INVALID_UTF8', `${field} has a lone surrogate and cannot be UTF-8`, field);
    }
  } else if (f.message && typeof value === 'object') {
    checkMessage(f.message, value as object, `${fieldPath(f, path, index)}.`);
  }
}

/** A protobufjs verify() message, "patron.homeLibrary: string expected", as a WireError. */
export function verifyError(problem: string): WireError {
  const colon = problem.indexOf(':');
  const jsPath = colon > 0 ? problem.slice(0, colon) : '';
  const field = jsPath.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) || undefined;
  const what = colon > 0 ? problem.slice(colon + 1).trim() : problem;
  return new WireError('MALFORMED', field ? `${field}: ${what}` : what, field);
}

/** A field of an ilr.v1 message as JSON input (protobufjs `fromObject`) names it. */
export interface JsonField {
  /** The JSON (camelCase) name `fromObject` reads, e.g. `itemId`. */
  json: string;
  /** The proto name errors report, e.g. `item_id`. */
  proto: string;
  /** The proto type: `string`, `bool`, `int64`..., an enum or a message name. */
  type: string;
  repeated: boolean;
  /** An enum field: the names of its values (`PURPOSE_MATERIAL_RECOVERY`...). */
  enumValues?: readonly string[];
  /** A message field: its ilr.v1 type name. */
  message?: string;
}

const enumNamesOf = new Map<string, string[]>();
for (const [name, d] of Object.entries((descriptor as Descriptor).nested.ilr.nested.v1.nested)) {
  if ('values' in d) enumNamesOf.set(name, Object.keys(d.values));
}

/**
 * The fields of ilr.v1 message `typeName`, for tools that check JSON before encoding it
 * (`ilr send`: `fromObject` silently drops a field it does not know, and an enum name it
 * does not know).
 */
export function jsonFields(typeName: string): readonly JsonField[] {
  const type = types.get(typeName);
  if (!type) throw new Error(`no message type ilr.v1.${typeName}`);
  return Object.entries(type.fields).map(([json, f]) => ({
    json,
    proto: f.protoName ?? json.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
    type: f.type,
    repeated: f.rule === 'repeated',
    ...(enumNamesOf.has(f.type) ? { enumValues: enumNamesOf.get(f.type)! } : {}),
    ...(types.has(f.type) ? { message: f.type } : {}),
  }));
}
