// The review queue gauges (ilr_review_queue_items{home,route,urgency},
// ilr_review_queue_oldest_timestamp_seconds{home}), filled at scrape time from the queue itself: the
// homes that have items at all (one stream info of ILR_REVIEW, counts by subject), then
// each such home's waiting items. Cached for `refreshMs`: legal process is rare, a scrape is not.
// The gag rule: a gagged item counts in none of them (its existence is the secret).
import { collectWith, type IlrMetrics } from '@ilr/metrics';
import { STREAMS, type IlrNats } from '@ilr/nats';
import type { Logger } from '@ilr/log';
import type { ReviewQueue } from './queue.js';

export interface QueueFigures {
  /** `<home>|<route>|<urgency>` -> count */
  items: Map<string, { home: string; route: string; urgency: string; count: number }>;
  /** home -> when its oldest waiting item arrived (Unix seconds) */
  oldest: Map<string, number>;
}

export function reviewQueueGauges(metrics: IlrMetrics, nats: IlrNats, queue: ReviewQueue, logger: Logger, refreshMs = 15_000): void {
  let cached: { at: number; figures: Promise<QueueFigures | undefined> } | undefined;
  const figures = (): Promise<QueueFigures | undefined> => {
    const now = Date.now();
    if (!cached || now - cached.at > refreshMs) cached = { at: now, figures: read() };
    return cached.figures;
  };
  const read = async (): Promise<QueueFigures | undefined> => {
    try {
      const jsm = await nats.jetstreamManager();
      const info = await jsm.streams.info(STREAMS.review.name, { subjects_filter: 'ilr.review.*' });
      const homes = Object.keys(info.state.subjects ?? {}).map((s) => s.slice('ilr.review.'.length));
      const out: QueueFigures = { items: new Map(), oldest: new Map() };
      for (const home of homes) {
        for (const item of await queue.pending(home)) {
          const ticket = item.decision.review;
          if (!ticket || ticket.gag) continue;
          const urgency = ticket.urgent ? 'urgent' : 'normal';
          const key = `${home}|${ticket.route}|${urgency}`;
          const row = out.items.get(key) ?? { home, route: ticket.route, urgency, count: 0 };
          row.count++;
          out.items.set(key, row);
          const at = item.receivedAt.getTime() / 1000;
          out.oldest.set(home, Math.min(out.oldest.get(home) ?? at, at));
        }
      }
      return out;
    } catch (e) {
      logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'review queue gauges: queue not readable');
      return undefined;
    }
  };
  const { queueItems, oldestTime } = metrics.review;
  // Both gauges share one read per scrape.
  collectWith(queueItems, async () => {
    const f = await figures();
    if (!f) return;
    queueItems.reset();
    for (const r of f.items.values()) queueItems.labels({ home: r.home, route: r.route, urgency: r.urgency }).set(r.count);
  });
  collectWith(oldestTime, async () => {
    const f = await figures();
    if (!f) return;
    oldestTime.reset();
    for (const [home, at] of f.oldest) oldestTime.labels({ home }).set(at);
  });
}
