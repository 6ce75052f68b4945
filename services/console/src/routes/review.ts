// Review queue counts per home library, route and urgency, from the review service in the
// operator role (it never lists a gagged item to an operator, so none is counted). Staff
// see counts only: the items are the home library's director's.
import type { FastifyInstance } from 'fastify';
import { count, duration, html, table } from '../html.js';
import { STAFF } from '../roles.js';
import { view } from './view.js';

export async function reviewRoutes(app: FastifyInstance): Promise<void> {
  view(app, {
    path: '/review',
    api: '/api/review',
    title: 'Review queue',
    roles: STAFF,
    load: async () => app.ilr.ops.reviewCounts(),
    render: (r) => html`<p class="muted">Legal process waiting for a home library's director or records custodian, counted through the review service's operator role. Consortium staff see counts only; the directors decide.</p>
<p><strong id="review-total">${count(r.total)}</strong> item${r.total === 1 ? '' : 's'} waiting.</p>
${r.unanswered.length ? html`<p class="error">The review service did not answer for ${r.unanswered.join(', ')}: the counts are incomplete.</p>` : ''}
${table(
  ['home library', 'route', 'urgency', 'items', 'oldest'],
  r.rows.map((x) => [x.home, x.route, x.urgent ? html`<span class="tag urgent">URGENT</span>` : 'normal', count(x.count), x.oldestAgeMs === null ? '-' : duration(x.oldestAgeMs)]),
  'No item waits for review.',
  'id="review-counts"',
)}`,
  });
}
