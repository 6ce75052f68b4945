// Events: the JetStream advisories worth keeping (a message reaching its maximum
// deliveries, a consumer's message terminated...), from their small stream.
import type { FastifyInstance } from 'fastify';
import { html, table, when } from '../html.js';
import { STAFF } from '../roles.js';
import { view } from './view.js';

export async function eventRoutes(app: FastifyInstance): Promise<void> {
  view(app, {
    path: '/events',
    api: '/api/events',
    title: 'Events',
    roles: STAFF,
    load: async () => ({ events: await app.ilr.ops.events(100) }),
    render: (d) => html`<p class="muted">JetStream advisories kept by ILR (the newest 100): a message that reached its maximum deliveries is dead-lettered by the router; the advisory says when.</p>
${table(
  ['time', 'event', 'stream', 'consumer', 'stream seq', 'deliveries'],
  d.events.map((e) => [when(e.at), e.type, e.stream ?? '-', e.consumer ?? '-', e.streamSeq === undefined ? '-' : String(e.streamSeq), e.deliveries === undefined ? '-' : String(e.deliveries)]),
  'No event recorded.',
  'id="events"',
)}`,
  });
}
