// Every flow of DOMAIN.md's message kinds, through the real relay, with the canary patrons:
// RELAY (data classes disclosed or none, the hold-shelf label, generic and detailed
// notices, resource sharing), REFER, REFUSE (screened and after the lookup), REVIEW with a
// director's approve and deny and a records custodian's deny, a gagged item, pending facts
// (dead-lettered, and decided once the home connector answers) and bad input.
//
// Each flow declares its lawful disclosures (Allowance): which canary values may reach
// which library, in which place, for which message, and why. Everything else is a leak.
import { createHash, randomUUID } from 'node:crypto';
import type { Connector } from '@ilr/connector';
import { ingressSubject, messageKey } from '@ilr/nats';
import { ReviewClient, type ReviewRole } from '@ilr/review-service';
import { decodeEnvelope, decodeMessage, decodeRequesterReply, encodeBody, encodeEnvelope, encodeMessage, enumFromWire, enumToWire, isoToWire, type BodyInit, type Kind } from '@ilr/wire';
import { headerOf, type IsoMessage, type Request } from '@ilr/iso18626';
import { CANARIES, ISO_CANARIES, MADISON_ITEM, MADISON_TITLE, SILENT_LIBRARY, labelOf, patronInfoOf, type CanaryPatron } from './canaries.js';
import { agencyId, idParts, isReply, isWrite, type CanaryRelay, type GatewaySite, type Seen } from './relay.js';
import type { Allowance, Artifact } from './scanner.js';

export interface FlowRecord {
  name: string;
  messageId: string;
  expected: string;
  actual: string;
}

/** A value that must be found in a place: proves the scanner sees into it (base64 headers, nested envelopes...). */
export interface MustSee {
  value: string;
  place: Allowance['place'];
  messageId: string;
  library: string;
  why: string;
}

export interface FlowResults {
  flows: FlowRecord[];
  allowances: Allowance[];
  mustSee: MustSee[];
  /** What the review service answered reviewers (list, show, approve, deny, notices). */
  reviewAnswers: Artifact[];
}

const want = (...w: string[]) => w.map((x) => enumToWire('Want', x as never));
const e = <N extends Parameters<typeof enumToWire>[0]>(name: N, v: string) => enumToWire(name, v as never);
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const utf8 = (s: string) => new TextEncoder().encode(s);
const outcomeOf = (s: Seen) => enumFromWire('Outcome', decodeRequesterReply(s.data).outcome);
const json = <T>(s: Seen): T => JSON.parse(new TextDecoder().decode(s.data)) as T;

export class Flows {
  readonly results: FlowResults = { flows: [], allowances: [], mustSee: [], reviewAnswers: [] };

  constructor(private readonly relay: CanaryRelay) {}

  private lib(id: string): Connector {
    const c = this.relay.connectors.get(id);
    if (!c) throw new Error(`no connector for ${id}`);
    return c.connector;
  }

  private allow(place: Allowance['place'], messageId: string, library: string, values: string[], why: string): void {
    this.results.allowances.push({ place, messageId, library, values, why });
  }

  private mustSee(value: string, place: Allowance['place'], messageId: string, library: string, why: string): void {
    this.allow(place, messageId, library, [value], why);
    this.results.mustSee.push({ value, place, messageId, library, why });
  }

  private record(name: string, messageId: string, expected: string, actual: string): void {
    this.results.flows.push({ name, messageId, expected, actual });
  }

  /** Send as a library and wait for the broker's FINAL reply; the outcome is recorded. */
  private async ask<K extends Kind>(name: string, from: string, kind: K, to: string, body: BodyInit<K>, expected: string, patron?: { id: string; item?: string }, messageId = randomUUID()): Promise<string> {
    const reply = await this.lib(from).request(kind, to, body, { messageId, timeoutMs: 30_000, ...(patron ? { patron } : {}) });
    this.record(name, messageId, expected, enumFromWire('Outcome', reply.outcome));
    return messageId;
  }

  /** The patron token a library's connector put into a message it sent (minted for that recipient). */
  private async tokenSent(messageId: string): Promise<string> {
    const s = await this.relay.ingress.waitFor((x) => idParts(x)?.id === messageId, `ingress ${messageId}`);
    const body = decodeMessage(s.data).body as { patron?: { token?: string | null } | null };
    const token = body.patron?.token;
    if (!token) throw new Error(`message ${messageId} named no patron token`);
    return token;
  }

  private waitWrite(id: string, what: string): Promise<Seen> {
    return this.relay.broker.waitFor(isWrite(id, what), `${id}:${what}`);
  }

  // -------------------------------------------------------------------------------------
  // The flows
  // -------------------------------------------------------------------------------------

  async all(): Promise<FlowResults> {
    // Pending facts take seconds of retries: they run beside the others.
    const rest = async () => {
      await this.recovery();
      await this.inquiries();
      await this.accounts();
      await this.resourceSharing();
      await this.iso18626();
      await this.holdPickup();
      await this.reviews();
      await this.badInput();
    };
    await Promise.all([this.pendingFacts(), rest().then(() => this.ilsFaults())]);
    return this.results;
  }

  /** ITEM_FOUND and RECOVERY_NOTICE (refused, generic, detailed). */
  private async recovery(): Promise<void> {
    const note = `returned in our book drop: "${MADISON_TITLE}"`;
    const found = await this.ask('ITEM_FOUND: Bozeman holds a Madison item', 'mt-bozeman', 'ITEM_FOUND', 'wi-madison', { itemId: MADISON_ITEM, owningLibrary: 'wi-madison', note }, 'RELAY');
    this.mustSee(MADISON_TITLE, 'delivery', found, 'wi-madison', "the finder's own note to the owning library");

    const notice = (p: CanaryPatron) => `Dear ${p.firstName} ${p.lastName}, please return "${MADISON_TITLE}" (item ${MADISON_ITEM}) to Madison Public Library.`;
    const noticeBody = (p: CanaryPatron, home: string) => ({ patron: { token: p.tokens[0]!, homeLibrary: home }, itemIds: [MADISON_ITEM], noticeText: notice(p) });

    // Bozeman's counsel default forwards no notices: refused before any lookup, the text goes nowhere.
    await this.ask('RECOVERY_NOTICE to Bozeman (counsel default)', 'wi-madison', 'RECOVERY_NOTICE', 'mt-bozeman', noticeBody(CANARIES.bozeman, 'mt-bozeman'), 'REFUSE');

    // Message ids are unique only per sender: Bozeman's ITEM_FOUND reuses the id of Madison's
    // refused notice (and the other way round). Each is decided on its own: the relayed one
    // is delivered and answered, the refused one delivers nothing, and neither is taken for
    // a duplicate of the other (which would drop its reply, or its decision record).
    const shared = randomUUID();
    await this.ask('RECOVERY_NOTICE refused, then an ITEM_FOUND from another library with its id', 'wi-madison', 'RECOVERY_NOTICE', 'mt-bozeman', noticeBody(CANARIES.bozeman, 'mt-bozeman'), 'REFUSE', undefined, shared);
    const reused = await this.ask('ITEM_FOUND reusing the id of a refused notice from another library', 'mt-bozeman', 'ITEM_FOUND', 'wi-madison', { itemId: MADISON_ITEM, owningLibrary: 'wi-madison', note }, 'RELAY', undefined, shared);
    this.mustSee(MADISON_TITLE, 'delivery', reused, 'wi-madison', "the finder's own note to the owning library");
    const sharedToo = randomUUID();
    const first = await this.ask('ITEM_FOUND, then a refused notice from another library with its id', 'mt-bozeman', 'ITEM_FOUND', 'wi-madison', { itemId: MADISON_ITEM, owningLibrary: 'wi-madison', note }, 'RELAY', undefined, sharedToo);
    this.mustSee(MADISON_TITLE, 'delivery', first, 'wi-madison', "the finder's own note to the owning library");
    await this.ask('RECOVERY_NOTICE refused, reusing the id of a relayed ITEM_FOUND from another library', 'wi-madison', 'RECOVERY_NOTICE', 'mt-bozeman', noticeBody(CANARIES.bozeman, 'mt-bozeman'), 'REFUSE', undefined, sharedToo);

    // Forwarded, but the patron did not allow detailed notices: the text is removed (it names
    // the patron: were it delivered, no allowance would cover it and the scan would fail).
    const g = CANARIES.generic;
    const generic = await this.ask('RECOVERY_NOTICE generic', 'wi-madison', 'RECOVERY_NOTICE', 'mt-bozeman-fwd', noticeBody(g, 'mt-bozeman-fwd'), 'RELAY');
    this.allow('facts', generic, 'mt-bozeman-fwd', [g.tokens[0]!], "the home library resolves its own patron's token");
    this.mustSee(g.tokens[0]!, 'delivery', generic, 'mt-bozeman-fwd', 'the notice goes to the home library, which forwards a generic notice');

    // Detailed notices allowed: the text crosses to the home library, which forwards it.
    const d = CANARIES.detailed;
    const detailed = await this.ask('RECOVERY_NOTICE detailed', 'wi-madison', 'RECOVERY_NOTICE', 'mt-bozeman-fwd', noticeBody(d, 'mt-bozeman-fwd'), 'RELAY');
    this.allow('facts', detailed, 'mt-bozeman-fwd', [d.tokens[0]!], "the home library resolves its own patron's token");
    this.allow('delivery', detailed, 'mt-bozeman-fwd', [d.tokens[0]!], 'the patron reference of the notice');
    this.mustSee(notice(d), 'delivery', detailed, 'mt-bozeman-fwd', 'the patron allowed detailed notices: the text goes to the home library to forward');
  }

  /** PATRON_INQUIRY: refused (screened), RELAY of CONTACT on consent, OCLN IDENTITY, REFER, a collection agency. */
  private async inquiries(): Promise<void> {
    const b = CANARIES.bozeman;
    const inquiry = (lookup: { name?: string; cardNumber?: string }, requester: object, purpose: string, basis: string, ...wants: string[]) => ({
      lookup,
      requester,
      purpose: e('Purpose', purpose),
      basis: e('LegalBasis', basis),
      wants: want(...wants),
    });
    await this.ask('PATRON_INQUIRY address for recovery (MT refuses, screened)', 'wi-madison', 'PATRON_INQUIRY', 'mt-bozeman',
      inquiry({ name: b.lastName }, { library: 'wi-madison' }, 'MATERIAL_RECOVERY', 'MATERIAL_RECOVERY', 'EXISTENCE', 'IDENTITY', 'CONTACT'), 'REFUSE');

    const consent = await this.ask('PATRON_INQUIRY CONTACT on written consent', 'wi-madison', 'PATRON_INQUIRY', 'mt-bozeman',
      inquiry({ cardNumber: b.card }, { library: 'wi-madison' }, 'MATERIAL_RECOVERY', 'PATRON_WRITTEN_CONSENT', 'CONTACT'), 'RELAY');
    this.mustSee(b.card, 'facts', consent, 'mt-bozeman', 'the card number Madison typed, to the home library only');
    this.mustSee(b.card, 'delivery', consent, 'mt-bozeman', "the request goes to the home library, whose system answers with CONTACT (the broker carries no address)");

    const dux = CANARIES.duxbury;
    const ocln = await this.ask('PATRON_INQUIRY IDENTITY between OCLN members', 'ma-plymouth', 'PATRON_INQUIRY', 'ma-duxbury',
      inquiry({ name: dux.lastName }, { library: 'ma-plymouth' }, 'RESOURCE_SHARING', 'INTERLIBRARY_COOPERATION', 'IDENTITY'), 'RELAY');
    this.allow('facts', ocln, 'ma-duxbury', [dux.lastName], 'the name Plymouth typed, to the home library only');
    this.allow('delivery', ocln, 'ma-duxbury', [dux.lastName], 'the request goes to the home library, whose system answers with IDENTITY');

    const ply = CANARIES.plymouth;
    const refer = await this.ask('PATRON_INQUIRY by police at Duxbury, patron registered at Plymouth', 'ma-duxbury', 'PATRON_INQUIRY', 'ma-duxbury',
      inquiry({ name: ply.lastName }, { agency: { agency: e('Agency', 'POLICE') } }, 'INVESTIGATION', 'NONE', 'IDENTITY', 'CIRCULATION'), 'REFER');
    this.allow('facts', refer, 'ma-duxbury', [ply.lastName], 'the name the police gave, to the library they asked');
    this.mustSee(ply.lastName, 'delivery', refer, 'ma-plymouth', 'referred to the registering library, which decides');

    const a = CANARIES.agency;
    const agency = await this.ask("PATRON_INQUIRY by ImagineIF's own collection agency", 'mt-imagineif', 'PATRON_INQUIRY', 'mt-imagineif',
      inquiry({ cardNumber: a.card }, { agency: { agency: e('Agency', 'COLLECTION_AGENCY'), contractedBy: 'mt-imagineif' } }, 'MATERIAL_RECOVERY', 'COLLECTION_AGENCY', 'IDENTITY', 'CONTACT', 'OVERDUE', 'FEES'), 'RELAY');
    this.allow('facts', agency, 'mt-imagineif', [a.card], 'the card number the agency gave, to the home library');
    this.allow('delivery', agency, 'mt-imagineif', [a.card], 'the request goes to the home library, whose system answers');
  }

  /** ACCOUNT_INQUIRY: caregiver with the card, a spouse (refused), a father with a card number, Multnomah's tiers. */
  private async accounts(): Promise<void> {
    const account = (relation: string, credential: string, value: string, purpose: string, basis: string, wants: string[], listedCaregiver = false) => ({
      requester: { relation: e('Relation', relation), credential: e('Credential', credential), listedCaregiver },
      credentialValue: value,
      purpose: e('Purpose', purpose),
      basis: e('LegalBasis', basis),
      wants: want(...wants),
    });
    const child = CANARIES.child;
    const care = await this.ask("ACCOUNT_INQUIRY caregiver with the child's card", 'mt-bozeman', 'ACCOUNT_INQUIRY', 'mt-imagineif',
      account('CAREGIVER', 'CARD', child.card, 'ACCOUNT_SERVICE', 'PARENT_OF_MINOR', ['CIRCULATION', 'HOLDS', 'FEES'], true), 'RELAY');
    this.allow('facts', care, 'mt-imagineif', [child.card], 'the card presented, to the home library');
    this.allow('delivery', care, 'mt-imagineif', [child.card], 'the request goes to the home library, whose system answers');

    const spouse = CANARIES.spouse;
    await this.ask('ACCOUNT_INQUIRY by a spouse without the card (CO refuses, screened)', 'co-bemis', 'ACCOUNT_INQUIRY', 'co-bemis',
      account('SPOUSE', 'NONE', `${spouse.firstName} ${spouse.lastName}`, 'ACCOUNT_SERVICE', 'NONE', ['CIRCULATION']), 'REFUSE');

    const teen = CANARIES.teen;
    const father = await this.ask("ACCOUNT_INQUIRY by a father with a 16-year-old's card number", 'co-bemis', 'ACCOUNT_INQUIRY', 'co-bemis',
      account('PARENT', 'CARD_NUMBER', teen.card, 'ACCOUNT_SERVICE', 'PARENT_OF_MINOR', ['CIRCULATION']), 'RELAY');
    this.allow('facts', father, 'co-bemis', [teen.card], 'the card number presented, to the home library');
    this.allow('delivery', father, 'co-bemis', [teen.card], 'the request goes to the home library, whose system answers');

    const m = CANARIES.multnomah;
    const hears = await this.ask('ACCOUNT_INQUIRY at Hillsboro with a Multnomah card number', 'or-hillsboro', 'ACCOUNT_INQUIRY', 'or-multnomah',
      account('OTHER', 'CARD_NUMBER', m.card, 'ACCOUNT_SERVICE', 'LIBRARY_OPERATIONS', ['CIRCULATION', 'HOLDS', 'FEES']), 'RELAY');
    this.allow('facts', hears, 'or-multnomah', [m.card], 'the card number presented, to the home library');
    this.allow('delivery', hears, 'or-multnomah', [m.card], 'the request goes to the home library, whose system answers');
  }

  /** LOAN_REQUEST, SUPPLIER_STATUS, REQUESTER_ACTION, SUPPLIER_STATUS completed (ISO 18626). */
  private async resourceSharing(): Promise<void> {
    const p = CANARIES.plymouth;
    const header = { requestingAgencyRequestId: 'ply-cnry-0001', supplyingAgencyRequestId: 'dux-cnry-0001' };
    const loan = await this.ask('LOAN_REQUEST Plymouth -> Duxbury', 'ma-plymouth', 'LOAN_REQUEST', 'ma-duxbury',
      { header, bibliographicInfo: { title: p.titles[0]!, author: 'A. Canarist' } }, 'RELAY', { id: p.id, item: '31701000765432' });
    const token = await this.tokenSent(loan);
    this.mustSee(token, 'delivery', loan, 'ma-duxbury', 'the patron as a token minted for Duxbury and this loan');
    this.mustSee(p.titles[0]!, 'delivery', loan, 'ma-duxbury', 'the requested title: the supplier needs it (ISO 18626), with a token, never the patron');

    const status = (s: string) => ({ header, messageInfo: { reasonForMessage: isoToWire('ReasonForMessage', 'StatusChange') }, statusInfo: { status: isoToWire('Status', s) } });
    await this.ask('SUPPLIER_STATUS Loaned', 'ma-duxbury', 'SUPPLIER_STATUS', 'ma-plymouth', status('Loaned'), 'RELAY');
    await this.ask('REQUESTER_ACTION Received', 'ma-plymouth', 'REQUESTER_ACTION', 'ma-duxbury', { header, action: isoToWire('Action', 'Received') }, 'RELAY');
    await this.ask('SUPPLIER_STATUS LoanCompleted', 'ma-duxbury', 'SUPPLIER_STATUS', 'ma-plymouth', status('LoanCompleted'), 'RELAY');
  }

  private site(library: string): GatewaySite {
    const g = this.relay.gateways.get(library);
    if (!g) throw new Error(`no gateway for ${library}`);
    return g;
  }

  /** The ILR message a gateway published for an ISO 18626 request id (kind and sender given). */
  private async isoPublished(sender: string, kind: Kind, requestId: string): Promise<string> {
    const s = await this.relay.ingress.waitFor((x) => {
      if (idParts(x)?.sender !== sender) return false;
      try {
        const m = decodeMessage(x.data);
        return m.kind === kind && (m.body as { header?: { requestingAgencyRequestId?: string } }).header?.requestingAgencyRequestId === requestId;
      } catch {
        return false;
      }
    }, `${sender}'s ${kind} for ${requestId}`);
    return idParts(s)!.id;
  }

  /**
   * ISO 18626 through the gateways: the ILL system names the patron in patronInfo (id,
   * name, postal and e-mail addresses, phone); the gateway turns it into a token before
   * anything leaves the library. No decision discloses IDENTITY to a supplier, so the
   * canary patrons' identity must be nowhere in ILR, nor at another ILL system.
   */
  private async iso18626(): Promise<void> {
    const kin = this.site('ma-kingston');
    const car = this.site('ma-carver');
    const hal = this.site('ma-halifax');
    const k = ISO_CANARIES.kingston;
    const request = (from: GatewaySite, to: GatewaySite['agency'], id: string, p: CanaryPatron): Request => ({
      header: { requestingAgencyId: from.agency, supplyingAgencyId: to, multipleItemRequestId: '', timestamp: new Date().toISOString(), requestingAgencyRequestId: id },
      bibliographicInfo: { supplierUniqueRecordId: 'LOANED', title: p.titles[0]!, author: 'A. Canarist' },
      serviceInfo: { requestType: 'New', serviceType: 'Loan' },
      patronInfo: patronInfoOf(p),
    });
    const statusOf = (id: string, status: string) => (m: IsoMessage) =>
      m.kind === 'supplyingAgencyMessage' && headerOf(m).requestingAgencyRequestId === id && m.supplyingAgencyMessage.statusInfo.status === status;

    // A loan between two gateways, request to LoanCompleted.
    const loanId = 'kin-cnry-0001';
    const confirmed = await kin.ill.sendRequest(request(kin, car.agency, loanId, k));
    await kin.ill.waitFor(statusOf(loanId, 'LoanCompleted'));
    const loan = await this.isoPublished('ma-kingston', 'LOAN_REQUEST', loanId);
    const reply = await this.relay.broker.waitFor(isReply(loan, 'FINAL'), `reply to ${loan}`);
    this.record('ISO 18626 loan Kingston -> Carver (two gateways, request to LoanCompleted)', loan,
      'RELAY OK requester Loaned,LoanCompleted supplier request:New,Received,ShippedReturn',
      `${outcomeOf(reply)} ${confirmed.status} requester ${kin.ill.history(loanId).join(',')} supplier ${car.ill.history(loanId).join(',')}`);
    const token = await this.tokenSent(loan);
    this.mustSee(token, 'delivery', loan, 'ma-carver', "the patron as the token Kingston's gateway minted for Carver and this loan");
    this.mustSee(k.titles[0]!, 'delivery', loan, 'ma-carver', 'the requested title: the supplier needs it, with a token, never the patron');

    // Halifax's own policy refuses: its ILL system is answered Unfilled, Carver's hears nothing.
    const h = ISO_CANARIES.halifax;
    const refusedId = 'hal-cnry-0001';
    await hal.ill.sendRequest(request(hal, car.agency, refusedId, h));
    const unfilled = await hal.ill.waitFor(statusOf(refusedId, 'Unfilled'));
    const refused = await this.isoPublished('ma-halifax', 'LOAN_REQUEST', refusedId);
    const refusal = await this.relay.broker.waitFor(isReply(refused, 'FINAL'), `reply to ${refused}`);
    const reason = unfilled.message.kind === 'supplyingAgencyMessage' ? unfilled.message.supplyingAgencyMessage.messageInfo.reasonUnfilled?.value : undefined;
    this.record('ISO 18626 loan Halifax -> Carver (Halifax refuses)', refused, 'REFUSE Unfilled ILR:REFUSE:NO_LEGAL_BASIS supplier saw 0',
      `${outcomeOf(refusal)} Unfilled ${reason} supplier saw ${car.ill.history(refusedId).length}`);

    // Bad input naming the patron: an agency no library lists, the patron's name as an enum
    // value. The confirmation is ERROR, names the element only, and nothing is published.
    const unknown = await kin.ill.sendRequest(request(kin, agencyId('ISIL:US-XX-NOBODY'), 'kin-cnry-0002', k));
    this.record('ISO 18626 request to an agency no library lists (patronInfo in it)', 'kin-cnry-0002', 'ERROR UnrecognisedDataValue', `${unknown.status} ${unknown.errorType}`);
    const bad = request(kin, car.agency, 'kin-cnry-0003', k);
    bad.serviceInfo = { ...bad.serviceInfo!, serviceType: k.lastName };
    const badValue = await kin.ill.sendRequest(bad);
    this.record('ISO 18626 request with the patron’s name as a service type', 'kin-cnry-0003', 'ERROR UnrecognisedDataValue', `${badValue.status} ${badValue.errorType}`);
  }

  /** HOLD_PICKUP: the hold-shelf label, and nothing else about the patron, at the pickup library. */
  private async holdPickup(): Promise<void> {
    const m = CANARIES.multnomah;
    const hold = await this.ask('HOLD_PICKUP Multnomah -> Hillsboro', 'or-multnomah', 'HOLD_PICKUP', 'or-hillsboro',
      { itemId: '31234009876543', pickupLibrary: 'or-hillsboro' }, 'RELAY', { id: m.id });
    const token = await this.tokenSent(hold);
    this.allow('facts', hold, 'or-multnomah', [token], "the home library resolves its own token for the label's facts");
    this.allow('delivery', hold, 'or-hillsboro', [token], 'the patron as a token minted for Hillsboro');
    this.mustSee(labelOf(m), 'delivery', hold, 'or-hillsboro', 'the hold-shelf label (Multnomah procedure): first four letters of the last name, last four digits of the card');
  }

  /** REVIEW: legal process and what a policy sends to a person; approve, deny, a gag, a records custodian. */
  private async reviews(): Promise<void> {
    const b = CANARIES.bozeman;
    const dux = CANARIES.duxbury;
    const m = CANARIES.multnomah;
    const process = (type: string, issuer: string, gag: boolean, agency: string, lookup: object, basis: string, ...wants: string[]) => ({
      process: { type: e('ProcessType', type), issuer: e('Issuer', issuer), gag, criminal: true },
      requester: { agency: e('Agency', agency) },
      purpose: e('Purpose', 'INVESTIGATION'),
      basis: e('LegalBasis', basis),
      wants: want(...wants),
      lookup,
      documentRef: `Docket CR-2026-${type}`,
    });
    const warrant = await this.ask('LEGAL_PROCESS search warrant at Bozeman', 'mt-bozeman', 'LEGAL_PROCESS', 'mt-bozeman',
      process('SEARCH_WARRANT', 'STATE', false, 'POLICE', { name: b.lastName }, 'SEARCH_WARRANT', 'IDENTITY', 'CIRCULATION'), 'REVIEW');
    this.mustSee(b.lastName, 'review', warrant, 'mt-bozeman', "the served request waits, as sent, for the home library's director");
    this.allow('delivery', warrant, 'mt-bozeman', [b.lastName], 'approved: the request goes to the home library, whose system answers with the released classes');

    const fisa = await this.ask('LEGAL_PROCESS FISA order with a gag at Duxbury', 'ma-duxbury', 'LEGAL_PROCESS', 'ma-duxbury',
      process('FISA_ORDER', 'FEDERAL', true, 'FEDERAL_AGENCY', { cardNumber: dux.card }, 'FISA_ORDER', 'CIRCULATION'), 'REVIEW');
    this.allow('review', fisa, 'ma-duxbury', [dux.card], "the served request waits for the home library's director");
    this.allow('delivery', fisa, 'ma-duxbury', [dux.card], 'approved: the request goes to the home library');

    const subpoena = await this.ask('LEGAL_PROCESS federal subpoena at Duxbury', 'ma-duxbury', 'LEGAL_PROCESS', 'ma-duxbury',
      process('SUBPOENA', 'FEDERAL', false, 'FEDERAL_AGENCY', { name: dux.lastName }, 'SUBPOENA', 'CIRCULATION'), 'REVIEW');
    this.allow('review', subpoena, 'ma-duxbury', [dux.lastName], "the served request waits for the home library's director");

    const records = await this.ask('PATRON_INQUIRY public-records request at Duxbury', 'ma-duxbury', 'PATRON_INQUIRY', 'ma-duxbury', {
      lookup: { name: dux.lastName },
      requester: { agency: { agency: e('Agency', 'RECORDS_REQUESTER') } },
      purpose: e('Purpose', 'RECORDS_REQUEST'),
      basis: e('LegalBasis', 'NONE'),
      wants: want('IDENTITY', 'CIRCULATION'),
    }, 'REVIEW');
    this.allow('facts', records, 'ma-duxbury', [dux.lastName], 'the name the requester gave, to the library asked');
    this.allow('review', records, 'ma-duxbury', [dux.lastName], "the request waits for the home library's records custodian");

    const address = await this.ask("ACCOUNT_INQUIRY for a Multnomah patron's address with a card number", 'or-hillsboro', 'ACCOUNT_INQUIRY', 'or-multnomah', {
      requester: { relation: e('Relation', 'OTHER'), credential: e('Credential', 'CARD_NUMBER') },
      credentialValue: m.card,
      purpose: e('Purpose', 'ACCOUNT_SERVICE'),
      basis: e('LegalBasis', 'NONE'),
      wants: want('CONTACT'),
    }, 'REVIEW');
    this.allow('facts', address, 'or-multnomah', [m.card], 'the card number presented, to the home library');
    this.allow('review', address, 'or-multnomah', [m.card], "personal information goes to the director's office (Multnomah procedure)");

    for (const id of [warrant, fisa, subpoena, records, address]) await this.waitWrite(id, 'review');
    const director = (home: string) => this.reviewer(home, 'director');

    // What each role sees of the queues: no canary may be in any answer.
    for (const home of ['mt-bozeman', 'ma-duxbury', 'or-multnomah']) await this.answer(`review list (director of ${home})`, director(home).list());
    await this.answer('review list (records custodian of ma-duxbury)', this.reviewer('ma-duxbury', 'records-custodian').list());
    await this.answer('review list (operator, ma-duxbury)', this.reviewer('ma-duxbury', 'operator').list());
    for (const [home, id] of [['mt-bozeman', warrant], ['ma-duxbury', fisa], ['ma-duxbury', subpoena], ['ma-duxbury', records], ['or-multnomah', address]] as const) {
      await this.answer(`review show ${id} (director of ${home})`, director(home).show(id));
    }

    await this.decided('search warrant approved', warrant, 'RELAY', director('mt-bozeman').approve(warrant, ['IDENTITY'], 'warrant in proper form; counsel agrees', 'J. Canarydesk'));
    await this.decided('FISA order approved (gag)', fisa, 'RELAY', director('ma-duxbury').approve(fisa, ['CIRCULATION'], 'order in proper form'));
    await this.decided('federal subpoena denied', subpoena, 'REFUSE', director('ma-duxbury').deny(subpoena, 'not in proper form'));
    await this.decided('records request denied by the custodian', records, 'REFUSE', this.reviewer('ma-duxbury', 'records-custodian').deny(records, 'patron records are not public records'));
    await this.decided('address request denied', address, 'REFUSE', director('or-multnomah').deny(address, 'personal information only to the account holder'));
    await this.answer('review notices (director of ma-plymouth)', director('ma-plymouth').notices());
    await this.answer('review notices (director of ma-duxbury)', director('ma-duxbury').notices());
  }

  private reviewer(home: string, role: ReviewRole): ReviewClient {
    return ReviewClient.over(this.relay.admin, home, role);
  }

  private async answer(where: string, answer: Promise<unknown>): Promise<unknown> {
    const value = await answer;
    this.results.reviewAnswers.push({ where, place: 'review-answer', data: JSON.stringify(value) });
    return value;
  }

  /** A reviewer's decision: the answer, the decision record, and the requester's second reply. */
  private async decided(name: string, id: string, expected: 'RELAY' | 'REFUSE', decision: Promise<unknown>): Promise<void> {
    await this.answer(`review decision ${id}: ${name}`, decision);
    // The second FINAL reply and decision record of this message: the reviewer's outcome.
    const second = (s: Seen) => {
      const p = idParts(s);
      return p?.id === id && p.what !== undefined && p.what !== 'reply' && p.what !== 'decision';
    };
    const reply = await this.relay.broker.waitFor((s) => second(s) && isReply(id, 'FINAL')(s), `the reviewed reply to ${id}`);
    await this.relay.broker.waitFor((s) => second(s) && s.subject.startsWith('ilr.decision.'), `the reviewed decision of ${id}`);
    if (expected === 'RELAY') await this.waitWrite(id, 'deliver');
    this.record(`REVIEW -> ${name}`, id, expected, outcomeOf(reply));
  }

  /**
   * The home library's connector is not running: PENDING, then dead-lettered after the
   * last retry; a second request is decided once the connector answers.
   */
  /**
   * The library systems behind two connectors fail (ImagineIF's NCIP responder answers
   * garbage, Bemis's SIP2 server bad checksums): the decision waits (PENDING: the facts
   * answer is `unavailable`), and is made once the system answers again. Every log line of it
   * is scanned like the others.
   */
  private async ilsFaults(): Promise<void> {
    const cases = [
      { home: 'mt-imagineif', from: 'mt-bozeman', p: CANARIES.child, relation: 'CAREGIVER', credential: 'CARD', basis: 'PARENT_OF_MINOR', wants: ['CIRCULATION', 'HOLDS', 'FEES'], caregiver: true },
      { home: 'co-bemis', from: 'co-bemis', p: CANARIES.teen, relation: 'PARENT', credential: 'CARD_NUMBER', basis: 'PARENT_OF_MINOR', wants: ['CIRCULATION'], caregiver: false },
    ];
    for (const c of cases) {
      const sim = this.relay.ils.get(c.home);
      if (!sim) throw new Error(`no simulated ILS at ${c.home}`);
      const setSwitches = (on: boolean) => {
        if (sim.ncip) sim.ncip.switches = on ? { garbage: `<<< ${c.p.lastName} ${c.p.card}` } : {};
        if (sim.sip2) sim.sip2.switches = on ? { badChecksums: 1_000_000 } : {};
      };
      setSwitches(true);
      const messageId = randomUUID();
      let pending: string | undefined;
      const reply = await this.lib(c.from).request(
        'ACCOUNT_INQUIRY',
        c.home,
        {
          requester: { relation: e('Relation', c.relation), credential: e('Credential', c.credential), listedCaregiver: c.caregiver },
          credentialValue: c.p.card,
          purpose: e('Purpose', 'ACCOUNT_SERVICE'),
          basis: e('LegalBasis', c.basis),
          wants: want(...c.wants),
        },
        {
          messageId,
          timeoutMs: 60_000,
          onPending: (r) => {
            pending ??= r.reason ?? '';
            setSwitches(false); // the system is back for the retry
          },
        },
      );
      setSwitches(false);
      const waited = pending === undefined ? 'no PENDING' : /could not read its library system: (NCIP|SIP2): /.test(pending) ? 'PENDING (library system unavailable)' : `PENDING (${pending})`;
      this.record(`ACCOUNT_INQUIRY while ${c.home}'s ${sim.type.toUpperCase()} system fails, then after it is back`, messageId, 'RELAY after PENDING (library system unavailable)', `${enumFromWire('Outcome', reply.outcome)} after ${waited}`);
      this.allow('facts', messageId, c.home, [c.p.card], 'the card presented, to the home library');
      this.allow('delivery', messageId, c.home, [c.p.card], 'the request goes to the home library, whose system answers');
    }
  }

  private async pendingFacts(): Promise<void> {
    const p = CANARIES.pending;
    const body = (lookup: { name?: string; cardNumber?: string }) => ({
      lookup,
      requester: { library: 'wi-madison' },
      purpose: e('Purpose', 'MATERIAL_RECOVERY'),
      basis: e('LegalBasis', 'PATRON_WRITTEN_CONSENT'),
      wants: want('CONTACT'),
    });
    const lost = randomUUID();
    await this.lib('wi-madison').send('PATRON_INQUIRY', SILENT_LIBRARY, body({ name: p.lastName }), { messageId: lost });
    this.allow('facts', lost, SILENT_LIBRARY, [p.lastName], 'the name Madison typed, to the home library only (nobody answered)');
    await this.relay.broker.waitFor(isReply(lost, 'PENDING'), `PENDING reply to ${lost}`);
    const dl = await this.relay.broker.waitFor((s) => s.subject === 'ilr.dlq.wi-madison' && json<{ messageId: string }>(s).messageId === lost, `dead letter of ${lost}`);
    this.record('PATRON_INQUIRY, home connector silent to the end', lost, 'DEAD_LETTER FACTS_UNAVAILABLE', `DEAD_LETTER ${json<{ code: string }>(dl).code}`);

    const late = randomUUID();
    await this.lib('wi-madison').send('PATRON_INQUIRY', SILENT_LIBRARY, body({ cardNumber: p.card }), { messageId: late });
    this.allow('facts', late, SILENT_LIBRARY, [p.card], 'the card number Madison typed, to the home library only');
    this.allow('delivery', late, SILENT_LIBRARY, [p.card], 'the request goes to the home library, whose system answers with CONTACT');
    await this.relay.broker.waitFor(isReply(late, 'PENDING'), `PENDING reply to ${late}`);
    await this.relay.startConnector(SILENT_LIBRARY);
    const final = await this.relay.broker.waitFor(isReply(late, 'FINAL'), `FINAL reply to ${late}`);
    this.record('PATRON_INQUIRY, home connector answers on a retry', late, 'RELAY', outcomeOf(final));
  }

  // -------------------------------------------------------------------------------------
  // Bad input: each carries canaries; each must be dead-lettered with a digest, never a value
  // -------------------------------------------------------------------------------------

  private async publishBad(name: string, sender: string, kind: string, bytes: Uint8Array, expectedCode: string, opts: { msgId?: string } = {}): Promise<void> {
    const sha = sha256(bytes);
    const subject = ingressSubject(sender, kind);
    // As a connector publishes (Nats-Msg-Id <sender>.<message id>) when the id can be read.
    let msgId = opts.msgId;
    try {
      msgId ??= messageKey(sender, decodeEnvelope(bytes).messageId);
    } catch {
      msgId ??= randomUUID();
    }
    await this.relay.admin.jetstream().publish(subject, bytes, { msgID: msgId });
    const dl = await this.relay.broker.waitFor(
      (s) => s.subject.startsWith('ilr.dlq.') && json<{ sha256: string; code: string }>(s).sha256 === sha && json<{ code: string }>(s).code === expectedCode,
      `dead letter ${expectedCode} of ${name}`,
    );
    const d = json<{ messageId: string; code: string }>(dl);
    this.record(`bad input: ${name}`, d.messageId, `DEAD_LETTER ${expectedCode}`, `DEAD_LETTER ${d.code}`);
  }

  private message<K extends Kind>(sender: string, recipient: string, kind: K, body: BodyInit<K>, messageId = randomUUID()): Uint8Array {
    return encodeMessage({ messageId, sender, recipient, kind, createdAt: Date.now() }, body);
  }

  private async badInput(): Promise<void> {
    const b = CANARIES.bozeman;
    const m = CANARIES.multnomah;
    const inquiry = (lookup: object, requester: object = { library: 'wi-madison' }) => ({
      lookup,
      requester,
      purpose: e('Purpose', 'MATERIAL_RECOVERY'),
      basis: e('LegalBasis', 'MATERIAL_RECOVERY'),
      wants: want('IDENTITY', 'CONTACT'),
    });
    const identity = `${b.firstName} ${b.lastName}, card ${b.card}, ${b.address}, ${b.email}, ${b.phone}`;

    await this.publishBad('not protobuf (a JSON patron record)', 'wi-madison', 'patron_inquiry',
      utf8(JSON.stringify({ name: `${b.firstName} ${b.lastName}`, card: b.card, address: b.address, email: b.email, phone: b.phone, title: b.titles[0] })), 'MALFORMED');
    await this.publishBad('forged sender', 'wi-madison', 'patron_inquiry', this.message('mt-bozeman', 'mt-bozeman', 'PATRON_INQUIRY', inquiry({ name: b.lastName }, { library: 'mt-bozeman' })), 'FORGED_SENDER');
    await this.publishBad('requester library that is not the sender (a name in it)', 'wi-madison', 'patron_inquiry',
      this.message('wi-madison', 'mt-bozeman', 'PATRON_INQUIRY', inquiry({ cardNumber: b.card }, { library: `${b.firstName} ${b.lastName}` })), 'REQUESTER_NOT_SENDER');
    await this.publishBad('unknown recipient (a card number in it)', 'wi-madison', 'patron_inquiry',
      this.message('wi-madison', b.card, 'PATRON_INQUIRY', inquiry({ name: b.lastName })), 'UNKNOWN_LIBRARY');
    await this.publishBad('hold with a pickup library that is not the recipient (an address in it)', 'or-multnomah', 'hold_pickup',
      this.message('or-multnomah', 'or-hillsboro', 'HOLD_PICKUP', { patron: { token: m.tokens[0]!, homeLibrary: 'or-multnomah' }, itemId: '31234009876543', pickupLibrary: m.address }), 'INVALID_VALUE');
    await this.publishBad('hold with a label filled by the sender', 'or-multnomah', 'hold_pickup',
      this.message('or-multnomah', 'or-hillsboro', 'HOLD_PICKUP', { patron: { token: m.tokens[0]!, homeLibrary: 'or-multnomah' }, itemId: '31234009876543', pickupLibrary: 'or-hillsboro', label: labelOf(m) }), 'INVALID_VALUE');
    await this.publishBad('kind that does not match the subject', 'wi-madison', 'item_found', this.message('wi-madison', 'mt-bozeman', 'PATRON_INQUIRY', inquiry({ name: b.lastName })), 'KIND_MISMATCH');
    await this.publishBad('missing requester', 'wi-madison', 'patron_inquiry',
      this.message('wi-madison', 'mt-bozeman', 'PATRON_INQUIRY', { lookup: { cardNumber: b.card }, purpose: e('Purpose', 'MATERIAL_RECOVERY'), basis: e('LegalBasis', 'MATERIAL_RECOVERY'), wants: want('CONTACT') }), 'MISSING_FIELD');
    await this.publishBad('lookup key too long for the policy service', 'wi-madison', 'patron_inquiry',
      this.message('wi-madison', 'mt-bozeman', 'PATRON_INQUIRY', { ...inquiry({ name: identity.repeat(8) }), basis: e('LegalBasis', 'PATRON_WRITTEN_CONSENT') }), 'POLICY_REJECTED');

    // Bytes the checked encoder refuses to write: an unknown enum, invalid UTF-8, oversized.
    const body = encodeBody('PATRON_INQUIRY', inquiry({ name: b.lastName }));
    const envelope = (bodyBytes: Uint8Array, messageId = randomUUID()) =>
      encodeEnvelope({ messageId, sender: 'wi-madison', recipient: 'mt-bozeman', kind: 'PATRON_INQUIRY', createdAt: Date.now(), body: bodyBytes });
    await this.publishBad('unknown enum value', 'wi-madison', 'patron_inquiry', envelope(concat(body, [0x30, 99])), 'UNKNOWN_ENUM');
    const badName = concat(utf8(b.lastName), [0xff, 0xfe]);
    await this.publishBad('invalid UTF-8 in a name', 'wi-madison', 'patron_inquiry', envelope(concat(encodeBody('PATRON_INQUIRY', { ...inquiry({}), lookup: undefined } as never), ld(2, ld(2, badName)))), 'INVALID_UTF8');
    await this.publishBad('oversized', 'wi-madison', 'patron_inquiry', rawEnvelope(randomUUID(), 'wi-madison', 'mt-bozeman', 3, concat(body, ld(7, utf8(identity.repeat(700))))), 'OVERSIZED');

    // The same message id sent again under another Nats-Msg-Id: refused (the claim is the
    // ingress stream's deduplication by <sender>.<message id>).
    const id = randomUUID();
    const twice = this.message('wi-madison', 'mt-bozeman', 'PATRON_INQUIRY', inquiry({ name: b.lastName }), id);
    await this.relay.admin.jetstream().publish(ingressSubject('wi-madison', 'patron_inquiry'), twice, { msgID: messageKey('wi-madison', id) });
    await this.relay.broker.waitFor(isReply(id, 'FINAL'), `reply to ${id}`);
    await this.publishBad('message id sent again', 'wi-madison', 'patron_inquiry', twice, 'BAD_MSG_ID', { msgId: `${id}-again` });
  }
}

function concat(a: Uint8Array, b: Uint8Array | number[]): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const varint = (n: number): number[] => {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
};

/** A length-delimited protobuf field. */
function ld(field: number, content: Uint8Array | number[]): Uint8Array {
  return concat(Uint8Array.from([...varint(field * 8 + 2), ...varint(content.length)]), content);
}

/** An Envelope written by hand (ilr/v1/envelope.proto), for sizes the checked encoder refuses. */
function rawEnvelope(messageId: string, sender: string, recipient: string, kind: number, body: Uint8Array): Uint8Array {
  return [ld(1, utf8(messageId)), ld(3, utf8(sender)), ld(4, utf8(recipient)), Uint8Array.from([5 * 8, kind]), ld(8, body)].reduce(concat);
}
