// A console for inject() tests: a users file in a temporary directory, the real session
// store and throttle, an action recorder that keeps what it is told.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@ilr/log';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.js';
import { ReviewDesk, type DirectorCredential } from '../src/desk.js';
import { FlowRing } from '../src/flow.js';
import { SessionStore } from '../src/sessions.js';
import { Snapshot } from '../src/snapshot.js';
import { VerifyJob } from '../src/verify.js';
import { LoginThrottle } from '../src/throttle.js';
import type { ConsoleAction, ConsoleContext } from '../src/types.js';
import { UserStore, type ConsoleRole } from '../src/users.js';

export interface TestConsole {
  app: FastifyInstance;
  context: ConsoleContext;
  actions: ConsoleAction[];
  dir: string;
  clock: { now: number };
  slept: number[];
  close(): Promise<void>;
}

export async function testConsole(o: { directors?: Map<string, DirectorCredential>; context?: Partial<ConsoleContext> } = {}): Promise<TestConsole> {
  const dir = mkdtempSync(join(tmpdir(), 'ilr-console-'));
  const actions: ConsoleAction[] = [];
  const clock = { now: Date.parse('2026-12-03T12:00:00Z') };
  const slept: number[] = [];
  const now = () => clock.now;
  // Tests of access alone have no NATS: any use of the read models is a test bug.
  const noOps = new Proxy({}, { get: (_t, k) => () => Promise.reject(new Error(`no read models in this test (ops.${String(k)})`)) }) as never;
  const context: ConsoleContext = {
    users: new UserStore(dir),
    sessions: new SessionStore({ now }),
    throttle: new LoginThrottle({ now }),
    actions: { record: async (a) => void actions.push(a) },
    reviews: new ReviewDesk(o.directors ?? new Map()),
    ops: noOps,
    attention: new Snapshot(() => Promise.reject(new Error('no read models in this test (ops.attention)')), 0),
    flow: new FlowRing(() => Promise.reject(new Error('no flow in this test'))),
    verify: new VerifyJob(noOps, noOps),
    secureCookies: 'auto',
    logger: createLogger('console-test', { level: 'silent' }),
    now,
    sleep: async (ms) => void slept.push(ms),
    ...o.context,
  };
  const app = await buildApp({ context });
  return {
    app,
    context,
    actions,
    dir,
    clock,
    slept,
    close: async () => {
      await app.close();
      await context.reviews.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const PASSWORD = 'correct horse battery';

export async function addUser(c: TestConsole, name: string, role: ConsoleRole, library?: string): Promise<void> {
  await c.context.users.add({ name, role, password: PASSWORD, ...(library ? { library } : {}) });
}

/** The cookies a response sets, name -> value (and the raw Set-Cookie lines). */
export function cookiesOf(res: LightMyRequestResponse): { values: Record<string, string>; lines: string[] } {
  const h = res.headers['set-cookie'];
  const lines = h === undefined ? [] : Array.isArray(h) ? h : [String(h)];
  const values: Record<string, string> = {};
  for (const l of lines) {
    const [pair] = l.split(';');
    const i = pair!.indexOf('=');
    values[pair!.slice(0, i)] = decodeURIComponent(pair!.slice(i + 1));
  }
  return { values, lines };
}

/** A logged-in browser: its cookie header and CSRF token. */
export interface Login {
  cookie: string;
  csrf: string;
}

export async function loginForm(c: TestConsole, address = '127.0.0.1'): Promise<{ cookie: string; token: string }> {
  const res = await c.app.inject({ method: 'GET', url: '/login', remoteAddress: address });
  const token = /name="_csrf" value="([^"]+)"/.exec(res.body)![1]!;
  return { cookie: `ilr_login=${cookiesOf(res).values['ilr_login']}`, token };
}

export async function tryLogin(c: TestConsole, user: string, password: string, address = '127.0.0.1'): Promise<LightMyRequestResponse> {
  const f = await loginForm(c, address);
  return c.app.inject({
    method: 'POST',
    url: '/login',
    remoteAddress: address,
    headers: { cookie: f.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: f.token, user, password }).toString(),
  });
}

export async function login(c: TestConsole, user: string, password = PASSWORD): Promise<Login> {
  const res = await tryLogin(c, user, password);
  if (res.statusCode !== 303) throw new Error(`login of ${user} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
  const cookie = `ilr_session=${cookiesOf(res).values['ilr_session']}`;
  // Any page carries the token; a missing one needs no read models.
  const home = await c.app.inject({ method: 'GET', url: '/no-such-page', headers: { cookie } });
  const csrf = /name="csrf-token" content="([^"]+)"/.exec(home.body)?.[1];
  if (!csrf) throw new Error(`no CSRF token on ${res.headers.location}: ${home.statusCode} ${home.body.slice(0, 300)}`);
  return { cookie, csrf };
}

export function post(c: TestConsole, l: Login | null, url: string, form: Record<string, string | string[]>, withCsrf = true): Promise<LightMyRequestResponse> {
  const body = new URLSearchParams();
  if (withCsrf && l) body.append('_csrf', l.csrf);
  for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  return c.app.inject({ method: 'POST', url, headers: { ...(l ? { cookie: l.cookie } : {}), 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() });
}
