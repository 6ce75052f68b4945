// The synchronous answer to every message: a confirmation built from the header the sender
// wrote (its ids copied, timestampReceived = its timestamp), OK or ERROR with errorData.
import { ISO_NS } from './schema.js';
import type { Iso18626Error } from './errors.js';
import type { XmlNode } from './tree.js';
import {
  CONFIRMATION_OF,
  MESSAGE_KINDS,
  type AgencyId,
  type ConfirmationHeader,
  type Header,
  type IsoConfirmation,
  type IsoMessage,
  type MessageKind,
} from './types.js';

export interface ConfirmOptions {
  error?: Iso18626Error;
  now?: Date;
}

const DATETIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const REASONS = ['RequestResponse', 'StatusRequestResponse', 'RenewResponse', 'CancelResponse', 'StatusChange', 'Notification'];
const ACTIONS = ['StatusRequest', 'Received', 'Cancel', 'Renew', 'ShippedReturn', 'ShippedForward', 'Notification'];

/** What a confirmation may copy from a header: ids, and the timestamp it echoes. */
export interface HeaderEcho {
  supplyingAgencyId?: AgencyId;
  requestingAgencyId?: AgencyId;
  timestamp?: string;
  requestingAgencyRequestId?: string;
  multipleItemRequestId?: string;
}

/** The confirmation of a message that passed the checks. */
export function confirm(message: IsoMessage, options: ConfirmOptions = {}): IsoConfirmation {
  const body = (message as unknown as Record<string, { header: Header; messageInfo?: { reasonForMessage?: string }; action?: string }>)[message.kind]!;
  return build(message.kind, body.header, { reasonForMessage: body.messageInfo?.reasonForMessage, action: body.action }, options);
}

/**
 * The confirmation of a message that failed: whatever of its header is readable is copied
 * (a badly formed message may have none), the kind follows its message element
 * (requestConfirmation when there is none).
 */
export function confirmFailure(error: Iso18626Error, tree?: XmlNode, element?: string, now?: Date): IsoConfirmation {
  const kind: MessageKind = element && (MESSAGE_KINDS as readonly string[]).includes(element) ? (element as MessageKind) : 'request';
  const m = tree && element ? tree.children.find((c) => c.name === element) : undefined;
  const header = m ? echoFromTree(m) : {};
  const reason = m?.children.find((c) => c.name === 'messageInfo')?.children.find((c) => c.name === 'reasonForMessage')?.text.trim();
  const action = m?.children.find((c) => c.name === 'action' && c.ns === ISO_NS)?.text.trim();
  return build(kind, header, { reasonForMessage: reason, action }, { error, now });
}

function build(
  kind: MessageKind,
  h: HeaderEcho,
  echo: { reasonForMessage?: string | undefined; action?: string | undefined },
  { error, now = new Date() }: ConfirmOptions,
): IsoConfirmation {
  const confirmationHeader: ConfirmationHeader = {
    ...(validAgency(h.supplyingAgencyId) ? { supplyingAgencyId: h.supplyingAgencyId } : {}),
    ...(validAgency(h.requestingAgencyId) ? { requestingAgencyId: h.requestingAgencyId } : {}),
    timestamp: now.toISOString(),
    ...(typeof h.requestingAgencyRequestId === 'string' ? { requestingAgencyRequestId: h.requestingAgencyRequestId } : {}),
    ...(typeof h.multipleItemRequestId === 'string' ? { multipleItemRequestId: h.multipleItemRequestId } : {}),
    timestampReceived: h.timestamp && DATETIME.test(h.timestamp.trim()) ? h.timestamp.trim() : now.toISOString(),
    messageStatus: error ? 'ERROR' : 'OK',
  };
  const errorData = error ? { errorData: { errorType: error.errorType, errorValue: error.errorValue } } : {};
  switch (CONFIRMATION_OF[kind]) {
    case 'requestConfirmation':
      return { kind: 'requestConfirmation', requestConfirmation: { confirmationHeader, ...errorData } };
    case 'supplyingAgencyMessageConfirmation':
      return {
        kind: 'supplyingAgencyMessageConfirmation',
        supplyingAgencyMessageConfirmation: {
          confirmationHeader,
          ...(echo.reasonForMessage && REASONS.includes(echo.reasonForMessage) ? { reasonForMessage: echo.reasonForMessage } : {}),
          ...errorData,
        },
      };
    default:
      return {
        kind: 'requestingAgencyMessageConfirmation',
        requestingAgencyMessageConfirmation: {
          confirmationHeader,
          ...(echo.action && ACTIONS.includes(echo.action) ? { action: echo.action } : {}),
          ...errorData,
        },
      };
  }
}

const validAgency = (a: AgencyId | undefined): a is AgencyId =>
  !!a && typeof a.agencyIdValue === 'string' && typeof a.agencyIdType?.value === 'string';

function echoFromTree(m: XmlNode): HeaderEcho {
  const header = m.children.find((c) => c.name === 'header' && c.ns === ISO_NS);
  if (!header) return {};
  const leaf = (n: XmlNode | undefined) => (n && n.children.length === 0 ? n.text : undefined);
  const child = (n: XmlNode | undefined, name: string) => n?.children.find((c) => c.name === name && c.ns === ISO_NS);
  const agency = (name: string): AgencyId | undefined => {
    const a = child(header, name);
    const type = leaf(child(a, 'agencyIdType'));
    const value = leaf(child(a, 'agencyIdValue'));
    return type !== undefined && value !== undefined ? { agencyIdType: { value: type.trim() }, agencyIdValue: value.trim() } : undefined;
  };
  const out: HeaderEcho = {};
  const s = agency('supplyingAgencyId');
  const r = agency('requestingAgencyId');
  if (s) out.supplyingAgencyId = s;
  if (r) out.requestingAgencyId = r;
  const ts = leaf(child(header, 'timestamp'));
  if (ts !== undefined) out.timestamp = ts;
  const id = leaf(child(header, 'requestingAgencyRequestId'));
  if (id !== undefined) out.requestingAgencyRequestId = id;
  const mi = leaf(child(header, 'multipleItemRequestId'));
  if (mi !== undefined) out.multipleItemRequestId = mi;
  return out;
}

/** The confirmation's status and error, from whichever of the three it is. */
export function confirmationStatus(c: IsoConfirmation): { status: 'OK' | 'ERROR'; errorType?: string; errorValue?: string } {
  const body = (c as unknown as Record<string, { confirmationHeader: ConfirmationHeader; errorData?: { errorType: string; errorValue?: string } }>)[c.kind]!;
  return {
    status: body.confirmationHeader.messageStatus,
    ...(body.errorData ? { errorType: body.errorData.errorType, ...(body.errorData.errorValue !== undefined ? { errorValue: body.errorData.errorValue } : {}) } : {}),
  };
}
