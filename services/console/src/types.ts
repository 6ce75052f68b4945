// What the console's routes reach through `app.ilr`.
import type { Logger } from '@ilr/log';
import type { Operations } from '@ilr/ops';
import type { Tile } from '@ilr/ops';
import type { FlowRing } from './flow.js';
import type { Snapshot } from './snapshot.js';
import type { VerifyJob } from './verify.js';
import type { ReviewDesk } from './desk.js';
import type { SessionStore } from './sessions.js';
import type { LoginThrottle } from './throttle.js';
import type { ConsoleRole, UserStore } from './users.js';

/** One line of the operator-actions log: who did what, when, from where, with what result. */
export interface ConsoleAction {
  user: string;
  role?: ConsoleRole | undefined;
  /** e.g. `login`, `login-failed`, `logout`, `deadletter-handled`, `audit-verify`, `review-approve`. */
  action: string;
  /** What it was done to: a dead letter's sequence, a review item `<sender>/<id>`, a library. */
  target?: string | undefined;
  library?: string | undefined;
  note?: string | undefined;
  /** `ok`, `refused`, `failed`... */
  result: string;
  address?: string | undefined;
}

/** Where every action is recorded (the operator-actions log). */
export interface ActionRecorder {
  record(a: ConsoleAction): Promise<void>;
}

export interface ConsoleContext {
  users: UserStore;
  sessions: SessionStore;
  throttle: LoginThrottle;
  actions: ActionRecorder;
  reviews: ReviewDesk;
  /** The operations read models (gag-filtered by @ilr/ops). */
  ops: Operations;
  /** The needs-attention tiles, refreshed in the background (Snapshot). */
  attention: Snapshot<Tile[]>;
  /** Flow samples over the last hours. */
  flow: FlowRing;
  /** The audit page's "verify now". */
  verify: VerifyJob;
  /** Set Secure on cookies: always, never, or when the request came over https (directly or through a trusted proxy). */
  secureCookies: boolean | 'auto';
  logger: Logger;
  now(): number;
  /** How a slowed login waits (tests may shorten it). */
  sleep(ms: number): Promise<void>;
}
