// Flow: messages per second by outcome, dead letters per second by code, ingress-to-delivery
// p50/p99, live over the last hours (the console's own samples; long-term charts are
// Prometheus's). Charts with uPlot when JavaScript runs; the table of the latest intervals always.
import type { FastifyInstance } from 'fastify';
import type { FlowPoint } from '../flow.js';
import { duration, html, table, utc } from '../html.js';
import { STAFF } from '../roles.js';
import { view } from './view.js';

const rate = (n: number | undefined): string => (n === undefined || n === 0 ? '0' : n < 0.1 ? n.toFixed(3) : n.toFixed(1));
const ms = (n: number | null): string => (n === null ? '-' : `${Math.round(n)} ms`);

export async function flowRoutes(app: FastifyInstance): Promise<void> {
  view(app, {
    path: '/flow',
    api: '/api/flow',
    title: 'Flow',
    roles: STAFF,
    scripts: ['uPlot.iife.min.js', 'console.js'],
    styles: ['uPlot.min.css'],
    load: async () => ({ ...app.ilr.flow.series(), error: app.ilr.flow.error, capacity: app.ilr.flow.capacity }),
    render: (f) => {
      const recent = f.points.slice(-12).reverse();
      const span = f.points.length ? duration(f.points.at(-1)!.t - f.points[0]!.t) : '0 s';
      const head = ['interval ending', 'ingress/s', 'delivery/s', ...f.outcomes.map((o) => `${o}/s`), 'dead letters/s', 'p50', 'p99'];
      const row = (p: FlowPoint) => [
        utc(p.t),
        rate(p.ingressPerS),
        rate(p.deliveryPerS),
        ...f.outcomes.map((o) => rate(p.outcomes[o])),
        rate(Object.values(p.deadLetters).reduce((a, b) => a + b, 0)),
        ms(p.p50Ms),
        ms(p.p99Ms),
      ];
      return html`<p class="muted">Sampled by this console every ${duration(f.intervalMs)}, kept for the last ${duration(f.capacity * f.intervalMs)} (now ${span} of data).
Rates are per second over each interval. Decisions under a gag order are in no figure; ingress and delivery totals say nothing of a message's kind.</p>
${f.error ? html`<p class="error">The last sample failed: ${f.error}</p>` : ''}
<div data-flow="${f.intervalMs}">
<div class="chart" id="chart-outcomes"><p class="muted">Decisions per second by outcome (chart needs JavaScript)</p></div>
<div class="chart" id="chart-deadletters"><p class="muted">Dead letters per second by code</p></div>
<div class="chart" id="chart-latency"><p class="muted">Ingress to delivery latency, p50 and p99 (ms)</p></div>
</div>
<h2>Latest intervals</h2>
${table(head, recent.map(row), 'No interval yet: the first two samples make the first interval.', 'id="flow-table"')}
${f.codes.length ? html`<h2>Dead letters per second by code (latest interval)</h2>${table(['code', 'per second'], f.codes.map((c) => [c, rate(recent[0]?.deadLetters[c])]), 'None.')}` : ''}`;
    },
  });
}
