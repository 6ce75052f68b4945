// GET /healthz: the gateway's counters, for operators (no patron data, no message content).
import type { FastifyInstance } from 'fastify';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', async () => ({ library: app.gateway.library, ...app.gateway.stats }));
}
