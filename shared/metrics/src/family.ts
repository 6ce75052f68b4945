// A labelled metric family whose children are cached: on a hot path `family.child(a, b)` is
// a few Map lookups (no string building, no label object), and the label values are
// bounded: a value that is not a short identifier ([A-Za-z0-9_.:-], 64 characters at most:
// library ids, kinds, outcomes, codes, packs) is counted as `other`, and so is every new
// combination past `maxSeries`. Nothing free-form (a message id, a token, a name) can
// become a series, whatever a caller passes by mistake.
import type { Counter, Gauge, Histogram } from 'prom-client';

/** A counter's child (what Family.child gives for a counter): `inc()`. */
export type CounterChild = Counter.Internal;

/** What a label value may look like. */
export const LABEL_VALUE = /^[A-Za-z0-9_.:-]{1,64}$/;
/** What a value that does not look like one becomes. */
export const OTHER = 'other';
/** Series per family at most; further combinations are counted under `other`. */
export const DEFAULT_MAX_SERIES = 2000;

type Metric = Counter<string> | Gauge<string> | Histogram<string>;
type ChildOf<M> = M extends Counter<string>
  ? Counter.Internal
  : M extends Gauge<string>
    ? Gauge.Internal<string>
    : M extends Histogram<string>
      ? Histogram.Internal<string>
      : never;

interface Node<C> {
  next: Map<string, Node<C>>;
  child?: C;
}

export class Family<M extends Metric> {
  private readonly root: Node<ChildOf<M>> = { next: new Map() };
  private series = 0;

  constructor(
    /** The prom-client metric (for reset, get, and labels-free use). */
    readonly metric: M,
    private readonly labelNames: readonly string[],
    private readonly maxSeries = DEFAULT_MAX_SERIES,
  ) {}

  /** The child for these label values, in the order of the family's label names. */
  child(...values: string[]): ChildOf<M> {
    let node = this.root;
    for (let i = 0; i < this.labelNames.length; i++) {
      const v = values[i] ?? '';
      let next = node.next.get(v);
      if (!next) {
        if (this.series >= this.maxSeries) return this.overflow();
        next = { next: new Map() };
        node.next.set(v, next);
      }
      node = next;
    }
    let child = node.child;
    if (!child) {
      this.series++;
      child = node.child = this.make(values.map(safeLabel));
    }
    return child;
  }

  private otherChild: ChildOf<M> | undefined;

  private overflow(): ChildOf<M> {
    return (this.otherChild ??= this.make(this.labelNames.map(() => OTHER)));
  }

  private make(values: string[]): ChildOf<M> {
    const labels: Record<string, string> = {};
    this.labelNames.forEach((n, i) => (labels[n] = values[i] ?? OTHER));
    return (this.metric as Counter<string>).labels(labels) as unknown as ChildOf<M>;
  }
}

/** A label value as it may appear: itself if it is a short identifier, else `other`. */
export function safeLabel(value: string | undefined): string {
  return value !== undefined && LABEL_VALUE.test(value) ? value : OTHER;
}

/** Fills `metric` on every scrape with `fill` (prom-client's collect hook, set after the registry made the metric). */
export function collectWith(metric: Gauge<string>, fill: () => void | Promise<void>): void {
  (metric as unknown as { collect: () => void | Promise<void> }).collect = fill;
}
