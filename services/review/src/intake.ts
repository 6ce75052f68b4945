// What happens once per arriving item, whatever instance takes it: the consortium notice
// of federal process (the Duxbury procedure: "the Library Director will notify the OCLN
// President, except when prohibited"). Pulled through the durable consumer review-intake.
import type { Directory } from '@ilr/directory';
import type { Logger } from '@ilr/log';
import { REVIEW_INTAKE_CONSUMER } from '@ilr/nats';
import type { ConsumerMessages, JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { logRef } from './decide.js';
import { parseItem } from './item.js';
import type { ReviewStore } from './store.js';
import type { NoticeRecord, QueuedItem } from './types.js';

const RETRY_MS = 5_000;

export interface IntakeStats {
  received: number;
  notices: number;
  unreadable: number;
}

/**
 * The notice, or null when none is due: the home's settings ask for it
 * (decision.review.notifyConsortium, federal process only) and no gag forbids it.
 * Built from the decision and directory only: no patron data can be in it.
 */
export async function noticeFor(item: QueuedItem, directory: Directory): Promise<NoticeRecord | null> {
  const ticket = item.decision.review;
  if (!ticket.notifyConsortium || ticket.gag) return null;
  const home = await directory.get(item.home);
  const contact = home?.consortiumContact;
  return {
    messageId: item.id,
    sender: item.sender,
    home: item.home,
    homeName: home?.name ?? item.home,
    to: contact ? { title: contact.title, library: contact.library, ...(contact.email ? { email: contact.email } : {}) } : null,
    process: { type: item.request.process?.type ?? item.decision.basis, issuer: item.request.process?.issuer ?? 'FEDERAL' },
    receivedAt: item.receivedAt.toISOString(),
    recordedAt: new Date().toISOString(),
  };
}

export class Intake {
  readonly stats: IntakeStats = { received: 0, notices: 0, unreadable: 0 };
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly js: JetStreamClient,
    private readonly directory: Directory,
    private readonly store: ReviewStore,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const consumer = await this.js.consumers.get(REVIEW_INTAKE_CONSUMER.stream, REVIEW_INTAKE_CONSUMER.durable);
    this.messages = await consumer.consume({ max_messages: 64 });
    const messages = this.messages;
    this.loop = (async () => {
      for await (const m of messages) await this.handle(m);
    })().catch((e: unknown) => this.logger.error({ err: (e as Error).message }, 'review intake stopped'));
  }

  async stop(): Promise<void> {
    await this.messages?.close();
    await this.loop;
  }

  private async handle(m: JsMsg): Promise<void> {
    this.stats.received++;
    let item: QueuedItem;
    try {
      item = parseItem({ data: m.data, seq: m.seq, timestampNanos: m.info.timestampNanos });
    } catch (e) {
      // Redelivering will not make it readable; it stays in the stream for operators.
      this.stats.unreadable++;
      this.logger.error({ seq: m.seq, err: (e as Error).message }, 'unreadable review item; terminated');
      m.term();
      return;
    }
    try {
      const notice = await noticeFor(item, this.directory);
      if (notice && (await this.store.recordNotice(notice))) {
        this.stats.notices++;
        if (notice.to) this.logger.info({ ...logRef(item), to: notice.to.library }, 'consortium notice recorded');
        else this.logger.warn({ ...logRef(item) }, 'federal process to notify, but the home library has no consortiumContact in the directory');
      }
      m.ack();
    } catch (e) {
      const ref = logRef(item);
      this.logger.error({ ...(ref ?? {}), err: (e as Error).message }, 'review intake failed; retried');
      m.nak(RETRY_MS);
    }
  }
}
