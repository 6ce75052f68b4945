// The roles are backed by NATS itself: with reviewerPermissions a user can only ask as
// its own home and role, and only read replies on its own inbox.
import { connectNats, reviewerInboxPrefix, type IlrNats } from '@ilr/nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewClient, ReviewError, reviewerPermissions, startReviewService, type ReviewService } from '../src/index.js';
import { queueLegalProcess, silent, startHarness, type Harness } from './harness.js';

const users: Record<string, ReturnType<typeof reviewerPermissions> | null> = {
  broker: null, // the services and the tests' router stand-in: no restrictions
  'bozeman-director': reviewerPermissions('mt-bozeman', 'director'),
  'bozeman-clerk': reviewerPermissions('mt-bozeman', 'records-custodian'),
  operator: reviewerPermissions('*', 'operator'),
};

describe('reviewerPermissions on a real server', { timeout: 60_000 }, () => {
  let h: Harness;
  let service: ReviewService;
  const conns: IlrNats[] = [];
  const login = async (user: string, home: string, role: 'director' | 'records-custodian' | 'operator') => {
    const c = await connectNats({ servers: h.server.url, credentials: { user, pass: `pw-${user}` }, inboxPrefix: reviewerInboxPrefix(home, role) });
    conns.push(c);
    return c;
  };
  const failure = async (p: Promise<unknown>): Promise<ReviewError> => {
    try {
      await p;
    } catch (e) {
      if (e instanceof ReviewError) return e;
      throw e;
    }
    throw new Error('expected a ReviewError');
  };

  beforeAll(async () => {
    const config = [
      'authorization {',
      '  users: [',
      ...Object.entries(users).map(
        ([user, p]) => `    { user: ${JSON.stringify(user)}, password: "pw-${user}"${p ? `, permissions: ${JSON.stringify(p)}` : ''} }`,
      ),
      '  ]',
      '}',
    ].join('\n');
    h = await startHarness({ nats: { config }, credentials: { user: 'broker', pass: 'pw-broker' } });
    const svc = await connectNats({ servers: h.server.url, credentials: { user: 'broker', pass: 'pw-broker' } });
    conns.push(svc);
    service = await startReviewService({ nats: svc, logger: silent, retryIntervalMs: 3_600_000 });
  });
  afterAll(async () => {
    await service?.stop();
    for (const c of conns) await c.close();
    await h?.stop();
  });

  it('lets a director act for its own home, and nobody act as a role or home it is not', async () => {
    const q = await queueLegalProcess(h, { sender: 'mt-bozeman', home: 'mt-bozeman', type: 'SUBPOENA', issuer: 'STATE', wants: ['IDENTITY'], patron: { name: 'Olsen' } });
    const director = ReviewClient.over(await login('bozeman-director', 'mt-bozeman', 'director'), 'mt-bozeman', 'director', 3000);
    expect((await director.list()).items.map((i) => i.id)).toContain(q.id);

    // The records custodian claiming to be the director: NATS refuses the publish.
    const clerkConn = await login('bozeman-clerk', 'mt-bozeman', 'records-custodian');
    const forged = await failure(ReviewClient.over(clerkConn, 'mt-bozeman', 'director', 3000).approve(q.id, ['IDENTITY'], 'r'));
    expect(forged.code).toBe('NOT_AUTHORISED');
    expect(forged.message).toMatch(/NATS refused ilr\.ops\.review\.mt-bozeman\.director\.approve/);
    // Bozeman's director acting for another home: refused too.
    const elsewhere = await failure(ReviewClient.over(await login('bozeman-director', 'mt-imagineif', 'director'), 'mt-imagineif', 'director', 3000).list());
    expect(elsewhere.code).toBe('NOT_AUTHORISED');
    // As itself, the clerk may look, but the service will not let it decide a director's item.
    const clerk = ReviewClient.over(clerkConn, 'mt-bozeman', 'records-custodian', 3000);
    expect((await clerk.list()).items.map((i) => i.id)).toContain(q.id);
    expect((await failure(clerk.approve(q.id, ['IDENTITY'], 'r'))).code).toBe('NOT_AUTHORISED');

    const operator = ReviewClient.over(await login('operator', 'mt-bozeman', 'operator'), 'mt-bozeman', 'operator', 3000);
    expect((await operator.list()).items.map((i) => i.id)).toContain(q.id);
    expect((await failure(operator.approve(q.id, ['IDENTITY'], 'r'))).code).toBe('NOT_AUTHORISED');

    expect((await director.approve(q.id, ['IDENTITY'], 'subpoena in proper form')).outcome.outcome).toBe('RELAY');
  });
});
