// The parts the local consortium assembles, in order, after NATS, the streams and the
// directory are up. Adding a part (a gateway, the console, metrics) is one module with a
// `ConsortiumPart` and one line in PARTS; a part that serves something lists itself in
// `ctx.components`, which `npm start` prints as `<component>: <url>`.
import { startAuditService } from '@ilr/audit-service';
import { startReferenceConnector, type ReferenceConnector } from '@ilr/connector';
import type { Logger } from '@ilr/log';
import type { LibraryReviewRole } from '@ilr/access';
import type { IlrNats } from '@ilr/nats';
import type { LibraryEntry } from '@ilr/policy';
import { startPolicyService } from '@ilr/policy-service';
import { startReviewService } from '@ilr/review-service';
import { startRouter } from '@ilr/router';
import { join } from 'node:path';
import { METRICS, listMetrics, type Components } from './components.js';
import { consolePart } from './console.js';
import { gatewaysPart, type GatewaySite } from './gateways.js';
import { simulatedIlsSource } from './ils.js';

export interface PartContext {
  /** The NATS URL the consortium's clients use. */
  url: string;
  /** deploy/sample (directory.yaml, ils/<library>.json). */
  sampleDir: string;
  /** The member libraries, as put in the directory (with their signing keys). */
  libraries: readonly LibraryEntry[];
  /** Those whose ILL systems speak ISO 18626 (gateways.yaml): each runs a gateway as its connector. */
  gatewayLibraries: ReadonlySet<string>;
  /** `<component>: <url>` lines printed before the walk-through. */
  components: Components;
  /** The reference connector of each library (filled by the connectors part). */
  connectors: Map<string, ReferenceConnector>;
  /** The gateway and ILL system of each gateway library (filled by the gateways part). */
  gateways: Map<string, GatewaySite>;
  /** A logger writing JSON lines to stderr at the consortium's level. */
  logger(name: string): Logger;
  /**
   * A NATS connection as one principal of the consortium's credentials: a library id, a
   * service (`ilr-router`...) or `ilr-operator`. Closed when the consortium stops.
   */
  connect(principal: string): Promise<IlrNats>;
  /** A library's connector settings: its credentials, its account's JetStream prefix, its signing seed. */
  libraryAccess(library: string): LibraryAccess;
  /** A library reviewer's credentials (the director's: every member has one), undefined without generated credentials. */
  reviewerAccess(library: string, role: LibraryReviewRole): { seedFile: string } | undefined;
  /** Run `stop` when the consortium stops (in reverse order of registration). */
  onStop(stop: () => Promise<void>): void;
}

/** How a library's connector connects and signs (empty without generated credentials). */
export interface LibraryAccess {
  credentials?: { seedFile: string };
  jsApiPrefix?: string;
  signingSeed?: string;
}

export interface ConsortiumPart {
  /** For error messages: `services`, `connectors`, `gateway`... */
  name: string;
  start(ctx: PartContext): Promise<void>;
}

/** The broker's services, each under its own NATS user (ilr-policy, ilr-router, ilr-review, ilr-audit). */
export const servicesPart: ConsortiumPart = {
  name: 'services',
  async start(ctx) {
    const policy = await startPolicyService({ nats: await ctx.connect('ilr-policy'), logger: ctx.logger('policy'), metrics: METRICS });
    ctx.onStop(() => policy.stop());
    const router = await startRouter({ nats: await ctx.connect('ilr-router'), logger: ctx.logger('router'), metrics: METRICS });
    ctx.onStop(() => router.stop());
    const review = await startReviewService({ nats: await ctx.connect('ilr-review'), logger: ctx.logger('review'), metrics: METRICS });
    ctx.onStop(() => review.stop());
    // The chain is verified once started (and hourly), so ilr_audit_last_verify_* says something from the first scrape.
    const audit = await startAuditService({ nats: await ctx.connect('ilr-audit'), logger: ctx.logger('audit'), metrics: METRICS, verifyEveryMs: 3_600_000 });
    ctx.onStop(() => audit.stop());
    listMetrics(ctx.components, 'router', router.metricsUrl);
    listMetrics(ctx.components, 'policy', policy.metricsUrl);
    listMetrics(ctx.components, 'review', review.metricsUrl);
    listMetrics(ctx.components, 'audit', audit.metricsUrl);
  },
};

/**
 * A reference connector with its sample ILS for every library but the gateway libraries
 * (a gateway is its library's connector: it pulls the same delivery consumer), in the
 * library's own account, signing every envelope.
 */
export const connectorsPart: ConsortiumPart = {
  name: 'connectors',
  async start(ctx) {
    await Promise.all(
      ctx.libraries.filter(({ id }) => !ctx.gatewayLibraries.has(id)).map(async ({ id }) => {
        const c = await startReferenceConnector({
          library: id,
          servers: ctx.url,
          ...ctx.libraryAccess(id),
          ilsFile: join(ctx.sampleDir, 'ils', `${id}.json`),
          logger: ctx.logger(`connector-${id}`),
          metrics: METRICS,
          ...(await simulatedIlsSource(ctx, id)),
        });
        ctx.connectors.set(id, c);
        ctx.onStop(() => c.close());
      }),
    );
    // In directory order (they started all at once).
    for (const [id, c] of [...ctx.connectors].sort(([a], [b]) => a.localeCompare(b))) listMetrics(ctx.components, `connector-${id}`, c.connector.metricsUrl);
  },
};

/** In start order. Add yours here (one line), after rebasing on main. */
export const PARTS: readonly ConsortiumPart[] = [servicesPart, connectorsPart, gatewaysPart, consolePart];
