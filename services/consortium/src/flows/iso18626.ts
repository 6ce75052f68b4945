// Two flows between ILL systems that speak ISO 18626, each beside its library's gateway
// (deploy/sample/gateways.yaml): a loan from request to LoanCompleted in which the supplier
// sees the patron only as the requester's token, and a request the home library's policy
// refuses, answered to the requester's ILL system in ISO 18626 terms.
import { randomUUID } from 'node:crypto';
import { headerOf, type IsoMessage, type PatronInfo, type Request } from '@ilr/iso18626';
import type { Consortium } from '../consortium.js';
import type { GatewaySite } from '../gateways.js';
import type { Flow } from './flow.js';

const REQUESTER = 'ma-kingston';
const SUPPLIER = 'ma-carver';
const REFUSED = 'ma-halifax';

/** The patron as Kingston's ILL system knows her (invented): what must not reach Carver. */
const PATRON: PatronInfo = {
  patronId: 'KIN-0042-7781',
  surname: 'Winslow',
  givenName: 'Abigail',
  address: [{ physicalAddress: { line1: '12 Landing Road', locality: 'Kingston', postalCode: '02364' } }],
};
const PATRON_STRINGS = ['KIN-0042-7781', 'Winslow', 'Abigail', '12 Landing Road'];

const sites = (c: Consortium, ...ids: string[]): GatewaySite[] | undefined => {
  const s = ids.map((id) => c.gateways.get(id));
  return s.every(Boolean) ? (s as GatewaySite[]) : undefined;
};
const missing = (...ids: string[]) => (c: Consortium) =>
  sites(c, ...ids) ? undefined : `this consortium runs no gateway for ${ids.filter((id) => !c.gateways.has(id)).join(', ')} (deploy/sample/gateways.yaml)`;

/** The simulator's message, or a clear error after `ms` (a person is watching: no endless wait). */
async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms)));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

function request(from: GatewaySite, to: GatewaySite, id: string, scenario: string, patron: PatronInfo): Request {
  return {
    header: { requestingAgencyId: from.agency, supplyingAgencyId: to.agency, multipleItemRequestId: '', timestamp: new Date().toISOString(), requestingAgencyRequestId: id },
    // The simulated supplier reads its answer from the record id (LOANED: Loaned, then LoanCompleted once returned).
    bibliographicInfo: { supplierUniqueRecordId: scenario, title: 'Moby-Dick; or, The Whale', author: 'Herman Melville' },
    serviceInfo: { requestType: 'New', serviceType: 'Loan' },
    patronInfo: patron,
  };
}

const statusOf = (id: string, status: string) => (m: IsoMessage) =>
  m.kind === 'supplyingAgencyMessage' && m.supplyingAgencyMessage.header.requestingAgencyRequestId === id && m.supplyingAgencyMessage.statusInfo.status === status;

/** One line per message an ILL system received for a request. */
function describeReceived(m: IsoMessage): string {
  switch (m.kind) {
    case 'request': {
      const p = m.request.patronInfo;
      const named = p?.surname || p?.givenName || p?.address?.length ? `, named ${[p.givenName, p.surname].filter(Boolean).join(' ')}` : ', no name, no address';
      return `request "${m.request.bibliographicInfo.title}", patronInfo/patronId ${p?.patronId ?? '(none)'}${named}`;
    }
    case 'supplyingAgencyMessage': {
      const s = m.supplyingAgencyMessage;
      const extra = [s.deliveryInfo?.itemId && `item ${s.deliveryInfo.itemId}`, s.messageInfo.reasonUnfilled && `reasonUnfilled ${s.messageInfo.reasonUnfilled.value}`].filter(Boolean);
      return `supplyingAgencyMessage ${s.statusInfo.status} (${s.messageInfo.reasonForMessage}${extra.length ? `, ${extra.join(', ')}` : ''})`;
    }
    case 'requestingAgencyMessage':
      return `requestingAgencyMessage ${m.requestingAgencyMessage.action}`;
  }
}

const receivedFor = (site: GatewaySite, id: string) => site.ill.received.filter((r) => headerOf(r.message).requestingAgencyRequestId === id);

export const isoLoan: Flow = {
  title: `Kingston's ILL system borrows from Carver's over ISO 18626, through two gateways (${REQUESTER} -> ${SUPPLIER}, request to LoanCompleted)`,
  check: 'ISO 18626 loan completed, supplier saw a token',
  expected: 'LoanCompleted',
  when: missing(REQUESTER, SUPPLIER),
  async run(c, print) {
    const [req, sup] = sites(c, REQUESTER, SUPPLIER)!;
    const id = `kin-${randomUUID().slice(0, 8)}`;
    const confirmed = await req!.ill.sendRequest(request(req!, sup!, id, 'LOANED', PATRON));
    print(`  ${REQUESTER}'s ILL system POSTs request ${id} for its patron Abigail Winslow (KIN-0042-7781, 12 Landing Road) to its gateway: confirmation ${confirmed.status}`);
    await within(req!.ill.waitFor(statusOf(id, 'LoanCompleted')), 30_000, `LoanCompleted at ${REQUESTER}`);
    print(`  ${SUPPLIER}'s ILL system (the supplier) received:`);
    for (const r of receivedFor(sup!, id)) print(`    ${describeReceived(r.message)}`);
    print(`  ${REQUESTER}'s ILL system (the requester) received:`);
    for (const r of receivedFor(req!, id)) print(`    ${describeReceived(r.message)}`);
    const atSupplier = receivedFor(sup!, id).map((r) => r.xml).join('\n');
    const leaked = PATRON_STRINGS.filter((s) => atSupplier.includes(s));
    const got = receivedFor(sup!, id).find((r) => r.message.kind === 'request')?.message;
    const token = got?.kind === 'request' ? got.request.patronInfo?.patronId : undefined;
    print(
      leaked.length
        ? `  ${SUPPLIER}'s ILL system SAW ${leaked.join(', ')}`
        : `  ${SUPPLIER} saw the patron only as ${token}: a token only Kingston can resolve; her name, card and address stayed at Kingston`,
    );
    if (leaked.length || !token) return 'PATRON REACHED THE SUPPLIER';
    return req!.ill.history(id).at(-1) ?? 'NOTHING';
  },
};

export const isoRefused: Flow = {
  title: `Halifax's ILL system asks Carver's for a loan; Halifax's own policy refuses it (${REFUSED} -> ${SUPPLIER}, ISO 18626)`,
  check: 'ISO 18626 request refused, answered Unfilled',
  expected: 'REFUSE',
  when: missing(REFUSED, SUPPLIER),
  async run(c, print) {
    const [req, sup] = sites(c, REFUSED, SUPPLIER)!;
    const id = `hal-${randomUUID().slice(0, 8)}`;
    const confirmed = await req!.ill.sendRequest(request(req!, sup!, id, 'LOANED', { patronId: 'HAL-0007-3120', surname: 'Thayer' }));
    print(`  ${REFUSED}'s ILL system POSTs request ${id} to its gateway: confirmation ${confirmed.status}`);
    const answer = await within(req!.ill.waitFor(statusOf(id, 'Unfilled')), 30_000, `the answer to ${REFUSED}'s request`);
    print(`  ${REFUSED}'s ILL system received: ${describeReceived(answer.message)}`);
    const info = answer.message.kind === 'supplyingAgencyMessage' ? answer.message.supplyingAgencyMessage.messageInfo : undefined;
    if (info?.note) print(`    note: ${info.note}`);
    const atSupplier = receivedFor(sup!, id).length;
    print(`  ${SUPPLIER}'s ILL system received ${atSupplier ? `${atSupplier} message(s)` : 'nothing: the request never left ILR'}; Halifax's ILL system is not left waiting`);
    const refused = info?.reasonUnfilled?.value.startsWith('ILR:REFUSE:');
    return refused && atSupplier === 0 ? 'REFUSE' : `${info?.reasonUnfilled?.value ?? 'no reason'}${atSupplier ? ', reached the supplier' : ''}`;
  },
};
