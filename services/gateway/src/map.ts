// ISO 18626 messages <-> ILR bodies (proto/ilr/v1/messages.proto). The proto's field names are
// the schema's element names, so the mapping is by name; what differs is listed here: the
// closed enumerations (XSD strings <-> proto numbers), numbers and booleans written as text,
// and what never crosses: patronInfo (a token instead), requestingAgencyInfo, authentication,
// billing name and addresses, requested delivery addresses.
import type { IsoMessage, MessageKind } from '@ilr/iso18626';
import { isoFromWire, isoToWire, type BodyInit, type IsoEnumName, type Kind } from '@ilr/wire';

export const KIND_OF: Record<MessageKind, Kind> = {
  request: 'LOAN_REQUEST',
  supplyingAgencyMessage: 'SUPPLIER_STATUS',
  requestingAgencyMessage: 'REQUESTER_ACTION',
};
export const ISO_KIND_OF: Partial<Record<Kind, MessageKind>> = {
  LOAN_REQUEST: 'request',
  SUPPLIER_STATUS: 'supplyingAgencyMessage',
  REQUESTER_ACTION: 'requestingAgencyMessage',
};

const ENUM_FIELDS: Record<string, IsoEnumName> = {
  requestType: 'RequestType',
  requestSubType: 'RequestSubType',
  serviceType: 'ServiceType',
  anyEdition: 'YesNo',
  reasonForMessage: 'ReasonForMessage',
  answerYesNo: 'YesNo',
  status: 'Status',
  action: 'Action',
};
const NUMBER_FIELDS = new Set(['sortOrder']);
const BOOLEAN_FIELDS = new Set(['sentToPatron']);
/** Elements that never cross (patron and library identity, secrets, addresses). */
const DROPPED = new Set(['patronInfo', 'requestingAgencyInfo', 'requestingAgencyAuthentication', 'billingName', 'address']);

function toWireValue(key: string, v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => toWireValue(key, x));
  if (ENUM_FIELDS[key] && typeof v === 'string') return v === '' ? 0 : isoToWire(ENUM_FIELDS[key]!, v);
  if (NUMBER_FIELDS.has(key) && typeof v === 'string') return Number.parseInt(v, 10) || 0;
  if (BOOLEAN_FIELDS.has(key) && typeof v === 'string') return v.trim() === 'true' || v.trim() === '1';
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (!DROPPED.has(k)) out[k] = toWireValue(k, x);
    return out;
  }
  return v;
}

/** The ILR kind and body of an ISO 18626 message (patronInfo left out: the connector puts the token in). */
export function toWire(m: IsoMessage): { kind: Kind; body: BodyInit<Kind> } {
  const body = (m as unknown as Record<string, unknown>)[m.kind];
  return { kind: KIND_OF[m.kind], body: toWireValue('', body) as BodyInit<Kind> };
}

/** The patron named in a request, as the library's own id (sealed in its ledger, never sent). */
export function patronIdOf(m: IsoMessage): string | undefined {
  if (m.kind !== 'request' || !m.request.patronInfo) return undefined;
  const p = m.request.patronInfo;
  const id = p.patronId?.trim();
  if (id) return id;
  const name = [p.surname, p.givenName].map((s) => s?.trim() ?? '').join(',');
  return name !== ',' ? `name:${name}` : undefined;
}

function fromWireValue(key: string, v: unknown): unknown {
  if (v === null || v === undefined || v === '') return undefined;
  if (Array.isArray(v)) {
    const items = v.map((x) => fromWireValue(key, x)).filter((x) => x !== undefined);
    return items.length ? items : undefined;
  }
  if (ENUM_FIELDS[key] && typeof v === 'number') return v === 0 ? undefined : isoFromWire(ENUM_FIELDS[key]!, v);
  if (NUMBER_FIELDS.has(key) && typeof v === 'number') return String(v);
  if (BOOLEAN_FIELDS.has(key) && typeof v === 'boolean') return v ? 'true' : undefined;
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      if (k === 'library' && key === 'requestedDeliveryInfo') continue;
      const x = fromWireValue(k, (v as Record<string, unknown>)[k]);
      if (x !== undefined) out[k] = x;
    }
    return Object.keys(out).length ? out : key === '' ? {} : undefined;
  }
  return v;
}

/**
 * The ISO 18626 message for a delivered ILR body. The patron token goes in
 * patronInfo/patronId: the only patron reference the other library ever sees.
 */
export function fromWire(kind: Kind, body: unknown): IsoMessage {
  const isoKind = ISO_KIND_OF[kind];
  if (!isoKind) throw new Error(`${kind} has no ISO 18626 message`);
  const b = (fromWireValue('', body) ?? {}) as Record<string, unknown>;
  const header = (b['header'] ?? {}) as Record<string, unknown>;
  header['multipleItemRequestId'] ??= '';
  b['header'] = header;
  if (isoKind === 'request') {
    const patron = b['patron'] as { token?: string } | undefined;
    delete b['patron'];
    b['bibliographicInfo'] ??= {};
    if (patron?.token) b['patronInfo'] = { patronId: patron.token };
  }
  return { kind: isoKind, [isoKind]: b } as unknown as IsoMessage;
}
