// @ilr/nats: the NATS backbone: connection helper, the catalogue of subjects, streams,
// consumers and buckets, and provisioning.
export * from './catalogue.js';
export {
  DEFAULT_NATS_URL,
  connectNats,
  credentialsFromEnv,
  resolveServers,
  wrapConnection,
  type ConnectNatsOptions,
  type IlrNats,
  type NatsCredentials,
} from './connect.js';
export {
  configDiff,
  ensureConsumer,
  ensureKvBucket,
  ensureLibraryConsumer,
  ensureStream,
  provision,
  removeLibraryConsumer,
  type ProvisionAction,
  type ProvisionOptions,
  type ProvisionReport,
} from './provision.js';
export { NatsSetupError, type NatsErrorCode } from './errors.js';
export { PipelinedPublisher, type StreamPublisher, type StreamPublishOptions } from './publish.js';
export { PipelinedRequester, type RequestOptions } from './request.js';
export { runService, type RunServiceOptions, type ServiceLogger } from './run.js';
