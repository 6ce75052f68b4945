// A read model kept fresh in the background: the overview reads every queue of the broker
// (hundreds of consumers, the review service for every home), which takes longer than a
// page should wait. The console refreshes it every `everyMs` and answers from the latest
// copy while it is younger than `maxAgeMs`; an older one (or none yet) is refreshed first.
// Concurrent askers share one refresh. The page says when the figures are from.
export interface Snap<T> {
  value: T;
  /** When the refresh that produced it started (ms since the epoch). */
  at: number;
}

export class Snapshot<T> {
  private last: Snap<T> | undefined;
  private running: Promise<Snap<T>> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly load: () => Promise<T>,
    /** Serve a copy this old at most; 0: always refresh (still shared by concurrent askers). */
    readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Refresh every `everyMs` in the background (failures are kept for the next asker to see). */
  start(everyMs: number): void {
    if (this.timer || everyMs <= 0) return;
    void this.refresh().catch(() => undefined);
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  async get(): Promise<Snap<T>> {
    const last = this.last;
    if (last && this.maxAgeMs > 0 && this.now() - last.at <= this.maxAgeMs) return last;
    return this.refresh();
  }

  private refresh(): Promise<Snap<T>> {
    this.running ??= (async () => {
      const at = this.now();
      try {
        const value = await this.load();
        const snap = { value, at };
        this.last = snap;
        return snap;
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }
}
