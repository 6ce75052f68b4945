// The load: the mix sent at a steady pace, each message retried with the same id until
// the ingress stream has stored it (as a connector's user would: a send that was stored
// but whose PubAck was lost comes back as a duplicate and is dropped by the stream).
import { ConnectorError, type Connector } from '@ilr/connector';
import { MIX, type Job } from './mix.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const errText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface LoadOptions {
  total: number;
  perSecond: number;
  /** Sends awaiting their PubAck at once. Default 200. */
  maxInFlight?: number;
  /** Give up on one message after this long (the test then fails: it was never accepted). Default 60 s. */
  sendDeadlineMs?: number;
}

export class Load {
  /** Accepted messages (the ingress stream stored them): message id -> job. */
  readonly accepted = new Map<string, Job>();
  /** Send attempts that failed and were retried (server down, leader election...). */
  retries = 0;
  /** Messages never accepted within the deadline, with the last error. */
  readonly refused: { id: string; error: string }[] = [];
  private seq = 0;

  constructor(
    private readonly connectors: ReadonlyMap<string, Connector>,
    private readonly opts: LoadOptions,
  ) {}

  /** Sends everything at the given pace; resolves when every send has settled. */
  async run(): Promise<void> {
    const { total, perSecond } = this.opts;
    const maxInFlight = this.opts.maxInFlight ?? 200;
    const inFlight = new Set<Promise<void>>();
    const start = performance.now();
    for (let i = 0; i < total; i++) {
      const wait = start + (i * 1000) / perSecond - performance.now();
      if (wait > 0) await sleep(wait);
      while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      const p = this.sendOne(MIX[i % MIX.length]!).finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
    await Promise.all(inFlight);
  }

  private async sendOne(job: Job): Promise<void> {
    const connector = this.connectors.get(job.from)!;
    const messageId = `chaos-${process.pid}-${++this.seq}`;
    const deadline = Date.now() + (this.opts.sendDeadlineMs ?? 60_000);
    for (;;) {
      try {
        await connector.send(job.kind, job.to, job.body as never, { messageId });
        this.accepted.set(messageId, job);
        return;
      } catch (e) {
        if (!(e instanceof ConnectorError) || Date.now() > deadline) {
          this.refused.push({ id: messageId, error: errText(e) });
          return;
        }
        this.retries++;
        await sleep(250); // the connection is reconnecting or a leader is being elected
      }
    }
  }
}
