// Needs attention (home): one tile per queue that needs a person, with its count and the
// age of its oldest item; refreshed in place every few seconds (console.js, /api/attention).
import type { Tile, TileId } from '@ilr/ops';
import type { FastifyInstance } from 'fastify';
import { bytes, count, duration, html, type Html } from '../html.js';
import { STAFF } from '../roles.js';
import { view } from './view.js';

/** What a tile's number counts, and where to look next. */
const TILE: Record<TileId, { unit: string; href: string }> = {
  'ingress-backlog': { unit: 'messages', href: '/streams' },
  pending: { unit: 'messages', href: '/libraries' },
  'dead-letters': { unit: 'dead letters', href: '/deadletters' },
  review: { unit: 'items', href: '/review' },
  'libraries-offline': { unit: 'libraries', href: '/libraries' },
  audit: { unit: 'breaks', href: '/audit' },
  storage: { unit: '', href: '/streams' },
  server: { unit: 'API errors', href: '/server' },
};

/** The tile's figures as text: what the page shows and console.js puts in place. */
export function tileText(t: Tile): { count: string; unit: string; age: string } {
  const meta = TILE[t.id] ?? { unit: '', href: '/' };
  return {
    count: t.id === 'storage' ? bytes(t.count) : count(t.count),
    unit: meta.unit,
    age: t.oldestAgeMs === null ? (t.count > 0 ? 'oldest: unknown' : 'nothing waiting') : `oldest: ${duration(t.oldestAgeMs)}`,
  };
}

function tile(t: Tile): Html {
  const x = tileText(t);
  const href = TILE[t.id]?.href ?? '/';
  const cls = t.status === 'alert' ? 'bad' : t.status === 'attention' ? 'warn' : 'ok';
  return html`<section class="tile ${cls}" data-tile="${t.id}" aria-label="${t.title}">
<h2><a href="${href}">${t.title}</a></h2>
<div><span class="count">${x.count}</span><span class="unit">${x.unit}</span></div>
<p class="age">${x.age}</p>
<p class="detail">${t.detail ?? ''}</p>
${t.parts && t.parts.length ? html`<ul class="parts">${t.parts.slice(0, 8).map((p) => html`<li>${p.label}: ${count(p.count)}${p.oldestAgeMs != null ? ` (oldest ${duration(p.oldestAgeMs)})` : ''}</li>`)}</ul>` : ''}
</section>`;
}

/** The audit tile's detail names how many entries were verified: a count of ILR_AUDIT, for admins only. */
function withoutAuditCounts(t: Tile): Tile {
  if (t.id !== 'audit' || !t.detail) return t;
  return { ...t, detail: t.detail.replace(/ \(\d+ entries\)/g, '') };
}

export async function attentionRoutes(app: FastifyInstance): Promise<void> {
  view(app, {
    path: '/',
    api: '/api/attention',
    title: 'Needs attention',
    roles: STAFF,
    scripts: ['console.js'],
    load: async (_r, s) => {
      const snap = await app.ilr.attention.get();
      const tiles = snap.value.map((t) => (s.role === 'admin' ? t : withoutAuditCounts(t)));
      return { at: new Date(snap.at).toISOString(), tiles: tiles.map((t) => ({ ...t, text: tileText(t) })) };
    },
    render: (d) => html`<p class="muted">Each tile is a queue that may need a person. Green: nothing to do; amber: look soon; red: act now.
Refreshed every 5 seconds; as of <span data-live-at>${d.at.slice(11, 19)} UTC</span>.</p>
<div class="tiles" data-live="/api/attention">${d.tiles.map(tile)}</div>`,
  });
}
