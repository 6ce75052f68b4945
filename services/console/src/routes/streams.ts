// Streams and consumers: messages, bytes, limits; per consumer pending, ack pending,
// redelivered, waiting pulls, ack floor and last activity. Read only: nothing here deletes,
// purges or resets. ILR_REVIEW, ILR_DECISIONS and ILR_AUDIT counts are for admins only
// (they count gagged items); others see the limits and "admins only".
import type { StreamRow } from '@ilr/ops';
import type { FastifyInstance } from 'fastify';
import { bytes, count, duration, html, table, when, type Html } from '../html.js';
import { STAFF } from '../roles.js';
import { view } from './view.js';

const limit = (n: number, f: (x: number) => string = count): string => (n <= 0 ? 'unlimited' : f(n));

function stream(s: StreamRow): Html {
  const hidden = html`<span class="muted">admins only</span>`;
  return html`<section class="stream" data-stream="${s.name}">
<h2>${s.name}</h2>
<p class="muted">${s.description} Subjects: <code>${s.subjects.join(' ')}</code></p>
${table(
  ['messages', 'bytes', 'first seq', 'last seq', 'last message', 'max age', 'max messages', 'max bytes', 'storage', 'replicas'],
  [
    [
      s.countsShown ? count(s.messages) : hidden,
      s.countsShown ? bytes(s.bytes) : hidden,
      s.countsShown ? count(s.firstSeq) : hidden,
      s.countsShown ? count(s.lastSeq) : hidden,
      s.countsShown ? when(s.lastTime) : hidden,
      limit(s.limits.maxAgeMs, duration),
      limit(s.limits.maxMsgs),
      limit(s.limits.maxBytes, bytes),
      s.limits.storage,
      String(s.limits.replicas),
    ],
  ],
  '',
)}
${
  s.countsShown
    ? table(
        ['consumer', 'filter', 'pending', 'ack pending', 'redelivered', 'waiting pulls', 'ack floor (stream seq)', 'last ack', 'last delivery', 'max deliver'],
        s.consumers.map((c) => [
          c.name,
          c.filterSubject ?? '-',
          count(c.pending),
          count(c.ackPending),
          count(c.redelivered),
          count(c.waiting),
          count(c.ackFloor.streamSeq),
          when(c.ackFloor.lastActive),
          when(c.delivered.lastActive),
          c.maxDeliver < 0 ? 'unlimited' : String(c.maxDeliver),
        ]),
        `No durable consumer${s.ephemeralConsumers ? ` (${s.ephemeralConsumers} ordered readers)` : ''}.`,
      )
    : html`<p class="muted">Counts and consumers of this stream are shown to admins only: it holds items under gag orders.</p>`
}
</section>`;
}

export async function streamRoutes(app: FastifyInstance): Promise<void> {
  view(app, {
    path: '/streams',
    api: '/api/streams',
    title: 'Streams and consumers',
    roles: STAFF,
    load: async (_r, s) => ({ admin: s.role === 'admin', streams: await app.ilr.ops.streams({ admin: s.role === 'admin' }) }),
    render: (d) => html`<p class="muted">Read only: the console deletes, purges and resets nothing.${d.admin ? '' : ' Stream totals of ILR_REVIEW, ILR_DECISIONS and ILR_AUDIT are shown to admins only.'}</p>
${d.streams.length ? d.streams.map(stream) : html`<p class="empty">No stream: run provisioning (ilr libraries init).</p>`}`,
  });
}
