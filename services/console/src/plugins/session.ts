// Sessions: the `ilr_session` cookie (a random id, HttpOnly, SameSite=Strict, Secure over
// https) names a live session in the SessionStore; `request.session` is it or null.
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Session } from '../sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
  }
}

export const SESSION_COOKIE = 'ilr_session';
export const LOGIN_COOKIE = 'ilr_login';

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  if (!header) return out;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i <= 0) continue;
    const name = part.slice(0, i).trim();
    let value = part.slice(i + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      out[name] = decodeURIComponent(value);
    } catch {
      out[name] = value;
    }
  }
  return out;
}

export interface CookieOptions {
  path?: string;
  /** Seconds; 0 deletes the cookie. Omitted: a browser-session cookie. */
  maxAge?: number;
}

/** Sets a cookie the console's way: HttpOnly, SameSite=Strict, Secure when the request is https (or always, by configuration). */
export function setCookie(request: FastifyRequest, reply: FastifyReply, name: string, value: string, o: CookieOptions = {}): void {
  const secure = request.server.ilr.secureCookies === true || (request.server.ilr.secureCookies === 'auto' && request.protocol === 'https');
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${o.path ?? '/'}`, 'HttpOnly', 'SameSite=Strict'];
  if (o.maxAge !== undefined) parts.push(`Max-Age=${o.maxAge}`);
  if (secure) parts.push('Secure');
  const prev = reply.getHeader('set-cookie');
  const list = prev === undefined ? [] : Array.isArray(prev) ? prev.map(String) : [String(prev)];
  reply.header('set-cookie', [...list, parts.join('; ')]);
}

export const sessionPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    const session = app.ilr.sessions.get(parseCookies(request.headers.cookie)[SESSION_COOKIE]);
    if (session) {
      // A user removed (or changed) with `ilr console users` loses the session at once.
      const user = await app.ilr.users.get(session.user);
      if (!user || user.role !== session.role || user.library !== session.library) {
        app.ilr.sessions.destroyUser(session.user);
        request.session = null;
        return;
      }
    }
    request.session = session;
  });
}, { name: 'ilr-console-session', dependencies: ['ilr-console-context'] });
