// An ISO 18626 peer: an HTTP ILL system that plays requester and supplier for one agency,
// for tests and the walk-through. Deterministic and driven by events (each step follows a
// message received or confirmed, never a timer). It honours the samples' conventions:
// the scenario in bibliographicInfo/supplierUniqueRecordId (LOANED, UNFILLED, WILLSUPPLY_LOANED,
// WILLSUPPLY_UNFILLED, LOANED_OVERDUE, RETRY:COST_LOANED, RETRY:ONLOAN_LOANED, ...; `;` separates
// the answers to successive attempts), and the note flags #CANCEL#, #RENEW#, #RETRYKEEPID#,
// #RETRYBIBID:<id>#. Everything it receives is validated against the XSD; what fails is kept
// in `invalid` (a test asserts it stays empty).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkConfirmation, checkMessage } from './check.js';
import { confirm, confirmFailure, confirmationStatus } from './confirmation.js';
import { Iso18626Error } from './errors.js';
import { LIMITS } from './limits.js';
import { serialize } from './serialize.js';
import { headerOf, type AgencyId, type Header, type IsoMessage, type Request } from './types.js';

export interface Received {
  message: IsoMessage;
  xml: string;
  at: number;
}

interface Tx {
  id: string;
  role: 'requester' | 'supplier';
  request: Request;
  statuses: string[];
  actions: string[];
  /** supplier: which part of the scenario answers the next attempt */
  attempt: number;
  /** supplier: steps still to send, and what must arrive before the next one */
  steps: string[];
  waitFor?: 'Received' | 'Cancel';
  retries: number;
}

export interface SimulatorOptions {
  /** the ILL system's own agency (its messages' header) */
  agency: AgencyId;
  /** where it POSTs: its library's gateway (settable later) */
  peer?: string;
  port?: number;
  host?: string;
  name?: string;
}

const flag = (note: string | undefined, f: string) => (note ?? '').includes(`#${f}#`);
const retryBib = (note: string | undefined) => /#RETRYBIBID:([^#]+)#/.exec(note ?? '')?.[1];
const now = () => new Date().toISOString();

export class PeerSimulator {
  readonly received: Received[] = [];
  readonly invalid: { xml: string; error: string }[] = [];
  /** confirmations it got back from its peer, in order */
  readonly confirmations: { status: 'OK' | 'ERROR'; errorType?: string; errorValue?: string }[] = [];
  /** resends received (answered from the first copy's confirmation) and sent (peer away) */
  readonly resends = { received: 0, sent: 0 };
  private readonly txs = new Map<string, Tx>();
  private readonly answered = new Map<string, string>(); // xml received -> the confirmation it got
  private waiters: { pred: (r: Received) => boolean; resolve: (r: Received) => void }[] = [];
  private server!: Server;
  private seq = 0;
  url = '';
  peer: string | undefined;
  /** the next confirmation answered to a POST is ERROR with this (then cleared): fault injection */
  failNext: Iso18626Error | undefined;
  private chain: Promise<void> = Promise.resolve();
  private closed = false;

  private constructor(readonly options: SimulatorOptions) {
    this.peer = options.peer;
  }

  static async start(options: SimulatorOptions): Promise<PeerSimulator> {
    const sim = new PeerSimulator(options);
    sim.server = createServer((req, res) => void sim.handle(req, res));
    await new Promise<void>((resolve) => sim.server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
    const a = sim.server.address() as AddressInfo;
    sim.url = `http://${a.address}:${a.port}/iso18626`;
    return sim;
  }

  async close(): Promise<void> {
    // Stop resending first: a step may be resending to a peer that has already gone away
    // (a gateway closed before its simulator), and would otherwise keep at it for minutes.
    this.closed = true;
    await this.chain.catch(() => undefined);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves with the first message received (before or after the call) that matches. */
  waitFor(pred: (m: IsoMessage) => boolean): Promise<Received> {
    const hit = this.received.find((r) => pred(r.message));
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve) => this.waiters.push({ pred: (r) => pred(r.message), resolve }));
  }

  /** Statuses (supplier messages) and actions (requester messages) received for one request id. */
  history(requestId: string): string[] {
    return this.received
      .filter((r) => headerOf(r.message).requestingAgencyRequestId === requestId)
      .map((r) =>
        r.message.kind === 'supplyingAgencyMessage'
          ? r.message.supplyingAgencyMessage.statusInfo.status
          : r.message.kind === 'requestingAgencyMessage'
            ? r.message.requestingAgencyMessage.action
            : `request:${r.message.request.serviceInfo?.requestType ?? 'New'}`,
      );
  }

  // ---------------------------------------------------------------- HTTP

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > LIMITS.maxBytes) {
        res.writeHead(413).end();
        return;
      }
      chunks.push(c as Buffer);
    }
    const xml = Buffer.concat(chunks).toString('utf8');
    const earlier = this.answered.get(xml);
    if (earlier) {
      // A resend: the same answer, and nothing happens twice.
      this.resends.received++;
      res.writeHead(200, { 'content-type': 'application/xml' }).end(earlier);
      return;
    }
    const r = checkMessage(xml);
    if (!r.ok) {
      this.invalid.push({ xml, error: r.error.message });
      res.writeHead(200, { 'content-type': 'application/xml' }).end(serialize(confirmFailure(r.error, r.tree, r.element)));
      return;
    }
    const m = r.document;
    const fault = this.failNext ?? this.refusal(m);
    this.failNext = undefined;
    const answer = serialize(fault ? confirmFailure(fault, r.tree, m.kind) : confirm(m));
    this.answered.set(xml, answer);
    const rec = { message: m, xml, at: Date.now() };
    this.received.push(rec);
    res.writeHead(200, { 'content-type': 'application/xml' }).end(answer);
    if (!fault) this.enqueue(() => this.react(m));
    this.waiters = this.waiters.filter((w) => (w.pred(rec) ? void w.resolve(rec) : true));
  }

  /** A supplier refuses (ERROR) a Retry of a request it cannot retry, as CrossLink's peers do. */
  private refusal(m: IsoMessage): Iso18626Error | undefined {
    if (m.kind !== 'request' || m.request.serviceInfo?.requestType !== 'Retry') return undefined;
    const prev = m.request.serviceInfo.requestingAgencyPreviousRequestId?.trim() || m.request.header.requestingAgencyRequestId;
    const tx = this.txs.get(prev);
    if (!tx || tx.statuses.at(-1) !== 'RetryPossible') {
      return new Iso18626Error('UnrecognisedDataValue', 'request/serviceInfo/requestingAgencyPreviousRequestId: no request that may be retried');
    }
    return undefined;
  }

  private enqueue(step: () => Promise<void>): void {
    this.chain = this.chain.then(step).catch(() => undefined);
  }

  /** POSTs one message to the peer; resolves with its confirmation's status. */
  /**
   * POSTs one message to the peer; resolves with its confirmation's status. Like a real ILL
   * system it sends the same bytes again while the peer is unreachable or answers 5xx
   * (ISO 18626 peers answer a resend with the original confirmation).
   */
  async post(m: IsoMessage): Promise<{ status: 'OK' | 'ERROR'; errorType?: string; errorValue?: string }> {
    if (!this.peer) throw new Error('the simulator has no peer to send to');
    const body = serialize(m);
    for (let attempt = 1; ; attempt++) {
      if (this.closed) throw new Error('the simulator is closed');
      let res: Response | undefined;
      try {
        res = await fetch(this.peer, { method: 'POST', headers: { 'content-type': 'application/xml' }, body, signal: AbortSignal.timeout(10_000) });
      } catch {
        res = undefined;
      }
      if (res && res.status < 500) {
        const c = checkConfirmation(new Uint8Array(await res.arrayBuffer()));
        if (res.status !== 200 || !c.ok) throw new Error(`peer answered HTTP ${res.status}${c.ok ? '' : `: ${c.error.message}`}`);
        const s = confirmationStatus(c.document);
        this.confirmations.push(s);
        return s;
      }
      if (attempt >= this.resendAttempts) throw new Error(`peer unreachable after ${attempt} attempts`);
      this.resends.sent++;
      await new Promise((r) => setTimeout(r, Math.min(1000, 50 * attempt)));
    }
  }

  /** How often a message is sent again while the peer is away. */
  resendAttempts = 600;

  // ---------------------------------------------------------------- requester

  /** Sends a request as this ILL system's patron asked (the requester side of a scenario). */
  async sendRequest(request: Request): Promise<{ status: 'OK' | 'ERROR'; errorType?: string; errorValue?: string }> {
    const id = request.header.requestingAgencyRequestId;
    const existing = this.txs.get(id);
    this.txs.set(id, { id, role: 'requester', request, statuses: existing?.statuses ?? [], actions: [], attempt: 0, steps: [], retries: existing?.retries ?? 0 });
    return this.post({ kind: 'request', request: { ...request, header: { ...request.header, timestamp: now() } } });
  }

  private header(tx: Tx): Header {
    return { ...tx.request.header, timestamp: now() };
  }

  private async act(tx: Tx, action: string, note?: string): Promise<void> {
    tx.actions.push(action);
    await this.post({ kind: 'requestingAgencyMessage', requestingAgencyMessage: { header: this.header(tx), action, ...(note ? { note } : {}) } });
  }

  private async onStatus(m: Extract<IsoMessage, { kind: 'supplyingAgencyMessage' }>['supplyingAgencyMessage']): Promise<void> {
    const tx = this.txs.get(m.header.requestingAgencyRequestId);
    if (!tx || tx.role !== 'requester') return;
    const status = m.statusInfo.status;
    tx.statuses.push(status);
    const note = tx.request.serviceInfo?.note;
    const scenario = tx.request.bibliographicInfo.supplierUniqueRecordId ?? '';
    if (m.messageInfo.reasonForMessage === 'Notification') return;
    switch (status) {
      case 'WillSupply':
        if (flag(note, 'CANCEL')) await this.act(tx, 'Cancel');
        break;
      case 'Loaned':
        if (m.messageInfo.reasonForMessage === 'RenewResponse') await this.act(tx, 'ShippedReturn');
        else {
          await this.act(tx, 'Received');
          if (!scenario.includes('OVERDUE')) await this.act(tx, 'ShippedReturn');
        }
        break;
      case 'Overdue':
        if (flag(note, 'RENEW')) await this.act(tx, 'Renew');
        else await this.act(tx, 'ShippedReturn');
        break;
      case 'RetryPossible': {
        tx.retries++;
        const bib = retryBib(note);
        const bibliographicInfo = bib ? { ...tx.request.bibliographicInfo, supplierUniqueRecordId: bib } : tx.request.bibliographicInfo;
        const serviceInfo = { ...(tx.request.serviceInfo ?? { serviceType: 'Loan' }), requestType: 'Retry' };
        if (flag(note, 'RETRYKEEPID')) {
          await this.sendRequest({ ...tx.request, bibliographicInfo, serviceInfo });
        } else {
          const id = `${tx.id}-retry${tx.retries}`;
          await this.sendRequest({
            ...tx.request,
            header: { ...tx.request.header, requestingAgencyRequestId: id },
            bibliographicInfo,
            serviceInfo: { ...serviceInfo, requestingAgencyPreviousRequestId: tx.id },
          });
        }
        break;
      }
      default:
        break;
    }
  }

  // ---------------------------------------------------------------- supplier

  private async react(m: IsoMessage): Promise<void> {
    if (m.kind === 'supplyingAgencyMessage') return this.onStatus(m.supplyingAgencyMessage);
    if (m.kind === 'request') return this.onRequest(m.request);
    return this.onAction(m.requestingAgencyMessage);
  }

  private async supply(tx: Tx, status: string, reasonForMessage: string, extra: Record<string, unknown> = {}): Promise<void> {
    tx.statuses.push(status);
    const t = now();
    await this.post({
      kind: 'supplyingAgencyMessage',
      supplyingAgencyMessage: {
        header: { ...tx.request.header, supplyingAgencyRequestId: `${this.options.name ?? 'sim'}-${tx.id}`, timestamp: t },
        messageInfo: { reasonForMessage, ...(extra['messageInfo'] as object) },
        statusInfo: { status, lastChange: t, ...(extra['statusInfo'] as object) },
        ...(status === 'Loaned' ? { deliveryInfo: { dateSent: t, itemId: `item-${++this.seq}` } } : {}),
      },
    });
  }

  /** The steps of one scenario part, and for a RETRY part what answers the retry. */
  private static steps(part: string): { steps: string[]; retry?: { reason: string; then: string } } {
    const retry = /^RETRY:([A-Z]+)(?:_(.+))?$/.exec(part);
    if (retry) return { steps: ['RetryPossible'], retry: { reason: retry[1]!, then: retry[2] ?? 'LOANED' } };
    if (part.startsWith('return-')) return { steps: ['WillSupply', 'Loaned'] };
    const table: Record<string, string[]> = {
      LOANED: ['Loaned'],
      UNFILLED: ['Unfilled'],
      WILLSUPPLY: ['WillSupply'],
      WILLSUPPLY_LOANED: ['WillSupply', 'Loaned'],
      WILLSUPPLY_UNFILLED: ['WillSupply', 'Unfilled'],
      LOANED_OVERDUE: ['Loaned', 'Overdue'],
      ONLOAN_LOANED: ['Loaned'],
      COST_LOANED: ['Loaned'],
    };
    return { steps: table[part] ?? ['Unfilled'] };
  }

  private retryThen = new Map<string, string>();

  private async onRequest(r: Request): Promise<void> {
    const id = r.header.requestingAgencyRequestId;
    const prevId = r.serviceInfo?.requestingAgencyPreviousRequestId?.trim();
    const isRetry = r.serviceInfo?.requestType === 'Retry';
    if (r.serviceInfo?.requestType === 'Reminder') {
      const tx = this.txs.get(id);
      if (tx) await this.supply(tx, tx.statuses.at(-1) ?? 'RequestReceived', 'StatusRequestResponse');
      return;
    }
    const previous = isRetry ? this.txs.get(prevId || id) : undefined;
    const tx: Tx = { id, role: 'supplier', request: r, statuses: previous?.statuses.slice() ?? [], actions: [], attempt: previous ? previous.attempt : 0, steps: [], retries: 0 };
    this.txs.set(id, tx);
    const parts = (r.bibliographicInfo.supplierUniqueRecordId ?? '').split(';');
    // A retry is answered by what the RETRY part said comes next, unless the record id changed.
    const then = previous ? this.retryThen.get(previous.id) : undefined;
    const part = then && r.bibliographicInfo.supplierUniqueRecordId === previous?.request.bibliographicInfo.supplierUniqueRecordId ? then : parts[Math.min(tx.attempt, parts.length - 1)]!;
    tx.attempt++;
    const plan = PeerSimulator.steps(part);
    if (plan.retry) this.retryThen.set(id, plan.retry.then);
    tx.steps = plan.steps;
    await this.advance(tx, true);
  }

  private async advance(tx: Tx, first = false): Promise<void> {
    const note = tx.request.serviceInfo?.note;
    while (tx.steps.length && !tx.waitFor) {
      const status = tx.steps.shift()!;
      const reason = first ? 'RequestResponse' : 'StatusChange';
      first = false;
      if (status === 'RetryPossible') {
        const reasonValue = this.retryThen.has(tx.id) ? /^RETRY:([A-Z]+)/.exec(tx.request.bibliographicInfo.supplierUniqueRecordId ?? '')?.[1] : undefined;
        await this.supply(tx, status, reason, {
          messageInfo: {
            reasonRetry: { value: reasonValue === 'COST' ? 'CostExceedsMaxCost' : reasonValue === 'ONLOAN' ? 'OnLoan' : 'NotHeld' },
            ...(reasonValue === 'COST' ? { offeredCosts: { currencyCode: { value: 'USD' }, monetaryValue: '12.50' } } : {}),
          },
        });
      } else await this.supply(tx, status, reason);
      // Event-driven pauses: a requester that will cancel does so after WillSupply; an
      // overdue follows the requester's Received.
      if (status === 'WillSupply' && flag(note, 'CANCEL')) tx.waitFor = 'Cancel';
      if (status === 'Loaned' && tx.steps[0] === 'Overdue') tx.waitFor = 'Received';
    }
  }

  private async onAction(a: Extract<IsoMessage, { kind: 'requestingAgencyMessage' }>['requestingAgencyMessage']): Promise<void> {
    const tx = this.txs.get(a.header.requestingAgencyRequestId);
    if (!tx || tx.role !== 'supplier') return;
    tx.actions.push(a.action);
    switch (a.action) {
      case 'Cancel':
        if (tx.waitFor === 'Cancel' || !tx.statuses.includes('Loaned')) {
          tx.waitFor = undefined;
          tx.steps = [];
          await this.supply(tx, 'Cancelled', 'CancelResponse', { messageInfo: { answerYesNo: 'Y' } });
        } else await this.supply(tx, tx.statuses.at(-1)!, 'CancelResponse', { messageInfo: { answerYesNo: 'N' } });
        break;
      case 'Received':
        if (tx.waitFor === 'Received') {
          tx.waitFor = undefined;
          await this.advance(tx);
        }
        break;
      case 'Renew': {
        const due = new Date(Date.now() + 14 * 86_400_000).toISOString();
        await this.supply(tx, 'Loaned', 'RenewResponse', { messageInfo: { answerYesNo: 'Y' }, statusInfo: { dueDate: due } });
        break;
      }
      case 'ShippedReturn':
        await this.supply(tx, 'LoanCompleted', 'StatusChange');
        break;
      case 'StatusRequest':
        await this.supply(tx, tx.statuses.at(-1) ?? 'RequestReceived', 'StatusRequestResponse');
        break;
      default:
        break;
    }
  }
}
