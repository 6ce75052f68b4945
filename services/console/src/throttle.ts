// Login attempts, rate-limited per user name and per client address: after a few failures
// every further attempt is slowed (the answer waits, doubling up to a few seconds), and after
// more the name or the address is locked for a while, even for the right password. Memory
// is bounded: old entries are forgotten after the window.
export interface ThrottleOptions {
  /** Failures before answers are slowed. Default 3. */
  freeFailures?: number;
  /** Failures before a lock. Default 8. */
  lockAfter?: number;
  /** How long a lock lasts. Default 15 minutes. */
  lockMs?: number;
  /** The first delay once slowed, doubled per failure. Default 250 ms. */
  baseDelayMs?: number;
  /** The longest delay. Default 4 s. */
  maxDelayMs?: number;
  /** Failures older than this are forgotten. Default 15 minutes. */
  windowMs?: number;
  /** At most this many tracked keys (the oldest go first). Default 10,000. */
  maxKeys?: number;
  now?: () => number;
}

interface Entry {
  failures: number;
  first: number;
  lockedUntil: number;
}

export interface Verdict {
  /** Until when (ms since the epoch) the attempt is refused outright, when locked. */
  lockedUntil?: number;
  /** How long to wait before answering. */
  delayMs: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly o: Required<Omit<ThrottleOptions, 'now'>>;
  private readonly now: () => number;

  constructor(o: ThrottleOptions = {}) {
    this.o = {
      freeFailures: o.freeFailures ?? 3,
      lockAfter: o.lockAfter ?? 8,
      lockMs: o.lockMs ?? 15 * 60_000,
      baseDelayMs: o.baseDelayMs ?? 250,
      maxDelayMs: o.maxDelayMs ?? 4000,
      windowMs: o.windowMs ?? 15 * 60_000,
      maxKeys: o.maxKeys ?? 10_000,
    };
    this.now = o.now ?? Date.now;
  }

  /** Before checking a password: whether to refuse (locked) and how long to wait. */
  check(user: string, address: string): Verdict {
    const t = this.now();
    let delayMs = 0;
    let lockedUntil = 0;
    for (const key of keys(user, address)) {
      const e = this.live(key, t);
      if (!e) continue;
      if (e.lockedUntil > t) lockedUntil = Math.max(lockedUntil, e.lockedUntil);
      delayMs = Math.max(delayMs, this.delayFor(e.failures));
    }
    return lockedUntil ? { lockedUntil, delayMs } : { delayMs };
  }

  failed(user: string, address: string): void {
    const t = this.now();
    for (const key of keys(user, address)) {
      const e = this.live(key, t) ?? { failures: 0, first: t, lockedUntil: 0 };
      e.failures += 1;
      if (e.failures >= this.o.lockAfter) e.lockedUntil = t + this.o.lockMs;
      this.entries.delete(key); // re-inserted last: the Map's order is the eviction order
      this.entries.set(key, e);
    }
    while (this.entries.size > this.o.maxKeys) this.entries.delete(this.entries.keys().next().value!);
  }

  /** A successful login clears the user's failures (not the address's: one address may try many names). */
  succeeded(user: string): void {
    this.entries.delete(`user:${user}`);
  }

  private delayFor(failures: number): number {
    if (failures < this.o.freeFailures) return 0;
    return Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** (failures - this.o.freeFailures));
  }

  private live(key: string, t: number): Entry | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.lockedUntil <= t && t - e.first > this.o.windowMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }
}

const keys = (user: string, address: string): string[] => [`user:${user}`, `addr:${address}`];
