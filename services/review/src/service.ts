// ilr-review: the legal-process review queue. Answers ilr.ops.review.<home>.<role>.<action>
// (NATS Services `ilr-review`, queue group ilr-review: run as many as you like), takes
// each arriving item once through review-intake (the consortium notice), and publishes
// each person's decision as RELAY or REFUSE through @ilr/outbound.
import { Directory } from '@ilr/directory';
import { createLogger, type Logger } from '@ilr/log';
import { createIlrMetrics, serveMetrics, type MetricsOption, type ServedMetrics } from '@ilr/metrics';
import { NatsSetupError, REVIEW_ACTIONS, REVIEW_SERVICE, parseReviewOpsSubject, type IlrNats, type ReviewAction } from '@ilr/nats';
import type { ServiceMsg } from '@nats-io/services';
import { Decider } from './decide.js';
import { ReviewError } from './errors.js';
import { Intake, type IntakeStats } from './intake.js';
import { ReviewOps } from './ops.js';
import { OutcomePublisher } from './publish.js';
import { reviewQueueGauges } from './metrics.js';
import { ReviewQueue } from './queue.js';
import { ReviewStore } from './store.js';

export interface ReviewServiceOptions {
  nats: IlrNats;
  logger?: Logger;
  /** How often unpublished outcomes are looked for. Default 15 s. */
  retryIntervalMs?: number;
  /** An outcome still unpublished this long after it was recorded is published again. Default 10 s. */
  retryAfterMs?: number;
  /** Serve /metrics, /livez, /readyz (off by default; the bin turns it on). */
  metrics?: MetricsOption;
  /** How long the review queue gauges reuse one reading of the queue. Default 15 s. */
  metricsRefreshMs?: number;
}

export interface ReviewServiceStats extends IntakeStats {
  requests: number;
  errors: number;
}

export interface ReviewService {
  stop(): Promise<void>;
  stats(): ReviewServiceStats;
  /** One pass of the retry of unpublished outcomes, now (tests, operations). */
  retryNow(): Promise<void>;
  /** The /metrics URL when `metrics` was given. */
  readonly metricsUrl: string | undefined;
}

export async function startReviewService(opts: ReviewServiceOptions): Promise<ReviewService> {
  const logger = opts.logger ?? createLogger('ilr-review');
  const js = opts.nats.jetstream();
  const directory = await Directory.open(opts.nats);
  const store = await ReviewStore.open(opts.nats);
  const queue = new ReviewQueue(js, store, logger);
  const decider = new Decider({ queue, store, publisher: new OutcomePublisher(opts.nats.publisher()), logger, retryAfterMs: opts.retryAfterMs ?? 10_000 });
  const ops = new ReviewOps(queue, store, directory, decider);
  const counts = { requests: 0, errors: 0 };

  const retries = await decider.startRetries(opts.retryIntervalMs ?? 15_000);
  const intake = new Intake(js, directory, store, logger);
  await intake.start();

  const handle = async (action: ReviewAction, msg: ServiceMsg): Promise<void> => {
    counts.requests++;
    try {
      const { home, role } = parseReviewOpsSubject(msg.subject);
      const answer = await ops.handle({ home, role }, action, parseJson(msg.data));
      msg.respond(JSON.stringify(answer));
    } catch (e) {
      counts.errors++;
      const err = toReviewError(e);
      // The message may name an item id: fine for operators' logs, except that a gagged
      // item is answered UNKNOWN_ID to anyone but its director, so nothing leaks here.
      if (err.code === 'INTERNAL' || err.code === 'UNAVAILABLE') logger.error({ subject: msg.subject, code: err.code, err: err.message }, 'review request failed');
      else logger.info({ subject: msg.subject, code: err.code }, 'review request refused');
      msg.respondError(err.status, err.message, JSON.stringify({ code: err.code, message: err.message }));
    }
  };

  const service = await opts.nats.services().add({
    name: REVIEW_SERVICE.name,
    version: '0.1.0',
    description: 'ILR legal-process review queue (docs/REVIEW.md)',
    queue: REVIEW_SERVICE.queue,
  });
  for (const action of REVIEW_ACTIONS) {
    service.addEndpoint(action, {
      subject: REVIEW_SERVICE.subject(action),
      queue: REVIEW_SERVICE.queue,
      handler: (err, msg) => {
        if (err) return void logger.error({ err: err.message }, 'review endpoint failed');
        void handle(action, msg);
      },
    });
  }
  // Started means serving: the server holds the endpoints before anyone is told to ask.
  await opts.nats.nc.flush();
  logger.info({ subjects: REVIEW_ACTIONS.map((a) => REVIEW_SERVICE.subject(a)) }, 'review service started');
  let served: ServedMetrics | undefined;
  let stopped = false;
  if (opts.metrics) {
    const metrics = createIlrMetrics('review');
    reviewQueueGauges(metrics, opts.nats, queue, logger, opts.metricsRefreshMs);
    served = await serveMetrics(metrics, opts.metrics, () => ({ nats: !opts.nats.nc.isClosed(), service: !stopped }));
  }

  return {
    stop: async () => {
      stopped = true;
      await service.stop();
      retries.stop();
      await intake.stop();
      await served?.close();
    },
    metricsUrl: served?.url,
    stats: () => ({ ...intake.stats, ...counts }),
    retryNow: () => decider.retry(),
  };
}

function parseJson(data: Uint8Array): unknown {
  if (data.length === 0) return {};
  try {
    return JSON.parse(new TextDecoder().decode(data));
  } catch {
    throw new ReviewError('INVALID_REQUEST', 'the request body is not JSON');
  }
}

function toReviewError(e: unknown): ReviewError {
  if (e instanceof ReviewError) return e;
  // A subject the catalogue does not know: an unknown role or action.
  if (e instanceof NatsSetupError) return new ReviewError('NOT_AUTHORISED', e.message);
  return new ReviewError('INTERNAL', `internal error: ${e instanceof Error ? e.message : String(e)}`);
}
