// Reads the delivery consumer's ack floor (CONSUMER.INFO on its own consumer, which a
// library's permissions allow) at start, after every reconnect and every 30 s, and keeps the
// highest one seen: when nats-server loses the consumer's state, the floor it reports drops
// to 0 while the messages below the old floor were taken long ago.
import type { Logger } from '@ilr/log';
import type { ConsumerInfo } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { FloorFile } from './floor-file.js';
import type { RepeatFilter } from './repeats.js';

export const FLOOR_EVERY_MS = 30_000;

const errName = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** An RFC 3339 time with up to nanoseconds (as nats-server writes them) in ns since the epoch; undefined if absent or not a time. */
export function rfc3339Nanos(s: unknown): number | undefined {
  // Typed as nanoseconds by nats.js; nats-server sends a string, omitted until the first ack.
  const m = typeof s === 'string' ? /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(s) : null;
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}${m[3]}`);
  // Go's zero time (0001-01-01) and anything before 2000 mean "never".
  if (!Number.isFinite(ms) || ms < Date.UTC(2000, 0, 1)) return undefined;
  return ms * 1e6 + Number((m[2] ?? '').padEnd(9, '0'));
}

export class AckFloorWatch {
  private timer: NodeJS.Timeout | undefined;
  private reading: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly info: () => Promise<ConsumerInfo>,
    private readonly filter: RepeatFilter,
    private readonly file: FloorFile | undefined,
    private readonly everyMs: number,
    private readonly log: Logger,
  ) {}

  /** Read the floor now (before any message is handed over), then on schedule and after reconnects. */
  async start(nc: NatsConnection): Promise<void> {
    await this.refresh();
    if (this.everyMs > 0) {
      this.timer = setInterval(() => void this.refresh(), this.everyMs);
      this.timer.unref();
    }
    void (async () => {
      for await (const s of nc.status()) {
        if (this.stopped) break;
        if (s.type === 'reconnect') void this.refresh();
      }
    })().catch(() => undefined);
  }

  /** Read the consumer's floor once (concurrent calls share one read); save the mark if it moved. */
  refresh(): Promise<void> {
    this.reading ??= this.read().finally(() => (this.reading = undefined));
    return this.reading;
  }

  /** Stop reading; save the last mark (a recreated stream may have reset it since). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.reading;
    await this.file?.save(this.filter.floorMark());
  }

  private async read(): Promise<void> {
    if (this.stopped) return;
    try {
      const { ack_floor } = await this.info();
      this.filter.raiseFloor(ack_floor.stream_seq, rfc3339Nanos(ack_floor.last_active));
    } catch (e) {
      // Server away or electing a leader: the mark stays as it was; the next read will do.
      this.log.debug({ err: errName(e) }, 'cannot read the delivery consumer ack floor');
    }
    await this.file?.save(this.filter.floorMark());
  }
}
