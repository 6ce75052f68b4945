// `ilr policy compare`: one request decided under every jurisdiction's law, twice: under the
// counsel default (a library with no profile) and under the ceiling (a library whose settings
// take everything the statute permits, `ruleForm: CEILING`). Both are ordinary libraries in an
// ordinary policy book: the ceiling is data (a setting), not a special case of the engine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decide } from './engine.js';
import { PolicyError } from './errors.js';
import { DEFAULT_POLICY_DIR, buildPolicyBook, packFor, type PolicyData } from './load.js';
import { zLibraryEntry } from './schema.js';
import type {
  Consent,
  DataClass,
  DecisionDate,
  LegalBasis,
  LegalProcess,
  MessageKind,
  Outcome,
  PatronFacts,
  PolicyRequest,
  Purpose,
  Requester,
  Want,
} from './types.js';

/** The jurisdictions of the statute tables (shared/policy/law/LAW.md and LAW-2.md), sorted. */
export function lawJurisdictions(dir: string = DEFAULT_POLICY_DIR): string[] {
  const codes = new Set<string>();
  for (const name of ['LAW.md', 'LAW-2.md']) {
    const file = join(dir, 'law', name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new PolicyError(file, '', `cannot read: ${(e as Error).message}`);
    }
    for (const m of text.matchAll(/^\| (US-[A-Z]{2}) \|/gm)) codes.add(m[1]!);
  }
  return [...codes].sort();
}

/** Who asks, in compare's terms: an out-of-state library, an agency, or a person. */
export type CompareFrom =
  | { type: 'LIBRARY' }
  | { type: 'AGENCY'; agency: Extract<Requester, { type: 'AGENCY' }>['agency'] }
  | { type: 'PERSON'; relation: Extract<Requester, { type: 'PERSON' }>['relation']; credential: Extract<Requester, { type: 'PERSON' }>['credential']; listedCaregiver?: boolean; household?: boolean };

export interface CompareQuery {
  kind: MessageKind;
  from: CompareFrom;
  purpose: Purpose;
  basis: LegalBasis;
  wants: Want[];
  process?: LegalProcess | undefined;
  /** The patron: an adult who owes nothing and has no consent on file, unless said otherwise. */
  age?: number | undefined;
  /** Classes of a written consent on file to this requester (a library, or the person it names). */
  consent?: DataClass[] | undefined;
  owes?: { materials: boolean; fines: number } | undefined;
}

export interface CompareSide {
  outcome: Outcome;
  disclosed: DataClass[];
}

export interface CompareRow {
  jurisdiction: string;
  counselDefault: CompareSide;
  ceiling: CompareSide;
  cites: string[];
}

/** What compare shows beside a row (not in the JSON): the pack that decided and a reviewer's reach. */
export interface CompareDetail {
  pack: string;
  counselReview: DataClass[] | undefined;
  ceilingReview: DataClass[] | undefined;
}

const ASKER = 'requesting-library';
const CONSENT_REF = 'compare-consent';
/** Outbound kinds are decided by the sending home library: the requester is the recipient. */
const OUTBOUND: ReadonlySet<MessageKind> = new Set(['LOAN_REQUEST', 'REQUESTER_ACTION', 'HOLD_PICKUP']);

export const DEFAULT_COMPARE_AGE = 40;

/**
 * Decides `q` for every jurisdiction in `jurisdictions` (those without a pack under the strict
 * default) under the counsel default and under the ceiling, on `date`.
 */
export function compareJurisdictions(
  data: PolicyData,
  jurisdictions: readonly string[],
  q: CompareQuery,
  date: DecisionDate,
): Array<CompareRow & { detail: CompareDetail }> {
  if (q.consent?.length && q.from.type === 'AGENCY') {
    throw new PolicyError('compare', 'consent', 'a written consent names a library or a person, not an agency');
  }
  if (OUTBOUND.has(q.kind) && q.from.type !== 'LIBRARY') {
    throw new PolicyError('compare', 'from', `${q.kind} goes between libraries: use --from library`);
  }
  const id = (j: string, side: string) => `${j.toLowerCase()}-${side}`;
  // The requesting library is out of state for every row, publicly funded, with a written
  // non-disclosure policy, and in no consortium group with the home library.
  const entries = [
    zLibraryEntry.parse({ id: ASKER, name: 'An out-of-state library', jurisdiction: 'XX' }),
    ...jurisdictions.flatMap((j) => [
      zLibraryEntry.parse({ id: id(j, 'counsel'), name: `${j} library, counsel default`, jurisdiction: j }),
      zLibraryEntry.parse({ id: id(j, 'ceiling'), name: `${j} library at the ceiling`, jurisdiction: j, settings: { ruleForm: 'CEILING' } }),
    ]),
  ];
  const book = buildPolicyBook(data, entries, 'compare');

  return jurisdictions.map((j) => {
    const sides = (['counsel', 'ceiling'] as const).map((side) => {
      const home = id(j, side);
      const d = decide(book, requestFor(q, home), patronFor(q, home, date), date);
      return d;
    });
    const [counsel, ceiling] = sides as [ReturnType<typeof decide>, ReturnType<typeof decide>];
    const cites: string[] = [];
    for (const c of [...counsel.citations, ...ceiling.citations]) if (!cites.includes(c.cite)) cites.push(c.cite);
    return {
      jurisdiction: j,
      counselDefault: { outcome: counsel.outcome, disclosed: counsel.disclosed },
      ceiling: { outcome: ceiling.outcome, disclosed: ceiling.disclosed },
      cites,
      detail: { pack: packFor(data, j).id, counselReview: counsel.review?.ceiling, ceilingReview: ceiling.review?.ceiling },
    };
  });
}

function requestFor(q: CompareQuery, home: string): PolicyRequest {
  const base = { kind: q.kind, purpose: q.purpose, basis: q.basis, wants: q.wants, ...(q.process ? { process: q.process } : {}) };
  if (OUTBOUND.has(q.kind)) return { ...base, to: ASKER, from: { type: 'LIBRARY', library: home } };
  const f = q.from;
  const from: Requester =
    f.type === 'LIBRARY'
      ? { type: 'LIBRARY', library: ASKER }
      : f.type === 'AGENCY'
        ? { type: 'AGENCY', agency: f.agency, ...(f.agency === 'COLLECTION_AGENCY' ? { contractedBy: home } : {}) }
        : {
            type: 'PERSON',
            relation: f.relation,
            credential: f.credential,
            listedCaregiver: f.listedCaregiver ?? false,
            ...(f.household ? { household: true } : {}),
            ...(q.consent?.length ? { consentRef: CONSENT_REF } : {}),
          };
  return { ...base, to: home, from };
}

function patronFor(q: CompareQuery, home: string, date: DecisionDate): PatronFacts {
  const consents: Consent[] = q.consent?.length ? [q.from.type === 'LIBRARY' ? { to: ASKER, classes: q.consent, given: date } : { person: CONSENT_REF, classes: q.consent, given: date }] : [];
  return {
    registeredAt: home,
    age: q.age ?? DEFAULT_COMPARE_AGE,
    lastName: 'Example',
    card: '20000000000000',
    shelfOptOut: false,
    detailedNoticesAllowed: false,
    consents,
    owes: q.owes ?? { materials: false, fines: 0 },
    householdPickupOptOut: false,
  };
}
