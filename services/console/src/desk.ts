// The directors' desk: the console holds a reviewer credential (the director role) for
// each library whose director has a console account, and uses one only for a session of
// that library's director. Everything goes through the review service, which applies the
// same rules as for `ilr review` (docs/REVIEW.md); the console adds nothing and sees no more.
import type { NatsCredentials } from '@ilr/nats';
import { ReviewClient } from '@ilr/review-service';
import type { Session } from './sessions.js';

export interface DirectorCredential {
  servers?: string | string[];
  credentials?: NatsCredentials;
}

export class DeskError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'DeskError';
  }
}

export class ReviewDesk {
  private readonly clients = new Map<string, Promise<ReviewClient>>();

  /** `connect` opens the director's client of a library, or is absent for a library the console holds no credential for. */
  constructor(private readonly credentials: ReadonlyMap<string, DirectorCredential>) {}

  libraries(): string[] {
    return [...this.credentials.keys()].sort();
  }

  /**
   * The director's client for this session's library. Refuses any session that is not a
   * director's, and any library the console holds no credential for.
   */
  async for(session: Session): Promise<ReviewClient> {
    if (session.role !== 'director' || !session.library) throw new DeskError(403, 'only a library director acts on a review queue here');
    const library = session.library;
    const cred = this.credentials.get(library);
    if (!cred) throw new DeskError(503, `the console holds no reviewer credential for ${library}: ask consortium operations to configure it`);
    let c = this.clients.get(library);
    if (!c) {
      c = ReviewClient.connect({ home: library, role: 'director', ...(cred.servers ? { servers: cred.servers } : {}), ...(cred.credentials ? { credentials: cred.credentials } : {}) });
      this.clients.set(library, c);
      c.catch(() => this.clients.delete(library));
    }
    const client = await c;
    if (client.home !== library || client.role !== 'director') throw new DeskError(500, 'reviewer credential mix-up'); // never: keyed by library
    return client;
  }

  async close(): Promise<void> {
    const all = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(all.map(async (c) => (await c.catch(() => null))?.close()));
  }
}
