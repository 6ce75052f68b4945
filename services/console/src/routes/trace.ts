// Message trace: a sender and a message id in (ids are unique per sender), a timeline out:
// ingress, claim, decision (outcome, basis, pack, citations, classes disclosed), delivery and
// its ack, reply, or dead letter, each with its time. Never a payload.
import type { TraceEvent } from '@ilr/ops';
import type { FastifyInstance } from 'fastify';
import { bytes, html, when, type Html } from '../html.js';
import { STAFF } from '../roles.js';
import { view } from './view.js';

const STEP: Record<string, string> = {
  ingress: 'Ingress: received',
  claim: 'Claimed by the router',
  decision: 'Decided',
  review: 'Held for review',
  reviewed: "Reviewer's decision",
  delivery: 'Delivered',
  ack: 'Acknowledged by the recipient',
  reply: "Reply to the sender",
  pending: 'PENDING: waiting for the home library',
  error: 'Error reply to the sender',
  'dead-letter': 'Dead-lettered',
};

function event(e: TraceEvent): Html {
  const d = e.decision;
  return html`<li data-step="${e.step}"><strong>${STEP[e.step] ?? e.step}</strong> ${when(e.at)}
${e.stream ? html`<div class="muted">${e.stream}${e.seq ? ` seq ${e.seq}` : ''}${e.subject ? ` on ${e.subject}` : ''}${e.size !== undefined ? `, ${bytes(e.size)}` : ''}</div>` : ''}
${d ? html`<div>${d.outcome} under ${d.home}'s policy (pack ${d.pack.id} ${d.pack.version}), basis ${d.basis}, reason ${d.reasonCode}; to ${d.recipient}${d.referTo ? `, referred to ${d.referTo}` : ''}${d.reviewer ? `; by ${d.reviewer}` : ''}.
Disclosed: ${d.disclosed.length ? d.disclosed.join(', ') : 'nothing'}. Citations: ${d.citations.length ? d.citations.join('; ') : 'none'}.</div>` : ''}
${e.code ? html`<div>${e.code}${e.reason ? `: ${e.reason}` : ''}</div>` : ''}
${e.note ? html`<div class="muted">${e.note}</div>` : ''}</li>`;
}

const traceForm = (sender: string, id: string): Html => html`<form method="get" action="/trace" class="filters">
<label>Sender <input name="sender" value="${sender}" required placeholder="e.g. wi-madison"></label>
<label>Message id <input name="id" value="${id}" required placeholder="the sender's message id"></label>
<button type="submit">Trace</button></form>`;

export async function traceRoutes(app: FastifyInstance): Promise<void> {
  view(app, {
    path: '/trace',
    api: '/api/trace',
    title: 'Message trace',
    roles: STAFF,
    load: async (request) => {
      const q = request.query as { sender?: string; id?: string };
      const sender = (q.sender ?? '').trim();
      const id = (q.id ?? '').trim();
      if (!sender || !id) return { sender, id, events: null };
      return { sender, id, events: await app.ilr.ops.trace(sender, id) };
    },
    form: (request) => {
      const q = request.query as { sender?: string; id?: string };
      return traceForm(q.sender ?? '', q.id ?? '');
    },
    render: (d) => html`${traceForm(d.sender, d.id)}
<p class="muted">Message ids are unique per sender: give both. The timeline shows times, streams, codes and decisions; never a payload.</p>
${
  d.events === null
    ? ''
    : d.events.length === 0
      ? html`<p class="empty">Nothing is known of ${d.id} from ${d.sender} (never received, or older than the streams keep).</p>`
      : html`<ol class="timeline" id="timeline">${d.events.map(event)}</ol>`
}`,
  });
}
