import {
  JetStreamApiCodes,
  JetStreamApiError,
  jetstreamManager,
  type ConsumerConfig,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { errors, type NatsConnection } from '@nats-io/transport-node';
import {
  AUDIT_CONSUMER,
  KV_BUCKETS,
  REVIEW_INTAKE_CONSUMER,
  ROUTER_CONSUMER,
  STREAMS,
  consumerConfig,
  kvStreamName,
  libraryConsumer,
  libraryConsumerName,
  nanosFromMs,
  streamConfig,
  type ConsumerSpec,
  type KvSpec,
  type StreamSpec,
} from './catalogue.js';
import type { IlrNats } from './connect.js';
import { NatsSetupError } from './errors.js';

export type ProvisionAction = 'created' | 'updated' | 'unchanged';

export interface ProvisionOptions {
  /** 1 for a single server, 3 for the cluster. Default 1. */
  replicas?: number;
  /** Member libraries whose delivery consumers should exist too. */
  libraries?: string[];
}

/** What provision did to each resource, keyed by stream name, `STREAM/consumer`, bucket. */
export interface ProvisionReport {
  streams: Record<string, ProvisionAction>;
  consumers: Record<string, ProvisionAction>;
  kv: Record<string, ProvisionAction>;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function apiCode(e: unknown): number | undefined {
  return e instanceof JetStreamApiError ? e.code : undefined;
}

/** Errors worth retrying: a JetStream API not answering yet (leader election, cluster forming) or a create race. */
function transient(e: unknown): boolean {
  if (e instanceof errors.TimeoutError || e instanceof errors.NoRespondersError) return true;
  const code = apiCode(e);
  // 10008 JetStream temporarily unavailable, 10058 stream name in use (a concurrent
  // provisioner won the race), 10148 consumer already exists (same race, 2.10+ wording).
  return code === 10008 || code === 10058 || code === 10148 || (e instanceof JetStreamApiError && e.status === 503);
}

async function withRetry<T>(what: string, op: () => Promise<T>): Promise<T> {
  let delay = 50;
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (e) {
      if (e instanceof NatsSetupError) throw e;
      if (attempt >= 8 || !transient(e)) {
        throw new NatsSetupError('PROVISION', `${what}: ${reason(e)}`, { cause: e });
      }
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 2000);
    }
  }
}

/** An empty list and a missing list mean the same to the server (no backoff, ...). */
function normalize(v: unknown): unknown {
  return Array.isArray(v) && v.length === 0 ? undefined : v;
}

/** The keys of `want` whose value differs from `have`. */
export function configDiff(want: object, have: object): string[] {
  const h = have as Record<string, unknown>;
  return Object.entries(want)
    .filter(([k, v]) => JSON.stringify(normalize(v)) !== JSON.stringify(normalize(h[k])))
    .map(([k]) => k);
}

/** Create the stream, or update it to the catalogue's config; no-op when it already matches. */
export async function ensureStream(jsm: JetStreamManager, spec: StreamSpec, replicas: number): Promise<ProvisionAction> {
  const want = streamConfig(spec, replicas);
  return withRetry(`stream ${spec.name}`, async () => {
    let have: StreamConfig;
    try {
      have = (await jsm.streams.info(spec.name)).config;
    } catch (e) {
      if (apiCode(e) !== JetStreamApiCodes.StreamNotFound) throw e;
      await jsm.streams.add(want);
      return 'created';
    }
    const changed = configDiff(want, have);
    if (changed.length === 0) return 'unchanged';
    const { name: _name, ...rest } = want;
    try {
      await jsm.streams.update(spec.name, rest);
    } catch (e) {
      if (transient(e)) throw e;
      // e.g. storage or retention changed, or deny_delete turned off: not possible in place.
      throw new NatsSetupError('PROVISION', `stream ${spec.name}: cannot update [${changed.join(', ')}]: ${reason(e)}`, { cause: e });
    }
    return 'updated';
  });
}

/** Create the durable consumer, or update it to the catalogue's config; no-op when it already matches. */
export async function ensureConsumer(jsm: JetStreamManager, spec: ConsumerSpec): Promise<ProvisionAction> {
  const want = consumerConfig(spec);
  // Compare with "no backoff" spelled out, so removing a backoff from the catalogue is noticed.
  const compare: Partial<ConsumerConfig> = { backoff: [], ...want };
  return withRetry(`consumer ${spec.stream}/${spec.durable}`, async () => {
    let have: ConsumerConfig;
    try {
      have = (await jsm.consumers.info(spec.stream, spec.durable)).config;
    } catch (e) {
      if (apiCode(e) !== JetStreamApiCodes.ConsumerNotFound) throw e;
      await jsm.consumers.add(spec.stream, want);
      return 'created';
    }
    const changed = configDiff(compare, have);
    if (changed.length === 0) return 'unchanged';
    const { durable_name: _d, ...rest } = compare;
    try {
      await jsm.consumers.update(spec.stream, spec.durable, rest);
    } catch (e) {
      if (transient(e)) throw e;
      throw new NatsSetupError(
        'PROVISION',
        `consumer ${spec.stream}/${spec.durable}: cannot update [${changed.join(', ')}]: ${reason(e)}`,
        { cause: e },
      );
    }
    return 'updated';
  });
}

/** The delivery consumer `deliver-<library>` on ILR_DELIVERY; run when a library joins. */
export async function ensureLibraryConsumer(jsm: JetStreamManager, libraryId: string): Promise<ProvisionAction> {
  return ensureConsumer(jsm, libraryConsumer(libraryId));
}

/** Remove a departed library's delivery consumer; false if there was none. */
export async function removeLibraryConsumer(jsm: JetStreamManager, libraryId: string): Promise<boolean> {
  const name = libraryConsumerName(libraryId);
  return withRetry(`consumer ${STREAMS.delivery.name}/${name}`, async () => {
    try {
      return await jsm.consumers.delete(STREAMS.delivery.name, name);
    } catch (e) {
      if (apiCode(e) === JetStreamApiCodes.ConsumerNotFound) return false;
      throw e;
    }
  });
}

/** Create the KV bucket, or bring its backing stream's limits in line with the catalogue. */
export async function ensureKvBucket(
  nc: NatsConnection,
  jsm: JetStreamManager,
  spec: KvSpec,
  replicas: number,
): Promise<ProvisionAction> {
  const stream = kvStreamName(spec.bucket);
  const want = {
    description: spec.description,
    max_msgs_per_subject: spec.history,
    max_age: nanosFromMs(spec.ttlMs),
    num_replicas: replicas,
  };
  return withRetry(`KV bucket ${spec.bucket}`, async () => {
    let have: StreamConfig;
    try {
      have = (await jsm.streams.info(stream)).config;
    } catch (e) {
      if (apiCode(e) !== JetStreamApiCodes.StreamNotFound) throw e;
      await new Kvm(nc).create(spec.bucket, {
        description: spec.description,
        history: spec.history,
        replicas,
        ...(spec.ttlMs > 0 ? { ttl: spec.ttlMs } : {}),
      });
      return 'created';
    }
    const changed = configDiff(want, have);
    if (changed.length === 0) return 'unchanged';
    try {
      await jsm.streams.update(stream, want);
    } catch (e) {
      if (transient(e)) throw e;
      throw new NatsSetupError('PROVISION', `KV bucket ${spec.bucket}: cannot update [${changed.join(', ')}]: ${reason(e)}`, {
        cause: e,
      });
    }
    return 'updated';
  });
}

/**
 * Create or update every stream, consumer and KV bucket of the catalogue. Idempotent:
 * a second run reports everything 'unchanged' and changes nothing; a changed catalogue
 * is applied in place where the server allows it (limits, descriptions, replicas,
 * consumer timings) and reported as a NatsSetupError where it does not (storage type,
 * retention policy, turning deny_delete/deny_purge off).
 */
export async function provision(conn: NatsConnection | IlrNats, opts: ProvisionOptions = {}): Promise<ProvisionReport> {
  const nc = 'nc' in conn ? conn.nc : conn;
  const replicas = opts.replicas ?? 1;
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > 5) {
    throw new NatsSetupError('PROVISION', `replicas must be 1..5, got ${replicas}`);
  }
  let jsm: JetStreamManager;
  try {
    jsm = 'nc' in conn ? await conn.jetstreamManager() : await jetstreamManager(nc);
  } catch (e) {
    if (e instanceof NatsSetupError) throw e;
    throw new NatsSetupError('NOT_PROVISIONED', `JetStream is not available: ${reason(e)}`, { cause: e });
  }
  // Validate every library id before touching the server.
  const consumers: ConsumerSpec[] = [ROUTER_CONSUMER, REVIEW_INTAKE_CONSUMER, AUDIT_CONSUMER];
  for (const lib of opts.libraries ?? []) consumers.push(libraryConsumer(lib));

  // Independent resources go in parallel (R3 creation waits on Raft groups); consumers
  // need their streams, so they come second.
  const streams = Object.values(STREAMS);
  const buckets = Object.values(KV_BUCKETS);
  const [streamActions, kvActions] = await Promise.all([
    Promise.all(streams.map((spec) => ensureStream(jsm, spec, replicas))),
    Promise.all(buckets.map((spec) => ensureKvBucket(nc, jsm, spec, replicas))),
  ]);
  const consumerActions = await Promise.all(consumers.map((spec) => ensureConsumer(jsm, spec)));

  const report: ProvisionReport = { streams: {}, consumers: {}, kv: {} };
  streams.forEach((spec, i) => (report.streams[spec.name] = streamActions[i]!));
  consumers.forEach((spec, i) => (report.consumers[`${spec.stream}/${spec.durable}`] = consumerActions[i]!));
  buckets.forEach((spec, i) => (report.kv[spec.bucket] = kvActions[i]!));
  return report;
}
