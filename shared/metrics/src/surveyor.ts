// JetStream stream and consumer state under nats-surveyor's names and label names, so the
// dashboards and alerts written for surveyor read ILR's too: nats_stream_total_messages,
// nats_stream_total_bytes, nats_stream_first_seq, nats_stream_last_seq,
// nats_stream_consumer_count, nats_consumer_num_pending, nats_consumer_num_ack_pending,
// nats_consumer_num_redelivered, nats_consumer_num_waiting, nats_consumer_ack_floor_stream_seq,
// nats_consumer_delivered_stream_seq, and nats_up. Surveyor reads them from the system
// account's $SYS JSZ; this reads the same numbers through the JetStream API of the account
// it is connected to (no system credentials): stream list (state only, no subjects detail)
// and consumer list, at most `maxStreams` / `maxConsumers`, durable consumers only
// (ephemeral and ordered consumers come and go, and would be series without end), once per
// scrape however many gauges ask. Never a message.
//
// The gag rule: ILR_REVIEW, ILR_DECISIONS, ILR_AUDIT and KV ilr-review count gagged items
// among the others (a review item, a decision, an audit entry, a reviewer's outcome), so
// their totals are for admins only (docs/OPERATIONS.md): left out unless `adminStreams`.
import { KV_BUCKETS, STREAMS, kvStreamName } from '@ilr/nats';
import type { ConsumerInfo, JetStreamManager, StreamInfo } from '@nats-io/jetstream';
import { Gauge, type Registry } from 'prom-client';

/** Surveyor's stream labels (collector_statz.go: account labels + jsz labels). */
export const SURVEYOR_STREAM_LABELS = ['account', 'account_name', 'cluster_name', 'raft_group', 'server_id', 'server_name', 'stream', 'stream_leader'] as const;
/** ...and for consumers. */
export const SURVEYOR_CONSUMER_LABELS = [...SURVEYOR_STREAM_LABELS, 'consumer_name', 'consumer_leader'] as const;

export interface NatsSurveyorOptions {
  /** Where the gauges are registered (the console's registry, for instance). */
  registry: Registry;
  /** The `account` label (surveyor: the account's id); default ''. */
  account?: string;
  /** The `account_name` label; default `account`. */
  accountName?: string;
  /** `server_id`/`server_name` labels; default: the connection's server (nc.info). */
  server?: { id: string; name: string };
  /** Streams read at most; default 100. */
  maxStreams?: number;
  /** Consumers read at most, over all streams; default 1000. */
  maxConsumers?: number;
  /** Include the admin-only streams (ADMIN_ONLY_STREAMS) and their consumers; default false. */
  adminStreams?: boolean;
  /** A survey is reused for this long (several gauges, close scrapes); default 1000 ms. */
  cacheMs?: number;
}

/** Streams whose totals count gagged items: admins only. */
export const ADMIN_ONLY_STREAMS: readonly string[] = [STREAMS.review.name, STREAMS.decisions.name, STREAMS.audit.name, kvStreamName(KV_BUCKETS.review.bucket)];

interface Survey {
  ok: boolean;
  streams: StreamInfo[];
  consumers: ConsumerInfo[];
}

type StreamLabel = (typeof SURVEYOR_STREAM_LABELS)[number];
type ConsumerLabel = (typeof SURVEYOR_CONSUMER_LABELS)[number];

/**
 * Registers the nats-surveyor gauges on `opts.registry`, each filled from one bounded survey
 * of the JetStream API per scrape. A failed survey leaves the stream and consumer gauges
 * empty and `nats_up` at 0 (the scrape itself still answers).
 */
export function natsSurveyorMetrics(jsm: JetStreamManager, opts: NatsSurveyorOptions): void {
  const maxStreams = opts.maxStreams ?? 100;
  const maxConsumers = opts.maxConsumers ?? 1000;
  const cacheMs = opts.cacheMs ?? 1000;
  const account = opts.account ?? '';
  const accountName = opts.accountName ?? account;
  const server = (): { id: string; name: string } => {
    if (opts.server) return opts.server;
    const info = (jsm as unknown as { nc?: { info?: { server_id?: string; server_name?: string } } }).nc?.info;
    return { id: info?.server_id ?? '', name: info?.server_name ?? '' };
  };

  let cached: { at: number; survey: Promise<Survey> } | undefined;
  const survey = (): Promise<Survey> => {
    const now = Date.now();
    if (!cached || now - cached.at > cacheMs) cached = { at: now, survey: read() };
    return cached.survey;
  };
  const read = async (): Promise<Survey> => {
    try {
      const streams: StreamInfo[] = [];
      for await (const si of jsm.streams.list()) {
        if (!opts.adminStreams && ADMIN_ONLY_STREAMS.includes(si.config.name)) continue;
        streams.push(si);
        if (streams.length >= maxStreams) break;
      }
      const consumers: ConsumerInfo[] = [];
      outer: for (const si of streams) {
        if (si.state.consumer_count === 0) continue;
        for await (const ci of jsm.consumers.list(si.config.name)) {
          if (!ci.config.durable_name) continue;
          consumers.push(ci);
          if (consumers.length >= maxConsumers) break outer;
        }
      }
      return { ok: true, streams, consumers };
    } catch {
      return { ok: false, streams: [], consumers: [] };
    }
  };

  const streamLabels = (si: StreamInfo): Record<StreamLabel, string> => {
    const s = server();
    return {
      account,
      account_name: accountName,
      cluster_name: si.cluster?.name ?? '',
      raft_group: si.cluster?.raft_group ?? '',
      server_id: s.id,
      server_name: s.name,
      stream: si.config.name,
      stream_leader: si.cluster?.leader ?? s.name,
    };
  };
  const byName = (streams: StreamInfo[]): Map<string, StreamInfo> => new Map(streams.map((s) => [s.config.name, s]));

  const registers = [opts.registry];
  const streamGauge = (name: string, help: string, value: (si: StreamInfo) => number): void => {
    new Gauge<StreamLabel>({
      name,
      help,
      labelNames: [...SURVEYOR_STREAM_LABELS],
      registers,
      async collect() {
        const { streams } = await survey();
        this.reset();
        for (const si of streams) this.labels(streamLabels(si)).set(value(si));
      },
    });
  };
  const consumerGauge = (name: string, help: string, value: (ci: ConsumerInfo) => number): void => {
    new Gauge<ConsumerLabel>({
      name,
      help,
      labelNames: [...SURVEYOR_CONSUMER_LABELS],
      registers,
      async collect() {
        const { streams, consumers } = await survey();
        const streamsByName = byName(streams);
        this.reset();
        for (const ci of consumers) {
          const si = streamsByName.get(ci.stream_name);
          if (!si) continue;
          const base = streamLabels(si);
          this.labels({ ...base, consumer_name: ci.name, consumer_leader: ci.cluster?.leader ?? base.server_name }).set(value(ci));
        }
      },
    });
  };

  new Gauge({
    name: 'nats_up',
    help: '1 if the last survey of JetStream succeeded, 0 otherwise',
    registers,
    async collect() {
      this.set((await survey()).ok ? 1 : 0);
    },
  });
  streamGauge('nats_stream_total_messages', 'Total number of messages from a stream', (s) => s.state.messages);
  streamGauge('nats_stream_total_bytes', 'Total stored bytes from a stream', (s) => s.state.bytes);
  streamGauge('nats_stream_first_seq', 'First sequence from a stream', (s) => s.state.first_seq);
  streamGauge('nats_stream_last_seq', 'Last sequence from a stream', (s) => s.state.last_seq);
  streamGauge('nats_stream_consumer_count', 'Total number of consumers from a stream', (s) => s.state.consumer_count);
  consumerGauge('nats_consumer_num_pending', 'Number of pending messages from a consumer', (c) => c.num_pending);
  consumerGauge('nats_consumer_num_ack_pending', 'Number of pending acks from a consumer', (c) => c.num_ack_pending);
  consumerGauge('nats_consumer_num_redelivered', 'Number of redelivered messages from a consumer', (c) => c.num_redelivered);
  consumerGauge('nats_consumer_num_waiting', 'Number of inflight fetch requests from a pull consumer', (c) => c.num_waiting);
  consumerGauge('nats_consumer_delivered_stream_seq', 'Latest stream sequence number of a stream', (c) => c.delivered.stream_seq);
  consumerGauge('nats_consumer_ack_floor_stream_seq', 'Number of ack floor stream seq from a consumer', (c) => c.ack_floor.stream_seq);
}
