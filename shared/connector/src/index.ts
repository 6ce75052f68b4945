// @ilr/connector: the SDK a member library's ILS integration uses to talk to the relay.
export { Connector } from './connector.js';
export { ConnectorError, type ConnectorErrorCode } from './errors.js';
export { HEADERS } from '@ilr/nats';
export { factsQuerySchema, factsQueue, pickFacts } from './facts.js';
export { SampleIls, sampleIlsSchema, type SampleIlsData, type SamplePatron } from './sample-ils.js';
export { startReferenceConnector, type ReferenceConnector, type ReferenceConnectorOptions } from './reference.js';
export type * from './types.js';
