// A message body given as JSON on the command line, checked against its kind's schema
// before anything is sent: the ilr.v1 message type (every field known, every value of the
// right type, enum names known), the wire's limits, and the fields the broker requires
// (the router's own mapping, so the two cannot disagree).
import { toPolicyRequest, RouterError } from '@ilr/router';
import { BODY_TYPES, WireError, encodeMessage, ilr, jsonFields, type Kind, type Message } from '@ilr/wire';
import { CliError } from './output.js';

const INTEGER = new Set(['int32', 'int64', 'uint32', 'uint64', 'sint32', 'sint64', 'fixed32', 'fixed64', 'sfixed32', 'sfixed64']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function invalid(field: string, what: string): CliError {
  return new CliError(`--body: ${field} ${what}`);
}

/** Checks `value` (JSON) as ilr.v1 `typeName`; `path` names it in errors (`body`, `body.requester`). */
function checkJson(typeName: string, value: unknown, path: string): void {
  if (!isObject(value)) throw invalid(path, `must be an object (ilr.v1.${typeName})`);
  const fields = jsonFields(typeName);
  for (const [key, v] of Object.entries(value)) {
    const f = fields.find((x) => x.json === key);
    if (!f) {
      const byProto = fields.find((x) => x.proto === key);
      throw invalid(
        `${path}.${key}`,
        byProto
          ? `is not a field name here: JSON names fields in camelCase, "${byProto.json}"`
          : `is not a field of ilr.v1.${typeName}; its fields are ${fields.map((x) => x.json).join(', ')}`,
      );
    }
    if (v === null) continue;
    const field = `${path}.${key}`;
    if (f.repeated) {
      if (!Array.isArray(v)) throw invalid(field, 'must be a list');
      v.forEach((item, i) => checkValue(f, item, `${field}[${i}]`));
    } else checkValue(f, v, field);
  }
}

function checkValue(f: ReturnType<typeof jsonFields>[number], v: unknown, field: string): void {
  if (f.message) return checkJson(f.message, v, field);
  if (f.enumValues) {
    if (typeof v === 'string' && f.enumValues.includes(v)) return;
    if (typeof v === 'number' && Number.isInteger(v)) return; // the wire checks the number is known
    throw invalid(field, `must be one of ${f.enumValues.filter((n) => !n.endsWith('_UNSPECIFIED')).join(', ')}; not ${JSON.stringify(v)}`);
  }
  if (f.type === 'string' && typeof v !== 'string') throw invalid(field, 'must be a string');
  if (f.type === 'bool' && typeof v !== 'boolean') throw invalid(field, 'must be true or false');
  if (INTEGER.has(f.type) && !(Number.isInteger(v) || (typeof v === 'string' && /^-?\d+$/.test(v)))) throw invalid(field, 'must be an integer');
  if ((f.type === 'double' || f.type === 'float') && typeof v !== 'number') throw invalid(field, 'must be a number');
  if (f.type === 'bytes' && typeof v !== 'string') throw invalid(field, 'must be base64 text');
}

/**
 * The body of a `kind` message from `sender` to `recipient`, checked as the broker will
 * check it; throws CliError (exit 2) naming the field at fault.
 */
export function parseBody(kind: Kind, text: string, sender: string, recipient: string): object {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CliError(`--body is not JSON: ${(e as Error).message}`);
  }
  const typeName = BODY_TYPES[kind];
  checkJson(typeName, json, 'body');
  const type = ilr.v1[typeName] as unknown as { fromObject(o: unknown): object };
  let body: object;
  try {
    body = type.fromObject(json);
  } catch (e) {
    throw new CliError(`--body is not a valid ilr.v1.${typeName}: ${(e as Error).message.replace(/^\.ilr\.v1\.\w+\./, 'body.')}`);
  }
  const envelope = { messageId: 'check', sender, recipient, kind, createdAt: Date.now() };
  try {
    encodeMessage(envelope, body as never);
    toPolicyRequest({ envelope, kind, body } as unknown as Message);
  } catch (e) {
    if (e instanceof WireError || e instanceof RouterError) {
      const field = e.field?.startsWith('body.') || !e.field ? e.field : e.field === 'sender' ? '--as' : e.field === 'recipient' ? '--to' : `body.${e.field}`;
      throw new CliError(`${field && !e.message.startsWith(field) ? `${field}: ` : ''}${e.message}`);
    }
    throw e;
  }
  return body;
}
