// A decoded message -> the PolicyRequest the policy service decides, and the patron
// reference only the home library resolves. Every check here is about meaning (the wire
// layer already checked syntax): who is asking, and whether the body is complete.
import type { PatronRef } from '@ilr/policy-service';
import type { LegalProcess, PolicyRequest, Requester } from '@ilr/policy';
import { enumFromWire, WireError, type EnumName, type EnumValue, type Message, type ilr } from '@ilr/wire';
import { RouterError } from './errors.js';

export interface Mapped {
  request: PolicyRequest;
  patron: PatronRef;
}

/** An enum that must be set: 0 (unset) or an unknown number is a rejection naming the field. */
function named<N extends EnumName>(name: N, value: number | null | undefined, field: string): EnumValue<N> {
  try {
    return enumFromWire(name, value ?? 0);
  } catch (e) {
    throw new RouterError(value ? 'UNKNOWN_ENUM' : 'MISSING_FIELD', `${field}: ${(e as WireError).message}`, field);
  }
}

const namedList = <N extends EnumName>(name: N, values: number[] | null | undefined, field: string) =>
  (values ?? []).map((v, i) => named(name, v, `${field}[${i}]`));

function requesterOf(r: ilr.v1.Requester.$Properties | null | undefined, sender: string): Requester {
  if (r?.library) {
    // A library can only ask as itself; anyone else at its desk is an agency or a person.
    if (r.library !== sender) {
      throw new RouterError('REQUESTER_NOT_SENDER', `body.requester.library is not the sender ${sender}`, 'body.requester.library');
    }
    return { type: 'LIBRARY', library: r.library };
  }
  if (r?.agency) return agencyOf(r.agency, 'body.requester.agency');
  if (r?.person) return personOf(r.person, 'body.requester.person');
  throw new RouterError('MISSING_FIELD', 'body.requester is required', 'body.requester');
}

function agencyOf(a: ilr.v1.AgencyRequester.$Properties | null | undefined, field: string): Requester {
  if (!a) throw new RouterError('MISSING_FIELD', `${field} is required`, field);
  return { type: 'AGENCY', agency: named('Agency', a.agency, `${field}.agency`), contractedBy: a.contractedBy || undefined };
}

function personOf(p: ilr.v1.PersonRequester.$Properties | null | undefined, field: string): Requester {
  if (!p) throw new RouterError('MISSING_FIELD', `${field} is required`, field);
  return {
    type: 'PERSON',
    relation: named('Relation', p.relation, `${field}.relation`),
    credential: named('Credential', p.credential, `${field}.credential`),
    listedCaregiver: p.listedCaregiver ?? false,
    ...(p.household ? { household: true } : {}),
    ...(p.consentRef ? { consentRef: p.consentRef } : {}),
  };
}

function processOf(p: ilr.v1.LegalProcess.$Properties | null | undefined): LegalProcess {
  if (!p) throw new RouterError('MISSING_FIELD', 'body.process is required', 'body.process');
  return {
    type: named('ProcessType', p.type, 'body.process.type'),
    issuer: named('Issuer', p.issuer, 'body.process.issuer'),
    gag: p.gag ?? false,
    criminal: p.criminal ?? false,
  };
}

type Subject = { patron?: ilr.v1.PatronRef.$Properties | null; lookup?: ilr.v1.LookupKey.$Properties | null };

function patronOf(b: Subject, required: boolean): PatronRef {
  const token = b.patron?.token || undefined;
  const lookupKey = b.lookup?.cardNumber || b.lookup?.name || undefined;
  if (required && !token && !lookupKey) throw new RouterError('MISSING_FIELD', 'body.patron is required', 'body.patron');
  return { ...(token ? { token } : {}), ...(lookupKey ? { lookupKey } : {}) };
}

const tokenOnly = (p: ilr.v1.PatronRef.$Properties | null | undefined): PatronRef => (p?.token ? { token: p.token } : {});

/** Maps a message whose sender and recipient are already verified. */
export function toPolicyRequest(m: Message): Mapped {
  const { sender, recipient } = m.envelope;
  const self: Requester = { type: 'LIBRARY', library: sender };
  const base = { kind: m.kind, to: recipient } as const;
  switch (m.kind) {
    case 'ITEM_FOUND':
      return { request: { ...base, from: self, purpose: 'MATERIAL_RECOVERY', basis: 'LIBRARY_OPERATIONS', wants: [] }, patron: {} };
    case 'RECOVERY_NOTICE':
      return {
        request: { ...base, from: self, purpose: 'MATERIAL_RECOVERY', basis: 'MATERIAL_RECOVERY', wants: ['NOTICE_TO_PATRON'] },
        patron: patronOf(m.body, true),
      };
    case 'LOAN_REQUEST':
      return { request: { ...base, from: self, purpose: 'RESOURCE_SHARING', basis: 'INTERLIBRARY_COOPERATION', wants: [] }, patron: tokenOnly(m.body.patron) };
    case 'SUPPLIER_STATUS':
    case 'REQUESTER_ACTION':
      return { request: { ...base, from: self, purpose: 'RESOURCE_SHARING', basis: 'INTERLIBRARY_COOPERATION', wants: [] }, patron: {} };
    case 'HOLD_PICKUP': {
      const b = m.body;
      if (b.pickupLibrary && b.pickupLibrary !== recipient) {
        throw new RouterError('INVALID_VALUE', `body.pickup_library is not the recipient ${recipient}`, 'body.pickup_library');
      }
      // The broker fills the label from the home library's decision; a sender may not.
      if (b.label) throw new RouterError('INVALID_VALUE', 'body.label is filled by the broker; leave it empty', 'body.label');
      return {
        request: { ...base, from: self, purpose: 'RESOURCE_SHARING', basis: 'LIBRARY_OPERATIONS', wants: [] },
        patron: patronOf(b, true),
      };
    }
    case 'PATRON_INQUIRY': {
      const b = m.body;
      return {
        request: {
          ...base,
          from: requesterOf(b.requester, sender),
          purpose: named('Purpose', b.purpose, 'body.purpose'),
          basis: named('LegalBasis', b.basis, 'body.basis'),
          wants: namedList('Want', b.wants, 'body.wants'),
        },
        patron: patronOf(b, true),
      };
    }
    case 'ACCOUNT_INQUIRY': {
      const b = m.body;
      const credential = b.credentialValue || undefined;
      return {
        request: {
          ...base,
          from: personOf(b.requester, 'body.requester'),
          purpose: named('Purpose', b.purpose, 'body.purpose'),
          basis: named('LegalBasis', b.basis, 'body.basis'),
          wants: namedList('Want', b.wants, 'body.wants'),
        },
        patron: credential ? { lookupKey: credential } : {},
      };
    }
    case 'LEGAL_PROCESS': {
      const b = m.body;
      const process = processOf(b.process);
      return {
        request: {
          ...base,
          from: agencyOf(b.requester, 'body.requester'),
          // Process without a stated purpose or basis is still process: it goes to review.
          purpose: b.purpose ? named('Purpose', b.purpose, 'body.purpose') : 'INVESTIGATION',
          basis: b.basis ? named('LegalBasis', b.basis, 'body.basis') : process.type,
          process,
          wants: namedList('Want', b.wants, 'body.wants'),
        },
        patron: patronOf(b, false),
      };
    }
  }
}
