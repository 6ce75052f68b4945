// Operator actions: every login (and failure), logout, refusal, dead letter marked handled,
// verification and director's decision, newest first.
import type { FastifyInstance } from 'fastify';
import { html, table, when } from '../html.js';
import { STAFF } from '../roles.js';
import { view } from './view.js';

export async function actionRoutes(app: FastifyInstance): Promise<void> {
  view(app, {
    path: '/actions',
    api: '/api/actions',
    title: 'Operator actions',
    roles: STAFF,
    load: async () => ({ actions: await app.ilr.ops.actions(200) }),
    render: (d) => html`<p class="muted">What was done from the console (and by operators' tools), newest first (the last 200).</p>
${table(
  ['time', 'who', 'action', 'on', 'note'],
  d.actions.map((a) => [when(a.at), a.by, a.action, a.target ?? '-', a.note ?? '']),
  'No action recorded yet.',
  'id="actions"',
)}`,
  });
}
