// The gateway's own state, on the library's host beside its keystore (not in the broker):
// per transaction (requesting agency + request id) the ISO 18626 messages seen in order, the
// confirmation each inbound message got (a resent message gets it again and causes no second
// ILR message), what was delivered to the ILL system (a redelivery is not POSTed twice),
// delivery attempts (the backoff), and an outbox of answers the gateway itself owes the ILL
// system (a refusal as Unfilled). One append-only JSON-lines file, fsynced per record, read
// back whole at start. No patron data is ever written here.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export type Direction = 'in' | 'out';

/** One ISO 18626 message of a transaction, as the gateway saw it pass. */
export interface TxEvent {
  dir: Direction; // in: from our ILL system; out: to it
  kind: string; // request, supplyingAgencyMessage, requestingAgencyMessage
  status?: string;
  action?: string;
  requestType?: string;
  at: string;
  /** a status earlier in the ISO 18626 order than one already seen */
  backwards?: boolean;
  /** the note's extension markers the ILL system's profile knows (noteExtensions), e.g. #ReShareAddLoanCondition# */
  extensions?: string[];
  result?: 'OK' | 'ERROR';
  errorType?: string;
  errorValue?: string;
}

type Rec =
  | { t: 'in'; key: string; fp: string; messageId: string; kind: string; recipient: string; confirmation: string; event: TxEvent; header: unknown }
  | { t: 'sent'; messageId: string }
  | { t: 'out'; key: string; deliveryId: string; event: TxEvent }
  | { t: 'attempt'; deliveryId: string; n: number }
  | { t: 'notice'; id: string; key: string; xml: string; event: TxEvent }
  | { t: 'noticeSent'; id: string; result: 'OK' | 'ERROR' };

export interface InboundRecord {
  key: string;
  fp: string;
  messageId: string;
  kind: string;
  recipient: string;
  confirmation: string;
  header: unknown;
  sent: boolean;
}

export interface Transaction {
  key: string;
  events: TxEvent[];
}

const STATUS_ORDER = ['RequestReceived', 'ExpectToSupply', 'WillSupply', 'Loaned', 'Overdue', 'Recalled', 'CopyCompleted', 'LoanCompleted', 'CompletedWithoutReturn'];

export class TransactionStore {
  private fd: number;
  private readonly txs = new Map<string, Transaction>();
  private readonly inbound = new Map<string, InboundRecord>(); // by `${key}|${fp}`
  private readonly byMessageId = new Map<string, InboundRecord>();
  private readonly delivered = new Map<string, TxEvent>();
  private readonly attempts = new Map<string, number>();
  private readonly notices = new Map<string, { id: string; key: string; xml: string; sent: boolean }>();

  constructor(readonly file: string) {
    if (existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          this.apply(JSON.parse(line) as Rec);
        } catch {
          // A torn last line (a crash mid-write) is ignored: it was never acknowledged to anyone.
        }
      }
    }
    this.fd = openSync(file, 'a', 0o600);
  }

  static open(dir: string, library: string): TransactionStore {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return new TransactionStore(join(dir, `${library}.gateway.jsonl`));
  }

  private write(r: Rec): void {
    writeSync(this.fd, `${JSON.stringify(r)}\n`);
    fsyncSync(this.fd);
    this.apply(r);
  }

  private apply(r: Rec): void {
    switch (r.t) {
      case 'in': {
        const rec: InboundRecord = { key: r.key, fp: r.fp, messageId: r.messageId, kind: r.kind, recipient: r.recipient, confirmation: r.confirmation, header: r.header, sent: false };
        this.inbound.set(`${r.key}|${r.fp}`, rec);
        this.byMessageId.set(r.messageId, rec);
        this.event(r.key, r.event);
        break;
      }
      case 'sent': {
        const rec = this.byMessageId.get(r.messageId);
        if (rec) rec.sent = true;
        break;
      }
      case 'out':
        this.delivered.set(r.deliveryId, r.event);
        this.event(r.key, r.event);
        break;
      case 'attempt':
        this.attempts.set(r.deliveryId, r.n);
        break;
      case 'notice':
        this.notices.set(r.id, { id: r.id, key: r.key, xml: r.xml, sent: false });
        this.event(r.key, r.event);
        break;
      case 'noticeSent': {
        const n = this.notices.get(r.id);
        if (n) n.sent = true;
        break;
      }
    }
  }

  private event(key: string, e: TxEvent): void {
    let tx = this.txs.get(key);
    if (!tx) this.txs.set(key, (tx = { key, events: [] }));
    tx.events.push(e);
  }

  /** Flags a status that goes backwards (accepted and recorded all the same). */
  backwards(key: string, status: string | undefined): boolean {
    if (!status) return false;
    const i = STATUS_ORDER.indexOf(status);
    if (i < 0) return false;
    const seen = this.txs.get(key)?.events.map((e) => STATUS_ORDER.indexOf(e.status ?? '')) ?? [];
    return seen.some((j) => j > i);
  }

  transaction(key: string): Transaction | undefined {
    return this.txs.get(key);
  }

  transactions(): Transaction[] {
    return [...this.txs.values()];
  }

  findInbound(key: string, fp: string): InboundRecord | undefined {
    return this.inbound.get(`${key}|${fp}`);
  }

  inboundByMessageId(messageId: string): InboundRecord | undefined {
    return this.byMessageId.get(messageId);
  }

  /** Inbound messages recorded but not yet stored by the broker (a crash in between). */
  unsent(): InboundRecord[] {
    return [...this.byMessageId.values()].filter((r) => !r.sent);
  }

  recordInbound(r: Omit<InboundRecord, 'sent'>, event: TxEvent): void {
    this.write({ t: 'in', ...r, event });
  }

  markSent(messageId: string): void {
    if (this.byMessageId.get(messageId)?.sent) return;
    this.write({ t: 'sent', messageId });
  }

  deliveredEvent(deliveryId: string): TxEvent | undefined {
    return this.delivered.get(deliveryId);
  }

  recordDelivered(key: string, deliveryId: string, event: TxEvent): void {
    this.write({ t: 'out', key, deliveryId, event });
  }

  /** Counts one more attempt to deliver; returns the count so far (1 on the first). */
  attempt(deliveryId: string): number {
    const n = (this.attempts.get(deliveryId) ?? 0) + 1;
    this.write({ t: 'attempt', deliveryId, n });
    return n;
  }

  addNotice(id: string, key: string, xml: string, event: TxEvent): boolean {
    if (this.notices.has(id)) return false;
    this.write({ t: 'notice', id, key, xml, event });
    return true;
  }

  pendingNotices(): { id: string; key: string; xml: string }[] {
    return [...this.notices.values()].filter((n) => !n.sent);
  }

  noticeSent(id: string, result: 'OK' | 'ERROR'): void {
    this.write({ t: 'noticeSent', id, result });
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }
}
