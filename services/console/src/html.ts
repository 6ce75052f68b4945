// Server-rendered HTML: a tagged template that escapes every interpolated value unless it
// is already Html (built by this template or raw() for trusted constants), the page layout,
// and the small formatting helpers every view uses (times in UTC with their age, counts).
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = Html | string | number | bigint | boolean | null | undefined | readonly Part[];

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]!);

function render(p: Part): string {
  if (p === null || p === undefined || p === false) return '';
  if (p instanceof Html) return p.text;
  if (Array.isArray(p)) return p.map(render).join('');
  return escapeHtml(String(p));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Trusted markup (constants of this package only, never data). */
export const raw = (s: string): Html => new Html(s);

/** `2026-12-03 13:50:34 UTC` */
export function utc(t: Date | string | number): string {
  const d = t instanceof Date ? t : new Date(t);
  if (Number.isNaN(d.getTime())) return String(t);
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** `4 min`, `2 h 5 min`, `3 d`: how long ago (or how long), for an operator's eye. */
export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${m % 60} min`;
  return `${Math.floor(h / 24)} d`;
}

/** A time in UTC with its age: `2026-12-03 13:50:34 UTC (4 min ago)`; `never` when missing. */
export function when(t: Date | string | number | null | undefined, now = Date.now()): Html {
  if (t === null || t === undefined || t === '') return html`<span class="muted">never</span>`;
  const d = t instanceof Date ? t : new Date(t);
  if (Number.isNaN(d.getTime())) return html`${String(t)}`;
  const age = now - d.getTime();
  return html`<time datetime="${d.toISOString()}">${utc(d)}</time> <span class="age">(${age >= 0 ? `${duration(age)} ago` : `in ${duration(-age)}`})</span>`;
}

export const count = (n: number | bigint | null | undefined): string => (n === null || n === undefined ? '-' : Number(n).toLocaleString('en-US'));

export function bytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return '-';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

/** A table with a caption-less header, or the empty state when there are no rows. */
export function table(head: readonly string[], rows: readonly Part[][], empty: string, attrs = ''): Html {
  if (rows.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<table${raw(attrs ? ` ${attrs}` : '')}><thead><tr>${head.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows.map(
    (r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`,
  )}</tbody></table>`;
}
