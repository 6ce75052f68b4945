// The delivery consumer's ack floor, kept on the connector host across restarts of the
// connector. nats-server 2.9.10 may lose the consumer's state on kill -9 (its floor then
// starts again at 0), so a restarted connector can only tell an old message from a new one
// by the floor it saw before. Written whole to a temporary file, synced, then renamed over
// the old one: a crash leaves the old file or the new one, never an empty one.
import { open, readFile, rename, rm } from 'node:fs/promises';
import { z } from 'zod';
import type { Logger } from '@ilr/log';
import type { FloorMark } from './repeats.js';

const fileSchema = z.object({
  stream: z.string().min(1),
  consumer: z.string().min(1),
  ackFloor: z.number().int().nonnegative(),
  /** Stream timestamps of messages at or below the floor are at most this (ns since the epoch, decimal). */
  timestampNanos: z.string().regex(/^\d{1,25}$/, 'a decimal number of nanoseconds'),
  savedAt: z.string(),
});

const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class FloorFile {
  private saved: FloorMark | undefined;
  private warned = false;

  constructor(
    readonly path: string,
    private readonly stream: string,
    private readonly consumer: string,
    private readonly log: Logger,
  ) {}

  /**
   * The mark kept before, if any. A missing file is a first start; an unreadable one, or one
   * of another consumer, is ignored with a warning: starting from no floor may repeat a
   * message after the server lost its state, but never skips one.
   */
  async load(): Promise<FloorMark | undefined> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.log.warn({ file: this.path, err: errText(e) }, 'cannot read the ack floor file; starting without one');
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      this.log.warn({ file: this.path, err: errText(e) }, 'ack floor file is not JSON; starting without one');
      return undefined;
    }
    const parsed = fileSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      this.log.warn({ file: this.path, field: issue?.path.join('.'), err: issue?.message }, 'ack floor file is invalid; starting without one');
      return undefined;
    }
    const { stream, consumer, ackFloor, timestampNanos } = parsed.data;
    if (stream !== this.stream || consumer !== this.consumer) {
      this.log.warn({ file: this.path, stream, consumer }, `ack floor file is for another consumer than ${this.stream}/${this.consumer}; starting without one`);
      return undefined;
    }
    this.saved = { seq: ackFloor, ts: Number(timestampNanos) };
    return this.saved;
  }

  /** Write the mark if it changed since the last write. Failures are logged (once), not thrown. */
  async save(mark: FloorMark): Promise<void> {
    if (this.saved?.seq === mark.seq && this.saved.ts === mark.ts) return;
    const body = {
      stream: this.stream,
      consumer: this.consumer,
      ackFloor: mark.seq,
      timestampNanos: BigInt(Math.round(mark.ts)).toString(),
      savedAt: new Date().toISOString(),
    };
    // One temporary name per process: several connectors of a library may share the directory.
    const tmp = `${this.path}.${process.pid}.tmp`;
    try {
      const handle = await open(tmp, 'w', 0o600);
      try {
        await handle.writeFile(`${JSON.stringify(body, null, 2)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tmp, this.path);
      this.saved = mark;
      this.warned = false;
    } catch (e) {
      await rm(tmp, { force: true }).catch(() => undefined);
      if (!this.warned) this.log.warn({ file: this.path, err: errText(e) }, 'cannot write the ack floor file; the floor is kept in memory only');
      this.warned = true;
    }
  }
}
