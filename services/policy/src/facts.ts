// The lookup of patron facts at the home library's connector. Only the facts the screening
// named are asked for and only those are read from the answer; anything else the connector
// sends is dropped before the engine sees it.
import type { FactsResult as FactsLookupResult } from '@ilr/metrics';
import { NatsSetupError, factsSubject, type PipelinedRequester } from '@ilr/nats';
import type { Parties, PatronFactName, PatronFacts } from '@ilr/policy';
import { REQUIRED_FACTS, zFactsAnswer, type FactsAnswer, type FactsRequest, type PatronRef } from './types.js';

/** The facts (null: no such patron), or why they could not be had; `result` is what ilr_facts_lookups_total counts. */
export type FactsResult = ({ ok: true; facts: PatronFacts | null } | { ok: false; reason: string }) & { result: FactsLookupResult };

export async function askFacts(
  requests: PipelinedRequester,
  home: string,
  messageId: string,
  needed: PatronFactName[],
  patron: PatronRef,
  parties: Parties | undefined,
  timeoutMs: number,
): Promise<FactsResult> {
  const request: FactsRequest = { messageId, factsNeeded: needed, patron, ...(parties ? { parties } : {}) };
  let raw: unknown;
  try {
    const msg = await requests.request(factsSubject(home), JSON.stringify(request), { timeoutMs });
    raw = msg.json();
  } catch (e) {
    return { ok: false, reason: `home library ${home} did not answer: ${failure(e)}`, result: failureResult(e) };
  }
  const answer = zFactsAnswer.safeParse(raw);
  if (!answer.success) {
    const field = answer.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, reason: `home library ${home} sent an invalid facts answer (${field || 'body'})`, result: 'error' };
  }
  if ('unavailable' in answer.data) {
    // As if the home connector had not answered: nothing is decided on missing facts.
    return { ok: false, reason: `home library ${home} could not read its library system: ${printable(answer.data.reason)}`, result: 'unavailable' };
  }
  return pickFacts(answer.data, needed, home);
}

/** The connector's reason, as one short printable line (it travels in the PENDING reply's header). */
const printable = (s: string): string => s.replace(/[^\x20-\x7e]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200) || 'unavailable';

function failureResult(e: unknown): FactsLookupResult {
  if (e instanceof NatsSetupError && e.code === 'NO_RESPONDERS') return 'no_responders';
  if (e instanceof NatsSetupError && e.code === 'TIMEOUT') return 'timeout';
  return 'error';
}

function failure(e: unknown): string {
  if (e instanceof NatsSetupError && e.code === 'NO_RESPONDERS') return 'no responders';
  if (e instanceof NatsSetupError && e.code === 'TIMEOUT') return 'timeout';
  if (e instanceof SyntaxError) return 'answer is not JSON';
  return e instanceof Error ? e.message : String(e);
}

/** Keeps the needed facts only; a required fact that was needed but not sent is an invalid answer. */
function pickFacts(answer: Exclude<FactsAnswer, { unavailable: true }>, needed: PatronFactName[], home: string): FactsResult {
  if (!answer.found) return { ok: true, facts: null, result: 'not_found' };
  const got = answer.facts;
  const missing = needed.filter((f) => REQUIRED_FACTS.has(f) && got[f] === undefined);
  if (missing.length > 0) return { ok: false, reason: `home library ${home} did not send ${missing.join(', ')}`, result: 'error' };
  const want = new Set(needed);
  const take = <K extends PatronFactName>(k: K) => (want.has(k) ? got[k] : undefined);
  return {
    ok: true,
    result: 'found',
    facts: {
      // Defaults for facts not asked for: the engine does not read them for this request.
      registeredAt: take('registeredAt') ?? home,
      age: take('age'),
      lastName: take('lastName'),
      card: take('card'),
      shelfOptOut: take('shelfOptOut') ?? true,
      userKey: take('userKey'),
      detailedNoticesAllowed: take('detailedNoticesAllowed') ?? false,
      consents: take('consents') ?? [],
      owes: take('owes') ?? { materials: false, fines: 0 },
      householdPickupOptOut: take('householdPickupOptOut'),
    },
  };
}
