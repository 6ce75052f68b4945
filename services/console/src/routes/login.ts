// GET/POST /login, POST /logout. The login form has its own CSRF token (a cookie and the
// same value in the form: there is no session yet). Attempts are throttled per user name
// and per address (LoginThrottle): slowed after a few failures, then locked for a while.
// Every attempt, good or bad, is an operator action.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { html, utc } from '../html.js';
import { page } from '../layout.js';
import { field } from '../plugins/forms.js';
import { LOGIN_COOKIE, SESSION_COOKIE, parseCookies, setCookie } from '../plugins/session.js';
import { homeOf } from '../roles.js';
import { randomToken, sameToken } from '../sessions.js';

/** Only a local path is followed after login (no open redirect). */
function safeNext(next: unknown): string | undefined {
  return typeof next === 'string' && /^\/(?!\/)[^\\\s]*$/.test(next) && !next.startsWith('/login') ? next : undefined;
}

function loginPage(request: FastifyRequest, reply: FastifyReply, status: number, message?: string, user = '', next?: string): FastifyReply {
  // The browser's token is kept while it has one (two tabs, a stray redirect to /login), a new one otherwise.
  const had = parseCookies(request.headers.cookie)[LOGIN_COOKIE];
  const token = had && /^[A-Za-z0-9_-]{43}$/.test(had) ? had : randomToken();
  setCookie(request, reply, LOGIN_COOKIE, token, { path: '/login' });
  const body = html`${message ? html`<p class="error" role="alert">${message}</p>` : ''}
<form method="post" action="/login" class="login">
<input type="hidden" name="_csrf" value="${token}">
${next ? html`<input type="hidden" name="next" value="${next}">` : ''}
<label>User <input name="user" autocomplete="username" required value="${user}"></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Log in</button>
</form>
<p class="muted">Accounts are made with <code>ilr console users add</code>.</p>`;
  return reply.code(status).type('text/html; charset=utf-8').send(page({ title: 'Log in', body }).text);
}

export async function loginRoutes(app: FastifyInstance): Promise<void> {
  app.get('/login', { config: { public: true } }, async (request, reply) => {
    if (request.session) return reply.code(303).redirect(homeOf(request.session.role));
    return loginPage(request, reply, 200, undefined, '', safeNext((request.query as Record<string, unknown>)['next']));
  });

  app.post('/login', { config: { public: true } }, async (request, reply) => {
    const ctx = app.ilr;
    const user = (field(request.body, 'user') ?? '').trim().slice(0, 64);
    const password = field(request.body, 'password') ?? '';
    const next = safeNext(field(request.body, 'next'));
    const address = request.ip;
    if (!sameToken(field(request.body, '_csrf'), parseCookies(request.headers.cookie)[LOGIN_COOKIE])) {
      await ctx.actions.record({ user: user || '-', action: 'login', result: 'refused: CSRF token missing or wrong', address });
      return loginPage(request, reply, 403, 'The login form had expired or did not come from this console: try again.', user, next);
    }
    const verdict = ctx.throttle.check(user, address);
    if (verdict.lockedUntil) {
      await ctx.actions.record({ user: user || '-', action: 'login', result: 'refused: locked after repeated failures', address });
      reply.header('retry-after', String(Math.ceil((verdict.lockedUntil - ctx.now()) / 1000)));
      return loginPage(request, reply, 429, `Too many failed logins for this user or from this address: try again after ${utc(verdict.lockedUntil)}.`, user, next);
    }
    if (verdict.delayMs > 0) await ctx.sleep(verdict.delayMs);
    const found = user && password ? await ctx.users.verify(user, password) : null;
    if (!found) {
      ctx.throttle.failed(user, address);
      await ctx.actions.record({ user: user || '-', action: 'login', result: 'failed: wrong user name or password', address });
      return loginPage(request, reply, 401, 'Wrong user name or password.', user, next);
    }
    ctx.throttle.succeeded(user);
    const session = ctx.sessions.create(found);
    setCookie(request, reply, SESSION_COOKIE, session.id);
    setCookie(request, reply, LOGIN_COOKIE, '', { path: '/login', maxAge: 0 });
    await ctx.actions.record({ user: found.name, role: found.role, library: found.library, action: 'login', result: 'ok', address });
    return reply.code(303).redirect(next && found.role !== 'director' ? next : homeOf(found.role));
  });

  app.post('/logout', { config: { roles: ['viewer', 'operator', 'admin', 'director'] } }, async (request, reply) => {
    const s = request.session!;
    app.ilr.sessions.destroy(s.id);
    setCookie(request, reply, SESSION_COOKIE, '', { maxAge: 0 });
    await app.ilr.actions.record({ user: s.user, role: s.role, library: s.library, action: 'logout', result: 'ok', address: request.ip });
    return reply.code(303).redirect('/login');
  });
}
