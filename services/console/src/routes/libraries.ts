// Libraries: per member, connected or not, deliveries waiting (and the oldest), the age of
// its last ack, redeliveries, dead letters it caused, PENDING messages waiting on its facts
// lookups, the signing keys the directory lists.
import type { FastifyInstance } from 'fastify';
import { count, duration, html, table } from '../html.js';
import { STAFF } from '../roles.js';
import { view } from './view.js';

const age = (ms: number | null): string => (ms === null ? '-' : `${duration(ms)} ago`);

export async function libraryRoutes(app: FastifyInstance): Promise<void> {
  view(app, {
    path: '/libraries',
    api: '/api/libraries',
    title: 'Libraries',
    roles: STAFF,
    load: async () => ({ libraries: await app.ilr.ops.libraries() }),
    render: (d) => html`<p class="muted">"Connected": the library's connector is pulling its delivery consumer now. Dead letters: those of messages it sent (kept 90 days).</p>
${table(
  ['library', 'name', 'jurisdiction', 'connected', 'deliveries waiting', 'oldest waiting', 'last ack', 'redeliveries', 'dead letters', 'PENDING on its facts', 'signing keys'],
  d.libraries.map((l) => [
    l.id,
    l.name,
    l.jurisdiction,
    l.connected === null ? html`<span class="muted">no consumer</span>` : l.connected ? html`<span class="ok">yes</span>` : html`<span class="bad">no</span>`,
    count(l.deliveriesWaiting),
    l.oldestWaitingAgeMs === null ? '-' : duration(l.oldestWaitingAgeMs),
    age(l.lastAckAgeMs),
    count(l.redeliveries),
    count(l.deadLetters),
    count(l.pendingOnFacts),
    l.signingKeys.length ? html`${l.signingKeys.map((k) => html`<code title="${k}">${k.slice(0, 8)}…</code> `)}` : html`<span class="muted">unsigned</span>`,
  ]),
  'No member library in the directory.',
  'id="libraries"',
)}`,
  });
}
