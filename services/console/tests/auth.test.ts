// Sessions, CSRF and login throttling, through inject().
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PASSWORD, addUser, cookiesOf, login, loginForm, post, testConsole, tryLogin, type TestConsole } from './helpers.js';

let c: TestConsole;
beforeEach(async () => {
  c = await testConsole();
  await addUser(c, 'olga', 'operator');
  await addUser(c, 'vera', 'viewer');
  await addUser(c, 'dora', 'director', 'mt-bozeman');
});
afterEach(async () => c.close());

describe('console login and sessions', () => {
  it('logs in with an HttpOnly SameSite=Strict cookie and records the action', async () => {
    const res = await tryLogin(c, 'olga', PASSWORD);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/');
    const line = cookiesOf(res).lines.find((l) => l.startsWith('ilr_session='))!;
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Strict/);
    expect(line).not.toMatch(/Secure/); // plain http on loopback
    expect(cookiesOf(res).values['ilr_session']).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(c.actions.at(-1)).toMatchObject({ user: 'olga', role: 'operator', action: 'login', result: 'ok' });
  });

  it('marks cookies Secure behind https', async () => {
    const f = await loginForm(c);
    const res = await c.app.inject({
      method: 'POST',
      url: '/login',
      headers: { cookie: f.cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-proto': 'https' },
      payload: new URLSearchParams({ _csrf: f.token, user: 'olga', password: PASSWORD }).toString(),
    });
    // Without a trusted proxy the header is ignored: not Secure.
    expect(cookiesOf(res).lines.find((l) => l.startsWith('ilr_session='))).not.toMatch(/Secure/);
    c.context.secureCookies = true;
    const again = await tryLogin(c, 'olga', PASSWORD);
    expect(cookiesOf(again).lines.find((l) => l.startsWith('ilr_session='))).toMatch(/; Secure/);
  });

  it('refuses a wrong password and a login form without its token', async () => {
    expect((await tryLogin(c, 'olga', 'wrong password!')).statusCode).toBe(401);
    const res = await c.app.inject({
      method: 'POST',
      url: '/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: 'forged', user: 'olga', password: PASSWORD }).toString(),
    });
    expect(res.statusCode).toBe(403);
    expect(cookiesOf(res).values['ilr_session']).toBeUndefined();
    expect(c.actions.map((a) => a.result)).toEqual(['failed: wrong user name or password', 'refused: CSRF token missing or wrong']);
  });

  it('slows repeated failures, then locks the name even for the right password', async () => {
    for (let i = 0; i < 3; i++) expect((await tryLogin(c, 'olga', `guess ${i}`)).statusCode).toBe(401);
    expect(c.slept).toEqual([]);
    for (let i = 3; i < 8; i++) expect((await tryLogin(c, 'olga', `guess ${i}`)).statusCode).toBe(401);
    expect(c.slept).toEqual([250, 500, 1000, 2000, 4000]);
    const locked = await tryLogin(c, 'olga', PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBe(15 * 60);
    expect(locked.body).toContain('Too many failed logins');
    // From another address too: the name is locked.
    expect((await tryLogin(c, 'olga', PASSWORD, '10.0.0.9')).statusCode).toBe(429);
    c.clock.now += 15 * 60_000 + 1000;
    expect((await tryLogin(c, 'olga', PASSWORD, '10.0.0.9')).statusCode).toBe(303);
  });

  it('locks an address that tries many names', async () => {
    for (let i = 0; i < 8; i++) await tryLogin(c, `user${i}`, 'not the password', '10.1.1.1');
    expect((await tryLogin(c, 'vera', PASSWORD, '10.1.1.1')).statusCode).toBe(429);
    expect((await tryLogin(c, 'vera', PASSWORD, '10.1.1.2')).statusCode).toBe(303);
  });

  it('ends a session after idle time, and at logout', async () => {
    const l = await login(c, 'vera');
    expect((await c.app.inject({ url: '/livez', headers: { cookie: l.cookie } })).statusCode).toBe(200);
    c.clock.now += 31 * 60_000;
    const res = await c.app.inject({ url: '/', headers: { cookie: l.cookie } });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2F');
    const l2 = await login(c, 'vera');
    expect((await post(c, l2, '/logout', {})).statusCode).toBe(303);
    expect((await c.app.inject({ url: '/api/director/items', headers: { cookie: l2.cookie } })).statusCode).toBe(401);
  });

  it('refuses a POST without the CSRF token, or from another origin', async () => {
    const l = await login(c, 'olga');
    const res = await post(c, l, '/logout', {}, false);
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('CSRF');
    const cross = await c.app.inject({
      method: 'POST',
      url: '/logout',
      headers: { cookie: l.cookie, origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(l.csrf)}`,
    });
    expect(cross.statusCode).toBe(403);
    const site = await c.app.inject({
      method: 'POST',
      url: '/logout',
      headers: { cookie: l.cookie, 'sec-fetch-site': 'cross-site', 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(l.csrf)}`,
    });
    expect(site.statusCode).toBe(403);
    // The session still works: nothing was done.
    expect((await post(c, l, '/logout', {})).statusCode).toBe(303);
    expect(c.actions.filter((a) => a.result.startsWith('refused: CSRF')).length).toBe(3);
  });

  it('keeps a director out of the staff views and staff out of the director view', async () => {
    const d = await login(c, 'dora');
    const v = await login(c, 'vera');
    expect((await c.app.inject({ url: '/api/director/items', headers: { cookie: v.cookie } })).statusCode).toBe(403);
    // No credential held for mt-bozeman in this console: refused with a reason, not an error.
    const res = await c.app.inject({ url: '/api/director/items', headers: { cookie: d.cookie } });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ error: expect.stringContaining('no reviewer credential for mt-bozeman') });
  });

  it('sends security headers and only local next= redirects', async () => {
    const res = await c.app.inject({ url: '/login?next=//evil.example/' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.body).not.toContain('evil.example');
  });
});

describe('a user removed from the users file', () => {
  it('loses their session at the next request', async () => {
    const l = await login(c, 'vera');
    expect((await c.app.inject({ url: '/', headers: { cookie: l.cookie } })).statusCode).not.toBe(303);
    await c.context.users.remove('vera');
    const res = await c.app.inject({ url: '/', headers: { cookie: l.cookie } });
    expect(res.statusCode).toBe(303);
    expect(c.context.sessions.size).toBe(0);
  });
});

describe('an unexpected failure', () => {
  it('is answered with a page that says nothing of it', async () => {
    const l = await login(c, 'olga');
    const res = await c.app.inject({ url: '/', headers: { cookie: l.cookie } });
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('the console failed to answer this request');
    expect(res.body).not.toContain('no read models');
    const api = await c.app.inject({ url: '/api/attention', headers: { cookie: l.cookie } });
    expect(api.json()).toEqual({ error: 'the console failed to answer this request (the error is in its log)' });
  });
});
