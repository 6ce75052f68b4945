// GET /livez: the process answers (no session needed, nothing in it).
import type { FastifyInstance } from 'fastify';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/livez', { config: { public: true } }, async () => ({ status: 'ok' }));
}
