// @ilr/testing: real nats-server instances for integration tests.
export { startNats, chooseBackend } from './server.js';
export { startCluster } from './cluster.js';
export { dockerAvailable } from './docker.js';
export { NatsHarnessError } from './errors.js';
export { findNatsServerBinary, reserveFreePorts, waitUntil } from './util.js';
export type {
  ConfigContext,
  NatsBackend,
  NatsClusterHandle,
  NatsServerHandle,
  StartClusterOptions,
  StartNatsOptions,
} from './types.js';
export { startService, sourceCommand, type ServiceProcess, type ServiceProcessOptions, type ExitStatus } from './process.js';
export { REPO_ROOT, SEEDS_DIR, SEEDS_FILE, CORPORA_DIR, SHARED_ORIGINALS_DIR, VENDORED, VENDORED_DIRS } from './fixtures.js';
