// How a service takes a metrics option: off by default in library code (startRouter without
// `metrics` serves nothing, though it still counts: a counter increment costs nothing), on
// in the bins (ILR_METRICS_PORT, default 0: a free port, logged and printed).
import { collectDefaultMetrics } from 'prom-client';
import type { IlrMetrics } from './registry.js';
import { startMetricsServer, type MetricsServer, type ReadinessChecks } from './server.js';

/** A service's `metrics` option: serve /metrics, /livez, /readyz on host:port. */
export interface MetricsOption {
  /** Default 0: any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Add Node's process metrics (process_*, nodejs_*) to the registry: the bins do (one service per process). */
  defaultMetrics?: boolean;
}

export interface ServedMetrics extends MetricsServer {
  readonly metrics: IlrMetrics;
}

/** Serves `metrics` with the service's readiness checks. */
export async function serveMetrics(
  metrics: IlrMetrics,
  opt: MetricsOption,
  readiness?: () => ReadinessChecks | Promise<ReadinessChecks>,
): Promise<ServedMetrics> {
  if (opt.defaultMetrics) collectDefaultMetrics({ register: metrics.registry });
  const server = await startMetricsServer({
    registry: metrics.registry,
    ...(readiness ? { readiness } : {}),
    ...(opt.host !== undefined ? { host: opt.host } : {}),
    ...(opt.port !== undefined ? { port: opt.port } : {}),
  });
  return { metrics, url: server.url, port: server.port, close: () => server.close() };
}

/**
 * The bins' metrics option from the environment: ILR_METRICS_PORT (default 0, a free port;
 * `off` serves nothing) and ILR_METRICS_HOST (default 127.0.0.1), with Node's process
 * metrics. A bad port is an error naming the variable.
 */
export function metricsPortFromEnv(env: NodeJS.ProcessEnv = process.env): MetricsOption | undefined {
  const raw = env['ILR_METRICS_PORT']?.trim();
  if (raw === 'off') return undefined;
  const port = raw === undefined || raw === '' ? 0 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`ILR_METRICS_PORT: not a port number or "off": ${JSON.stringify(raw)}`);
  const host = env['ILR_METRICS_HOST']?.trim();
  return { port, ...(host ? { host } : {}), defaultMetrics: true };
}
