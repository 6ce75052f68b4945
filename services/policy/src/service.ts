// ilr-policy: the NATS service around the pure engine. Per request: validate, screen, ask
// the home connector for the facts the screening names (only when it is not final),
// complete, answer DECIDED or PENDING. Patron references and facts are never logged.
import { Directory } from '@ilr/directory';
import { createLogger, type Logger } from '@ilr/log';
import { createIlrMetrics, serveMetrics, type MetricsOption, type ServedMetrics } from '@ilr/metrics';
import { POLICY_SERVICE, SUBJECTS, type IlrNats } from '@ilr/nats';
import { PolicyError, decisionDate, loadPolicyData, requesterReply, screen, type Decision, type LibraryEntry, type PolicyData } from '@ilr/policy';
import type { ServiceMsg } from '@nats-io/services';
import { LiveBook } from './book.js';
import { PolicyServiceError } from './errors.js';
import { askFacts, type FactsResult as Lookup } from './facts.js';
import { zDecideRequest, type DecideRequest, type DecideResponse } from './types.js';
import { parseOr400 } from './validate.js';

export interface PolicyServiceOptions {
  nats: IlrNats;
  /** Packs and profiles; default: those shipped with @ilr/policy. */
  data?: PolicyData;
  /** How long the home connector has to answer a facts lookup. Default 2000 ms. */
  factsTimeoutMs?: number;
  logger?: Logger;
  /** Serve /metrics, /livez, /readyz (off by default; the bin turns it on). */
  metrics?: MetricsOption;
}

export interface PolicyService {
  stop(): Promise<void>;
  /** The /metrics URL when `metrics` was given. */
  readonly metricsUrl: string | undefined;
  /** The directory compilations so far (1 after start). */
  bookVersion(): number;
  /** Resolves once the directory has been compiled `n` times (e.g. bookVersion() + 1). */
  compiled(n: number): Promise<void>;
}

export const DEFAULT_FACTS_TIMEOUT_MS = 2000;

export async function startPolicyService(opts: PolicyServiceOptions): Promise<PolicyService> {
  const logger = opts.logger ?? createLogger('ilr-policy');
  const data = opts.data ?? loadPolicyData();
  const timeoutMs = opts.factsTimeoutMs ?? DEFAULT_FACTS_TIMEOUT_MS;
  const book = await LiveBook.start(await Directory.open(opts.nats), data, logger);

  const metrics = createIlrMetrics('policy');
  const m = metrics.policy;
  /** The gag rule: a gagged decision is in no count by outcome or pack, nor its lookup by home. */
  const counted = (decision: Decision, lookup?: { home: string; result: Lookup['result'] }): DecideResponse => {
    if (!decision.review?.gag) {
      m.decisions.child(decision.outcome, decision.pack.id).inc();
      if (lookup) m.factsLookups.child(lookup.home, lookup.result).inc();
    }
    return decided(decision);
  };
  const decideOne = async (req: DecideRequest): Promise<DecideResponse> => {
    // The clock is read here, at the edge: the engine takes the decision date as an input.
    const screening = screen(book.current, req.request, decisionDate(new Date()));
    if (screening.final) return counted(screening.decision);
    const facts = await askFacts(opts.nats.requester(), screening.home, req.messageId, screening.factsNeeded, req.patron, req.parties, timeoutMs);
    if (!facts.ok) {
      // Undecided: whether it would be gagged is not known, and legal process (the only
      // gagged kind) is final at screening, so it never waits on a lookup.
      m.factsLookups.child(screening.home, facts.result).inc();
      return { status: 'PENDING', home: screening.home, reason: facts.reason };
    }
    return counted(screening.complete(facts.facts), { home: screening.home, result: facts.result });
  };

  const handle = async (msg: ServiceMsg): Promise<void> => {
    const started = performance.now();
    let messageId: string | undefined;
    try {
      const req = parseOr400(zDecideRequest, parseJson(msg.data), 'decide request');
      messageId = req.messageId;
      const res = await decideOne(req);
      logger.info({ messageId, kind: req.request.kind, status: res.status, outcome: res.status === 'DECIDED' ? res.decision.outcome : undefined }, 'decided');
      msg.respond(JSON.stringify(res));
    } catch (e) {
      const err = toServiceError(e);
      logger[err.code === 400 ? 'warn' : 'error']({ messageId, code: err.code, err: err.message }, 'decide request failed');
      msg.respondError(err.code, err.message);
    } finally {
      m.decideSeconds.observe((performance.now() - started) / 1000);
    }
  };

  const service = await opts.nats.services().add({
    name: POLICY_SERVICE.name,
    version: '0.1.0',
    description: 'ILR policy decisions (docs/POLICY.md)',
    queue: POLICY_SERVICE.queue,
  });
  service.addEndpoint(POLICY_SERVICE.endpoint, {
    subject: POLICY_SERVICE.subject,
    queue: POLICY_SERVICE.queue,
    handler: (err, msg) => {
      if (err) return void logger.error({ err: err.message }, 'policy endpoint failed');
      void handle(msg);
    },
  });
  // The directory's ISO 18626 agency ids, for libraries' gateways (read-only, no patron data).
  service.addEndpoint('agencies', {
    subject: SUBJECTS.agencies,
    queue: POLICY_SERVICE.queue,
    handler: (err, msg) => {
      if (err) return void logger.error({ err: err.message }, 'agencies endpoint failed');
      msg.respond(JSON.stringify({ agencies: agencyMap(book.entries) }));
    },
  });
  // Started means serving: the server holds the endpoint before anyone is told to ask.
  await opts.nats.nc.flush();
  logger.info({ subject: POLICY_SERVICE.subject, factsTimeoutMs: timeoutMs }, 'policy service started');
  let stopped = false;
  const served: ServedMetrics | undefined = opts.metrics
    ? await serveMetrics(metrics, opts.metrics, () => ({ nats: !opts.nats.nc.isClosed(), service: !stopped }))
    : undefined;

  return {
    stop: async () => {
      stopped = true;
      book.stop();
      await service.stop();
      await served?.close();
    },
    metricsUrl: served?.url,
    bookVersion: () => book.version,
    compiled: (n) => book.compiled(n),
  };
}

/** ISO 18626 agency id -> library id, from the compiled directory (the first library listing an id wins). */
function agencyMap(entries: readonly LibraryEntry[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of entries) for (const a of l.isoAgencyIds ?? []) out[a] ??= l.id;
  return out;
}

function decided(decision: Decision): DecideResponse {
  return { status: 'DECIDED', decision, reply: requesterReply(decision) };
}

function parseJson(data: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(data));
  } catch {
    throw new PolicyServiceError(400, 'decide request: body is not JSON');
  }
}

/** Bad input (ours or the engine's) is a 400 naming the field; anything else is a 500. */
function toServiceError(e: unknown): PolicyServiceError {
  if (e instanceof PolicyServiceError) return e;
  if (e instanceof PolicyError) return new PolicyServiceError(400, `decide request ${e.at ? `request.${e.at}` : 'request'}: ${e.problem}`);
  return new PolicyServiceError(500, `internal error: ${e instanceof Error ? e.message : String(e)}`);
}
