// One view = a page and its JSON twin under /api, both behind the same roles, both from
// the same loader: what a page shows is exactly what its API answers.
import { OpsError } from '@ilr/ops';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { html, type Html } from '../html.js';
import { page } from '../layout.js';
import { refuse } from '../plugins/auth.js';
import type { Session } from '../sessions.js';
import type { ConsoleRole } from '../users.js';

export interface ViewSpec<T> {
  /** The page's path (`/flow`); the API is `/api/flow` (`/api/attention` for `/`). */
  path: string;
  api: string;
  title: string;
  roles: readonly ConsoleRole[];
  load(request: FastifyRequest, session: Session): Promise<T>;
  render(data: T, session: Session, request: FastifyRequest): Html;
  scripts?: string[];
  styles?: string[];
  /** The page's form, shown again above the error when what was typed is refused (400). */
  form?(request: FastifyRequest, session: Session): Html;
}

/** An answer for an error of the read models: bad input is the user's (400), the rest 503/404. */
export function opsFailure(request: FastifyRequest, reply: FastifyReply, e: unknown): FastifyReply {
  if (e instanceof OpsError) {
    const status = e.code === 'INVALID_INPUT' ? 400 : e.code === 'NOT_FOUND' ? 404 : 503;
    return refuse(request, reply, status, e.message);
  }
  throw e;
}

export function view<T>(app: FastifyInstance, spec: ViewSpec<T>): void {
  const config = { roles: spec.roles };
  app.get(spec.path, { config }, async (request, reply) => {
    const s = request.session!;
    let data: T;
    try {
      data = await spec.load(request, s);
    } catch (e) {
      if (spec.form && e instanceof OpsError && e.code === 'INVALID_INPUT') {
        const body = html`${spec.form(request, s)}<p class="error" role="alert">${e.message}</p>`;
        return reply.code(400).type('text/html; charset=utf-8').send(page({ title: spec.title, session: s, path: spec.path, body }).text);
      }
      return opsFailure(request, reply, e);
    }
    const body = spec.render(data, s, request);
    return reply
      .type('text/html; charset=utf-8')
      .send(page({ title: spec.title, session: s, path: spec.path, body, ...(spec.scripts ? { scripts: spec.scripts } : {}), ...(spec.styles ? { styles: spec.styles } : {}) }).text);
  });
  app.get(spec.api, { config }, async (request, reply) => {
    try {
      return await spec.load(request, request.session!);
    } catch (e) {
      return opsFailure(request, reply, e);
    }
  });
}
