// Services: every NATS service answering $SRV discovery (policy, review, router, audit
// writer...), with INFO and STATS: endpoints, requests, errors, average processing time.
import type { FastifyInstance } from 'fastify';
import { count, html, table, when } from '../html.js';
import { STAFF } from '../roles.js';
import { view } from './view.js';

export async function serviceRoutes(app: FastifyInstance): Promise<void> {
  view(app, {
    path: '/services',
    api: '/api/services',
    title: 'Services',
    roles: STAFF,
    load: async () => ({ services: await app.ilr.ops.services() }),
    render: (d) => html`<p class="muted">Every instance answering NATS service discovery ($SRV PING, INFO, STATS). Several instances of one service share its work.</p>
${table(
  ['service', 'instance', 'version', 'started', 'round trip', 'endpoint', 'requests', 'errors', 'average', 'last error'],
  d.services.flatMap((s) =>
    (s.endpoints.length ? s.endpoints : [null]).map((e) => [
      s.name,
      html`<code>${s.id}</code>`,
      s.version,
      when(s.started ?? null),
      s.rttMs === null ? '-' : `${s.rttMs} ms`,
      e ? html`${e.name} <code>${e.subject}</code>` : '-',
      e ? count(e.requests) : '-',
      e ? count(e.errors) : '-',
      e ? `${e.averageProcessingMs.toFixed(2)} ms` : '-',
      e?.lastError ?? '',
    ]),
  ),
  'No service answers discovery: are the services running?',
  'id="services"',
)}`,
  });
}
