// NATS server: the essentials of varz and jsz (from the monitoring endpoint when the console
// is given one) and the JetStream account's usage.
import type { FastifyInstance } from 'fastify';
import { bytes, count, html } from '../html.js';
import { STAFF } from '../roles.js';
import { view } from './view.js';

export async function serverRoutes(app: FastifyInstance): Promise<void> {
  view(app, {
    path: '/server',
    api: '/api/server',
    title: 'NATS server',
    roles: STAFF,
    load: async () => app.ilr.ops.server(),
    render: (s) => html`<dl class="facts" id="server">
<dt>Server</dt><dd>${s.serverName} (${s.serverId}), nats-server ${s.version}</dd>
<dt>Health</dt><dd>${s.healthz ? html`<span class="${s.healthz.ok ? 'ok' : 'bad'}">${s.healthz.ok ? 'ok' : s.healthz.error ?? 'failing'}</span>` : html`<span class="muted">no monitoring endpoint configured</span>`}</dd>
<dt>JetStream</dt><dd>${s.jetstream ? 'enabled' : html`<span class="bad">disabled</span>`}</dd>
<dt>Round trip</dt><dd>${s.rttMs} ms</dd>
<dt>Account storage</dt><dd>${bytes(s.account.storage)} on disk${s.account.maxStorage > 0 ? ` of ${bytes(s.account.maxStorage)}` : ''}, ${bytes(s.account.memory)} in memory</dd>
<dt>Streams, consumers</dt><dd>${count(s.account.streams)} streams, ${count(s.account.consumers)} consumers</dd>
<dt>JetStream API</dt><dd>${count(s.account.apiTotal)} requests, ${count(s.account.apiErrors)} errors</dd>
${s.varz ? html`<dt>Connections</dt><dd>${count(s.varz.connections)}</dd>
<dt>Messages</dt><dd>${count(s.varz.inMsgs)} in, ${count(s.varz.outMsgs)} out (${bytes(s.varz.inBytes)} in, ${bytes(s.varz.outBytes)} out)</dd>
<dt>Slow consumers</dt><dd>${count(s.varz.slowConsumers)}</dd>
<dt>Uptime</dt><dd>${s.varz.uptime}</dd>
<dt>CPU, memory</dt><dd>${s.varz.cpu}%, ${bytes(s.varz.mem)}</dd>` : ''}
${s.jsz ? html`<dt>JetStream (server)</dt><dd>${bytes(s.jsz.storage)} stored, ${bytes(s.jsz.memory)} in memory, ${bytes(s.jsz.reservedStorage)} reserved of ${bytes(s.jsz.maxStorage)}</dd>` : ''}
${s.monitorError ? html`<dt>Monitoring</dt><dd class="warn">${s.monitorError}</dd>` : ''}
</dl>`,
  });
}
