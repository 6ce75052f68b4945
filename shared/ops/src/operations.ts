// The operations read models: what the web console and the `ilr` CLI show. Every view
// reads bounded ranges (stream and consumer info, a few messages from a sequence or a
// time, last-by-subject gets), never a whole stream, and returns no payload.
//
// The gag rule: an item under NSL/FISA nondisclosure (decision.review.gag) is in no number
// this returns. Figures split by outcome or home library leave gagged decisions out (flow),
// or come from the review service in the operator role, which never lists them (review
// counts); the stream totals of ILR_REVIEW, ILR_DECISIONS, ILR_AUDIT and the review
// service's bucket are shown to admins only; the audit tile counts chain breaks, not entries.
import {
  AUDIT_CONSUMER,
  CONSOLE_ACTION_SUBJECT,
  CONSOLE_HANDLED_FILTER,
  CONSOLE_VERIFY_SUBJECT,
  HEADERS,
  KV_BUCKETS,
  ROUTER_CONSUMER,
  STREAMS,
  consoleHandledSubject,
  isLibraryId,
  kvStreamName,
  libraryConsumerName,
  reviewOpsSubject,
  REVIEW_SERVICE,
} from '@ilr/nats';
import { JetStreamApiError, jetstream, jetstreamManager, type ConsumerInfo, type JetStreamClient, type JetStreamManager, type StreamInfo } from '@nats-io/jetstream';
import { Svcm } from '@nats-io/services';
import type { NatsConnection } from '@nats-io/transport-node';
import { countSince, headersAt, readBackwards, readRange, type StoredMsg, type Streams } from './read.js';
import { deadLetterOf, decisionOf, homeOfPendingReason, iso, msgIdOf } from './records.js';
import { OpsError } from './errors.js';
import { FlowCounter } from './flow.js';
import { traceMessage, type TraceOptions } from './trace.js';
import type {
  ActionRecord,
  ActionRow,
  AuditStatus,
  AuditVerification,
  ConsumerRow,
  DeadLetterFilter,
  DeadLetterList,
  DeadLetterRow,
  EventRow,
  FlowSample,
  HandledMark,
  LibraryRow,
  OperationsOptions,
  ReviewCountRow,
  ReviewCounts,
  ServerStatus,
  ServiceRow,
  StreamRow,
  Tile,
  TilePart,
  TileStatus,
  TraceEvent,
} from './types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Streams whose totals count gagged items: admins only. */
const ADMIN_ONLY_COUNTS = new Set<string>([STREAMS.review.name, STREAMS.decisions.name, STREAMS.audit.name, kvStreamName(KV_BUCKETS.review.bucket)]);
/** Bounds of the reads behind the tiles (each a few round trips). */
const PENDING_SCAN = 5_000;
const CODES_SAMPLE = 500;
/** Libraries whose oldest waiting delivery is read (one filtered read each): the tile, and the libraries view. */
const OFFLINE_AGES = 5;
const LIBRARY_AGES = 20;
const DEAD_LETTER_SCAN = 20_000;
const REVIEW_CONCURRENCY = 16;

const nsToMs = (ns: number | undefined): number => Math.round((ns ?? 0) / 1_000_000);
const age = (now: number, t: number | undefined): number | null => (t === undefined ? null : Math.max(0, now - t));
const lastActive = (v: unknown): string | null => {
  if (typeof v !== 'string' || v.startsWith('0001-')) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : iso(t);
};
const worst = (...s: TileStatus[]): TileStatus => (s.includes('alert') ? 'alert' : s.includes('attention') ? 'attention' : 'ok');
const text = (v: unknown, max: number, what: string): string => {
  if (typeof v !== 'string' || v.trim() === '') throw new OpsError('INVALID_INPUT', `${what} is required`);
  if (v.length > max) throw new OpsError('INVALID_INPUT', `${what} is longer than ${max} characters`);
  if (/[\u0000-\u001f\u007f]/.test(v.replace(/\n/g, ''))) throw new OpsError('INVALID_INPUT', `${what} holds control characters`);
  return v.trim();
};

function isNotFound(e: unknown): boolean {
  return e instanceof JetStreamApiError && (e.code === 10014 || e.code === 10059 || e.code === 10037);
}

/** Up to `n` at a time. */
async function mapLimit<T, R>(xs: readonly T[], n: number, f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(xs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, xs.length) }, async () => {
      while (next < xs.length) {
        const i = next++;
        out[i] = await f(xs[i]!);
      }
    }),
  );
  return out;
}

interface PendingScan {
  /** Outstanding PENDING messages by home library. */
  byHome: Map<string, { count: number; oldest: number }>;
  inFlight: number;
  complete: boolean;
}

export class Operations {
  private readonly nc: NatsConnection;
  private readonly now: () => number;
  private readonly timeoutMs: number;
  private readonly monitorUrl: string | undefined;
  private streamsApi: Promise<Streams> | undefined;
  private readonly flow = new FlowCounter();

  constructor(opts: OperationsOptions) {
    this.nc = opts.nc;
    this.now = opts.now ?? Date.now;
    this.timeoutMs = opts.requestTimeoutMs ?? 2_000;
    this.monitorUrl = opts.monitorUrl?.replace(/\/+$/, '');
  }

  private api(): Promise<Streams> {
    this.streamsApi ??= (async () => {
      const jsm: JetStreamManager = await jetstreamManager(this.nc);
      const js: JetStreamClient = jetstream(this.nc);
      return { js, jsm };
    })().catch((e: unknown) => {
      this.streamsApi = undefined;
      throw new OpsError('UNAVAILABLE', `JetStream is not available: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    });
    return this.streamsApi;
  }

  private async consumerInfo(stream: string, name: string): Promise<ConsumerInfo | undefined> {
    const { jsm } = await this.api();
    try {
      return await jsm.consumers.info(stream, name);
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  private async streamInfo(stream: string, subjectsFilter?: string): Promise<StreamInfo | undefined> {
    const { jsm } = await this.api();
    try {
      return await jsm.streams.info(stream, subjectsFilter ? { subjects_filter: subjectsFilter } : undefined);
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  // -------------------------------------------------------------------------------------
  // Needs attention
  // -------------------------------------------------------------------------------------

  /** The needs-attention tiles, in the console's order. */
  async attention(): Promise<Tile[]> {
    const now = this.now();
    const pending = this.pendingScan(now);
    const tiles = await Promise.all([
      this.ingressTile(now),
      pending.then((p) => this.pendingTile(p)),
      this.deadLetterTile(now),
      this.reviewTile(),
      this.offlineTile(now),
      this.auditTile(),
      this.storageTile(),
      this.serverTile(),
    ]);
    return tiles;
  }

  private async ingressTile(now: number): Promise<Tile> {
    const s = await this.api();
    const c = await this.consumerInfo(ROUTER_CONSUMER.stream, ROUTER_CONSUMER.durable);
    if (!c) return { id: 'ingress-backlog', title: 'Ingress backlog', count: 0, oldestAgeMs: null, status: 'alert', detail: 'the router consumer does not exist: run provisioning' };
    const count = c.num_pending;
    const oldest = count > 0 ? await headersAt(s, ROUTER_CONSUMER.stream, c.delivered.stream_seq + 1) : undefined;
    const oldestAgeMs = age(now, oldest?.time);
    const routers = c.num_waiting;
    const status: TileStatus = routers === 0 && count > 0 ? 'alert' : (oldestAgeMs ?? 0) > 10 * 60_000 ? 'alert' : (oldestAgeMs ?? 0) > 30_000 ? 'attention' : 'ok';
    return {
      id: 'ingress-backlog',
      title: 'Ingress backlog',
      count,
      oldestAgeMs,
      status,
      detail: `${count} not yet taken by a router; ${routers === 0 ? 'no router is pulling' : `${routers} pull request${routers === 1 ? '' : 's'} waiting`}`,
    };
  }

  /**
   * PENDING messages by home library: the router's unacked messages wait for a retry; the
   * home of each is in the PENDING reply's reason (headers only, `ilr.out.*.reply`), read
   * from the oldest unacked message's time, less those answered FINAL or dead-lettered since.
   */
  private async pendingScan(now: number): Promise<PendingScan> {
    const s = await this.api();
    const c = await this.consumerInfo(ROUTER_CONSUMER.stream, ROUTER_CONSUMER.durable);
    const byHome = new Map<string, { count: number; oldest: number }>();
    if (!c || c.num_ack_pending === 0) return { byHome, inFlight: 0, complete: true };
    const oldest = await headersAt(s, ROUTER_CONSUMER.stream, c.ack_floor.stream_seq + 1);
    const from = (oldest?.time ?? now - DAY) - 1_000;
    const [replies, dead] = await Promise.all([
      readRange(s, { stream: STREAMS.delivery.name, filter: 'ilr.out.*.reply', startTime: from, headersOnly: true, max: PENDING_SCAN }),
      readRange(s, { stream: STREAMS.deadLetter.name, startTime: from, max: PENDING_SCAN }),
    ]);
    const open = new Map<string, { home: string; at: number }>();
    const settled = new Set<string>();
    for (const m of replies.messages) {
      const id = msgIdOf(m);
      const cut = id.lastIndexOf(':');
      if (cut < 0) continue;
      const key = id.slice(0, cut);
      const what = id.slice(cut + 1);
      if (what === 'pending') {
        const home = homeOfPendingReason(m.headers?.get(HEADERS.reason) ?? '') ?? 'unknown';
        if (!settled.has(key)) open.set(key, { home, at: m.time });
      } else if (what === 'reply') {
        settled.add(key);
        open.delete(key);
      }
    }
    for (const m of dead.messages) {
      const dl = deadLetterOf(m);
      if (dl) open.delete(`${dl.sender}.${dl.messageId}`);
    }
    for (const { home, at } of open.values()) {
      const h = byHome.get(home) ?? { count: 0, oldest: at };
      h.count++;
      h.oldest = Math.min(h.oldest, at);
      byHome.set(home, h);
    }
    return { byHome, inFlight: c.num_ack_pending, complete: replies.messages.length === replies.matching && dead.messages.length === dead.matching };
  }

  private pendingTile(p: PendingScan): Tile {
    const now = this.now();
    const parts: TilePart[] = [...p.byHome.entries()]
      .map(([home, h]) => ({ label: home, count: h.count, oldestAgeMs: Math.max(0, now - h.oldest) }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    const count = parts.reduce((n, x) => n + x.count, 0);
    const oldestAgeMs = parts.length ? Math.max(...parts.map((x) => x.oldestAgeMs ?? 0)) : null;
    return {
      id: 'pending',
      title: 'PENDING retries by home library',
      count,
      oldestAgeMs,
      status: count === 0 ? 'ok' : (oldestAgeMs ?? 0) > HOUR ? 'alert' : 'attention',
      detail: `${count} waiting on a home library's facts${parts.length ? ` (${parts.map((x) => `${x.label} ${x.count}`).join(', ')})` : ''}; ${p.inFlight} unacked at the router${p.complete ? '' : '; more replies than the scan reads'}`,
      parts,
    };
  }

  private async deadLetterTile(now: number): Promise<Tile> {
    const s = await this.api();
    const since = now - DAY;
    const [{ count, first }, info] = await Promise.all([countSince(s, STREAMS.deadLetter.name, since), this.streamInfo(STREAMS.deadLetter.name)]);
    const byCode = new Map<string, number>();
    let handled = 0;
    if (count > 0 && info) {
      const marks = await this.handledSeqs();
      const start = Math.max(first?.seq ?? 1, info.state.last_seq - CODES_SAMPLE + 1);
      const r = await readRange(s, { stream: STREAMS.deadLetter.name, startSeq: start, max: CODES_SAMPLE });
      for (const m of r.messages) {
        const dl = deadLetterOf(m);
        if (!dl) continue;
        byCode.set(dl.code, (byCode.get(dl.code) ?? 0) + 1);
        if (marks.has(m.seq)) handled++;
      }
    }
    const sampled = [...byCode.values()].reduce((a, b) => a + b, 0);
    const parts = [...byCode.entries()].map(([label, n]) => ({ label, count: n })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    return {
      id: 'dead-letters',
      title: 'Dead letters (24 h)',
      count,
      oldestAgeMs: age(now, first?.time),
      status: count === 0 || handled >= count ? 'ok' : 'attention',
      detail:
        count === 0
          ? 'none in the last 24 hours'
          : `${parts.map((p) => `${p.label} ${p.count}`).join(', ')}${sampled < count ? ` (codes of the newest ${sampled})` : ''}; ${handled} marked handled`,
      parts,
    };
  }

  private async reviewTile(): Promise<Tile> {
    let counts: ReviewCounts;
    try {
      counts = await this.reviewCounts();
    } catch (e) {
      return { id: 'review', title: 'Review queue', count: 0, oldestAgeMs: null, status: 'alert', detail: `no counts: ${(e as Error).message}` };
    }
    const byHome = new Map<string, { count: number; oldest: number | null }>();
    for (const r of counts.rows) {
      const h = byHome.get(r.home) ?? { count: 0, oldest: null };
      h.count += r.count;
      h.oldest = Math.max(h.oldest ?? 0, r.oldestAgeMs ?? 0);
      byHome.set(r.home, h);
    }
    const urgent = counts.rows.filter((r) => r.urgent).reduce((n, r) => n + r.count, 0);
    const oldest = counts.rows.length ? Math.max(...counts.rows.map((r) => r.oldestAgeMs ?? 0)) : null;
    return {
      id: 'review',
      title: 'Review queue',
      count: counts.total,
      oldestAgeMs: oldest,
      status: counts.unanswered.length ? 'alert' : urgent > 0 ? 'alert' : counts.total > 0 ? 'attention' : 'ok',
      detail: `${counts.total} waiting for a person${urgent ? `, ${urgent} urgent` : ''}${counts.unanswered.length ? `; the review service did not answer for ${counts.unanswered.join(', ')}` : ''}`,
      parts: [...byHome.entries()].map(([label, h]) => ({ label, count: h.count, oldestAgeMs: h.oldest })),
    };
  }

  private async deliveryConsumers(): Promise<Map<string, ConsumerInfo>> {
    const { jsm } = await this.api();
    const out = new Map<string, ConsumerInfo>();
    try {
      for await (const c of jsm.consumers.list(STREAMS.delivery.name)) {
        if (c.config.durable_name && c.name.startsWith('deliver-')) out.set(c.name.slice('deliver-'.length), c);
      }
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
    return out;
  }

  private async offlineTile(now: number): Promise<Tile> {
    const s = await this.api();
    const consumers = await this.deliveryConsumers();
    const offline = [...consumers.entries()].filter(([, c]) => c.num_waiting === 0 && c.num_pending + c.num_ack_pending > 0);
    // The oldest waiting delivery is read for the libraries with the most waiting (a filtered read each): the others' ages are null.
    offline.sort(([a, x], [b, y]) => y.num_pending + y.num_ack_pending - (x.num_pending + x.num_ack_pending) || a.localeCompare(b));
    const parts = await mapLimit(offline.slice(0, OFFLINE_AGES), OFFLINE_AGES, async ([lib, c]) => {
      const first = await headersAt(s, STREAMS.delivery.name, c.ack_floor.stream_seq + 1, c.config.filter_subject);
      return { label: lib, count: c.num_pending + c.num_ack_pending, oldestAgeMs: age(now, first?.time) };
    });
    for (const [lib, c] of offline.slice(OFFLINE_AGES)) parts.push({ label: lib, count: c.num_pending + c.num_ack_pending, oldestAgeMs: null });
    parts.sort((a, b) => (b.oldestAgeMs ?? 0) - (a.oldestAgeMs ?? 0) || a.label.localeCompare(b.label));
    const oldestAgeMs = parts.length ? Math.max(...parts.map((p) => p.oldestAgeMs ?? 0)) : null;
    return {
      id: 'libraries-offline',
      title: 'Libraries offline with deliveries waiting',
      count: offline.length,
      oldestAgeMs,
      status: offline.length === 0 ? 'ok' : (oldestAgeMs ?? 0) > HOUR ? 'alert' : 'attention',
      detail: offline.length === 0 ? `all ${consumers.size} libraries with deliveries are pulling` : parts.map((p) => `${p.label} ${p.count}`).join(', '),
      parts,
    };
  }

  private async auditTile(): Promise<Tile> {
    const a = await this.audit();
    const v = a.lastVerification;
    const breaks = v && !v.ok ? 1 : 0;
    return {
      id: 'audit',
      title: 'Audit chain',
      count: breaks,
      oldestAgeMs: a.oldestUnauditedAgeMs,
      status: a.status,
      // No entry count here: the tile is every viewer's, and ILR_AUDIT's counts include gagged items.
      detail: `${v ? (v.ok ? `verified intact ${v.at}` : `BROKEN at seq ${v.firstBreak?.seq ?? '?'} (${v.firstBreak?.code ?? '?'}), verified ${v.at}`) : 'never verified from the console'}; ${a.behind ? 'the audit writer is behind' : 'the audit writer is caught up'}`,
    };
  }

  private async storageTile(): Promise<Tile> {
    const { jsm } = await this.api();
    const a = await jsm.getAccountInfo();
    const limit = a.limits?.max_storage ?? -1;
    const share = limit > 0 ? a.storage / limit : null;
    return {
      id: 'storage',
      title: 'JetStream storage',
      count: a.storage,
      oldestAgeMs: null,
      status: share === null ? 'ok' : share > 0.9 ? 'alert' : share > 0.75 ? 'attention' : 'ok',
      detail: `${(a.storage / 1_048_576).toFixed(1)} MiB on disk, ${(a.memory / 1_048_576).toFixed(1)} MiB in memory${limit > 0 ? ` of ${(limit / 1_048_576).toFixed(0)} MiB (${Math.round((share ?? 0) * 100)}%)` : ' (no account limit)'}; ${a.streams} streams, ${a.consumers} consumers`,
    };
  }

  private async serverTile(): Promise<Tile> {
    const s = await this.server();
    const healthy = s.jetstream && (s.healthz ? s.healthz.ok : true);
    return {
      id: 'server',
      title: 'NATS server',
      count: s.account.apiErrors,
      oldestAgeMs: null,
      status: !healthy ? 'alert' : s.monitorError ? 'attention' : 'ok',
      detail: `${s.serverName} ${s.version}, JetStream ${s.jetstream ? 'on' : 'OFF'}, round trip ${s.rttMs} ms${s.healthz ? `, healthz ${s.healthz.ok ? 'ok' : s.healthz.error ?? 'failing'}` : ''}${s.monitorError ? `, monitoring: ${s.monitorError}` : ''}; ${s.account.apiErrors} JetStream API errors of ${s.account.apiTotal}`,
    };
  }

  // -------------------------------------------------------------------------------------
  // Streams and consumers
  // -------------------------------------------------------------------------------------

  /** Every ILR stream and bucket with its durable consumers. Counts of ILR_REVIEW, ILR_DECISIONS and ILR_AUDIT (and the review bucket) for admins only. */
  async streams(opts: { admin: boolean }): Promise<StreamRow[]> {
    const { jsm } = await this.api();
    const ours = new Set<string>([...Object.values(STREAMS).map((s) => s.name), ...Object.values(KV_BUCKETS).map((b) => kvStreamName(b.bucket))]);
    const infos: StreamInfo[] = [];
    for await (const si of jsm.streams.list()) if (ours.has(si.config.name)) infos.push(si);
    infos.sort((a, b) => a.config.name.localeCompare(b.config.name));
    return Promise.all(
      infos.map(async (si): Promise<StreamRow> => {
        const shown = opts.admin || !ADMIN_ONLY_COUNTS.has(si.config.name);
        const consumers: ConsumerRow[] = [];
        let ephemeral = 0;
        if (shown && si.state.consumer_count > 0) {
          for await (const c of jsm.consumers.list(si.config.name)) {
            if (!c.config.durable_name) {
              ephemeral++;
              continue;
            }
            consumers.push(consumerRow(c));
          }
        }
        consumers.sort((a, b) => a.name.localeCompare(b.name));
        const c = si.config;
        return {
          name: c.name,
          description: c.description ?? '',
          subjects: [...(c.subjects ?? [])],
          limits: {
            maxAgeMs: nsToMs(c.max_age),
            maxMsgs: c.max_msgs,
            maxBytes: c.max_bytes,
            maxMsgSize: c.max_msg_size ?? -1,
            discard: String(c.discard),
            replicas: c.num_replicas,
            storage: String(c.storage),
          },
          countsShown: shown,
          messages: shown ? si.state.messages : null,
          bytes: shown ? si.state.bytes : null,
          firstSeq: shown ? si.state.first_seq : null,
          lastSeq: shown ? si.state.last_seq : null,
          lastTime: shown && si.state.messages > 0 ? lastActive(si.state.last_ts) : null,
          consumers,
          ephemeralConsumers: shown ? ephemeral : null,
        };
      }),
    );
  }

  // -------------------------------------------------------------------------------------
  // Libraries
  // -------------------------------------------------------------------------------------

  /** Every member of the directory with the state of its deliveries. */
  async libraries(): Promise<LibraryRow[]> {
    const s = await this.api();
    const now = this.now();
    const dirSubject = `$KV.${KV_BUCKETS.directory.bucket}.>`;
    const [dir, consumers, dlq, pending] = await Promise.all([
      readRange(s, { stream: kvStreamName(KV_BUCKETS.directory.bucket), filter: dirSubject, lastPerSubject: true, max: 10_000 }),
      this.deliveryConsumers(),
      this.streamInfo(STREAMS.deadLetter.name, 'ilr.dlq.*'),
      this.pendingScan(now),
    ]);
    const deadBySender = new Map<string, number>();
    for (const [subject, n] of Object.entries(dlq?.state.subjects ?? {})) deadBySender.set(subject.slice('ilr.dlq.'.length), n);
    const rows: LibraryRow[] = [];
    const waitingFirst = new Map<string, () => Promise<StoredMsg | undefined>>();
    for (const m of dir.messages) {
      const op = m.headers?.get('KV-Operation');
      if (op === 'DEL' || op === 'PURGE') continue;
      let entry: { id?: unknown; name?: unknown; jurisdiction?: unknown; signingKeys?: unknown };
      try {
        entry = JSON.parse(new TextDecoder().decode(m.data)) as typeof entry;
      } catch {
        continue;
      }
      const id = typeof entry.id === 'string' && isLibraryId(entry.id) ? entry.id : undefined;
      if (!id) continue;
      const c = consumers.get(id);
      const waiting = c ? c.num_pending + c.num_ack_pending : 0;
      if (c && waiting > 0) waitingFirst.set(id, () => headersAt(s, STREAMS.delivery.name, c.ack_floor.stream_seq + 1, c.config.filter_subject));
      const ackAt = c ? Date.parse(String(c.ack_floor.last_active ?? '')) : NaN;
      rows.push({
        id,
        name: typeof entry.name === 'string' ? entry.name : id,
        jurisdiction: typeof entry.jurisdiction === 'string' ? entry.jurisdiction : '',
        connected: c ? c.num_waiting > 0 : null,
        deliveriesWaiting: waiting,
        oldestWaitingAgeMs: null,
        lastAckAgeMs: Number.isNaN(ackAt) || ackAt <= 0 || String(c?.ack_floor.last_active).startsWith('0001-') ? null : Math.max(0, now - ackAt),
        redeliveries: c?.num_redelivered ?? 0,
        deadLetters: deadBySender.get(id) ?? 0,
        pendingOnFacts: pending.byHome.get(id)?.count ?? 0,
        signingKeys: Array.isArray(entry.signingKeys) ? entry.signingKeys.filter((k): k is string => typeof k === 'string') : [],
      });
    }
    // Bounded: the oldest waiting delivery is read for the LIBRARY_AGES libraries with the most waiting (one filtered read each).
    const ids = [...waitingFirst.keys()]
      .sort((a, b) => rows.find((r) => r.id === b)!.deliveriesWaiting - rows.find((r) => r.id === a)!.deliveriesWaiting || a.localeCompare(b))
      .slice(0, LIBRARY_AGES);
    await mapLimit(ids, 8, async (id) => {
      const first = await waitingFirst.get(id)!();
      const row = rows.find((r) => r.id === id)!;
      row.oldestWaitingAgeMs = age(now, first?.time);
    });
    return rows.sort((a, b) => a.id.localeCompare(b.id));
  }

  // -------------------------------------------------------------------------------------
  // Dead letters
  // -------------------------------------------------------------------------------------

  private async handledSeqs(): Promise<Set<number>> {
    const info = await this.streamInfo(STREAMS.console.name, CONSOLE_HANDLED_FILTER);
    return new Set(Object.keys(info?.state.subjects ?? {}).map((s) => Number(s.slice(s.lastIndexOf('.') + 1))));
  }

  private async handledMark(seq: number): Promise<HandledMark | undefined> {
    const { jsm } = await this.api();
    try {
      const m = await jsm.streams.getMessage(STREAMS.console.name, { last_by_subj: consoleHandledSubject(seq) });
      if (!m) return undefined;
      const j = m.json<HandledMark>();
      return { by: String(j.by), note: String(j.note ?? ''), at: String(j.at) };
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  /** Dead letters matching the filter, newest first; a bounded search (`complete` says whether it reached the start of the range). */
  async deadLetters(filter: DeadLetterFilter = {}): Promise<DeadLetterList> {
    const limit = Math.min(Math.max(1, filter.limit ?? 50), 1000);
    if (filter.sender !== undefined && !isLibraryId(filter.sender)) throw new OpsError('INVALID_INPUT', `sender "${filter.sender}" is not a library id`);
    const s = await this.api();
    const info = await this.streamInfo(STREAMS.deadLetter.name);
    if (!info || info.state.messages === 0) return { rows: [], scanned: 0, complete: true };
    const since = filter.since?.getTime();
    const until = filter.until?.getTime();
    // With a start time the scan begins there; otherwise it walks back from the newest.
    const firstSeq = since !== undefined ? ((await countSince(s, STREAMS.deadLetter.name, since)).first?.seq ?? info.state.last_seq + 1) : info.state.first_seq;
    const r = await readBackwards(s, {
      stream: STREAMS.deadLetter.name,
      ...(filter.sender ? { filter: `ilr.dlq.${filter.sender}` } : {}),
      firstSeq,
      lastSeq: info.state.last_seq,
      want: limit,
      window: 2_000,
      scanLimit: DEAD_LETTER_SCAN,
      keep: (m) => {
        const dl = deadLetterOf(m);
        if (!dl) return false;
        if (filter.code && dl.code !== filter.code.toUpperCase()) return false;
        if (filter.messageId && dl.messageId !== filter.messageId) return false;
        if (until !== undefined && Date.parse(dl.at) >= until) return false;
        return true;
      },
    });
    const marks = await this.handledSeqs();
    const rows = await Promise.all(
      r.kept.map(async (m) => {
        const row = deadLetterOf(m)!;
        const handled = marks.has(m.seq) ? await this.handledMark(m.seq) : undefined;
        return handled ? { ...row, handled } : row;
      }),
    );
    return { rows, scanned: r.scanned, complete: r.complete };
  }

  /** One dead letter by its ILR_DEADLETTER sequence; undefined if there is none. */
  async deadLetter(seq: number): Promise<DeadLetterRow | undefined> {
    if (!Number.isSafeInteger(seq) || seq < 1) throw new OpsError('INVALID_INPUT', `"${seq}" is not a dead-letter sequence (a whole number from 1)`);
    const { jsm } = await this.api();
    let m;
    try {
      m = await jsm.streams.getMessage(STREAMS.deadLetter.name, { seq });
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
    if (!m) return undefined;
    const row = deadLetterOf({ seq: m.seq, time: m.time.getTime(), subject: m.subject, headers: m.header, data: m.data, size: m.data.length });
    if (!row) return undefined;
    const handled = await this.handledMark(seq);
    return handled ? { ...row, handled } : row;
  }

  /** Marks a dead letter handled (the last mark counts) and records the action. */
  async markHandled(seq: number, mark: { by: string; note: string }): Promise<HandledMark> {
    const by = text(mark.by, 120, 'by');
    const note = mark.note === undefined || mark.note === '' ? '' : text(mark.note, 1000, 'note');
    if (!(await this.deadLetter(seq))) throw new OpsError('NOT_FOUND', `no dead letter at ILR_DEADLETTER seq ${seq}`);
    const { js } = await this.api();
    const record: HandledMark = { by, note, at: iso(this.now()) };
    await js.publish(consoleHandledSubject(seq), JSON.stringify(record));
    await this.recordAction({ by, action: 'dead-letter.handled', target: `${STREAMS.deadLetter.name}#${seq}`, ...(note ? { note } : {}) });
    return record;
  }

  // -------------------------------------------------------------------------------------
  // Trace, review counts, flow
  // -------------------------------------------------------------------------------------

  /** What became of one message, a timeline of ids, times, codes and decisions; never a payload. */
  async trace(sender: string, messageId: string, opts: TraceOptions = {}): Promise<TraceEvent[]> {
    if (!isLibraryId(sender)) throw new OpsError('INVALID_INPUT', `sender "${sender}" is not a library id`);
    if (typeof messageId !== 'string' || messageId === '' || messageId.length > 64) throw new OpsError('INVALID_INPUT', 'a message id of 1 to 64 characters is required');
    return traceMessage(await this.api(), sender, messageId, { now: this.now(), ...opts }, (stream, name) => this.consumerInfo(stream, name));
  }

  /**
   * The review queue per home library, route and urgency, from the review service in the
   * operator role: it never lists a gagged item to an operator, so none is counted.
   * Only homes with anything in ILR_REVIEW are asked.
   */
  async reviewCounts(): Promise<ReviewCounts> {
    // Asked first, so that a service that is down says nothing of which homes have items
    // (a gagged item's home would otherwise show as "not answered").
    if (!(await this.reviewServiceUp())) throw new OpsError('UNAVAILABLE', 'the review service (ilr-review) is not running');
    const info = await this.streamInfo(STREAMS.review.name, 'ilr.review.*');
    const homes = Object.keys(info?.state.subjects ?? {}).map((s) => s.slice('ilr.review.'.length)).filter(isLibraryId).sort();
    const now = this.now();
    const unanswered: string[] = [];
    const groups = new Map<string, ReviewCountRow & { oldest: number }>();
    await mapLimit(homes, REVIEW_CONCURRENCY, async (home) => {
      let answer: { items?: Array<{ route?: unknown; urgent?: unknown; gag?: unknown; receivedAt?: unknown }> };
      try {
        const m = await this.nc.request(reviewOpsSubject(home, 'operator', 'list'), '{}', { timeout: this.timeoutMs });
        if (m.headers?.hasError) throw new Error(m.headers.description || `error ${m.headers.code}`);
        answer = m.json();
      } catch {
        unanswered.push(home);
        return;
      }
      for (const item of answer.items ?? []) {
        if (item.gag === true) continue; // never listed to an operator; and never counted
        const route = typeof item.route === 'string' ? item.route : 'UNKNOWN';
        const urgent = item.urgent === true;
        const at = Date.parse(String(item.receivedAt));
        const key = `${home}|${route}|${urgent}`;
        const g = groups.get(key) ?? { home, route, urgent, count: 0, oldestAgeMs: null, oldest: Number.POSITIVE_INFINITY };
        g.count++;
        if (!Number.isNaN(at)) g.oldest = Math.min(g.oldest, at);
        groups.set(key, g);
      }
    });
    const rows = [...groups.values()]
      .map(({ oldest, ...r }) => ({ ...r, oldestAgeMs: Number.isFinite(oldest) ? Math.max(0, now - oldest) : null }))
      .sort((a, b) => a.home.localeCompare(b.home) || a.route.localeCompare(b.route) || Number(b.urgent) - Number(a.urgent));
    return { rows, total: rows.reduce((n, r) => n + r.count, 0), unanswered: unanswered.sort() };
  }

  private async reviewServiceUp(): Promise<boolean> {
    try {
      await this.nc.request(`$SRV.PING.${REVIEW_SERVICE.name}`, '', { timeout: this.timeoutMs });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Cumulative counts since this object's first sample (decisions by outcome, reviewers'
   * outcomes, dead letters by code; gagged decisions left out), the ingress and delivery
   * totals, and ingress-to-delivery latencies of the deliveries since the previous sample.
   * Each call reads what was written since the previous one, at most a bounded number.
   */
  async flowSample(): Promise<FlowSample> {
    return this.flow.sample(await this.api(), this.now());
  }

  // -------------------------------------------------------------------------------------
  // Audit, services, server, events, actions
  // -------------------------------------------------------------------------------------

  /** Records a verification of the audit chain (the console's "verify now", or an operator's). */
  async recordVerification(v: Omit<AuditVerification, 'at'> & { at?: string }): Promise<AuditVerification> {
    const record: AuditVerification = {
      at: v.at ?? iso(this.now()),
      by: text(v.by, 120, 'by'),
      ok: v.ok === true,
      checked: Math.max(0, Math.trunc(v.checked)),
      lastSeq: Math.max(0, Math.trunc(v.lastSeq)),
      ...(v.firstBreak ? { firstBreak: { seq: Math.trunc(v.firstBreak.seq), code: String(v.firstBreak.code) } } : {}),
    };
    const { js } = await this.api();
    await js.publish(CONSOLE_VERIFY_SUBJECT, JSON.stringify(record));
    return record;
  }

  /** The audit log's head and writer, and the last recorded verification. No count of entries by kind or home. */
  async audit(): Promise<AuditStatus> {
    const s = await this.api();
    const now = this.now();
    const [info, c, last] = await Promise.all([
      this.streamInfo(STREAMS.audit.name),
      this.consumerInfo(AUDIT_CONSUMER.stream, AUDIT_CONSUMER.durable),
      s.jsm.streams.getMessage(STREAMS.console.name, { last_by_subj: CONSOLE_VERIFY_SUBJECT }).catch((e: unknown) => {
        if (isNotFound(e)) return null;
        throw e;
      }),
    ]);
    const behindBy = c ? c.num_pending + c.num_ack_pending : 0;
    const oldest = c && behindBy > 0 ? await headersAt(s, AUDIT_CONSUMER.stream, c.ack_floor.stream_seq + 1) : undefined;
    const lastVerification = last ? last.json<AuditVerification>() : null;
    const oldestUnauditedAgeMs = age(now, oldest?.time);
    const status: TileStatus = worst(
      !info || !c ? 'alert' : 'ok',
      lastVerification && !lastVerification.ok ? 'alert' : 'ok',
      !lastVerification || now - Date.parse(lastVerification.at) > DAY ? 'attention' : 'ok',
      (oldestUnauditedAgeMs ?? 0) > 10 * 60_000 ? 'alert' : (oldestUnauditedAgeMs ?? 0) > 60_000 ? 'attention' : 'ok',
    );
    return {
      entries: info?.state.messages ?? 0,
      lastSeq: info?.state.last_seq ?? 0,
      lastEntryAt: info && info.state.messages > 0 ? lastActive(info.state.last_ts) : null,
      behind: behindBy > 0,
      oldestUnauditedAgeMs,
      lastVerification,
      status,
    };
  }

  /** Every NATS service ($SRV INFO and STATS, with a PING's round trip). */
  async services(): Promise<ServiceRow[]> {
    // @nats-io/services pins its own nats-core: the same connection, typed apart (as in @ilr/nats).
    // Answers are collected until none came for 300 ms (or the timeout): every service instance answers at once.
    const client = new Svcm(this.nc as unknown as ConstructorParameters<typeof Svcm>[0]).client({ strategy: 'stall', stall: 300, maxWait: this.timeoutMs } as Parameters<Svcm['client']>[0]);
    const started = Date.now();
    const rtt = new Map<string, number>();
    const rows = new Map<string, ServiceRow>();
    const [pings, infos, stats] = await Promise.all([client.ping(), client.info(), client.stats()]);
    await Promise.all([
      (async () => {
        for await (const p of pings) rtt.set(p.id, Date.now() - started);
      })(),
      (async () => {
        for await (const i of infos) {
          rows.set(i.id, { name: i.name, id: i.id, version: i.version, ...(i.description ? { description: i.description } : {}), rttMs: null, endpoints: [] });
        }
      })(),
      (async () => {
        for await (const st of stats) {
          const row = rows.get(st.id) ?? { name: st.name, id: st.id, version: st.version, rttMs: null, endpoints: [] };
          row.started = st.started;
          row.endpoints = (st.endpoints ?? []).map((e) => ({
            name: e.name,
            subject: e.subject,
            requests: e.num_requests,
            errors: e.num_errors,
            averageProcessingMs: nsToMs(e.average_processing_time),
            ...(e.last_error ? { lastError: e.last_error } : {}),
          }));
          rows.set(st.id, row);
        }
      })(),
    ]);
    for (const row of rows.values()) row.rttMs = rtt.get(row.id) ?? null;
    return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  /**
   * The server: what the connection knows (name, version, JetStream), JetStream account
   * info (always available to the broker's account on 2.9), and, with a monitoring URL,
   * /healthz, /varz and /jsz essentials ($SYS requests need the system account).
   */
  async server(): Promise<ServerStatus> {
    const { jsm } = await this.api();
    const [rtt, a] = await Promise.all([this.nc.rtt(), jsm.getAccountInfo()]);
    const info = this.nc.info;
    const out: ServerStatus = {
      serverName: info?.server_name ?? '',
      serverId: info?.server_id ?? '',
      version: info?.version ?? '',
      jetstream: info?.jetstream === true,
      rttMs: Math.round(rtt * 10) / 10,
      account: {
        memory: a.memory,
        storage: a.storage,
        streams: a.streams,
        consumers: a.consumers,
        maxStorage: a.limits?.max_storage ?? -1,
        maxMemory: a.limits?.max_memory ?? -1,
        apiTotal: a.api?.total ?? 0,
        apiErrors: a.api?.errors ?? 0,
      },
    };
    if (!this.monitorUrl) return out;
    const get = async (path: string): Promise<{ status: number; body: Record<string, unknown> }> => {
      const r = await fetch(`${this.monitorUrl}${path}`, { signal: AbortSignal.timeout(this.timeoutMs) });
      return { status: r.status, body: (await r.json()) as Record<string, unknown> };
    };
    try {
      const [h, v, j] = await Promise.all([get('/healthz'), get('/varz'), get('/jsz')]);
      out.healthz = h.status === 200 ? { ok: true } : { ok: false, error: String(h.body['error'] ?? `HTTP ${h.status}`) };
      const n = (x: unknown): number => (typeof x === 'number' ? x : 0);
      out.varz = {
        connections: n(v.body['connections']),
        inMsgs: n(v.body['in_msgs']),
        outMsgs: n(v.body['out_msgs']),
        inBytes: n(v.body['in_bytes']),
        outBytes: n(v.body['out_bytes']),
        slowConsumers: n(v.body['slow_consumers']),
        uptime: String(v.body['uptime'] ?? ''),
        cpu: n(v.body['cpu']),
        mem: n(v.body['mem']),
      };
      const cfg = (j.body['config'] ?? {}) as Record<string, unknown>;
      out.jsz = { storage: n(j.body['storage']), memory: n(j.body['memory']), reservedStorage: n(j.body['reserved_storage']), maxStorage: n(cfg['max_storage']) };
    } catch (e) {
      out.monitorError = e instanceof Error ? e.message : String(e);
    }
    return out;
  }

  /** The newest JetStream advisories kept in ILR_EVENTS, newest first. */
  async events(limit = 50): Promise<EventRow[]> {
    const s = await this.api();
    const info = await this.streamInfo(STREAMS.events.name);
    if (!info || info.state.messages === 0) return [];
    const n = Math.min(Math.max(1, limit), 1000);
    const r = await readRange(s, { stream: STREAMS.events.name, startSeq: Math.max(info.state.first_seq, info.state.last_seq - n + 1), max: n });
    return r.messages.reverse().map((m) => {
      let j: Record<string, unknown> = {};
      try {
        j = JSON.parse(new TextDecoder().decode(m.data)) as Record<string, unknown>;
      } catch {
        // kept as its subject and time
      }
      const type = typeof j['type'] === 'string' ? j['type'].replace(/^io\.nats\.jetstream\.advisory\.v1\./, '') : m.subject;
      return {
        seq: m.seq,
        at: iso(m.time),
        type,
        ...(typeof j['stream'] === 'string' ? { stream: j['stream'] } : {}),
        ...(typeof j['consumer'] === 'string' ? { consumer: j['consumer'] } : {}),
        ...(typeof j['stream_seq'] === 'number' ? { streamSeq: j['stream_seq'] } : {}),
        ...(typeof j['deliveries'] === 'number' ? { deliveries: j['deliveries'] } : {}),
      };
    });
  }

  /** Appends to the operator-actions log (ILR_CONSOLE). */
  async recordAction(a: ActionRecord): Promise<ActionRow> {
    const record = {
      by: text(a.by, 120, 'by'),
      action: text(a.action, 120, 'action'),
      ...(a.target !== undefined && a.target !== '' ? { target: text(a.target, 200, 'target') } : {}),
      ...(a.note !== undefined && a.note !== '' ? { note: text(a.note, 1000, 'note') } : {}),
      at: iso(this.now()),
    };
    const { js } = await this.api();
    const ack = await js.publish(CONSOLE_ACTION_SUBJECT, JSON.stringify(record));
    return { ...record, seq: ack.seq };
  }

  /** The newest operator actions, newest first. */
  async actions(limit = 50): Promise<ActionRow[]> {
    const s = await this.api();
    const info = await this.streamInfo(STREAMS.console.name);
    if (!info || info.state.messages === 0) return [];
    const n = Math.min(Math.max(1, limit), 1000);
    const r = await readBackwards(s, {
      stream: STREAMS.console.name,
      filter: CONSOLE_ACTION_SUBJECT,
      firstSeq: info.state.first_seq,
      lastSeq: info.state.last_seq,
      want: n,
      window: 1_000,
      scanLimit: 50_000,
      keep: () => true,
    });
    return r.kept.map((m) => {
      const j = JSON.parse(new TextDecoder().decode(m.data)) as ActionRecord & { at: string };
      return { seq: m.seq, at: j.at, by: j.by, action: j.action, ...(j.target ? { target: j.target } : {}), ...(j.note ? { note: j.note } : {}) };
    });
  }
}

function seqInfo(s: { consumer_seq: number; stream_seq: number; last_active?: unknown }) {
  return { consumerSeq: s.consumer_seq, streamSeq: s.stream_seq, lastActive: lastActive(s.last_active) };
}

function consumerRow(c: ConsumerInfo): ConsumerRow {
  return {
    name: c.name,
    filterSubject: c.config.filter_subject ?? null,
    pending: c.num_pending,
    ackPending: c.num_ack_pending,
    redelivered: c.num_redelivered,
    waiting: c.num_waiting,
    ackFloor: seqInfo(c.ack_floor),
    delivered: seqInfo(c.delivered),
    maxDeliver: c.config.max_deliver ?? -1,
    ackWaitMs: nsToMs(c.config.ack_wait),
  };
}
