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

const lonelySurrogate = /\p{Surrogate}/u;

/** Throws WireError unless `msg`, a message of ilr.v1 type `typeName`, passes the checks above. */
export function checkMessage(typeName: string, msg: object, path = ''): void {
  const type = types.get(typeName);
  if (!type) throw new Error(`no message type ilr.v1.${typeName}`);
  const fields = msg as Record<string, unknown>;
  for (const [jsName, f] of Object.entries(type.fields)) {
    const value = fields[jsName];
    if (value == null) continue;
    const name = f.protoName ?? jsName;
    const field = path + name;
    if (f.rule === 'repeated') {
      if (!Array.isArray(value)) throw new WireError('MALFORMED', `${field} must be a list`, field);
      const cap = REPEATED_CAPS[name] ?? DEFAULT_REPEATED_CAP;
      if (value.length > cap) {
        throw new WireError('OVERSIZED', `${field} has ${value.length} entries, at most ${cap} are allowed`, field);
      }
      value.forEach((v, i) => checkValue(f.type, v, `${field}[${i}]`));
    } else {
      checkValue(f.type, value, field);
    }
  }
}

function checkValue(type: string, value: unknown, field: string): void {
  const known = enums.get(type);
  if (known) {
    if (typeof value !== 'number' || !known.has(value)) {
      throw new WireError('UNKNOWN_ENUM', `${field}: ${String(value)} is not a value of ${type}`, field);
    }
  } else if (type === 'string') {
    if (typeof value === 'string' && lonelySurrogate.test(value)) {
      throw new WireError('INVALID_UTF8', `${field} has a lone surrogate and cannot be UTF-8`, field);
    }
  } else if (types.has(type) && typeof value === 'object') {
    checkMessage(type, value as object, `${field}.`);
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
