// POST /iso18626: one ISO 18626 message in, its confirmation out (HTTP 200 for every
// protocol outcome, OK or ERROR). Other methods 405.
import type { FastifyInstance } from 'fastify';
import { XML_TYPES } from '../plugins/xml.js';

export async function iso18626Routes(app: FastifyInstance): Promise<void> {
  app.post('/iso18626', async (req, reply) => {
    const body = req.body;
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (!(body instanceof Buffer) || !XML_TYPES.includes(type)) {
      return reply.status(415).type('text/plain; charset=utf-8').send(`send ISO 18626 XML as ${XML_TYPES.join(' or ')}\n`);
    }
    const a = await app.gateway.inbound(body);
    for (const [k, v] of Object.entries(a.headers ?? {})) void reply.header(k, v);
    if (a.status !== 200) {
      const text = a.status === 413 ? 'message larger than the limit\n' : a.status === 503 ? 'ILR is not reachable; send the message again\n' : '';
      return reply.status(a.status).type('text/plain; charset=utf-8').send(text);
    }
    return reply.status(200).type('application/xml; charset=utf-8').send(a.xml);
  });
  app.route({
    method: ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
    url: '/iso18626',
    handler: async (_req, reply) => reply.status(405).header('allow', 'POST').type('text/plain; charset=utf-8').send('POST an ISO 18626 message here\n'),
  });
}
