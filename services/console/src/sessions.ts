// Console sessions, in memory: a random id (32 bytes) in an HttpOnly SameSite=Strict
// cookie, a CSRF token per session, an idle expiry and an absolute one. A restart logs
// everyone out, which is the safe failure for a console that holds reviewer credentials.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { ConsoleRole, ConsoleUser } from './users.js';

export interface Session {
  id: string;
  user: string;
  role: ConsoleRole;
  library?: string;
  /** Every form carries it; every POST must send it back. */
  csrf: string;
  createdAt: number;
  lastSeen: number;
}

export interface SessionOptions {
  /** Idle time after which a session ends. Default 30 minutes. */
  idleMs?: number;
  /** A session ends this long after login whatever its activity. Default 12 hours. */
  maxAgeMs?: number;
  now?: () => number;
}

export const randomToken = (): string => randomBytes(32).toString('base64url');

/** Compares two tokens in constant time (false for a missing one). */
export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  readonly idleMs: number;
  readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(o: SessionOptions = {}) {
    this.idleMs = o.idleMs ?? 30 * 60_000;
    this.maxAgeMs = o.maxAgeMs ?? 12 * 3_600_000;
    this.now = o.now ?? Date.now;
  }

  create(user: ConsoleUser): Session {
    this.sweep();
    const t = this.now();
    const s: Session = { id: randomToken(), user: user.name, role: user.role, ...(user.library ? { library: user.library } : {}), csrf: randomToken(), createdAt: t, lastSeen: t };
    this.sessions.set(s.id, s);
    return s;
  }

  /** The live session with this id (and it is touched), or null. */
  get(id: string | undefined): Session | null {
    if (!id) return null;
    const s = this.sessions.get(id);
    if (!s) return null;
    const t = this.now();
    if (t - s.lastSeen > this.idleMs || t - s.createdAt > this.maxAgeMs) {
      this.sessions.delete(id);
      return null;
    }
    s.lastSeen = t;
    return s;
  }

  destroy(id: string): void {
    this.sessions.delete(id);
  }

  /** Ends every session of a user (removed from the users file). */
  destroyUser(user: string): void {
    for (const [id, s] of this.sessions) if (s.user === user) this.sessions.delete(id);
  }

  get size(): number {
    return this.sessions.size;
  }

  private sweep(): void {
    const t = this.now();
    for (const [id, s] of this.sessions) if (t - s.lastSeen > this.idleMs || t - s.createdAt > this.maxAgeMs) this.sessions.delete(id);
  }
}
