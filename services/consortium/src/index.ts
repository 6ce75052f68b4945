// @ilr/consortium: a local consortium (in the production shape: generated credentials, one
// NATS account per library, signing connectors) and the walk-through of its flows.
export { startConsortium, SAMPLE_DIR, type Consortium, type ConsortiumOptions } from './consortium.js';
export { Components, type Component } from './components.js';
export { PARTS, connectorsPart, servicesPart, type ConsortiumPart, type LibraryAccess, type PartContext } from './parts.js';
export { gatewaysPart, agencyId, type GatewaySite } from './gateways.js';
export { walkThrough, type StepResult } from './walkthrough.js';
export { FLOWS, describeReply, received, type Flow, type Print } from './flows/index.js';
