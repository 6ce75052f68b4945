// Audit: the chain's head, whether the writer keeps up, the last verification, and "verify
// now" (operators) with its progress. No count of entries by kind or home library here.
import type { AuditStatus } from '@ilr/ops';
import type { FastifyInstance } from 'fastify';
import type { VerifyProgress } from '../verify.js';
import { count, duration, html, when } from '../html.js';
import { refuse } from '../plugins/auth.js';
import { OPERATORS, STAFF } from '../roles.js';
import { view } from './view.js';

/** What a non-admin sees of a verification's progress: a share, not entry counts (they count gagged decisions). */
export function progressFor(admin: boolean, v: VerifyProgress): VerifyProgress {
  if (admin || v.lastSeq === 0) return v;
  return { ...v, checked: Math.floor((100 * v.checked) / v.lastSeq), lastSeq: 100 };
}

/** The audit status as a role may see it: entry counts and sequences for admins only. */
export function auditFor(admin: boolean, a: AuditStatus, v: VerifyProgress): { status: AuditStatus; verify: VerifyProgress } {
  if (admin) return { status: a, verify: v };
  const last = a.lastVerification;
  return {
    status: { ...a, entries: 0, lastSeq: 0, lastVerification: last ? { ...last, checked: 0, lastSeq: 0 } : null },
    verify: progressFor(false, v),
  };
}

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  view(app, {
    path: '/audit',
    api: '/api/audit',
    title: 'Audit',
    roles: STAFF,
    scripts: ['console.js'],
    load: async (_r, s) => auditFor(s.role === 'admin', await app.ilr.ops.audit(), app.ilr.verify.status()),
    render: ({ status: a, verify: v }, s) => {
      const last = a.lastVerification;
      // Entry counts of ILR_AUDIT count gagged decisions: admins only (the gag rule).
      const admin = s.role === 'admin';
      const canVerify = OPERATORS.includes(s.role);
      const pct = v.lastSeq > 0 ? Math.floor((100 * v.checked) / v.lastSeq) : 0;
      return html`<dl class="facts">
<dt>Chain head</dt><dd>${admin ? `seq ${count(a.lastSeq)}, ` : ''}last entry ${when(a.lastEntryAt)}</dd>
<dt>Audit writer</dt><dd class="${a.behind ? 'warn' : 'ok'}">${a.behind ? `behind: the oldest decision not yet appended is ${duration(a.oldestUnauditedAgeMs ?? 0)} old` : 'caught up'}</dd>
<dt>Last verification</dt><dd id="last-verification">${
        last
          ? html`<span class="${last.ok ? 'ok' : 'bad'}">${last.ok ? 'intact' : `BROKEN at seq ${last.firstBreak?.seq ?? '?'} (${last.firstBreak?.code ?? '?'})`}</span>${admin ? `, ${count(last.checked)} entries up to seq ${count(last.lastSeq)}` : ''}, by ${last.by}, ${when(last.at)}`
          : html`<span class="muted">never verified from the console (ilr audit verify prints its own result)</span>`
      }</dd>
</dl>
<h2>Verify now</h2>
<div data-verify="${v.state}"><progress max="${v.lastSeq || 1}" value="${v.checked}">${pct}%</progress> <span class="verify-text">${
        v.state === 'running'
          ? admin
            ? `verifying: ${v.checked} of ${v.lastSeq || '?'} entries`
            : `verifying: ${pct}%`
          : v.state === 'done'
            ? v.ok
              ? `intact${admin ? `: ${v.checked} entries checked` : ''} (started by ${v.by})`
              : `BROKEN at seq ${v.firstBreak?.seq ?? '?'} (${v.firstBreak?.code ?? '?'})`
            : v.state === 'failed'
              ? `failed: ${v.error}`
              : 'not running'
      }</span></div>
${canVerify ? html`<form method="post" action="/audit/verify"><input type="hidden" name="_csrf" value="${s.csrf}"><button type="submit"${v.state === 'running' ? html` disabled` : ''}>Verify the whole chain now</button></form>` : html`<p class="muted">Operators can start a verification.</p>`}
<p class="muted">A verification reads every entry of ILR_AUDIT from the first and checks each hash link; it names the first broken sequence.</p>`;
    },
  });

  app.get('/api/audit/verify', { config: { roles: STAFF } }, async (request) => progressFor(request.session!.role === 'admin', app.ilr.verify.status()));

  app.post('/audit/verify', { config: { roles: OPERATORS } }, async (request, reply) => {
    const s = request.session!;
    const started = app.ilr.verify.start(s.user, async (p) => {
      await app.ilr.actions.record({
        user: s.user,
        role: s.role,
        action: 'audit-verify',
        target: 'ILR_AUDIT',
        result: p.state === 'done' ? (p.ok ? `ok: intact, ${p.checked} entries` : `ok: BROKEN at seq ${p.firstBreak?.seq}`) : `failed: ${p.error}`,
        address: request.ip,
      });
    });
    if (!started) return refuse(request, reply, 409, 'a verification is running already: wait for it to finish');
    if (request.headers.accept?.includes('application/json')) return reply.code(202).send(app.ilr.verify.status());
    return reply.code(303).redirect('/audit');
  });
}
