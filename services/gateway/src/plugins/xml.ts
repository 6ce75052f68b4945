// Bodies: application/xml and text/xml only (anything else 415), read as bytes up to the
// size limit (above it 413, without reading on). HTTP errors are short plain text.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { LIMITS } from '@ilr/iso18626';

export const XML_TYPES = ['application/xml', 'text/xml'];

export const xmlPlugin = fp(async (app: FastifyInstance) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(XML_TYPES, { parseAs: 'buffer', bodyLimit: LIMITS.maxBytes }, (_req, body, done) => done(null, body));
  app.setErrorHandler((err: { statusCode?: number; code?: string; message: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    const text =
      status === 413
        ? `message larger than ${LIMITS.maxBytes} bytes\n`
        : status === 415
          ? `send ISO 18626 XML as ${XML_TYPES.join(' or ')}\n`
          : status === 500
            ? 'internal error\n'
            : `${err.message}\n`;
    if (status === 500) app.log.error({ err: err.message }, 'request failed');
    void reply.status(status).type('text/plain; charset=utf-8').send(text);
  });
}, { name: 'ilr-gateway-xml' });
