// A real nats-server with the catalogue provisioned, the seeds' directory, the policy
// service and a router; a recorder of everything the broker publishes; fake connectors.
import { randomUUID } from 'node:crypto';
import { Directory, loadDirectoryFile } from '@ilr/directory';
import { createLogger } from '@ilr/log';
import { ROUTER_CONSUMER, connectNats, ensureConsumer, factsSubject, ingressSubject, messageKey, provision, type IlrNats } from '@ilr/nats';
import type { PatronFacts } from '@ilr/policy';
import { startPolicyService, type FactsRequest, type PolicyService } from '@ilr/policy-service';
import { SEEDS_FILE, startNats, type NatsServerHandle } from '@ilr/testing';
import { encodeMessage, type BodyInit, type Kind } from '@ilr/wire';
import type { Msg, MsgHdrs } from '@nats-io/transport-node';
import { startRouter, type Router } from '../src/index.js';

export const SEEDS = SEEDS_FILE;
export const silent = createLogger('test', { level: (process.env['TEST_LOG'] as 'info') ?? 'silent' });

export interface Seen {
  subject: string;
  headers: MsgHdrs | undefined;
  data: Uint8Array;
}

/** Records every message on the broker's output subjects; waitFor resolves on a match. */
export class Recorder {
  readonly seen: Seen[] = [];
  private waiters: { pred: (s: Seen) => boolean; resolve: (s: Seen) => void }[] = [];

  constructor(nats: IlrNats) {
    for (const s of ['ilr.out.>', 'ilr.decision.*', 'ilr.review.*', 'ilr.dlq.*']) {
      nats.nc.subscribe(s, { callback: (_e, m) => this.add(m) });
    }
  }

  private add(m: Msg): void {
    const s = { subject: m.subject, headers: m.headers, data: m.data };
    this.seen.push(s);
    this.waiters = this.waiters.filter((w) => (w.pred(s) ? void w.resolve(s) : true));
  }

  waitFor(pred: (s: Seen) => boolean): Promise<Seen> {
    const hit = this.seen.find(pred);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve) => this.waiters.push({ pred, resolve }));
  }

  /** Everything about one message id, from any sender (replies, deliveries, decisions, reviews, dead letters). */
  about(id: string): Seen[] {
    return this.seen.filter((s) => writeOf(s)?.id === id);
  }
}

/** The parts of a broker write's Nats-Msg-Id, `<sender>.<message_id>:<what>` (@ilr/outbound writeId). */
export function writeOf(s: Pick<Seen, 'headers'>): { sender: string; id: string; what: string } | undefined {
  const m = /^([a-z0-9-]+)\.([^:]+):(.+)$/.exec(s.headers?.get('Nats-Msg-Id') ?? '');
  return m ? { sender: m[1]!, id: m[2]!, what: m[3]! } : undefined;
}

export const isFinalReply = (id: string) => (s: Seen) => s.headers?.get('Ilr-Correlation-Id') === id && s.headers?.get('Ilr-Reply') === 'FINAL';
export const isPendingReply = (id: string) => (s: Seen) => s.headers?.get('Ilr-Correlation-Id') === id && s.headers?.get('Ilr-Reply') === 'PENDING';
/** The router's write `<what>` (decision, deliver, refer, review, reply...) about message `id`, from `sender` if given. */
export const wrote = (id: string, what: string, sender?: string) => (s: Seen) => {
  const w = writeOf(s);
  return w?.id === id && w.what === what && (sender === undefined || w.sender === sender);
};
export const isDeadLetter = (id: string, sender?: string) => (s: Seen) => s.subject.startsWith('ilr.dlq.') && wrote(id, 'dlq', sender)(s);

export interface Broker {
  server: NatsServerHandle;
  client: IlrNats;
  recorder: Recorder;
  router: Router;
  policy: PolicyService;
  stop(): Promise<void>;
}

export interface BrokerOptions {
  /** Extra nats-server configuration, e.g. `max_payload: 262144`. */
  serverConfig?: string;
  /** How long the policy service waits for a home connector's facts. Default 200 ms. */
  factsTimeoutMs?: number;
  /** Signing keys to list in the directory, by library id. */
  signingKeys?: Record<string, string[]>;
  /** Serve the router's and the policy service's /metrics (router.metricsUrl, policy.metricsUrl). */
  metrics?: boolean;
}

export async function startBroker(opts: BrokerOptions = {}): Promise<Broker> {
  const server = await startNats(opts.serverConfig ? { config: opts.serverConfig } : {});
  const conn = (name: string) => connectNats({ servers: server.url, name });
  const [client, svcConn, routerConn] = await Promise.all([conn('client'), conn('policy'), conn('router')]);
  const libraries = await loadDirectoryFile(SEEDS);
  await provision(client, { libraries: libraries.map((l) => l.id) });
  const dir = await Directory.open(client);
  for (const l of libraries) await dir.put(opts.signingKeys?.[l.id] ? { ...l, signingKeys: opts.signingKeys[l.id] } : l);
  // Redeliver after 1 s, at most 4 times: the catalogue's 30 s..30 min backoff is too slow
  // for a test (and nats-server 2.9 applies a consumer's backoff over a NAK delay).
  await ensureConsumer(await client.jetstreamManager(), { ...ROUTER_CONSUMER, ackWaitMs: 1000, backoffMs: [1000], maxDeliver: 4 });
  const recorder = new Recorder(client);
  await client.nc.flush();
  const metrics = opts.metrics ? { metrics: { port: 0 } } : {};
  const policy = await startPolicyService({ nats: svcConn, factsTimeoutMs: opts.factsTimeoutMs ?? 200, logger: silent, ...metrics });
  const router = await startRouter({ nats: routerConn, logger: silent, policyTimeoutMs: 3000, retryDelaysMs: [1000], ...metrics });
  return {
    server,
    client,
    recorder,
    router,
    policy,
    stop: async () => {
      await router.stop();
      await policy.stop();
      for (const c of [routerConn, svcConn, client]) await c.close();
      await server.stop();
    },
  };
}

export interface Sent {
  id: string;
}

/** Publishes an envelope as a connector would: JetStream, Nats-Msg-Id = <sender>.<message id> (the router's claim). */
export async function send<K extends Kind>(
  nats: IlrNats,
  env: { sender: string; recipient: string; kind: K; subjectSender?: string; messageId?: string; ingressMsgId?: string },
  body: BodyInit<K>,
): Promise<Sent> {
  const id = env.messageId ?? randomUUID();
  const bytes = encodeMessage({ messageId: id, sender: env.sender, recipient: env.recipient, kind: env.kind, createdAt: Date.now() }, body);
  await nats.jetstream().publish(ingressSubject(env.subjectSender ?? env.sender, env.kind), bytes, { msgID: env.ingressMsgId ?? messageKey(env.subjectSender ?? env.sender, id) });
  return { id };
}

/** A fake home connector answering ilr.facts.<home> (found: false when facts is null). */
export function connector(nats: IlrNats, home: string, facts: Partial<PatronFacts> | null) {
  const asked: FactsRequest[] = [];
  const sub = nats.nc.subscribe(factsSubject(home), {
    callback: (_e, m) => {
      asked.push(m.json<FactsRequest>());
      m.respond(JSON.stringify(facts ? { found: true, facts } : { found: false }));
    },
  });
  return { asked, stop: () => sub.unsubscribe() };
}

