// The client side of ilr.ops.review: what `ilr review` uses. Connects with the reviewer's
// inbox prefix so that, under reviewerPermissions, replies arrive where only this home
// and role may read them.
import {
  NatsSetupError,
  connectNats,
  reviewOpsSubject,
  reviewerInboxPrefix,
  type IlrNats,
  type NatsCredentials,
  type ReviewAction,
  type ReviewRole,
} from '@ilr/nats';
import { errors, type Msg } from '@nats-io/transport-node';
import { ReviewError, isReviewErrorCode } from './errors.js';
import type { DecideAnswer, ItemDetail, ListAnswer, NoticesAnswer } from './types.js';

export interface ReviewClientOptions {
  /** The home library acted for (an operator: the library whose queue to read). */
  home: string;
  role: ReviewRole;
  servers?: string | string[];
  credentials?: NatsCredentials;
  /** Per request. Default 10 s. */
  timeoutMs?: number;
}

export class ReviewClient {
  private constructor(
    private readonly nats: IlrNats,
    readonly home: string,
    readonly role: ReviewRole,
    private readonly timeoutMs: number,
    private readonly owned: boolean,
  ) {}

  static async connect(o: ReviewClientOptions): Promise<ReviewClient> {
    const inboxPrefix = reviewerInboxPrefix(o.home, o.role); // also validates home and role
    const nats = await connectNats({
      name: `ilr-review-${o.role}-${o.home}`,
      inboxPrefix,
      ...(o.servers ? { servers: o.servers } : {}),
      ...(o.credentials ? { credentials: o.credentials } : {}),
    });
    return new ReviewClient(nats, o.home, o.role, o.timeoutMs ?? 10_000, true);
  }

  /** Over an existing connection (tests; it keeps its own inbox prefix). */
  static over(nats: IlrNats, home: string, role: ReviewRole, timeoutMs = 10_000): ReviewClient {
    reviewerInboxPrefix(home, role);
    return new ReviewClient(nats, home, role, timeoutMs, false);
  }

  list(): Promise<ListAnswer> {
    return this.ask<ListAnswer>('list', {});
  }

  // `sender` names the item when two libraries' messages in the queue have the same id.
  async show(id: string, sender?: string): Promise<ItemDetail> {
    return (await this.ask<{ item: ItemDetail }>('show', { id, ...(sender ? { sender } : {}) })).item;
  }

  approve(id: string, release: string[], reason: string, by?: string, sender?: string): Promise<DecideAnswer> {
    return this.ask<DecideAnswer>('approve', { id, ...(sender ? { sender } : {}), release, reason, ...(by ? { by } : {}) });
  }

  deny(id: string, reason: string, by?: string, sender?: string): Promise<DecideAnswer> {
    return this.ask<DecideAnswer>('deny', { id, ...(sender ? { sender } : {}), reason, ...(by ? { by } : {}) });
  }

  notices(): Promise<NoticesAnswer> {
    return this.ask<NoticesAnswer>('notices', {});
  }

  async close(): Promise<void> {
    if (this.owned) await this.nats.close();
  }

  private async ask<T>(action: ReviewAction, body: unknown): Promise<T> {
    const subject = reviewOpsSubject(this.home, this.role, action);
    let m: Msg;
    try {
      m = await this.nats.nc.request(subject, JSON.stringify(body), { timeout: this.timeoutMs });
    } catch (e) {
      throw requestError(e, subject, this.role, this.home);
    }
    const code = m.headers?.get('Nats-Service-Error-Code');
    if (code) {
      let parsed: { code?: unknown; message?: unknown } = {};
      try {
        parsed = m.json();
      } catch {
        // a bare service error: the header's text is all there is
      }
      const message = typeof parsed.message === 'string' ? parsed.message : m.headers?.get('Nats-Service-Error') || `error ${code}`;
      throw new ReviewError(isReviewErrorCode(parsed.code) ? parsed.code : 'INTERNAL', message);
    }
    return m.json<T>();
  }
}

function requestError(e: unknown, subject: string, role: ReviewRole, home: string): ReviewError {
  for (let x: unknown = e; x instanceof Error; x = x.cause) {
    if (x instanceof errors.NoRespondersError) {
      return new ReviewError('UNAVAILABLE', `no review service answers on ${subject}: is ilr-review running?`, { cause: e });
    }
    if (x instanceof errors.PermissionViolationError || /permissions violation/i.test(x.message)) {
      return new ReviewError('NOT_AUTHORISED', `NATS refused ${subject}: your credentials do not allow acting as the ${role} of ${home}`, { cause: e });
    }
    if (x instanceof errors.TimeoutError) {
      return new ReviewError('UNAVAILABLE', `no answer on ${subject} in time: the review service is busy or unreachable`, { cause: e });
    }
  }
  if (e instanceof NatsSetupError) return new ReviewError('INVALID_REQUEST', e.message, { cause: e });
  return new ReviewError('UNAVAILABLE', `request on ${subject} failed: ${(e as Error).message}`, { cause: e });
}
