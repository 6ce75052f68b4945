// A person's decision on an item, as a RELAY or REFUSE Decision: pure functions.
import { DATA_CLASSES, type DataClass, type Decision } from '@ilr/policy';
import { ReviewError } from './errors.js';
import type { OutcomeRecord, QueuedItem, ReviewDecision } from './types.js';

const list = (xs: readonly string[]): string => (xs.length ? xs.join(', ') : 'nothing');

/**
 * The classes to release, checked: each a DataClass, each within the item's ceiling (what
 * the law admits for this request), at least one. Returned in DATA_CLASSES order, once each.
 */
export function checkRelease(item: Pick<QueuedItem, 'id' | 'decision'>, release: readonly string[]): DataClass[] {
  const ceiling = item.decision.review.ceiling;
  if (release.length === 0) {
    throw new ReviewError(
      'INVALID_REQUEST',
      ceiling.length
        ? `name the data classes to release (within ${list(ceiling)}); to release nothing, deny the item`
        : `item ${item.id} has an empty ceiling: the law admits no release for it; deny it`,
    );
  }
  for (const c of release) {
    if (!(DATA_CLASSES as readonly string[]).includes(c)) {
      throw new ReviewError('INVALID_REQUEST', `unknown data class "${c}"; one of ${DATA_CLASSES.join(', ')}`);
    }
    if (!ceiling.includes(c as DataClass)) {
      throw new ReviewError(
        'BEYOND_CEILING',
        `${c} is beyond the ceiling of item ${item.id} (${list(ceiling)}): the law admits no more for this request; release within it, or deny`,
      );
    }
  }
  return DATA_CLASSES.filter((c) => release.includes(c));
}

/**
 * The decision that replaces the REVIEW: RELAY of the released classes, or REFUSE of
 * everything. Basis, citations, rules, pack and the review ticket (route, gag, ceiling)
 * stay: they are what the person decided under, and the audit keeps them with it.
 */
export function outcomeDecision(review: ReviewDecision, outcome: 'RELAY' | 'REFUSE', released: readonly DataClass[]): Decision {
  if (outcome === 'REFUSE') return { ...review, outcome, disclosed: [], reasonCode: 'NOT_PERMITTED' };
  return { ...review, outcome, disclosed: [...released], reasonCode: released.length ? 'RELAYED' : 'NO_PATRON_DATA' };
}

/** Whether a recorded outcome is the one now asked for (asking again is then harmless). */
export function sameOutcome(record: Pick<OutcomeRecord, 'outcome' | 'released'>, outcome: 'RELAY' | 'REFUSE', released: readonly DataClass[]): boolean {
  return record.outcome === outcome && record.released.length === released.length && record.released.every((c) => released.includes(c));
}

/** "approved (IDENTITY, CIRCULATION)" / "denied", for messages. */
export const describeOutcome = (r: Pick<OutcomeRecord, 'outcome' | 'released'>): string =>
  r.outcome === 'RELAY' ? `approved (${list(r.released)})` : 'denied';
