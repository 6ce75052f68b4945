// Reading the audit stream (ILR_AUDIT, or a copy of it) in sequence order, and verifying it.
// An ordered consumer reads from a start sequence or time up to the stream's last
// sequence when reading began, so a verify of a busy stream ends.
import { STREAMS, auditSubject, type IlrNats } from '@ilr/nats';
import { JetStreamApiCodes, JetStreamApiError, type JetStreamManager } from '@nats-io/jetstream';
import { decodeEntry, linkHash, type AuditEntry } from './entry.js';
import { AuditError } from './errors.js';
import { ChainVerifier, type StoredMessage, type VerifyOptions, type VerifyReport } from './verify.js';

export interface ReadOptions {
  /** Default ILR_AUDIT. */
  stream?: string;
  /** First sequence to read. Default 1. */
  fromSeq?: number;
  /** Start at the first message stored at or after this time (instead of fromSeq). */
  since?: Date;
  /** Only `ilr.audit.<home>`. */
  home?: string;
  /** Messages fetched at once. Default 1024. */
  batch?: number;
}

export interface AuditMessage extends StoredMessage {
  subject: string;
  /** When the server stored it. */
  time: Date;
}

/** The head of the audit stream: its last message, as the next entry must link to it. */
export interface AuditHead {
  seq: number;
  /** The next entry's prev (linkHash of the last message). */
  link: string;
  /** The last message as an entry, unless it is not one. */
  entry?: AuditEntry | undefined;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function manager(nats: IlrNats): Promise<JetStreamManager> {
  try {
    return await nats.jetstreamManager();
  } catch (e) {
    throw new AuditError('NOT_AVAILABLE', `JetStream is not available: ${reason(e)}`, { cause: e });
  }
}

async function streamState(jsm: JetStreamManager, stream: string) {
  try {
    return (await jsm.streams.info(stream)).state;
  } catch (e) {
    if (e instanceof JetStreamApiError && e.code === JetStreamApiCodes.StreamNotFound) {
      throw new AuditError('NOT_AVAILABLE', `stream ${stream} does not exist (run provision)`, { cause: e });
    }
    throw new AuditError('NOT_AVAILABLE', `cannot read stream ${stream}: ${reason(e)}`, { cause: e });
  }
}

/** The stream's sequence range and size now. */
export async function auditStreamState(nats: IlrNats, stream: string = STREAMS.audit.name) {
  const s = await streamState(await manager(nats), stream);
  return { messages: s.messages, firstSeq: s.first_seq, lastSeq: s.last_seq, lastTime: new Date(s.last_ts) };
}

/** The last message of the stream (undefined when it is empty). */
export async function readHead(nats: IlrNats, stream: string = STREAMS.audit.name): Promise<AuditHead | undefined> {
  const jsm = await manager(nats);
  const state = await streamState(jsm, stream);
  if (state.messages === 0 || state.last_seq === 0) return undefined;
  const m = await jsm.streams.getMessage(stream, { seq: state.last_seq });
  if (!m) throw new AuditError('NOT_AVAILABLE', `stream ${stream} has no message at its last seq ${state.last_seq}`);
  let entry: AuditEntry | undefined;
  try {
    entry = decodeEntry(m.data);
  } catch {
    entry = undefined;
  }
  return { seq: m.seq, link: linkHash(m.data), entry };
}

/**
 * The messages of the stream in sequence order, from `fromSeq` (or `since`) to the last
 * sequence the stream had when reading began. Gaps (deleted messages) are skipped, as
 * the stream has them; ChainVerifier reports them.
 */
export async function* readAudit(nats: IlrNats, opts: ReadOptions = {}): AsyncGenerator<AuditMessage> {
  const stream = opts.stream ?? STREAMS.audit.name;
  const jsm = await manager(nats);
  const state = await streamState(jsm, stream);
  if (state.messages === 0) return;
  let last = state.last_seq;
  let lastTime = new Date(state.last_ts);
  const subject = opts.home ? auditSubject(opts.home) : undefined;
  if (subject) {
    const lm = await jsm.streams.getMessage(stream, { last_by_subj: subject }).catch((e: unknown) => {
      throw new AuditError('NOT_AVAILABLE', `cannot read stream ${stream}: ${reason(e)}`, { cause: e });
    });
    if (!lm) return; // nothing stored for this home
    last = lm.seq;
    lastTime = lm.time;
  }
  const from = Math.max(opts.fromSeq ?? 1, 1);
  if (from > last || (opts.since && lastTime < opts.since)) return;

  const consumer = await nats.jetstream().consumers.get(stream, {
    ...(subject ? { filter_subjects: subject } : {}),
    ...(opts.since ? { opt_start_time: opts.since.toISOString() } : { opt_start_seq: from }),
  });
  const messages = await consumer.consume({ max_messages: opts.batch ?? 1024 });
  try {
    for await (const m of messages) {
      if (m.seq > last) break;
      yield { seq: m.seq, subject: m.subject, data: m.data, time: m.time };
      if (m.seq >= last) break;
    }
  } finally {
    await messages.close();
  }
}

export interface VerifyStreamOptions extends VerifyOptions {
  /** Default ILR_AUDIT. */
  stream?: string;
  /** Called every `progressEvery` messages (default 10 000) and at the end. */
  onProgress?: (checked: number, lastSeq: number) => void;
  progressEvery?: number;
}

/** Verifies the whole chain of the stream, from seq 1 to its last sequence when reading began. */
export async function verifyAuditStream(nats: IlrNats, opts: VerifyStreamOptions = {}): Promise<VerifyReport> {
  const stream = opts.stream ?? STREAMS.audit.name;
  const { lastSeq } = await auditStreamState(nats, stream);
  const verifier = new ChainVerifier(opts);
  const every = opts.progressEvery ?? 10_000;
  let n = 0;
  for await (const m of readAudit(nats, { stream })) {
    if (m.seq > lastSeq) break;
    verifier.add(m);
    if (++n % every === 0) opts.onProgress?.(n, lastSeq);
  }
  opts.onProgress?.(n, lastSeq);
  return verifier.finish(lastSeq);
}
