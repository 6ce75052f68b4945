// The decision engine: a pure function of (request, the deciding library's compiled policy:
// pack, profile and settings, patron facts, decision date). No I/O, no clock, no randomness:
// the day the decision is made is an input, as laws take effect on a date.
//
// It runs in two stages so that the order of work is structural:
//   screen(request)        sees no patron facts. If no legal path exists it refuses here,
//                          and legal process goes to review here, before any lookup.
//   screening.complete(f)  only then are the home library's patron facts consulted.
import { ACTION_MASK, BASIS_INDEX, DATA_MASK, KIND_INDEX, PURPOSE_INDEX, WANT_INDEX, classesOf, dayNumber, daysBetween, wantsMask } from './bits.js';
import type { CompiledRule, LibraryPolicy } from './compile.js';
import { PolicyError } from './errors.js';
import type { PatronCondition } from './schema.js';
import type {
  Citation,
  Decision,
  DecisionDate,
  LegalBasis,
  LibraryInfo,
  MessageKind,
  NoticeDetail,
  PatronFactName,
  PatronFacts,
  PolicyRequest,
  ReasonCode,
  Requester,
  ReviewTicket,
} from './types.js';

/** The compiled directory: every library's effective policy, by id. */
export interface PolicyBook {
  libraries: ReadonlyMap<string, LibraryPolicy>;
}

export type Screening =
  | { final: true; decision: Decision }
  | {
      final: false;
      /** The patron facts the decision needs: ask the home library for these and no more. */
      factsNeeded: PatronFactName[];
      /** The library whose connector answers the lookup. */
      home: string;
      complete(facts: PatronFacts | null): Decision;
    };

/** Kinds a home library sends about its own patron: its own policy decides them. */
const OUTBOUND: ReadonlySet<MessageKind> = new Set(['LOAN_REQUEST', 'REQUESTER_ACTION', 'HOLD_PICKUP']);

const PROCESS_BASES: ReadonlySet<LegalBasis> = new Set([
  'COURT_ORDER',
  'SUBPOENA',
  'SEARCH_WARRANT',
  'NATIONAL_SECURITY_LETTER',
  'FISA_ORDER',
  'REQUIRED_BY_LAW',
  'LAW_ENFORCEMENT_EMERGENCY',
]);
const NOTICE_BIT = 1 << WANT_INDEX.NOTICE_TO_PATRON;

/** Which library decides, and who would receive what it discloses. */
export function partiesOf(request: PolicyRequest): { decider: string; counterparty: Requester } {
  if (OUTBOUND.has(request.kind)) {
    if (request.from.type !== 'LIBRARY') {
      throw new PolicyError('request', 'from', `${request.kind} is sent by a home library about its own patron; from.type must be LIBRARY`);
    }
    return { decider: request.from.library, counterparty: { type: 'LIBRARY', library: request.to } };
  }
  return { decider: request.to, counterparty: request.from };
}

/** The decision date of the moment `now` (UTC): for the edges that decide, never the engine. */
export function decisionDate(now: Date): DecisionDate {
  return now.toISOString().slice(0, 10);
}

/** Stage 1: decide what can be decided from the request alone, on the decision date `date` (YYYY-MM-DD). */
export function screen(book: PolicyBook, request: PolicyRequest, date: DecisionDate): Screening {
  const { decider, counterparty } = partiesOf(request);
  const policy = book.libraries.get(decider);
  if (!policy) throw new PolicyError('request', OUTBOUND.has(request.kind) ? 'from.library' : 'to', `unknown library "${decider}"`);
  const day = typeof date === 'string' ? dayNumber(date) : undefined;
  if (day === undefined) throw new PolicyError('request', 'date', `the decision date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const counterpartyLibrary = counterparty.type === 'LIBRARY' ? book.libraries.get(counterparty.library)?.library : undefined;
  const ctx: Context = { request, policy, counterparty, counterpartyLibrary, wants: wantsMask(request.wants), day };

  if (request.kind === 'LEGAL_PROCESS' || PROCESS_BASES.has(request.basis)) {
    return { final: true, decision: legalProcessReview(ctx) };
  }

  const candidates = candidateRules(ctx);
  const refers = policy.settings.referToRegisteringLibrary && (policy.referKinds & (1 << KIND_INDEX[request.kind])) !== 0;
  if (candidates.length === 0 && !refers) {
    return { final: true, decision: refusal(ctx, 'NO_LEGAL_BASIS', true) };
  }

  const needed = factsNeeded(ctx, candidates, refers);
  if (needed.length === 0) return { final: true, decision: evaluate(ctx, candidates, null, true) };
  return {
    final: false,
    factsNeeded: needed,
    home: decider,
    complete: (facts) => {
      if (refers && facts && facts.registeredAt !== decider) return referral(ctx, facts.registeredAt);
      return evaluate(ctx, candidates, facts, false);
    },
  };
}

/** Both stages at once, for callers that already hold the facts (tests, the scenario runner). */
export function decide(book: PolicyBook, request: PolicyRequest, facts: PatronFacts | null, date: DecisionDate): Decision {
  const s = screen(book, request, date);
  return s.final ? s.decision : s.complete(facts);
}

interface Context {
  request: PolicyRequest;
  policy: LibraryPolicy;
  counterparty: Requester;
  counterpartyLibrary: LibraryInfo | undefined;
  wants: number;
  /** The decision date as YYYYMMDD. */
  day: number;
}

function candidateRules(ctx: Context): CompiledRule[] {
  const { request, policy, wants, day } = ctx;
  const basisBit = 1 << BASIS_INDEX[request.basis];
  const purposeBit = 1 << PURPOSE_INDEX[request.purpose];
  const out: CompiledRule[] = [];
  for (const rule of policy.rulesByKind[KIND_INDEX[request.kind]]!) {
    if (!(rule.bases & basisBit) || !(rule.purposes & purposeBit)) continue;
    if (day < rule.from || day >= rule.before) continue;
    if (!(rule.allows & wants) && !(rule.passThrough && rule.outcome === 'RELAY')) continue;
    if (!rule.requesters.some((m) => requesterMatches(m, ctx))) continue;
    out.push(rule);
  }
  return out;
}

function requesterMatches(m: CompiledRule['requesters'][number], ctx: Context): boolean {
  const cp = ctx.counterparty;
  const home = ctx.policy.library;
  switch (m.type) {
    case 'LIBRARY': {
      if (cp.type !== 'LIBRARY') return false;
      const lib = ctx.counterpartyLibrary;
      if (m.scope === 'GROUP' && !(lib && lib.groups.some((g) => home.groups.includes(g)))) return false;
      if (m.scope === 'JURISDICTION' && lib?.jurisdiction !== home.jurisdiction) return false;
      if (m.requireAnyOf && !(lib && m.requireAnyOf.some((q) => (q === 'PUBLICLY_FUNDED' ? lib.publiclyFunded : lib.nondisclosurePolicy)))) {
        return false;
      }
      return true;
    }
    case 'AGENCY':
      if (cp.type !== 'AGENCY' || !m.agencies.includes(cp.agency)) return false;
      if (m.contractedBy === 'HOME') return cp.contractedBy === home.id;
      if (m.contractedBy === 'ANY_LIBRARY') return cp.contractedBy !== undefined;
      return true;
    case 'PERSON':
      return (
        cp.type === 'PERSON' &&
        m.relations.includes(cp.relation) &&
        m.credentials.includes(cp.credential) &&
        (!m.listedCaregiver || cp.listedCaregiver === true) &&
        (!m.household || cp.household === true)
      );
  }
}

function factsNeeded(ctx: Context, candidates: CompiledRule[], refers: boolean): PatronFactName[] {
  const need = new Set<PatronFactName>();
  if (refers) need.add('registeredAt');
  for (const r of candidates) {
    if (r.outcome !== 'RELAY') continue;
    const granted = r.allows & ctx.wants;
    // Data can only be disclosed about a patron who exists: the lookup answers that.
    if (granted & DATA_MASK) need.add('registeredAt');
    if (granted & NOTICE_BIT) need.add('detailedNoticesAllowed');
    const c = r.patron;
    if (c?.consentOnFile) need.add('consents');
    if (c?.ageBelow !== undefined || c?.adult) need.add('age');
    if (c?.owes || c?.finesAtLeast !== undefined) need.add('owes');
    if (c?.householdPickup) need.add('householdPickupOptOut');
  }
  if (ctx.request.kind === 'HOLD_PICKUP') for (const f of ['lastName', 'card', 'shelfOptOut', 'userKey'] as const) need.add(f);
  return [...need];
}

function conditionsHold(c: PatronCondition, facts: PatronFacts, ctx: Context): boolean {
  if (c.consentOnFile && (consentMask(facts, ctx, c.consentWithinDays) & ctx.wants) === 0) return false;
  // Unknown is read as opted out: the strictest reading.
  if (c.householdPickup && facts.householdPickupOptOut !== false) return false;
  if (c.ageBelow !== undefined && !(facts.age !== undefined && facts.age < c.ageBelow)) return false;
  if (c.adult && !(facts.age !== undefined && facts.age >= ctx.policy.pack.minorAge)) return false;
  if (c.owes === 'ANY' && !(facts.owes.materials || facts.owes.fines > 0)) return false;
  if (c.owes === 'MATERIALS' && !facts.owes.materials) return false;
  if (c.owes === 'FINES' && !(facts.owes.fines > 0)) return false;
  if (c.finesAtLeast !== undefined && !(facts.owes.fines >= c.finesAtLeast)) return false;
  return true;
}

/**
 * The classes the patron consented in writing to disclose to this requester: a library the
 * consent names, the person it names (by the reference they present), or anyone in a relation
 * it names. With `withinDays`, only consents given at most that many days before the decision.
 */
function consentMask(facts: PatronFacts, ctx: Context, withinDays: number | undefined): number {
  const cp = ctx.counterparty;
  let m = 0;
  for (const c of facts.consents) {
    const names =
      cp.type === 'LIBRARY'
        ? c.to === cp.library
        : cp.type === 'PERSON' && ((c.person !== undefined && c.person === cp.consentRef) || (c.relations?.includes(cp.relation) ?? false));
    if (!names) continue;
    if (withinDays !== undefined) {
      const given = c.given === undefined ? undefined : dayNumber(c.given);
      if (given === undefined || given > ctx.day || daysBetween(given, ctx.day) > withinDays) continue;
    }
    m |= wantsMask(c.classes);
  }
  return m;
}

/**
 * Stage 2 (or stage 1 when nothing depends on the patron): each rule grants what it allows
 * of what is wanted; the decision is the union, the minimum that the request asked for.
 */
function evaluate(ctx: Context, candidates: CompiledRule[], facts: PatronFacts | null, screened: boolean): Decision {
  let granted = 0;
  let passes = false;
  let reviewable = 0;
  let reviewCeiling = 0;
  const used: CompiledRule[] = [];
  const reviews: CompiledRule[] = [];
  for (const rule of candidates) {
    if (rule.outcome === 'REVIEW') {
      reviewable |= rule.allows & ctx.wants;
      reviewCeiling |= rule.ceiling & ctx.wants;
      reviews.push(rule);
      continue;
    }
    let g = rule.allows & ctx.wants;
    if (rule.patron) {
      if (!facts || !conditionsHold(rule.patron, facts, ctx)) continue;
      if (rule.patron.consentOnFile) g &= consentMask(facts, ctx, rule.patron.consentWithinDays);
      // A conditional rule grants an action only alongside data: an action alone must not
      // reveal that a patron meeting the condition exists.
      if (!(g & DATA_MASK)) g = 0;
    }
    if (!facts) g &= ACTION_MASK;
    if (g === 0 && !rule.passThrough) continue;
    granted |= g;
    passes ||= rule.passThrough;
    used.push(rule);
  }

  const wantedData = ctx.wants & DATA_MASK;
  if (reviews.length > 0 && wantedData & ~granted & reviewable) {
    const ceiling = classesOf((granted | reviewCeiling) & DATA_MASK);
    const review: ReviewTicket = {
      route: reviews[0]!.route,
      urgent: reviews.some((r) => r.urgent),
      gag: false,
      notifyConsortium: false,
      ceiling,
    };
    // Citations come from the review rules only: what was granted may depend on the patron.
    return make(ctx, 'REVIEW', [], reviews, 'HELD_FOR_REVIEW', screened, { review });
  }
  if (granted === 0 && !passes) return refusal(ctx, 'NOT_PERMITTED', screened);

  const extra: Partial<Decision> = {};
  if (granted & NOTICE_BIT) {
    extra.notice = (ctx.policy.settings.detailedNotices && facts?.detailedNoticesAllowed ? 'DETAILED' : 'GENERIC') satisfies NoticeDetail;
  }
  if (ctx.request.kind === 'HOLD_PICKUP' && facts) extra.label = holdShelfLabel(facts, ctx.policy);
  return make(ctx, 'RELAY', classesOf(granted & DATA_MASK), used, granted & DATA_MASK ? 'RELAYED' : 'NO_PATRON_DATA', screened, extra);
}

function refusal(ctx: Context, reason: ReasonCode, screened: boolean): Decision {
  return make(ctx, 'REFUSE', [], [], reason, screened);
}

function referral(ctx: Context, registeredAt: string): Decision {
  const { policy } = ctx;
  const citations = policy.referralCitation ? [policy.referralCitation] : [];
  return make(ctx, 'REFER', [], [], 'REFERRED_TO_REGISTERING_LIBRARY', false, {
    referTo: registeredAt,
    referToDisclosed: policy.settings.referralDisclosesLibrary,
    citations: withStatute(citations, policy),
  });
}

/** Legal process: the same in every pack. A person decides; the pack bounds what they may release. */
function legalProcessReview(ctx: Context): Decision {
  const { request, policy } = ctx;
  const p = request.process;
  const type = p?.type ?? request.basis;
  const issuer = p?.issuer ?? (request.from.type === 'AGENCY' && request.from.agency === 'FEDERAL_AGENCY' ? 'FEDERAL' : 'STATE');
  const criminal = p?.criminal ?? false;
  const gag = (p?.gag ?? false) || type === 'NATIONAL_SECURITY_LETTER' || type === 'FISA_ORDER';
  const agency = request.from.type === 'AGENCY' ? request.from.agency : undefined;

  let allowed = 0;
  const cites: Citation[] = [];
  for (const rule of policy.pack.process) {
    if (!rule.types.has(type)) continue;
    if (ctx.day < rule.from || ctx.day >= rule.before) continue;
    if (rule.issuers && !rule.issuers.has(issuer)) continue;
    if (rule.criminalOnly && !criminal) continue;
    if (rule.agencies && !(agency && rule.agencies.has(agency))) continue;
    allowed |= rule.allows;
    cites.push(rule.citation);
  }
  const review: ReviewTicket = {
    route: 'DIRECTOR',
    urgent: type === 'SEARCH_WARRANT' || type === 'LAW_ENFORCEMENT_EMERGENCY',
    gag,
    notifyConsortium: policy.settings.notifyConsortiumOnFederalProcess && issuer === 'FEDERAL' && !gag,
    ceiling: classesOf(allowed & ctx.wants & DATA_MASK),
  };
  const basis: LegalBasis = request.basis === 'NONE' && p ? (p.type as LegalBasis) : request.basis;
  return make(ctx, 'REVIEW', [], [], 'HELD_FOR_REVIEW', true, { review, basis, citations: withStatute(cites, policy) });
}

function withStatute(citations: Citation[], policy: LibraryPolicy): Citation[] {
  const statute = policy.pack.statuteCitation;
  const out: Citation[] = [];
  for (const c of citations) if (!out.some((o) => o.cite === c.cite)) out.push(c);
  if (!out.some((o) => o.cite === statute.cite)) out.push(statute);
  return out;
}

function make(
  ctx: Context,
  outcome: Decision['outcome'],
  disclosed: Decision['disclosed'],
  rules: CompiledRule[],
  reasonCode: ReasonCode,
  screened: boolean,
  extra: Partial<Decision> = {},
): Decision {
  const { policy } = ctx;
  return {
    outcome,
    disclosed,
    basis: ctx.request.basis,
    rules: rules.map((r) => r.id),
    citations: withStatute(rules.flatMap((r) => r.citations), policy),
    pack: { id: policy.pack.id, version: policy.pack.version },
    decidedBy: policy.library.id,
    reasonCode,
    screened,
    ...extra,
  };
}

/**
 * The hold-shelf label (Multnomah procedures): the first four letters of the last name and
 * the last four digits of the card; the first four of the user key for a patron who opted
 * out of names on the shelf.
 */
export function holdShelfLabel(facts: PatronFacts, policy: LibraryPolicy): string {
  const digits = (facts.card ?? '').replace(/\D/g, '').slice(-4);
  if (policy.settings.holdShelfLabel === 'CARD_ONLY') return digits;
  const prefix = facts.shelfOptOut
    ? (facts.userKey ?? '').replace(/[^0-9A-Za-z]/g, '').slice(0, 4).toUpperCase()
    : (facts.lastName ?? '')
        .normalize('NFD')
        .replace(/[^A-Za-z]/g, '')
        .slice(0, 4)
        .toUpperCase();
  return prefix ? `${prefix} ${digits}` : digits;
}
