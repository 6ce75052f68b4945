// @ilr/connector: the SDK a member library's ILS integration uses to talk to the relay.
export { Connector } from './connector.js';
export { ConnectorError, type ConnectorErrorCode } from './errors.js';
export { HEADERS } from '@ilr/nats';
export { factsQuerySchema, factsQueue, pickFacts } from './facts.js';
export { SampleIls, sampleIlsSchema, type SampleIlsData, type SamplePatron } from './sample-ils.js';
export {
  createPatronSource,
  fileSource,
  loadConnectorConfig,
  loadLibrarySettings,
  ageOn,
  surnameOf,
  ILS_FACTS,
  zConnectorConfig,
  zPatronSourceConfig,
  zLibrarySettings,
  type PatronSource,
  type PatronSourceOptions,
  type PatronSourceConfig,
  type ConnectorConfig,
  type LoadedConnectorConfig,
  type LibrarySettings,
  type PatronSettings,
  startSimulatedIls,
  type SimulatedIls,
} from './sources/index.js';
export { startReferenceConnector, sampleRetentionDays, type ReferenceConnector, type ReferenceConnectorOptions } from './reference.js';
export type * from './types.js';
// Patron tokens: what a library's integration and `ilr keys` need of @ilr/tokens.
export {
  TokenVault,
  TokenError,
  looksLikeToken,
  tokenDigest,
  tokenKeyId,
  type TokenErrorCode,
  type VaultOptions,
  type VaultStatus,
  type KeyStatus,
  type KeyInfo,
  type Resolution,
  type JournalRecord,
  type RetentionReport,
  type MaintenanceReport,
  type ShredResult,
  type OutstandingCheck,
} from '@ilr/tokens';
