#!/usr/bin/env node
// ilr-console: the consortium operations console. ilr-console --config <file> (or
// ILR_CONSOLE_CONFIG). Runs until SIGTERM/SIGINT. See services/console/README.md.
import { createLogger } from '@ilr/log';
import { metricsPortFromEnv } from '@ilr/metrics';
import { connectNats, type NatsCredentials } from '@ilr/nats';
import { ConsoleConfigError, loadConfig } from './config.js';
import type { DirectorCredential } from './desk.js';
import { startConsole } from './start.js';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: ilr-console --config <file>

The consortium operations console: needs attention, flow, streams, libraries, dead letters,
message trace, review queue counts, audit, services, NATS server, events, operator actions;
and, for library directors, their own library's review queue. Listens on 127.0.0.1:8480 by
default: put it behind your https proxy to reach it from elsewhere (trustProxy).
Users are made with \`ilr console users add\` (the same --dir as dataDir). The configuration
file (JSON or YAML; also ILR_CONSOLE_CONFIG) is described in services/console/README.md.
Logs are JSON lines on stderr (ILR_LOG_LEVEL). /metrics, /livez and /readyz are served on
ILR_METRICS_HOST:ILR_METRICS_PORT (default 127.0.0.1, a free port; \`off\` for none).`);
  process.exit(0);
}
const i = args.indexOf('--config');
const file = i >= 0 ? args[i + 1] : process.env['ILR_CONSOLE_CONFIG'];
if (!file) {
  console.error('ilr-console: no configuration: --config <file> or ILR_CONSOLE_CONFIG (--help)');
  process.exit(2);
}
let config;
try {
  config = loadConfig(file);
} catch (e) {
  if (e instanceof ConsoleConfigError) {
    console.error(`ilr-console: ${e.message}`);
    process.exit(2);
  }
  throw e;
}
const credentialsOf = (c: { seedFile?: string | undefined; credsFile?: string | undefined }): NatsCredentials | undefined =>
  c.credsFile ? { credsFile: c.credsFile } : c.seedFile ? { seedFile: c.seedFile } : undefined;

const logger = createLogger('ilr-console');
let metricsOption;
try {
  metricsOption = metricsPortFromEnv();
} catch (e) {
  console.error(`ilr-console: ${(e as Error).message}`);
  process.exit(2);
}
const natsCredentials = credentialsOf(config.nats);
const nats = await connectNats({ name: 'ilr-console', servers: config.nats.servers, ...(natsCredentials ? { credentials: natsCredentials } : {}) });
const directors = new Map<string, DirectorCredential>(
  Object.entries(config.directors).map(([library, c]) => {
    const credentials = credentialsOf(c);
    return [library, { servers: config.nats.servers, ...(credentials ? { credentials } : {}) }];
  }),
);
const running = await startConsole({
  nats,
  dataDir: config.dataDir,
  host: config.listen.host,
  port: config.listen.port,
  directors,
  secureCookies: config.secureCookies,
  trustProxy: config.trustProxy,
  sessionIdleMs: config.sessionIdleMinutes * 60_000,
  ...(config.monitorUrl ? { monitorUrl: config.monitorUrl } : {}),
  ...(metricsOption ? { metrics: metricsOption } : {}),
  logger,
});
// The line a parent process (the consortium, tests) waits for.
console.log(`console: ${running.url}`);
if (running.metricsUrl) console.log(`metrics console: ${running.metricsUrl}`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await running.close();
  await nats.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
