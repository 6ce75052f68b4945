// The director's view: their own library's review queue, through the review service with
// that library's director credential (ReviewDesk), the same rules as `ilr review`. The
// library is the session's, never a parameter: a director cannot name another library.
// Approving releases at most the ceiling (the review service checks it); every decision is
// recorded in the operator-actions log.
import { DATA_CLASSES } from '@ilr/policy';
import { ReviewError, type ItemDetail, type ItemSummary } from '@ilr/review-service';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DeskError } from '../desk.js';
import { html, table, when, type Html } from '../html.js';
import { page } from '../layout.js';
import { refuse } from '../plugins/auth.js';
import { field, fields } from '../plugins/forms.js';
import { DIRECTORS } from '../roles.js';

const opts = { config: { roles: DIRECTORS } };

function failure(request: FastifyRequest, reply: FastifyReply, e: unknown): FastifyReply {
  if (e instanceof DeskError) return refuse(request, reply, e.status, e.message);
  if (e instanceof ReviewError) {
    const status = e.code === 'UNKNOWN_ID' ? 404 : e.code === 'NOT_AUTHORISED' ? 403 : e.code === 'INVALID_REQUEST' ? 400 : 502;
    return refuse(request, reply, status, e.message);
  }
  throw e;
}

const itemLink = (i: ItemSummary): Html => html`<a href="/director/item?id=${encodeURIComponent(i.id)}&amp;sender=${encodeURIComponent(i.sender)}">${i.id}</a>`;

const flags = (i: ItemSummary): Html =>
  html`${i.urgent ? html`<span class="tag urgent">URGENT</span> ` : ''}${i.gag ? html`<span class="tag gag">GAG ORDER</span>` : ''}`;

function detail(i: ItemDetail, csrf: string): Html {
  const decided = i.outcome;
  const form = i.actionable
    ? html`<h2>Decide</h2>
<form method="post" action="/director/approve" class="decide">
<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="id" value="${i.id}"><input type="hidden" name="sender" value="${i.sender}">
<fieldset><legend>Release (at most the ceiling)</legend>${i.ceiling.map((c) => html`<label><input type="checkbox" name="release" value="${c}"> ${c}</label> `)}</fieldset>
<label>Reason (kept in the audit log) <input name="reason" required maxlength="500"></label>
<button type="submit" name="decision" value="approve">Approve and release</button>
</form>
<form method="post" action="/director/deny" class="decide">
<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="id" value="${i.id}"><input type="hidden" name="sender" value="${i.sender}">
<label>Reason <input name="reason" required maxlength="500"></label>
<button type="submit">Deny</button>
</form>`
    : html`<p class="muted">You cannot decide this item${decided ? ': it is decided' : ''}.</p>`;
  return html`<dl class="facts">
<dt>Message</dt><dd>${i.id} from ${i.sender} (${i.kind})</dd>
<dt>Received</dt><dd>${when(i.receivedAt)}</dd>
<dt>Requester</dt><dd>${i.requester}</dd>
<dt>Legal process</dt><dd>${i.process ? `${i.process.type} issued by ${i.process.issuer}${i.process.criminal ? ' (criminal)' : ''}` : '-'} ${flags(i)}</dd>
<dt>Route</dt><dd>${i.route}</dd>
<dt>Basis claimed</dt><dd>${i.basis}</dd>
<dt>Wants</dt><dd>${i.wants.join(', ') || '-'}</dd>
<dt>Ceiling</dt><dd>${i.ceiling.join(', ') || 'nothing may be released'}</dd>
<dt>Patron named by</dt><dd>${i.patronRef ?? '-'}</dd>
<dt>Served document</dt><dd>${i.documentRef ?? '-'}</dd>
<dt>Pack</dt><dd>${i.pack.id} ${i.pack.version}</dd>
<dt>Consortium notice</dt><dd>${i.notice.status}</dd>
${decided ? html`<dt>Decision</dt><dd>${decided.outcome}${decided.released.length ? ` of ${decided.released.join(', ')}` : ''} by ${decided.by.name ?? decided.by.role}, ${when(decided.decidedAt)}${decided.delivered ? '' : ' (not yet delivered)'}</dd>` : ''}
</dl>
<h2>The law</h2>
${table(['citation', 'text', 'status'], i.citations.map((c) => [c.cite, c.text, c.status]), 'No citations.')}
${form}`;
}

export async function directorRoutes(app: FastifyInstance): Promise<void> {
  app.get('/director', opts, async (request, reply) => {
    const s = request.session!;
    try {
      const list = await (await app.ilr.reviews.for(s)).list();
      const body = html`<p>The review queue of <strong>${s.library}</strong>, urgent first, then oldest first. Nobody sees the patron's name or card number here.</p>
${table(
  ['message', 'received', 'requester', 'process', 'wants', 'ceiling', ''],
  list.items.map((i) => [itemLink(i), when(i.receivedAt), i.requester, i.process ? `${i.process.type} (${i.process.issuer})` : '-', i.wants.join(', '), i.ceiling.join(', ') || '-', flags(i)]),
  'No item waits for review.',
  'id="review-items"',
)}`;
      return reply.type('text/html; charset=utf-8').send(page({ title: `Review queue: ${s.library}`, session: s, path: '/director', body }).text);
    } catch (e) {
      return failure(request, reply, e);
    }
  });

  app.get('/api/director/items', opts, async (request, reply) => {
    try {
      return await (await app.ilr.reviews.for(request.session!)).list();
    } catch (e) {
      return failure(request, reply, e);
    }
  });

  app.get<{ Querystring: { id?: string; sender?: string } }>('/director/item', opts, async (request, reply) => {
    const s = request.session!;
    const { id, sender } = request.query;
    if (!id) return refuse(request, reply, 400, 'which item? (id missing)');
    try {
      const item = await (await app.ilr.reviews.for(s)).show(id, sender || undefined);
      return reply.type('text/html; charset=utf-8').send(page({ title: `Review item ${item.id}`, session: s, path: '/director', body: detail(item, s.csrf) }).text);
    } catch (e) {
      return failure(request, reply, e);
    }
  });

  for (const action of ['approve', 'deny'] as const) {
    app.post(`/director/${action}`, opts, async (request, reply) => {
      const s = request.session!;
      const id = field(request.body, 'id') ?? '';
      const sender = field(request.body, 'sender') || undefined;
      const reason = (field(request.body, 'reason') ?? '').trim();
      const release = fields(request.body, 'release').filter((c) => (DATA_CLASSES as readonly string[]).includes(c));
      const target = `${sender ?? '?'}/${id}`;
      if (!id || !reason) return refuse(request, reply, 400, 'an item id and a reason are required');
      try {
        const client = await app.ilr.reviews.for(s);
        const answer = action === 'approve' ? await client.approve(id, release, reason, s.user, sender) : await client.deny(id, reason, s.user, sender);
        await app.ilr.actions.record({ user: s.user, role: s.role, library: s.library, action: `review-${action}`, target, result: `ok: ${answer.outcome.outcome}${answer.alreadyDecided ? ' (already decided)' : ''}`, address: request.ip });
        return reply.code(303).redirect(`/director/item?id=${encodeURIComponent(id)}&sender=${encodeURIComponent(answer.sender)}`);
      } catch (e) {
        await app.ilr.actions.record({ user: s.user, role: s.role, library: s.library, action: `review-${action}`, target, result: `refused: ${(e as Error).message}`, address: request.ip });
        return failure(request, reply, e);
      }
    });
  }
}
