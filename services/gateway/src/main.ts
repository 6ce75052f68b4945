#!/usr/bin/env node
// ilr-gateway: a library's ISO 18626 gateway. ilr-gateway --config <file> (or ILR_GATEWAY_CONFIG).
// Runs until SIGTERM/SIGINT. See services/gateway/README.md.
import { createLogger } from '@ilr/log';
import { metricsPortFromEnv } from '@ilr/metrics';
import { GatewayConfigError, loadConfig } from './config.js';
import { startGateway } from './start.js';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: ilr-gateway --config <file>

A library's ISO 18626 gateway to ILR: point the ILL system (ReShare, ILLiad, Tipasa, Alma)
at http://<host>:<port>/iso18626, and the gateway at the ILL system's ISO 18626 endpoint.
The configuration file (JSON or YAML; also ILR_GATEWAY_CONFIG) is described in
services/gateway/README.md. Logs are JSON lines on stderr (ILR_LOG_LEVEL).`);
  process.exit(0);
}
const i = args.indexOf('--config');
const file = i >= 0 ? args[i + 1] : process.env['ILR_GATEWAY_CONFIG'];
if (!file) {
  console.error('ilr-gateway: no configuration: --config <file> or ILR_GATEWAY_CONFIG (--help)');
  process.exit(2);
}
let config;
try {
  config = loadConfig(file);
} catch (e) {
  if (e instanceof GatewayConfigError) {
    console.error(`ilr-gateway: ${e.message}`);
    process.exit(2);
  }
  throw e;
}
const logger = createLogger(`ilr-gateway-${config.library}`);
// Metrics are on in the bin: the configuration's `metrics`, else ILR_METRICS_PORT (default a free port; `off`).
const metrics = config.metrics ?? metricsPortFromEnv();
const served = metrics ? { host: '127.0.0.1', ...metrics, port: metrics.port ?? 0, defaultMetrics: true } : undefined;
const running = await startGateway({ ...config, ...(served ? { metrics: served } : {}) }, logger);
// The line a parent process (the consortium, tests) waits for.
console.log(`gateway ${config.library}: ${running.url}`);
if (running.metricsUrl) console.log(`metrics gateway-${config.library}: ${running.metricsUrl}`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await running.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
