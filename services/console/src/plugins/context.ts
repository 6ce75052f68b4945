// The console's dependencies as one decoration: every route reaches them as `app.ilr`.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { ConsoleContext } from '../types.js';

declare module 'fastify' {
  interface FastifyInstance {
    ilr: ConsoleContext;
  }
}

export const contextPlugin = fp(async (app: FastifyInstance, opts: { context: ConsoleContext }) => {
  app.decorate('ilr', opts.context);
}, { name: 'ilr-console-context' });
