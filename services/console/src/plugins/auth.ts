// Who may reach what. Every route is closed unless its config says `public: true` (the
// login page, static files, health): without a session a page redirects to /login and an
// API answers 401; a session whose role the route does not list gets 403 and nothing else.
// Every POST must carry the session's CSRF token (form field `_csrf` or header
// `x-csrf-token`) and, when the browser sends an Origin, come from this console's own origin.
// Security headers on every answer: a strict CSP (scripts and styles from /static only),
// no framing, no referrer to other sites, no caching of pages.
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { html } from '../html.js';
import { page } from '../layout.js';
import { sameToken } from '../sessions.js';
import type { ConsoleRole } from '../users.js';
import { field } from './forms.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a session (login, static files, health). */
    public?: boolean;
    /** The roles that may reach this route. Required unless public. */
    roles?: readonly ConsoleRole[];
  }
}

export const isApi = (request: FastifyRequest): boolean => request.url.startsWith('/api/');

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

/** An error answer: JSON for the API, a page otherwise. */
export function refuse(request: FastifyRequest, reply: FastifyReply, status: number, message: string): FastifyReply {
  reply.code(status);
  if (isApi(request)) return reply.send({ error: message });
  return reply.type('text/html; charset=utf-8').send(page({ title: status === 403 ? 'Not allowed' : 'Error', session: request.session, body: html`<p class="error">${message}</p>` }).text);
}

function sameOrigin(request: FastifyRequest): boolean {
  // Browsers say where a request came from (Sec-Fetch-Site); a cross-site POST is refused.
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return false;
  const origin = request.headers.origin;
  if (!origin) return true;
  if (origin === 'null') return false;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

export const authPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    // same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on form posts.
    reply.header('referrer-policy', 'same-origin');
    const config = request.routeOptions.config;
    if (!config?.public) reply.header('cache-control', 'no-store');
    if (config?.public) return;
    const session = request.session;
    if (!session) {
      if (isApi(request) || request.method !== 'GET') return refuse(request, reply, 401, 'not logged in');
      const next = encodeURIComponent(request.url);
      return reply.code(303).redirect(`/login?next=${next}`);
    }
    const roles = config?.roles;
    if (!roles || !roles.includes(session.role)) return refuse(request, reply, 403, `this view is not open to the ${session.role} role`);
  });
  // CSRF: after the body is parsed, before any handler runs.
  app.addHook('preHandler', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD') return;
    if (request.routeOptions.config?.public) return; // the login form checks its own token
    const token = field(request.body, '_csrf') ?? (request.headers['x-csrf-token'] as string | undefined);
    if (!sameOrigin(request) || !sameToken(token, request.session?.csrf)) {
      await app.ilr.actions.record({ user: request.session?.user ?? '-', role: request.session?.role, action: `${request.method} ${request.routeOptions.url ?? request.url}`, result: 'refused: CSRF token missing or wrong', address: request.ip });
      return refuse(request, reply, 403, 'the form was not sent from this console (CSRF token missing or wrong): reload the page and try again');
    }
  });
}, { name: 'ilr-console-auth', dependencies: ['ilr-console-session'] });
