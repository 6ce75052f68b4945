// @ilr/metrics: Prometheus metrics and health for every ILR process (README.md).
export { createIlrMetrics, DURATION_BUCKETS } from './registry.js';
export type {
  AuditMetrics,
  ConnectorMetrics,
  FactsResult,
  GatewayMetrics,
  IlrMetrics,
  IlrMetricsOptions,
  MessageOutcome,
  PolicyMetrics,
  ReviewMetrics,
  RouterMetrics,
} from './registry.js';
export { Family, LABEL_VALUE, OTHER, collectWith, safeLabel, type CounterChild } from './family.js';
export { startMetricsServer, type MetricsServer, type MetricsServerOptions, type ReadinessChecks } from './server.js';
export { serveMetrics, metricsPortFromEnv, type MetricsOption, type ServedMetrics } from './serve.js';
export { natsSurveyorMetrics, ADMIN_ONLY_STREAMS, SURVEYOR_CONSUMER_LABELS, SURVEYOR_STREAM_LABELS, type NatsSurveyorOptions } from './surveyor.js';
export { parseMetrics, type Sample } from './parse.js';
