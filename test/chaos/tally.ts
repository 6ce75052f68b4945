// What every library sees, counted the way the SDK user sees it: through
// Connector.deliveries() (the delivery handler, onReply, onError), one connector per library.
import { join } from 'node:path';
import { Connector, SampleIls, type BrokerError, type BrokerReply, type Delivery } from '@ilr/connector';
import { createLogger } from '@ilr/log';
import { enumFromWire } from '@ilr/wire';
import { MIX_LIBRARIES } from './mix.js';

const quiet = createLogger('chaos-connector', { level: 'silent' });

export interface Seen {
  /** Calls of the delivery handler, by recipient library (one entry per call). */
  deliveries: string[];
  /** Of those, calls the SDK flagged `redelivered` (a redelivery after a missed ack). */
  redelivered: number;
  /** FINAL replies to the sender, with their outcome. */
  finals: string[];
  pendings: number;
  /** Broker rejections (error replies), with their code. */
  errors: string[];
}

export const nothingSeen = (): Seen => ({ deliveries: [], redelivered: 0, finals: [], pendings: 0, errors: [] });

/** Every message id seen at every connector. `answered` counts FINAL replies and errors. */
export class Tally {
  readonly seen = new Map<string, Seen>();
  answered = 0;
  private waiters: { n: number; resolve: () => void }[] = [];

  private of(id: string): Seen {
    let s = this.seen.get(id);
    if (!s) this.seen.set(id, (s = nothingSeen()));
    return s;
  }

  delivery(library: string, d: Delivery): void {
    const s = this.of(d.envelope.messageId);
    s.deliveries.push(library);
    if (d.redelivered) s.redelivered++;
  }

  reply(r: BrokerReply): void {
    const s = this.of(r.correlationId);
    if (r.status === 'PENDING') return void s.pendings++;
    s.finals.push(r.reply ? enumFromWire('Outcome', r.reply.outcome) : 'NONE');
    this.answer();
  }

  error(e: BrokerError): void {
    this.of(e.correlationId).errors.push(e.error.code);
    this.answer();
  }

  /** Resolves once `n` FINAL replies and errors have been counted: what triggers a kill. */
  whenAnswered(n: number): Promise<void> {
    if (this.answered >= n) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ n, resolve }));
  }

  private answer(): void {
    this.answered++;
    this.waiters = this.waiters.filter((w) => (this.answered >= w.n ? void w.resolve() : true));
  }
}

/** A library's connector: answers fact lookups from its sample ILS, counts and acks everything it receives. */
export async function startCountingConnector(library: string, servers: string[], sample: string, tally: Tally): Promise<Connector> {
  const ils = await SampleIls.load(join(sample, 'ils', `${library}.json`));
  const connector = await Connector.connect({ library, servers, logger: quiet });
  await connector.serveFacts(ils.lookup);
  await connector.deliveries(
    (d) => {
      tally.delivery(library, d);
      d.ack();
    },
    { onReply: (r) => tally.reply(r), onError: (e) => tally.error(e) },
  );
  return connector;
}

/** One counting connector for every library of the mix. */
export async function startCountingConnectors(servers: string[], sample: string, tally: Tally): Promise<Map<string, Connector>> {
  const list = await Promise.all(MIX_LIBRARIES.map((l) => startCountingConnector(l, servers, sample, tally)));
  return new Map(list.map((c) => [c.library, c] as const));
}
