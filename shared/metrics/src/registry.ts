// One registry per ILR process (or per service, where the local consortium runs several in
// one process), holding the `ilr_*` families that process records. Each component's
// families are registered the first time it asks for them, so a router's /metrics shows
// the router's families and not an audit counter stuck at 0.
//
// Two rules hold for every family (docs/OPERATIONS.md, "Metrics"):
// - labels are bounded sets: library ids from the directory, kinds, outcomes, codes,
//   packs, never a patron token, card, name, title or message id (Family enforces the
//   shape; callers pass only such values);
// - the gag rule: a gagged review item (NSL, FISA, a gag order) is counted in no family
//   split by outcome, kind or home library; at most in a total that says nothing of its
//   kind (ilr_router_deliveries_total, the duration histograms, ilr_audit_appended_total).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { Family } from './family.js';

/** Seconds: 1 ms to 10 s (a handle takes a few ms; a facts lookup times out at 2 s). */
export const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The router's outcome of one message (`REJECTED`: dead-lettered as bad input). */
export type MessageOutcome = 'RELAY' | 'REFER' | 'REFUSE' | 'REVIEW' | 'PENDING' | 'REJECTED';
/** A facts lookup's result, as the policy service saw it. */
export type FactsResult = 'found' | 'not_found' | 'unavailable' | 'timeout' | 'no_responders' | 'error';

export interface RouterMetrics {
  /** Ingress deliveries handled (redeliveries and gagged items included: says nothing of kind). */
  deliveries: Counter<string>;
  /** Messages by sender, kind and outcome (gagged items left out). */
  messages: Family<Counter<'sender' | 'kind' | 'outcome'>>;
  /** Dead letters by sender and code. */
  deadLetters: Family<Counter<'sender' | 'code'>>;
  /** PENDING answers (facts not available) by home library. */
  pending: Family<Counter<'home'>>;
  handleSeconds: Histogram<string>;
  policySeconds: Histogram<string>;
}

export interface PolicyMetrics {
  /** Decisions by outcome and pack (gagged items left out). */
  decisions: Family<Counter<'outcome' | 'pack'>>;
  /** Facts lookups by home library and result (gagged items left out). */
  factsLookups: Family<Counter<'home' | 'result'>>;
  decideSeconds: Histogram<string>;
}

export interface ReviewMetrics {
  /** Items waiting, by home, route and urgency (gagged items left out; set on each refresh). */
  queueItems: Gauge<'home' | 'route' | 'urgency'>;
  /** When the oldest waiting item per home arrived, Unix seconds (gagged items left out); its age is time() - this. */
  oldestTime: Gauge<'home'>;
}

export interface AuditMetrics {
  /** Entries appended to the chain (no labels). */
  appended: Counter<string>;
  /** Seconds between a decision and its audit entry, for the last one appended. */
  lagSeconds: Gauge<string>;
  /** When the chain was last verified (Unix seconds) and whether it verified (1) or not (0). */
  lastVerifyTime: Gauge<string>;
  lastVerifyOk: Gauge<string>;
}

export interface ConnectorMetrics {
  /** Messages taken from the library's consumer, by library, type (delivery, reply, error) and result (handled, repeat, failed). */
  deliveries: Family<Counter<'library' | 'type' | 'result'>>;
  /** Retention purges (links expunged), by library. */
  retentionPurges: Family<Counter<'library'>>;
}

export interface GatewayMetrics {
  /** ISO 18626 requests by library, message (request, supplyingAgencyMessage, requestingAgencyMessage) and HTTP status. */
  requests: Family<Counter<'library' | 'message' | 'status'>>;
}

export interface IlrMetrics {
  readonly service: string;
  readonly registry: Registry;
  readonly router: RouterMetrics;
  readonly policy: PolicyMetrics;
  readonly review: ReviewMetrics;
  readonly audit: AuditMetrics;
  readonly connector: ConnectorMetrics;
  readonly gateway: GatewayMetrics;
}

export interface IlrMetricsOptions {
  /** Node process metrics (process_*, nodejs_*): on in the bins, off by default (one per process). */
  defaultMetrics?: boolean;
}

/** A registry for one ILR service (`router`, `policy`, `connector-mt-bozeman`...), with `ilr_service_info{service}`. */
export function createIlrMetrics(service: string, opts: IlrMetricsOptions = {}): IlrMetrics {
  const registry = new Registry();
  if (opts.defaultMetrics) collectDefaultMetrics({ register: registry });
  new Gauge({ name: 'ilr_service_info', help: 'The ILR service this process serves (always 1)', labelNames: ['service'], registers: [registry] })
    .labels({ service })
    .set(1);
  const registers = [registry];
  const counter = <L extends string>(name: string, help: string, labelNames: L[]) =>
    new Family(new Counter<L>({ name, help, labelNames, registers }), labelNames);
  const histogram = (name: string, help: string) => new Histogram({ name, help, buckets: DURATION_BUCKETS, registers });

  const lazy = <T>(make: () => T): (() => T) => {
    let v: T | undefined;
    return () => (v ??= make());
  };
  const router = lazy(
    (): RouterMetrics => ({
      deliveries: new Counter({ name: 'ilr_router_deliveries_total', help: 'Ingress deliveries the router handled (redeliveries included)', registers }),
      messages: counter('ilr_messages_total', 'Messages decided or rejected by the router, by sender, kind and outcome (gagged items left out)', ['sender', 'kind', 'outcome']),
      deadLetters: counter('ilr_dead_letters_total', 'Messages dead-lettered, by sender and code', ['sender', 'code']),
      pending: counter('ilr_pending_total', 'PENDING answers (home library facts unavailable), by home library', ['home']),
      handleSeconds: histogram('ilr_handle_duration_seconds', 'Time to handle one ingress delivery, from pull to ack'),
      policySeconds: histogram('ilr_policy_request_duration_seconds', "The router's policy request, round trip"),
    }),
  );
  const policy = lazy(
    (): PolicyMetrics => ({
      decisions: counter('ilr_policy_decisions_total', 'Policy decisions by outcome and pack (gagged items left out)', ['outcome', 'pack']),
      factsLookups: counter('ilr_facts_lookups_total', 'Facts lookups to home libraries, by home and result (gagged items left out)', ['home', 'result']),
      decideSeconds: histogram('ilr_policy_decide_duration_seconds', 'Time to answer one decide request (facts lookup included)'),
    }),
  );
  const review = lazy(
    (): ReviewMetrics => ({
      queueItems: new Gauge({
        name: 'ilr_review_queue_items',
        help: 'Review items waiting, by home library, route and urgency (gagged items left out)',
        labelNames: ['home', 'route', 'urgency'],
        registers,
      }),
      oldestTime: new Gauge({
        name: 'ilr_review_queue_oldest_timestamp_seconds',
        help: 'When the oldest waiting review item arrived (Unix time), by home library (gagged items left out)',
        labelNames: ['home'],
        registers,
      }),
    }),
  );
  const audit = lazy(
    (): AuditMetrics => ({
      appended: new Counter({ name: 'ilr_audit_appended_total', help: 'Entries appended to the audit chain', registers }),
      lagSeconds: new Gauge({ name: 'ilr_audit_lag_seconds', help: 'Seconds from a decision to its audit entry (the last one appended)', registers }),
      lastVerifyTime: new Gauge({ name: 'ilr_audit_last_verify_timestamp_seconds', help: 'When the audit chain was last verified (Unix time)', registers }),
      lastVerifyOk: new Gauge({ name: 'ilr_audit_last_verify_ok', help: 'Whether the last verification of the audit chain passed (1) or found a break (0)', registers }),
    }),
  );
  const connector = lazy(
    (): ConnectorMetrics => ({
      deliveries: counter('ilr_connector_deliveries_total', "Messages taken from the library's consumer, by library, type and result", ['library', 'type', 'result']),
      retentionPurges: counter('ilr_connector_retention_purges_total', 'Patron-item links expunged by retention, by library', ['library']),
    }),
  );
  const gateway = lazy(
    (): GatewayMetrics => ({
      requests: counter('ilr_gateway_requests_total', 'ISO 18626 requests the gateway answered, by library, message and HTTP status', ['library', 'message', 'status']),
    }),
  );

  return {
    service,
    registry,
    get router() {
      return router();
    },
    get policy() {
      return policy();
    },
    get review() {
      return review();
    },
    get audit() {
      return audit();
    },
    get connector() {
      return connector();
    },
    get gateway() {
      return gateway();
    },
  };
}
