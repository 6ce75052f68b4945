// Dead letters: time, sender, code, reason (it names the field, never a value), size,
// digest; filter by sender, code and time; search by message id; an operator marks one
// handled with a note. No replay: the payload is not kept (only its size and SHA-256), and
// the page says so.
import type { DeadLetterFilter, DeadLetterRow } from '@ilr/ops';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bytes, html, table, when, type Html } from '../html.js';
import { page } from '../layout.js';
import { refuse } from '../plugins/auth.js';
import { field } from '../plugins/forms.js';
import { OPERATORS, STAFF } from '../roles.js';
import type { Session } from '../sessions.js';
import { opsFailure, view } from './view.js';

const WINDOWS: Record<string, number> = { '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000, '90d': 90 * 86_400_000 };

const NOT_KEPT = html`<p class="note" id="payload-not-kept">The payload of a dead letter is not kept: ILR records its size and SHA-256 digest only, so nothing can be replayed from here. The sender was told why (an error reply) and sends the message again once it is fixed.</p>`;

interface Query {
  sender?: string;
  code?: string;
  since?: string;
  until?: string;
  id?: string;
}

function filterOf(q: Query, now: number): DeadLetterFilter {
  const f: DeadLetterFilter = { limit: 200 };
  if (q.sender) f.sender = q.sender.trim();
  if (q.code) f.code = q.code.trim().toUpperCase();
  if (q.id) f.messageId = q.id.trim();
  const w = WINDOWS[q.since ?? '24h'];
  if (w) f.since = new Date(now - w);
  if (q.until) {
    const u = new Date(q.until.trim());
    if (!Number.isNaN(u.getTime())) f.until = u;
  }
  return f;
}

const canMark = (s: Session): boolean => OPERATORS.includes(s.role);

function handledCell(d: DeadLetterRow, s: Session): Html {
  if (d.handled) return html`handled by ${d.handled.by}, ${when(d.handled.at)}: ${d.handled.note}`;
  if (!canMark(s)) return html`<span class="muted">open</span>`;
  return html`<form method="post" action="/deadletters/${d.seq}/handled" class="inline"><input type="hidden" name="_csrf" value="${s.csrf}">
<input name="note" required maxlength="500" placeholder="note (what was done)" aria-label="note for dead letter ${d.seq}"><button type="submit">Mark handled</button></form>`;
}

function rows(list: DeadLetterRow[], s: Session): Html {
  return table(
    ['time', 'sender', 'message id', 'subject', 'code', 'reason', 'size', 'SHA-256', 'handled'],
    list.map((d) => [
      when(d.at),
      d.sender,
      html`<a href="/deadletters/${d.seq}">${d.messageId}</a>`,
      d.subject,
      d.code,
      d.reason,
      bytes(d.size),
      html`<code title="${d.sha256}">${d.sha256.slice(0, 12)}…</code>`,
      handledCell(d, s),
    ]),
    'No dead letter matches.',
    'id="deadletters"',
  );
}

function filterForm(q: Query): Html {
  const since = q.since ?? '24h';
  return html`<form method="get" action="/deadletters" class="filters">
<label>Message id <input name="id" value="${q.id ?? ''}" placeholder="search by id"></label>
<label>Sender <input name="sender" value="${q.sender ?? ''}" placeholder="e.g. mt-bozeman"></label>
<label>Code <input name="code" value="${q.code ?? ''}" placeholder="e.g. BAD_SIGNATURE"></label>
<label>Since <select name="since">${[...Object.keys(WINDOWS), 'all'].map((w) => html`<option value="${w}"${w === since ? html` selected` : ''}>${w === 'all' ? 'any time' : `last ${w}`}</option>`)}</select></label>
<label>Until (UTC) <input name="until" value="${q.until ?? ''}" placeholder="2026-12-03T12:00Z"></label>
<button type="submit">Filter</button>
</form>`;
}

export async function deadLetterRoutes(app: FastifyInstance): Promise<void> {
  view(app, {
    path: '/deadletters',
    api: '/api/deadletters',
    title: 'Dead letters',
    roles: STAFF,
    load: async (request: FastifyRequest) => {
      const q = request.query as Query;
      return { query: q, ...(await app.ilr.ops.deadLetters(filterOf(q, app.ilr.now()))) };
    },
    form: (request) => html`${NOT_KEPT}${filterForm(request.query as Query)}`,
    render: (d, s) => {
      const q = d.query;
      return html`${NOT_KEPT}
${filterForm(q)}
<p class="muted">${d.rows.length} shown, newest first (${d.scanned} read${d.complete ? '' : '; the search stopped at its bound: narrow the time or add a sender'}).</p>
${rows(d.rows, s)}`;
    },
  });

  const one = async (request: FastifyRequest<{ Params: { seq: string } }>) => {
    const seq = Number(request.params.seq);
    return app.ilr.ops.deadLetter(seq);
  };
  app.get<{ Params: { seq: string } }>('/deadletters/:seq', { config: { roles: STAFF } }, async (request, reply) => {
    const s = request.session!;
    let d: DeadLetterRow | undefined;
    try {
      d = await one(request);
    } catch (e) {
      return opsFailure(request, reply, e);
    }
    if (!d) return refuse(request, reply, 404, `no dead letter at ILR_DEADLETTER seq ${request.params.seq}`);
    const body = html`${NOT_KEPT}<dl class="facts">
<dt>Stream sequence</dt><dd>${d.seq}</dd><dt>Time</dt><dd>${when(d.at)}</dd><dt>Sender</dt><dd>${d.sender}</dd>
<dt>Message id</dt><dd>${d.messageId}</dd><dt>Subject</dt><dd>${d.subject}</dd><dt>Code</dt><dd>${d.code}</dd>
<dt>Reason</dt><dd>${d.reason}</dd><dt>Field</dt><dd>${d.field ?? '-'}</dd><dt>Size</dt><dd>${bytes(d.size)}</dd>
<dt>SHA-256</dt><dd><code>${d.sha256}</code></dd><dt>Handled</dt><dd>${handledCell(d, s)}</dd></dl>
<p><a href="/trace?sender=${encodeURIComponent(d.sender)}&amp;id=${encodeURIComponent(d.messageId)}">Trace this message</a></p>`;
    return reply.type('text/html; charset=utf-8').send(page({ title: `Dead letter ${d.seq}`, session: s, path: '/deadletters', body }).text);
  });
  app.get<{ Params: { seq: string } }>('/api/deadletters/:seq', { config: { roles: STAFF } }, async (request, reply) => {
    try {
      const d = await one(request);
      return d ?? refuse(request, reply, 404, `no dead letter at ILR_DEADLETTER seq ${request.params.seq}`);
    } catch (e) {
      return opsFailure(request, reply, e);
    }
  });

  app.post<{ Params: { seq: string } }>('/deadletters/:seq/handled', { config: { roles: OPERATORS } }, async (request, reply) => {
    const s = request.session!;
    const seq = Number(request.params.seq);
    const note = (field(request.body, 'note') ?? '').trim();
    if (!note) return refuse(request, reply, 400, 'a note saying what was done is required');
    try {
      const mark = await app.ilr.ops.markHandled(seq, { by: s.user, note });
      await app.ilr.actions.record({ user: s.user, role: s.role, action: 'deadletter-handled', target: `ILR_DEADLETTER seq ${seq}`, note, result: 'ok', address: request.ip });
      if (request.headers.accept?.includes('application/json')) return { seq, handled: mark };
      return reply.code(303).redirect(`/deadletters/${seq}`);
    } catch (e) {
      await app.ilr.actions.record({ user: s.user, role: s.role, action: 'deadletter-handled', target: `ILR_DEADLETTER seq ${request.params.seq}`, note, result: `refused: ${(e as Error).message}`, address: request.ip });
      return opsFailure(request, reply, e);
    }
  });
}
