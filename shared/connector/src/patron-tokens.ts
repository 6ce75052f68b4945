// The connector's side of patron tokens: a patron of this library named in an outgoing
// message becomes a token minted for that recipient and transaction; a token in a facts
// lookup is resolved here, before the library's system is asked; terminal ISO 18626
// statuses complete transactions; and a timer rotates keys, expunges links and shreds
// spent keys. Nothing about a patron is logged: ids, counts and reasons only.
import type { ConnectorMetrics } from '@ilr/metrics';
import { randomUUID } from 'node:crypto';
import type { Logger } from '@ilr/log';
import { TokenError, looksLikeToken, type MaintenanceReport, type OutstandingCheck, type RetentionReport, type TokenVault } from '@ilr/tokens';
import { enumFromWire, type BodyInit, type Kind } from '@ilr/wire';
import { ConnectorError } from './errors.js';
import type { ConnectorTokensOptions, Delivery, FactsLookup, FactsQuery, OutgoingPatron } from './types.js';

/** Kinds whose body has a `patron` (PatronRef). */
const KINDS_WITH_PATRON: ReadonlySet<Kind> = new Set(['RECOVERY_NOTICE', 'PATRON_INQUIRY', 'LOAN_REQUEST', 'HOLD_PICKUP', 'LEGAL_PROCESS']);

/** ISO 18626 statuses after which the supplier holds nothing more for the patron's request. */
const TERMINAL_STATUSES: ReadonlySet<string> = new Set(['LOAN_COMPLETED', 'COPY_COMPLETED', 'COMPLETED_WITHOUT_RETURN', 'UNFILLED', 'CANCELLED']);

const HOUR_MS = 60 * 60 * 1000;
/** The first run comes soon after start, so a connector restarted often still runs retention. */
const FIRST_RUN_MS = 60 * 1000;

interface PatronFields {
  patron?: { token?: string | null; homeLibrary?: string | null } | null;
  lookup?: unknown;
  header?: { requestingAgencyRequestId?: string | null } | null;
}

const errCode = (e: unknown): string => (e instanceof TokenError ? e.code : e instanceof Error ? e.name : 'error');

export class PatronTokens {
  private lookup: FactsLookup | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  readonly retentionDays: number;

  constructor(
    private readonly library: string,
    private readonly opts: ConnectorTokensOptions,
    private readonly log: Logger,
    private readonly metrics?: ConnectorMetrics,
  ) {
    if (opts.vault.library !== library) throw new ConnectorError('TOKENS', `the vault is ${opts.vault.library}'s, not ${library}'s`);
    if (opts.vault.retentionDays === undefined) {
      throw new ConnectorError('TOKENS', `open ${library}'s vault with its retention period (loadRetention of @ilr/policy gives it)`);
    }
    this.retentionDays = opts.vault.retentionDays;
  }

  get vault(): TokenVault {
    return this.opts.vault;
  }

  /**
   * The body as it may leave this library. A patron given in the send options becomes a
   * fresh token for this recipient; a patron reference of this library already in the
   * body must be a live token minted for this recipient (or one the library's system
   * issued, `knownToken`). Never echoes the reference: it may be a card number.
   */
  async outgoing<K extends Kind>(kind: K, recipient: string, body: BodyInit<K>, messageId: string, patron: OutgoingPatron | undefined): Promise<BodyInit<K>> {
    const fields = body as PatronFields;
    if (patron) {
      if (!KINDS_WITH_PATRON.has(kind)) throw new ConnectorError('INVALID_MESSAGE', `${kind} carries no patron reference; drop the patron option`, { messageId });
      if (fields.patron || fields.lookup) {
        throw new ConnectorError('INVALID_MESSAGE', `${kind}: give the patron either in the body or as the patron option, not both`, { messageId });
      }
      const transaction = patron.transaction ?? (kind === 'LOAN_REQUEST' ? fields.header?.requestingAgencyRequestId || undefined : undefined) ?? messageId;
      let token: string;
      try {
        token = await this.vault.mint({ patron: patron.id, partner: recipient, transaction, item: patron.item });
      } catch (e) {
        throw new ConnectorError('TOKENS', `${kind} ${messageId}: no token could be minted: ${(e as Error).message}`, { messageId, cause: e });
      }
      return { ...body, patron: { token, homeLibrary: this.library } };
    }
    const ref = fields.patron;
    if (ref && ref.homeLibrary === this.library && recipient !== this.library) this.checkOwnReference(ref.token ?? '', recipient, messageId);
    return body;
  }

  private checkOwnReference(token: string, recipient: string, messageId: string): void {
    if (looksLikeToken(token)) {
      const r = this.vault.resolve(token, { counterpart: recipient });
      if (r.status === 'RESOLVED') return;
      const why = r.status === 'UNRESOLVED' ? r.reason : 'not a token';
      throw new ConnectorError(
        'INVALID_MESSAGE',
        `patron.token is not a live token ${this.library} minted for ${recipient} (${why}); each partner and transaction gets its own: send with the patron option`,
        { messageId },
      );
    }
    if (token && this.opts.knownToken?.(token)) return;
    throw new ConnectorError(
      'INVALID_MESSAGE',
      `patron.token was not minted by ${this.library}: send with the patron option { id } and the connector mints one (a card number or a name never leaves the library)`,
      { messageId },
    );
  }

  /** `lookup` behind token resolution: the library's system sees a patron id, never a token of ours. */
  lookupWith(lookup: FactsLookup): FactsLookup {
    this.lookup ??= lookup;
    return async (query: FactsQuery) => {
      const token = query.patron.token;
      if (!token) return lookup(query);
      const r = this.vault.resolve(token, { counterpart: this.counterpart(query) });
      if (r.status === 'NOT_A_TOKEN') return lookup(query);
      if (r.status === 'UNRESOLVED') {
        this.log.debug({ messageId: query.messageId, reason: r.reason }, 'token did not resolve');
        return null;
      }
      return lookup({ messageId: query.messageId, factsNeeded: query.factsNeeded, patron: { patronId: r.patron }, parties: query.parties });
    };
  }

  /** The library on the other side of the message the lookup is for; unknown when the query does not say. */
  private counterpart(query: FactsQuery): string | undefined {
    const p = query.parties;
    if (!p) return undefined;
    return p.sender === this.library ? p.recipient : p.sender;
  }

  /** A supplier's terminal status completes the transaction it answers. Never throws. */
  async observe(d: Delivery): Promise<void> {
    if (d.kind !== 'SUPPLIER_STATUS') return;
    const transaction = d.body.header?.requestingAgencyRequestId;
    const status = d.body.statusInfo?.status;
    if (!transaction || !status) return;
    try {
      if (!TERMINAL_STATUSES.has(enumFromWire('Status', status))) return;
      const completed = await this.complete({ transaction, partner: d.envelope.sender });
      if (completed > 0) this.log.info({ messageId: d.envelope.messageId, completed }, 'transaction completed');
    } catch (e) {
      this.log.error({ messageId: d.envelope.messageId, err: errCode(e) }, 'could not complete a transaction');
    }
  }

  /** Mark a transaction's links completed; with a retention period of 0 they are expunged at once. */
  async complete(which: { transaction: string; partner?: string | undefined } | { token: string }): Promise<number> {
    const n = await this.vault.complete(which);
    if (n > 0 && this.retentionDays === 0) await this.retain();
    return n;
  }

  async retain(): Promise<RetentionReport> {
    const report = await this.vault.retain({ outstanding: this.outstanding });
    this.logRetention(report);
    return report;
  }

  /** Rotate if due, expunge what retention allows, shred spent keys. */
  maintain(): Promise<MaintenanceReport> {
    const run = (this.running ?? Promise.resolve()).then(async () => {
      const report = await this.vault.maintain({ outstanding: this.outstanding });
      this.logRetention(report.retention);
      if (report.rotated) this.log.info({ key: report.rotated }, 'key rotated');
      if (report.shredded.length) this.log.info({ keys: report.shredded }, 'spent keys shredded');
      return report;
    });
    this.running = run.catch(() => undefined);
    return run;
  }

  start(): void {
    const every = this.opts.maintainEveryMs ?? HOUR_MS;
    if (every <= 0) return;
    const tick = () => {
      this.maintain().catch((e: unknown) => this.log.error({ err: errCode(e) }, 'token maintenance failed'));
      this.timer = setTimeout(tick, every).unref();
    };
    this.timer = setTimeout(tick, Math.min(every, FIRST_RUN_MS)).unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private readonly outstanding: OutstandingCheck = async (patronId) => {
    if (this.opts.outstanding) return this.opts.outstanding(patronId);
    if (!this.lookup) return undefined; // nothing can tell: keep the link (counted as deferred)
    let facts;
    try {
      facts = await this.lookup({ messageId: `retention-${randomUUID()}`, factsNeeded: ['owes'], patron: { patronId } });
    } catch {
      return undefined; // the library system did not answer (down, slow): keep the link (deferred)
    }
    if (facts === null) return false; // the patron is gone from the library's system: nothing is owed
    if (!facts.owes) return undefined;
    return facts.owes.materials || facts.owes.fines > 0;
  };

  private logRetention(r: RetentionReport): void {
    const { purged, keptOutstanding, deferred, withinPeriod, open, retentionDays } = r;
    this.log.info({ retentionDays, purged, keptOutstanding, deferred, withinPeriod, open }, 'retention run');
    if (purged > 0) this.metrics?.retentionPurges.child(this.library).inc(purged);
  }
}
