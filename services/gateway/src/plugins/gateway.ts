// The gateway core as a fastify decoration: every route reaches it as `app.gateway`.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { Gateway } from '../gateway.js';

declare module 'fastify' {
  interface FastifyInstance {
    gateway: Gateway;
  }
}

export const gatewayPlugin = fp(async (app: FastifyInstance, opts: { gateway: Gateway }) => {
  app.decorate('gateway', opts.gateway);
}, { name: 'ilr-gateway-core' });
