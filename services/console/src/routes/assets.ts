// /static/*: the console's stylesheet and scripts (from ../../public) and uPlot from
// node_modules. A fixed list: nothing else on disk is reachable.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const here = dirname(fileURLToPath(import.meta.url));
const publicDir = join(here, '..', '..', 'public');
const require = createRequire(import.meta.url);
const uplotDir = dirname(require.resolve('uplot/dist/uPlot.iife.min.js'));

const FILES: Record<string, { path: string; type: string }> = {
  'console.css': { path: join(publicDir, 'console.css'), type: 'text/css; charset=utf-8' },
  'console.js': { path: join(publicDir, 'console.js'), type: 'text/javascript; charset=utf-8' },
  'uPlot.iife.min.js': { path: join(uplotDir, 'uPlot.iife.min.js'), type: 'text/javascript; charset=utf-8' },
  'uPlot.min.css': { path: join(uplotDir, 'uPlot.min.css'), type: 'text/css; charset=utf-8' },
};

export async function assetRoutes(app: FastifyInstance): Promise<void> {
  const cache = new Map<string, Buffer>();
  // Browsers ask for it on their own; without a route it would be a redirect to the login page.
  app.get('/favicon.ico', { config: { public: true } }, async (_request, reply) => reply.code(204).header('cache-control', 'public, max-age=86400').send());
  app.get<{ Params: { file: string } }>('/static/:file', { config: { public: true } }, async (request, reply) => {
    const f = FILES[request.params.file];
    if (!f) return reply.code(404).type('text/plain').send('not found');
    let data = cache.get(f.path);
    if (!data) {
      data = readFileSync(f.path);
      cache.set(f.path, data);
    }
    return reply.type(f.type).header('cache-control', 'public, max-age=300').send(data);
  });
}
