// The answers to ilr.ops.review.<home>.<role>.<action>. The subject (bound to the user
// by NATS permissions) says who acts; the JSON body says on what.
import type { Directory } from '@ilr/directory';
import type { ReviewAction, ReviewRole } from '@ilr/nats';
import { formatPath } from '@ilr/policy';
import type { z } from 'zod';
import { mayReadNotices, mayView, seesHomeDetail, whyNotActor } from './access.js';
import type { Decider } from './decide.js';
import { ReviewError } from './errors.js';
import { checkRelease } from './outcome.js';
import type { ReviewQueue } from './queue.js';
import type { ReviewStore, StoredOutcome } from './store.js';
import {
  zApproveRequest,
  zDenyRequest,
  zEmptyRequest,
  zShowRequest,
  type DecideAnswer,
  type ItemDetail,
  type ItemSummary,
  type ListAnswer,
  type NoticeStatus,
  type NoticesAnswer,
  type OutcomeView,
  type QueuedItem,
  type ShowAnswer,
} from './types.js';

/** Which item an ops request is about: its message id, and its sender where two used one id. */
interface ItemRef {
  id: string;
  sender?: string | undefined;
}

export interface Actor {
  home: string;
  role: ReviewRole;
}

export type OpsAnswer = ListAnswer | ShowAnswer | DecideAnswer | NoticesAnswer;

function parse<T>(schema: z.ZodType<T>, body: unknown, action: string): T {
  const r = schema.safeParse(body ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = formatPath(issue.path);
  throw new ReviewError('INVALID_REQUEST', `${action} request${field ? `: ${field}` : ''}: ${issue.message}`);
}

export class ReviewOps {
  constructor(
    private readonly queue: ReviewQueue,
    private readonly store: ReviewStore,
    private readonly directory: Directory,
    private readonly decider: Decider,
  ) {}

  async handle(actor: Actor, action: ReviewAction, body: unknown): Promise<OpsAnswer> {
    if (!(await this.directory.get(actor.home))) {
      throw new ReviewError('UNKNOWN_LIBRARY', `${actor.home} is not a member library`);
    }
    switch (action) {
      case 'list':
        parse(zEmptyRequest, body, 'list');
        return this.list(actor);
      case 'show':
        return this.show(actor, parse(zShowRequest, body, 'show'));
      case 'approve': {
        const req = parse(zApproveRequest, body, 'approve');
        return this.decide(actor, req, 'RELAY', req.release, req.reason, req.by);
      }
      case 'deny': {
        const req = parse(zDenyRequest, body, 'deny');
        return this.decide(actor, req, 'REFUSE', [], req.reason, req.by);
      }
      case 'notices':
        parse(zEmptyRequest, body, 'notices');
        return this.notices(actor);
    }
  }

  private async list(actor: Actor): Promise<ListAnswer> {
    const items = (await this.queue.pending(actor.home)).filter((i) => mayView(actor.role, i));
    return { home: actor.home, role: actor.role, items: items.map((i) => summary(i, actor.role)) };
  }

  /**
   * The item, if this actor may know it exists; otherwise the same error as for an id never
   * queued. Two senders may have used one id: then the sender must be named (only items the
   * actor may see count, so the question itself reveals nothing).
   */
  private async visible(actor: Actor, ref: ItemRef): Promise<QueuedItem> {
    const items = (await this.queue.withId(actor.home, ref.id, ref.sender)).filter((i) => mayView(actor.role, i));
    const from = ref.sender ? ` from ${ref.sender}` : '';
    if (items.length === 0) throw new ReviewError('UNKNOWN_ID', `no item ${ref.id}${from} in ${actor.home}'s review queue`);
    if (items.length > 1) {
      const senders = items.map((i) => i.sender).sort().join(', ');
      throw new ReviewError('INVALID_REQUEST', `${items.length} items in ${actor.home}'s review queue have id ${ref.id} (sent by ${senders}): name the sender`);
    }
    return items[0]!;
  }

  private async show(actor: Actor, ref: ItemRef): Promise<ShowAnswer> {
    const item = await this.visible(actor, ref);
    const [stored, notice] = await Promise.all([this.store.outcome(item.home, item.sender, item.id), this.noticeStatus(item)]);
    const home = seesHomeDetail(actor.role);
    const detail: ItemDetail = {
      ...summary(item, actor.role, stored),
      recipient: item.recipient,
      purpose: item.request.purpose,
      citations: item.decision.citations,
      pack: item.decision.pack,
      notice,
      ...(home ? { documentRef: item.documentRef, patronRef: item.patronRef } : {}),
      ...(stored ? { outcome: outcomeView(stored, home) } : {}),
    };
    return { item: detail };
  }

  private async decide(actor: Actor, ref: ItemRef, outcome: 'RELAY' | 'REFUSE', release: string[], reason: string, by: string | undefined): Promise<DecideAnswer> {
    const item = await this.visible(actor, ref);
    const id = item.id;
    const why = whyNotActor(actor.role, item);
    if (why) throw new ReviewError('NOT_AUTHORISED', `the ${actor.role} of ${actor.home} may not decide item ${id}: ${why}`);
    const released = outcome === 'RELAY' ? checkRelease(item, release) : [];
    const reviewer = { library: actor.home, role: actor.role, ...(by ? { name: by } : {}) };
    const r = await this.decider.decide(item, reviewer, outcome, released, reason);
    return { id, recipient: item.recipient, sender: item.sender, outcome: { ...outcomeView(r.stored, true), delivered: r.delivered }, alreadyDecided: !r.created };
  }

  private async notices(actor: Actor): Promise<NoticesAnswer> {
    if (!mayReadNotices(actor.role)) {
      throw new ReviewError('NOT_AUTHORISED', `consortium notices are for the director holding the office (and operators), not the ${actor.role}`);
    }
    return { library: actor.home, notices: await this.store.noticesTo(actor.home) };
  }

  private async noticeStatus(item: QueuedItem): Promise<NoticeStatus> {
    if (item.decision.review.gag) return { status: 'WITHHELD_GAG' };
    if (!item.decision.review.notifyConsortium) return { status: 'NOT_REQUIRED' };
    const n = await this.store.notice(item.home, item.sender, item.id);
    if (!n) return { status: 'PENDING' };
    return n.to ? { status: 'RECORDED', to: n.to, at: n.recordedAt } : { status: 'NO_CONTACT', at: n.recordedAt };
  }
}

function requesterText(item: QueuedItem): string {
  const f = item.request.from;
  if (f.type === 'LIBRARY') return `LIBRARY ${f.library}`;
  if (f.type === 'AGENCY') return `AGENCY ${f.agency}`;
  return `PERSON ${f.relation}`;
}

function summary(item: QueuedItem, role: ReviewRole, stored?: StoredOutcome | null): ItemSummary {
  const t = item.decision.review;
  const p = item.request.process;
  return {
    id: item.id,
    home: item.home,
    kind: item.kind,
    receivedAt: item.receivedAt.toISOString(),
    urgent: t.urgent,
    gag: t.gag,
    route: t.route,
    basis: item.decision.basis,
    ...(p ? { process: { type: p.type, issuer: p.issuer, criminal: p.criminal } } : {}),
    requester: requesterText(item),
    sender: item.sender,
    wants: item.request.wants,
    ceiling: t.ceiling,
    actionable: !stored && whyNotActor(role, item) === null,
  };
}

function outcomeView(stored: StoredOutcome, withReason: boolean): OutcomeView {
  const r = stored.record;
  return {
    outcome: r.outcome,
    released: r.released,
    ...(withReason ? { reason: r.reason } : {}),
    by: r.by,
    decidedAt: r.decidedAt,
    delivered: r.state === 'PUBLISHED',
  };
}
