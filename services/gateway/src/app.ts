// buildApp(): the gateway's HTTP face, apart from listen (tests use inject()).
import type { GatewayMetrics } from '@ilr/metrics';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Gateway } from './gateway.js';
import { gatewayPlugin } from './plugins/gateway.js';
import { xmlPlugin } from './plugins/xml.js';
import { healthRoutes } from './routes/health.js';
import { iso18626Routes } from './routes/iso18626.js';

/** The confirmation a POST was answered with names the message it answers. */
const messageOf = (payload: unknown): string => {
  if (typeof payload !== 'string') return 'none';
  if (payload.includes('<requestConfirmation') || payload.includes(':requestConfirmation')) return 'request';
  if (payload.includes('supplyingAgencyMessageConfirmation')) return 'supplyingAgencyMessage';
  if (payload.includes('requestingAgencyMessageConfirmation')) return 'requestingAgencyMessage';
  return 'none';
};

export async function buildApp(opts: { gateway: Gateway; logger?: boolean; metrics?: GatewayMetrics }): Promise<FastifyInstance> {
  // fastify's own request log is off: a request line carries nothing an operator needs that
  // the gateway does not log itself, and the body is never logged.
  // On close, connections are cut rather than waited for: an ILL system resends a message it got no
  // confirmation for, and a resend is answered from the store.
  const app = Fastify({ logger: opts.logger ?? false, return503OnClosing: true, forceCloseConnections: true });
  await app.register(xmlPlugin);
  await app.register(gatewayPlugin, { gateway: opts.gateway });
  await app.register(iso18626Routes);
  await app.register(healthRoutes);
  const metrics = opts.metrics;
  if (metrics) {
    // ilr_gateway_requests_total{library, message, status}: counted as the answer leaves.
    app.addHook('onSend', async (req, reply, payload) => {
      if (req.method === 'POST' && req.url.split('?')[0] === '/iso18626') metrics.requests.child(opts.gateway.library, messageOf(payload), String(reply.statusCode)).inc();
      return payload;
    });
  }
  await app.ready();
  return app;
}
