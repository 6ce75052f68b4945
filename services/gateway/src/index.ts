export { buildApp } from './app.js';
export { Gateway, transactionKey, type GatewayOptions, type GatewayStats, type InboundAnswer } from './gateway.js';
export { TransactionStore, type Transaction, type TxEvent } from './store.js';
export { AgencyDirectory, agencyKey } from './agencies.js';
export { toWire, fromWire, patronIdOf } from './map.js';
export { zGatewayConfig, parseConfig, loadConfig, GatewayConfigError, type GatewayConfig } from './config.js';
export { startGateway, type RunningGateway } from './start.js';
