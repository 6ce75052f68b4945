// The console's security acceptance, against a real stack (nats-server, policy, router,
// review, audit, the sample libraries' connectors): no page or API answers without a
// session; CSRF is refused; a director of one library gets nothing of another's; a gagged
// item changes no number an operator or viewer can see; brute-force logins are slowed.
import type { DeadLetterList, ReviewCounts, Tile } from '@ilr/ops';
import { waitUntil } from '@ilr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type User } from './client.js';
import { sendForged, serveLegalProcess, startStack, type Stack } from './stack.js';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
});
afterAll(async () => s?.stop());

const app = () => s.console.app;

const PAGES = ['/', '/flow', '/streams', '/libraries', '/deadletters', '/deadletters/1', '/trace?sender=mt-bozeman&id=x', '/review', '/audit', '/services', '/server', '/events', '/actions', '/director', '/director/item?id=x'];
const APIS = ['/api/attention', '/api/flow', '/api/streams', '/api/libraries', '/api/deadletters', '/api/deadletters/1', '/api/trace?sender=mt-bozeman&id=x', '/api/review', '/api/audit', '/api/audit/verify', '/api/services', '/api/server', '/api/events', '/api/actions', '/api/director/items'];

interface DirectorList {
  items: { id: string; gag: boolean }[];
}

describe('console security on the real stack', { timeout: 120_000 }, () => {
  it('answers no page and no API without a session', async () => {
    for (const url of PAGES) {
      const r = await app().inject({ url });
      expect([url, r.statusCode, r.headers.location]).toEqual([url, 303, `/login?next=${encodeURIComponent(url)}`]);
    }
    for (const url of [...APIS, '/api/nothing-here']) {
      const r = await app().inject({ url });
      expect([url, r.statusCode, r.json()]).toEqual([url, 401, { error: 'not logged in' }]);
    }
    for (const url of ['/deadletters/1/handled', '/audit/verify', '/director/approve', '/director/deny', '/logout']) {
      const r = await app().inject({ method: 'POST', url, payload: {} });
      expect([url, r.statusCode]).toEqual([url, 401]);
    }
    // A forged session id is no session.
    const r = await app().inject({ url: '/api/attention', headers: { cookie: 'ilr_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } });
    expect(r.statusCode).toBe(401);
  });

  it('refuses a POST without the CSRF token and does nothing', async () => {
    const olga = await loginAs(app(), 'olga');
    const id = await sendForged(s);
    const dl = await waitUntil('the forged message dead-lettered', async () => (await olga.json<DeadLetterList>(`/api/deadletters?id=${id}`)).rows[0], { timeoutMs: 20_000 });
    const refused = await olga.post(`/deadletters/${dl.seq}/handled`, { note: 'sender fixed' }, { csrf: false });
    expect(refused.statusCode).toBe(403);
    expect((await olga.json<DeadLetterList>(`/api/deadletters?id=${id}`)).rows[0]!.handled).toBeUndefined();
    const wrong = await olga.post(`/deadletters/${dl.seq}/handled`, { note: 'sender fixed', _csrf: 'x'.repeat(43) }, { csrf: false });
    expect(wrong.statusCode).toBe(403);
    // With it: done, and recorded.
    expect((await olga.post(`/deadletters/${dl.seq}/handled`, { note: 'sender fixed' })).statusCode).toBe(303);
    expect((await olga.json<DeadLetterList>(`/api/deadletters?id=${id}`)).rows[0]!.handled).toMatchObject({ by: 'olga', note: 'sender fixed' });
    // A viewer may not mark at all.
    const vera = await loginAs(app(), 'vera');
    expect((await vera.post(`/deadletters/${dl.seq}/handled`, { note: 'x' })).statusCode).toBe(403);
    const actions = await olga.json<{ actions: { by: string; action: string; note?: string }[] }>('/api/actions');
    expect(actions.actions.some((a) => a.action === 'deadletter-handled' && a.by.startsWith('olga') && a.note?.startsWith('ok'))).toBe(true);
    expect(actions.actions.some((a) => a.note?.startsWith('refused: CSRF'))).toBe(true);
  });

  it("gives a director their own library's queue and nothing of another's", async () => {
    const bozemanItem = await serveLegalProcess(s, 'mt-bozeman', 'SEARCH_WARRANT');
    const dora = await loginAs(app(), 'dora');
    const wade = await loginAs(app(), 'wade');
    await waitUntil('the warrant in Bozeman\'s queue', async () => (await dora.json<DirectorList>('/api/director/items')).items.find((i) => i.id === bozemanItem), { timeoutMs: 20_000 });
    expect((await wade.json<DirectorList>('/api/director/items')).items.map((i) => i.id)).not.toContain(bozemanItem);
    const seen = await wade.get(`/director/item?id=${bozemanItem}&sender=mt-bozeman`);
    const never = await wade.get(`/director/item?id=never-queued&sender=mt-bozeman`);
    expect(seen.statusCode).toBe(404);
    expect(never.statusCode).toBe(404);
    expect(seen.body.replace(bozemanItem, 'ID')).toBe(never.body.replace('never-queued', 'ID'));
    // Naming another library in the request changes nothing: the library is the session's.
    const other = await wade.post('/director/approve', { id: bozemanItem, sender: 'mt-bozeman', release: 'IDENTITY', reason: 'not mine', home: 'mt-bozeman', library: 'mt-bozeman' });
    expect(other.statusCode).toBe(404);
    expect((await dora.json<DirectorList>('/api/director/items')).items.map((i) => i.id)).toContain(bozemanItem);
    // Directors see no operations view; staff see no director view.
    for (const url of ['/api/attention', '/api/review', '/api/deadletters', '/api/trace?sender=mt-bozeman&id=x', '/api/actions']) {
      expect([url, (await wade.get(url)).statusCode]).toEqual([url, 403]);
    }
    const olga = await loginAs(app(), 'olga');
    expect((await olga.get('/api/director/items')).statusCode).toBe(403);
    expect((await olga.post('/director/approve', { id: bozemanItem, sender: 'mt-bozeman', release: 'IDENTITY', reason: 'x' })).statusCode).toBe(403);
  });

  it('keeps a gagged item out of every number an operator or viewer sees', async () => {
    const olga = await loginAs(app(), 'olga');
    const vera = await loginAs(app(), 'vera');
    const dora = await loginAs(app(), 'dora');
    const adam = await loginAs(app(), 'adam');
    const settle = async () => {
      // Nothing in flight: the router, the review intake and the audit writer caught up.
      await waitUntil('the stack idle', async () => {
        const t = await olga.json<{ tiles: Tile[] }>('/api/attention');
        const ingress = t.tiles.find((x) => x.id === 'ingress-backlog')!;
        const audit = await adam.json<{ status: { behind: boolean } }>('/api/audit');
        return ingress.count === 0 && !audit.status.behind ? true : undefined;
      }, { timeoutMs: 20_000 });
      await s.console.context.flow.tick();
    };
    await settle();
    const snapshot = async (u: User) => {
      const tiles = (await u.json<{ tiles: Tile[] }>('/api/attention')).tiles;
      const tile = (id: string) => tiles.find((t) => t.id === id)!;
      const streams = await u.json<{ streams: { name: string; messages: number | null; bytes: number | null; lastSeq: number | null }[] }>('/api/streams');
      const audit = await u.json<{ status: { entries: number; lastSeq: number } }>('/api/audit');
      const page = (await u.get('/review')).body;
      return {
        // Counts, not ages (an age grows by itself).
        review: (({ rows, total, unanswered }) => ({ rows: rows.map(({ oldestAgeMs: _, ...r }) => r), total, unanswered }))(await u.json<ReviewCounts>('/api/review')),
        reviewPage: /id="review-total">([^<]*)</.exec(page)![1],
        tiles: ['review', 'pending', 'dead-letters', 'libraries-offline', 'audit'].map((id) => ({ id, count: tile(id).count, detail: tile(id).detail?.replace(/\d+ (s|min|h) /g, '') })),
        gagStreams: streams.streams.filter((x) => ['ILR_REVIEW', 'ILR_DECISIONS', 'ILR_AUDIT'].includes(x.name)).map((x) => [x.name, x.messages, x.bytes, x.lastSeq]),
        audit: [audit.status.entries, audit.status.lastSeq],
        libraries: (await u.json<{ libraries: { id: string; deadLetters: number; pendingOnFacts: number }[] }>('/api/libraries')).libraries.map((l) => [l.id, l.deadLetters, l.pendingOnFacts]),
      };
    };
    const before = { olga: await snapshot(olga), vera: await snapshot(vera) };
    const adamBefore = await adam.json<{ streams: { name: string; messages: number | null }[] }>('/api/streams');

    const nsl = await serveLegalProcess(s, 'mt-bozeman', 'NATIONAL_SECURITY_LETTER');
    // It exists: the director sees it, gagged.
    const item = await waitUntil('the NSL in the director\'s queue', async () => (await dora.json<DirectorList>('/api/director/items')).items.find((i) => i.id === nsl), { timeoutMs: 20_000 });
    expect(item.gag).toBe(true);
    await settle();

    expect({ olga: await snapshot(olga), vera: await snapshot(vera) }).toEqual(before);
    // Those streams' totals are not shown to them at all, nor the audit log's entry counts.
    for (const b of [before.olga, before.vera]) {
      expect([...b.gagStreams].sort()).toEqual([['ILR_AUDIT', null, null, null], ['ILR_DECISIONS', null, null, null], ['ILR_REVIEW', null, null, null]]);
      expect(b.audit).toEqual([0, 0]);
    }
    // The flow's latest interval counted no decision (ingress and delivery totals may move: they say nothing of a kind).
    const flow = await olga.json<{ points: { outcomes: Record<string, number> }[] }>('/api/flow');
    expect(flow.points.at(-1)!.outcomes).toEqual({});
    // An admin sees the streams' totals, gagged items included.
    const adamAfter = await adam.json<{ streams: { name: string; messages: number | null }[] }>('/api/streams');
    const decisions = (x: typeof adamAfter) => x.streams.find((y) => y.name === 'ILR_DECISIONS')!.messages!;
    expect(decisions(adamAfter)).toBe(decisions(adamBefore) + 1);
  });

  it('answers a bad filter with the form again and what was wrong', async () => {
    const vera = await loginAs(app(), 'vera');
    const bad = await vera.get('/deadletters?sender=Not%20A%20Library');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<form method="get" action="/deadletters"');
    expect(bad.body).toContain('sender &quot;Not A Library&quot; is not a library id');
    const trace = await vera.get('/trace?sender=mt-bozeman&id=' + 'x'.repeat(80));
    expect(trace.statusCode).toBe(400);
    expect(trace.body).toContain('<form method="get" action="/trace"');
    expect((await vera.get('/api/deadletters?sender=Nope!')).json()).toEqual({ error: 'sender "Nope!" is not a library id' });
  });

  it('slows brute-force logins, then locks the name', async () => {
    const form = async () => {
      const f = await app().inject({ url: '/login' });
      const token = /name="_csrf" value="([^"]+)"/.exec(f.body)![1]!;
      const cookie = String(f.headers['set-cookie']).split(';')[0]!;
      return { token, cookie };
    };
    const attempt = async (password: string) => {
      const f = await form();
      return app().inject({ method: 'POST', url: '/login', headers: { cookie: f.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ _csrf: f.token, user: 'vera', password }).toString() });
    };
    const slept: number[] = [];
    const sleep = s.console.context.sleep;
    s.console.context.sleep = async (ms) => {
      slept.push(ms);
    };
    try {
      const codes: number[] = [];
      for (let i = 0; i < 8; i++) codes.push((await attempt(`guess number ${i}`)).statusCode);
      expect(codes).toEqual([401, 401, 401, 401, 401, 401, 401, 401]);
      expect(slept).toEqual([250, 500, 1000, 2000, 4000]);
      const locked = await attempt('console test password');
      expect(locked.statusCode).toBe(429);
      expect(locked.headers['retry-after']).toBe('900');
    } finally {
      s.console.context.sleep = sleep;
    }
  });
});
