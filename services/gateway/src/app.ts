// buildApp(): the gateway's HTTP face, apart from listen (tests use inject()).
import Fastify, { type FastifyInstance } from 'fastify';
import type { Gateway } from './gateway.js';
import { gatewayPlugin } from './plugins/gateway.js';
import { xmlPlugin } from './plugins/xml.js';
import { healthRoutes } from './routes/health.js';
import { iso18626Routes } from './routes/iso18626.js';

export async function buildApp(opts: { gateway: Gateway; logger?: boolean }): Promise<FastifyInstance> {
  // fastify's own request log is off: a request line carries nothing an operator needs that
  // the gateway does not log itself, and the body is never logged.
  // On close, connections are cut rather than waited for: an ILL system resends a message it got no
  // confirmation for, and a resend is answered from the store.
  const app = Fastify({ logger: opts.logger ?? false, return503OnClosing: true, forceCloseConnections: true });
  await app.register(xmlPlugin);
  await app.register(gatewayPlugin, { gateway: opts.gateway });
  await app.register(iso18626Routes);
  await app.register(healthRoutes);
  await app.ready();
  return app;
}
