// buildApp(): the console's HTTP face, apart from listen (tests use inject()). Plugins for
// the cross-cutting concerns (context, forms, session, auth/CSRF), one route module per view.
import Fastify, { type FastifyInstance } from 'fastify';
import { authPlugin, refuse } from './plugins/auth.js';
import { contextPlugin } from './plugins/context.js';
import { formsPlugin } from './plugins/forms.js';
import { sessionPlugin } from './plugins/session.js';
import { attentionRoutes } from './routes/attention.js';
import { flowRoutes } from './routes/flow.js';
import { streamRoutes } from './routes/streams.js';
import { libraryRoutes } from './routes/libraries.js';
import { deadLetterRoutes } from './routes/deadletters.js';
import { traceRoutes } from './routes/trace.js';
import { reviewRoutes } from './routes/review.js';
import { auditRoutes } from './routes/audit.js';
import { serviceRoutes } from './routes/services.js';
import { serverRoutes } from './routes/server.js';
import { eventRoutes } from './routes/events.js';
import { actionRoutes } from './routes/actions.js';
import { assetRoutes } from './routes/assets.js';
import { directorRoutes } from './routes/director.js';
import { healthRoutes } from './routes/health.js';
import { loginRoutes } from './routes/login.js';
import type { ConsoleContext } from './types.js';

export interface BuildAppOptions {
  context: ConsoleContext;
  /**
   * Trust X-Forwarded-* from this proxy (fastify's trustProxy: true, an address, a CIDR
   * list): then the client address and https come from the proxy's headers. Default: none.
   */
  trustProxy?: boolean | string | string[];
}

export async function buildApp(o: BuildAppOptions): Promise<FastifyInstance> {
  // fastify's request log is off: the console logs what it does itself, and the
  // operator-actions log records every action.
  const app = Fastify({ logger: false, trustProxy: o.trustProxy ?? false, forceCloseConnections: true, bodyLimit: 64 * 1024 });
  await app.register(contextPlugin, { context: o.context });
  // Set before the routes: their plugins inherit them.
  app.setNotFoundHandler((request, reply) => refuse(request, reply, 404, `nothing at ${request.url.split('?')[0]}`));
  // An unexpected failure is logged and answered with no detail (it could hold anything).
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    if (error.statusCode && error.statusCode < 500) return refuse(request, reply, error.statusCode, error.message);
    o.context.logger.error({ err: error.message, url: request.routeOptions.url }, 'console request failed');
    return refuse(request, reply, 500, 'the console failed to answer this request (the error is in its log)');
  });
  await app.register(formsPlugin);
  await app.register(sessionPlugin);
  await app.register(authPlugin);
  await app.register(assetRoutes);
  await app.register(healthRoutes);
  await app.register(loginRoutes);
  await app.register(attentionRoutes);
  await app.register(flowRoutes);
  await app.register(streamRoutes);
  await app.register(libraryRoutes);
  await app.register(deadLetterRoutes);
  await app.register(traceRoutes);
  await app.register(reviewRoutes);
  await app.register(auditRoutes);
  await app.register(serviceRoutes);
  await app.register(serverRoutes);
  await app.register(eventRoutes);
  await app.register(actionRoutes);
  await app.register(directorRoutes);
  await app.ready();
  return app;
}
