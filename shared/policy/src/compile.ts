// Turns validated pack, fragment and profile files into the lookup structures a decision
// uses, once, at load. Everything that could widen the statute's ceiling is refused here.
import {
  ALL_BASES,
  ALL_PURPOSES,
  ALWAYS_BEFORE,
  ALWAYS_FROM,
  dayNumber,
  BASIS_INDEX,
  KIND_INDEX,
  PURPOSE_INDEX,
  WANT_INDEX,
  maskOf,
  wantsMask,
} from './bits.js';
import { PolicyError } from './errors.js';
import type {
  Effective,
  FragmentFile,
  LibraryEntry,
  PackFile,
  PackRule,
  PatronCondition,
  ProcessRule,
  ProfileFile,
  ProfileRule,
  RequesterMatch,
  Settings,
} from './schema.js';
import {
  MESSAGE_KINDS,
  type Citation,
  type LibraryInfo,
  type MessageKind,
  type ReviewRoute,
} from './types.js';

/** Kinds a rule covers when it names none: the messages that arrive at a library about its patron. */
export const DEFAULT_RULE_KINDS: MessageKind[] = ['PATRON_INQUIRY', 'ACCOUNT_INQUIRY', 'RECOVERY_NOTICE'];
const DEFAULT_REFER_KINDS: MessageKind[] = ['PATRON_INQUIRY', 'ACCOUNT_INQUIRY', 'RECOVERY_NOTICE'];

export interface CompiledRule {
  /** e.g. "US-MT/mt-written-consent" or "imagineif/imagineif-caregiver-card". */
  id: string;
  kinds: number;
  bases: number;
  purposes: number;
  requesters: RequesterMatch[];
  patron: PatronCondition | undefined;
  allows: number;
  passThrough: boolean;
  outcome: 'RELAY' | 'REVIEW';
  route: ReviewRoute;
  urgent: boolean;
  /** REVIEW rules: the most a reviewer may release. */
  ceiling: number;
  /** The rule is law on days from <= day < before (YYYYMMDD; see bits.dayNumber). */
  from: number;
  before: number;
  citations: Citation[];
}

export interface CompiledProcessRule {
  id: string;
  types: ReadonlySet<string>;
  issuers: ReadonlySet<string> | undefined;
  criminalOnly: boolean;
  agencies: ReadonlySet<string> | undefined;
  allows: number;
  from: number;
  before: number;
  citation: Citation;
}

export interface Pack {
  id: string;
  name: string;
  version: string;
  file: string;
  statute: PackFile['statute'];
  /** The protective section every decision under this pack cites. */
  statuteCitation: Citation;
  minorAge: number;
  retention: PackFile['retention'];
  /** The ceiling: every rule as the statute (or the reading) states it, fragments included. */
  rules: PackRule[];
  ruleById: ReadonlyMap<string, PackRule>;
  /** Rules from shared fragments: they stay on under a profile that starts from NONE. */
  shared: ReadonlySet<string>;
  process: CompiledProcessRule[];
  /** How many of the pack's rules, process rules and statute entry are UNVERIFIED readings. */
  unverified: number;
  /** The day the pack was last checked against the statute text. */
  verified: string;
}

export interface Profile {
  file: string;
  data: ProfileFile;
}

export interface ResolvedSettings {
  forwardRecoveryNotices: boolean | undefined;
  detailedNotices: boolean;
  referToRegisteringLibrary: boolean;
  referralDisclosesLibrary: boolean;
  notifyConsortiumOnFederalProcess: boolean;
  holdShelfLabel: 'NAME_AND_CARD' | 'CARD_ONLY';
  retentionDays: number;
}

/** One library's effective policy: its pack narrowed by its profile and settings. */
export interface LibraryPolicy {
  library: LibraryInfo;
  pack: Pack;
  profile: string | undefined;
  settings: ResolvedSettings;
  /** Effective rules indexed by message kind. */
  rulesByKind: CompiledRule[][];
  referKinds: number;
  referralCitation: Citation | undefined;
}

// ---------------------------------------------------------------- packs

export function compilePack(file: string, data: PackFile, fragments: ReadonlyMap<string, FragmentFile>): Pack {
  const statuteCitation: Citation = { cite: data.statute.cite, text: data.statute.text, status: data.statute.status };
  const substitute = (s: string) => s.replaceAll('$statute', data.statute.cite);
  const rules: PackRule[] = [];
  const processRules: ProcessRule[] = [];
  const shared = new Set<string>();
  for (const name of data.includes) {
    const fragment = fragments.get(name);
    if (!fragment) throw new PolicyError(file, 'includes', `unknown fragment "${name}"; known: ${[...fragments.keys()].join(', ')}`);
    for (const r of fragment.rules) {
      rules.push({ ...r, cite: substitute(r.cite), text: substitute(r.text) });
      shared.add(r.id);
    }
    for (const p of fragment.process) processRules.push({ ...p, cite: substitute(p.cite), text: substitute(p.text) });
  }
  rules.push(...data.rules);
  processRules.push(...data.process);

  const ruleById = new Map<string, PackRule>();
  rules.forEach((rule, i) => {
    if (ruleById.has(rule.id)) throw new PolicyError(file, `rules[${i}]`, `duplicate rule id "${rule.id}"`);
    ruleById.set(rule.id, rule);
    checkRuleShape(file, rule.id, rule);
    if (rule.counsel?.narrow) {
      const narrowed = applyNarrowing(rule, rule.counsel.narrow);
      const widening = findWidening(narrowed, rule);
      if (widening) throw new PolicyError(file, `rule ${rule.id}.counsel`, `the counsel default widens the ceiling: ${widening}`);
    }
  });

  const process = processRules.map<CompiledProcessRule>((p) => ({
    id: `${data.id}/${p.id}`,
    ...windowOf(p.effective),
    types: new Set(p.types),
    issuers: p.issuers && new Set(p.issuers),
    criminalOnly: p.criminalOnly,
    agencies: p.agencies && new Set(p.agencies),
    allows: wantsMask(p.allows),
    citation: { cite: p.cite, text: p.text, status: p.status },
  }));

  const unverified =
    (data.statute.status === 'UNVERIFIED' ? 1 : 0) +
    rules.filter((r) => r.status === 'UNVERIFIED').length +
    processRules.filter((p) => p.status === 'UNVERIFIED').length;

  return {
    id: data.id,
    name: data.name,
    version: data.version,
    file,
    statute: data.statute,
    statuteCitation,
    minorAge: data.minorAge,
    retention: data.retention,
    rules,
    ruleById,
    shared,
    process,
    unverified,
    verified: data.verified,
  };
}

/** An effective window as day numbers; a rule without one has always applied. */
export function windowOf(e: Effective | undefined): { from: number; before: number } {
  return {
    from: e?.from !== undefined ? dayNumber(e.from)! : ALWAYS_FROM,
    before: e?.before !== undefined ? dayNumber(e.before)! : ALWAYS_BEFORE,
  };
}

type RuleShape = Pick<PackRule, 'when' | 'patron' | 'allows' | 'passThrough' | 'outcome'> & {
  route?: ReviewRoute | undefined;
  ceiling?: PackRule['ceiling'];
  effective?: Effective | undefined;
};

function checkRuleShape(file: string, id: string, rule: RuleShape & { route?: ReviewRoute | undefined }): void {
  if (rule.outcome === 'REVIEW' && rule.patron) {
    // A review is routed before any patron lookup, so it cannot depend on the patron record.
    throw new PolicyError(file, `rule ${id}`, 'a REVIEW rule cannot have patron conditions');
  }
  if (rule.passThrough && rule.patron) {
    // Passing a message on must not depend on the patron record, or the pass itself tells.
    throw new PolicyError(file, `rule ${id}`, 'a pass-through rule cannot have patron conditions');
  }
  if (rule.allows.length === 0 && !rule.passThrough && rule.outcome === 'RELAY') {
    throw new PolicyError(file, `rule ${id}`, 'a RELAY rule must allow something or pass the message through');
  }
}

function applyNarrowing(rule: PackRule, narrow: NonNullable<NonNullable<PackRule['counsel']>['narrow']>): RuleShape {
  return {
    when: { ...rule.when, ...narrow.when },
    patron: narrow.patron ?? rule.patron,
    allows: narrow.allows ?? rule.allows,
    passThrough: rule.passThrough,
    outcome: narrow.outcome ?? rule.outcome,
    route: narrow.route ?? rule.route,
    ceiling: rule.ceiling,
    effective: rule.effective,
  };
}

// ---------------------------------------------------------------- narrowing

/** Returns what `narrow` admits that `ceiling` does not, or undefined when it stays within it. */
export function findWidening(narrow: RuleShape, ceiling: RuleShape): string | undefined {
  const kinds = (w: RuleShape['when']) => w.kinds ?? DEFAULT_RULE_KINDS;
  const extra = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined, what: string): string | undefined => {
    if (!b) return undefined; // the ceiling admits any
    if (!a) return `${what}: any, where the ceiling admits only ${b.join(', ')}`;
    const more = a.filter((x) => !b.includes(x));
    return more.length ? `${what} ${more.join(', ')} not admitted by the ceiling` : undefined;
  };
  const window = effectiveWidening(narrow.effective, ceiling.effective);
  if (window) return window;
  const w =
    extra(narrow.allows, ceiling.allows, 'allows') ??
    (narrow.outcome === 'REVIEW' ? extra(narrow.ceiling ?? narrow.allows, ceiling.ceiling ?? ceiling.allows, 'review ceiling') : undefined) ??
    extra(kinds(narrow.when), kinds(ceiling.when), 'kinds') ??
    extra(narrow.when.bases, ceiling.when.bases, 'bases') ??
    extra(narrow.when.purposes, ceiling.when.purposes, 'purposes');
  if (w) return w;
  for (const m of narrow.when.requesters) {
    if (!ceiling.when.requesters.some((c) => matcherWithin(m, c))) return `requester ${describeMatcher(m)} not admitted by the ceiling`;
  }
  const p = conditionWidening(narrow.patron ?? {}, ceiling.patron ?? {});
  if (p) return p;
  if (ceiling.outcome === 'REVIEW' && narrow.outcome === 'RELAY') return 'RELAY where the ceiling requires REVIEW';
  if (narrow.passThrough && !ceiling.passThrough) return 'passes the message through where the ceiling does not';
  return undefined;
}

function effectiveWidening(narrow: Effective | undefined, ceiling: Effective | undefined): string | undefined {
  const n = windowOf(narrow);
  const c = windowOf(ceiling);
  if (n.from < c.from) return `applies before the ceiling takes effect (${ceiling!.from})`;
  if (n.before > c.before) return `applies after the ceiling ceases (${ceiling!.before})`;
  return undefined;
}

function matcherWithin(m: RequesterMatch, c: RequesterMatch): boolean {
  if (m.type === 'LIBRARY' && c.type === 'LIBRARY') {
    if (c.scope !== 'ANY' && c.scope !== m.scope) return false;
    if (!c.requireAnyOf) return true;
    return !!m.requireAnyOf?.length && m.requireAnyOf.every((x) => c.requireAnyOf!.includes(x));
  }
  if (m.type === 'AGENCY' && c.type === 'AGENCY') {
    if (!m.agencies.every((a) => c.agencies.includes(a))) return false;
    if (c.contractedBy === undefined) return true;
    if (c.contractedBy === 'ANY_LIBRARY') return m.contractedBy !== undefined;
    return m.contractedBy === 'HOME';
  }
  if (m.type === 'PERSON' && c.type === 'PERSON') {
    return (
      m.relations.every((r) => c.relations.includes(r)) &&
      m.credentials.every((x) => c.credentials.includes(x)) &&
      (!c.listedCaregiver || m.listedCaregiver === true) &&
      (!c.household || m.household === true)
    );
  }
  return false;
}

function describeMatcher(m: RequesterMatch): string {
  if (m.type === 'LIBRARY') return `LIBRARY(${m.scope}${m.requireAnyOf ? ` with ${m.requireAnyOf.join('|')}` : ''})`;
  if (m.type === 'AGENCY') return `AGENCY(${m.agencies.join('|')}${m.contractedBy ? `, contracted by ${m.contractedBy}` : ''})`;
  return `PERSON(${m.relations.join('|')} with ${m.credentials.join('|')}${m.household ? ', household' : ''})`;
}

function conditionWidening(m: PatronCondition, c: PatronCondition): string | undefined {
  if (c.consentOnFile && !m.consentOnFile) return 'drops the written-consent condition';
  if (c.adult && !m.adult) return 'drops the adult condition';
  if (c.ageBelow !== undefined && (m.ageBelow === undefined || m.ageBelow > c.ageBelow)) {
    return `admits patrons aged ${c.ageBelow} or over; the ceiling stops below ${c.ageBelow}`;
  }
  if (c.owes && !(m.owes === c.owes || (c.owes === 'ANY' && m.owes !== undefined))) return 'drops the outstanding-materials-or-fines condition';
  if (c.finesAtLeast !== undefined && (m.finesAtLeast === undefined || m.finesAtLeast < c.finesAtLeast)) {
    return `lowers the fines threshold below ${c.finesAtLeast}`;
  }
  if (c.consentWithinDays !== undefined && (m.consentWithinDays === undefined || m.consentWithinDays > c.consentWithinDays)) {
    return `accepts consents older than the ${c.consentWithinDays} days the ceiling allows`;
  }
  if (c.householdPickup && !m.householdPickup) return "drops the condition that the patron has not opted out of household pickup";
  return undefined;
}

// ---------------------------------------------------------------- libraries

function compileRule(id: string, rule: RuleShape & { route?: ReviewRoute | undefined; urgent?: boolean | undefined }, citations: Citation[]): CompiledRule {
  return {
    id,
    kinds: maskOf(KIND_INDEX, rule.when.kinds ?? DEFAULT_RULE_KINDS, 0),
    bases: maskOf(BASIS_INDEX, rule.when.bases, ALL_BASES),
    purposes: maskOf(PURPOSE_INDEX, rule.when.purposes, ALL_PURPOSES),
    requesters: rule.when.requesters,
    patron: rule.patron && Object.keys(rule.patron).length ? rule.patron : undefined,
    allows: maskOf(WANT_INDEX, rule.allows, 0),
    passThrough: rule.passThrough,
    outcome: rule.outcome,
    route: rule.route ?? 'DIRECTOR',
    urgent: rule.urgent ?? false,
    ceiling: maskOf(WANT_INDEX, rule.ceiling ?? rule.allows.filter((w) => w !== 'ACCOUNT_ACTION' && w !== 'NOTICE_TO_PATRON'), 0),
    ...windowOf(rule.effective),
    citations,
  };
}

const citationOf = (r: { cite: string; text: string; status: Citation['status'] }): Citation => ({ cite: r.cite, text: r.text, status: r.status });

/**
 * A library's effective policy. `file` names where the library entry came from, for errors.
 * The profile (if any) must be for the library's jurisdiction; settings only choose within
 * the pack's ceiling.
 */
export function compileLibrary(file: string, entry: LibraryEntry, pack: Pack, profile: Profile | undefined): LibraryPolicy {
  const where = `library ${entry.id}`;
  if (profile && profile.data.jurisdiction !== pack.id) {
    throw new PolicyError(file, where, `profile "${profile.data.id}" is for ${profile.data.jurisdiction}, but the library is in ${entry.jurisdiction}`);
  }
  const settings: Settings = { ...profile?.data.settings, ...entry.settings };
  const base = profile?.data.base ?? 'COUNSEL';
  const atCeiling = settings.ruleForm === 'CEILING';

  // Which ceiling rules are on, and in which form (as stated, or as counsel narrows them).
  const state = new Map<string, 'CEILING' | 'COUNSEL' | 'OFF'>();
  for (const rule of pack.rules) {
    const fromFragment = !profile || base === 'COUNSEL' || pack.shared.has(rule.id);
    const counselOn = rule.counsel?.enabled !== false;
    state.set(rule.id, atCeiling ? 'CEILING' : fromFragment && counselOn ? 'COUNSEL' : 'OFF');
    if (rule.setting && settings[rule.setting] !== undefined) state.set(rule.id, settings[rule.setting] ? 'CEILING' : 'OFF');
  }
  if (settings.forwardRecoveryNotices && !pack.rules.some((r) => r.setting === 'forwardRecoveryNotices')) {
    throw new PolicyError(file, `${where}.settings.forwardRecoveryNotices`, `${pack.id} admits no forwarding of recovery notices`);
  }
  for (const [key, to] of [['enableRules', 'CEILING'], ['disableRules', 'OFF']] as const) {
    for (const id of settings[key] ?? []) {
      if (!pack.ruleById.has(id)) throw new PolicyError(file, `${where}.settings.${key}`, `${pack.id} has no rule "${id}"`);
      state.set(id, to);
    }
  }
  const retentionDays = chooseRetentionDays(file, where, pack.id, pack.retention, settings);

  const rules: CompiledRule[] = [];
  for (const rule of pack.rules) {
    const s = state.get(rule.id)!;
    if (s === 'OFF') continue;
    const shape = s === 'COUNSEL' && rule.counsel?.narrow ? { ...applyNarrowing(rule, rule.counsel.narrow), urgent: rule.urgent } : rule;
    rules.push(compileRule(`${pack.id}/${rule.id}`, shape, [citationOf(rule)]));
  }
  if (profile) rules.push(...compileProfileRules(profile, pack));

  const rulesByKind = MESSAGE_KINDS.map((_, i) => rules.filter((r) => r.kinds & (1 << i)));
  const referral = profile?.data.referral;
  return {
    library: {
      id: entry.id,
      name: entry.name,
      jurisdiction: entry.jurisdiction,
      groups: entry.groups,
      publiclyFunded: entry.publiclyFunded,
      nondisclosurePolicy: entry.nondisclosurePolicy,
    },
    pack,
    profile: profile?.data.id,
    settings: {
      forwardRecoveryNotices: settings.forwardRecoveryNotices,
      detailedNotices: settings.detailedNotices ?? true,
      referToRegisteringLibrary: settings.referToRegisteringLibrary ?? false,
      referralDisclosesLibrary: settings.referralDisclosesLibrary ?? false,
      notifyConsortiumOnFederalProcess: settings.notifyConsortiumOnFederalProcess ?? false,
      holdShelfLabel: settings.holdShelfLabel ?? 'NAME_AND_CARD',
      retentionDays,
    },
    rulesByKind,
    referKinds: maskOf(KIND_INDEX, profile?.data.referKinds ?? DEFAULT_REFER_KINDS, 0),
    referralCitation: referral ? { cite: referral.cite, text: referral.text, status: 'VERIFIED' } : undefined,
  };
}

/** How long a library keeps a completed patron-item link (DOMAIN.md invariant 9). */
export interface Retention {
  /** Days after completion, absent outstanding materials or fines: the library's choice, at most `maxDays`. */
  days: number;
  /** The pack's maximum. */
  maxDays: number;
  /** The pack that sets the maximum. */
  jurisdiction: string;
  cite: string;
  status: Citation['status'];
}

/** The retention period the settings choose; a period longer than the pack's maximum is refused. */
export function chooseRetentionDays(file: string, where: string, packId: string, retention: PackFile['retention'], settings: Settings): number {
  if (settings.retentionDays !== undefined && settings.retentionDays > retention.maxDaysAfterCompletion) {
    throw new PolicyError(
      file,
      `${where}.settings.retentionDays`,
      `${settings.retentionDays} days exceeds the ${retention.maxDaysAfterCompletion} days ${packId} allows (${retention.cite})`,
    );
  }
  return settings.retentionDays ?? retention.maxDaysAfterCompletion;
}

/** A compiled library policy's retention period, with the pack's maximum and citation. */
export function retentionOf(policy: LibraryPolicy): Retention {
  const r = policy.pack.retention;
  return { days: policy.settings.retentionDays, maxDays: r.maxDaysAfterCompletion, jurisdiction: policy.pack.id, cite: r.cite, status: r.status };
}

/** Compiles a profile's own rules, refusing any that widens the ceiling rule it names. */
export function compileProfileRules(profile: Profile, pack: Pack): CompiledRule[] {
  return profile.data.rules.map((rule: ProfileRule, i) => {
    const at = `rules[${i}] ${rule.id}`;
    const ceiling = pack.ruleById.get(rule.within);
    if (!ceiling) throw new PolicyError(profile.file, at, `"within: ${rule.within}" names no rule of ${pack.id}`);
    checkRuleShape(profile.file, rule.id, rule);
    // A profile rule is law when its ceiling rule is, unless it says a narrower window.
    const shaped = rule.effective ? rule : { ...rule, effective: ceiling.effective };
    const widening = findWidening(shaped, ceiling);
    if (widening) throw new PolicyError(profile.file, at, `widens ${pack.id} rule ${ceiling.id}: ${widening}`);
    return compileRule(`${profile.data.id}/${rule.id}`, shaped, [citationOf(rule), citationOf(ceiling)]);
  });
}

