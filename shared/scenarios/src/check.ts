// Decides each scenario and compares the decision with what the case expects.
import { decide, partiesOf, requesterReply, type Decision, type DecisionDate, type PatronFacts, type PolicyBook } from '@ilr/policy';
import type { Scenario } from './corpus.js';

export interface CaseResult {
  id: string;
  ok: boolean;
  /** What differed, one phrase each. */
  problems: string[];
  decision: Decision;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const show = (a: readonly string[]) => `[${a.join(', ')}]`;

/** Decides a case on its own date, or on `date` (the check's) where it has none. */
export function checkScenario(book: PolicyBook, s: Scenario, date: DecisionDate): CaseResult {
  const on = s.date ?? date;
  const decision = decide(book, s.request, s.patron, on);
  const e = s.expect;
  const problems: string[] = [];
  const differ = (what: string, expected: unknown, got: unknown) => problems.push(`${what}: expected ${String(expected)}, got ${String(got)}`);

  if (decision.outcome !== e.outcome) differ('outcome', e.outcome, decision.outcome);
  if (e.disclosed && !sameSet(e.disclosed, decision.disclosed)) differ('disclosed', show(e.disclosed), show(decision.disclosed));
  for (const cite of e.cites ?? []) {
    if (!decision.citations.some((c) => c.cite.includes(cite))) {
      problems.push(`cites: "${cite}" is not in ${show(decision.citations.map((c) => c.cite))}`);
    }
  }
  if (e.referTo !== undefined && decision.referTo !== e.referTo) differ('referTo', e.referTo, decision.referTo ?? 'none');
  if (e.review) {
    const r = decision.review;
    if (!r) problems.push('review: expected a review ticket, got none');
    else {
      for (const key of ['route', 'urgent', 'gag', 'notifyConsortium'] as const) {
        if (e.review[key] !== undefined && e.review[key] !== r[key]) differ(`review.${key}`, e.review[key], r[key]);
      }
      if (e.review.ceiling && !sameSet(e.review.ceiling, r.ceiling)) differ('review.ceiling', show(e.review.ceiling), show(r.ceiling));
    }
  }
  if (e.notice !== undefined && decision.notice !== e.notice) differ('notice', e.notice, decision.notice ?? 'none');
  if (e.label !== undefined && decision.label !== e.label) differ('label', `"${e.label}"`, decision.label === undefined ? 'none' : `"${decision.label}"`);
  for (const part of e.labelExcludes ?? []) {
    if (decision.label === undefined) problems.push('labelExcludes: no label was made');
    else if (decision.label.toLowerCase().includes(part.toLowerCase())) problems.push(`labelExcludes: label "${decision.label}" contains "${part}"`);
  }
  if (e.replyIndependentOfPatron) {
    const p = replyDependence(book, s, on);
    if (p) problems.push(`replyIndependentOfPatron: ${p}`);
  }
  return { id: s.id, ok: problems.length === 0, problems, decision };
}

/**
 * Invariant 1: with nothing disclosed, the reply is the same whether the patron exists or not.
 * A case without a patron is compared with an ordinary adult patron registered at the home library.
 */
export function replyDependence(book: PolicyBook, s: Scenario, date: DecisionDate): string | undefined {
  const withPatron = decide(book, s.request, s.patron ?? ordinaryPatron(s), date);
  const without = decide(book, s.request, null, date);
  if (withPatron.disclosed.length > 0) return `the decision discloses ${show(withPatron.disclosed)}, so the reply depends on the patron`;
  const a = JSON.stringify(requesterReply(withPatron));
  const b = JSON.stringify(requesterReply(without));
  return a === b ? undefined : `reply with the patron ${a} differs from the reply without ${b}`;
}

function ordinaryPatron(s: Scenario): PatronFacts {
  return {
    registeredAt: partiesOf(s.request).decider,
    age: 40,
    lastName: 'Example',
    card: '20000000000000',
    shelfOptOut: false,
    detailedNoticesAllowed: false,
    consents: [],
    owes: { materials: false, fines: 0 },
  };
}
