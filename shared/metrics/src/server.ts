// The health and metrics face of an ILR process, on node:http (no framework: three GET
// routes): /metrics (Prometheus text), /livez (the process answers), /readyz (every check
// of the readiness callback holds: NATS connected, consumer bound...). Loopback and a
// free port by default: exposing it is a deployment's choice.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

/** Named checks, each true when it holds: `{ nats: true, consumer: false }`. */
export type ReadinessChecks = Record<string, boolean>;

export interface MetricsServerOptions {
  /** What /metrics serves. */
  registry: Registry;
  /** /readyz answers 200 when every check is true, else 503; default: always ready. */
  readiness?: () => ReadinessChecks | Promise<ReadinessChecks>;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: any free port (see `url`). */
  port?: number;
}

export interface MetricsServer {
  /** `http://127.0.0.1:<port>/metrics`. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function startMetricsServer(opts: MetricsServerOptions): Promise<MetricsServer> {
  const host = opts.host ?? '127.0.0.1';
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only\n', { allow: 'GET, HEAD' });
    const path = (req.url ?? '/').split('?')[0];
    switch (path) {
      case '/metrics':
        return send(res, 200, opts.registry.contentType, await opts.registry.metrics());
      case '/livez':
        return send(res, 200, 'text/plain', 'ok\n');
      case '/readyz': {
        let checks: ReadinessChecks;
        try {
          checks = opts.readiness ? await opts.readiness() : {};
        } catch (e) {
          checks = { readiness: false };
          void e;
        }
        const ready = Object.values(checks).every(Boolean);
        return send(res, ready ? 200 : 503, 'application/json', `${JSON.stringify({ ready, checks })}\n`);
      }
      default:
        return send(res, 404, 'text/plain', 'not found: /metrics, /livez, /readyz\n');
    }
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain', `metrics failed: ${e instanceof Error ? e.message : String(e)}\n`);
      else res.destroy();
    });
  });
  // A scrape is a short request: keep-alive sockets must not hold close() up.
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hostPart = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${hostPart}:${port}/metrics`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
