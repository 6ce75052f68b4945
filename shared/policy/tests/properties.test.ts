// Property tests over generated requests, patrons and settings (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  AGENCIES,
  CREDENTIALS,
  DATA_CLASSES,
  LEGAL_BASES,
  MESSAGE_KINDS,
  PROCESS_TYPES,
  ISSUERS,
  PURPOSES,
  RELATIONS,
  buildPolicyBook,
  decide,
  partiesOf,
  requesterReply,
  screen,
  zLibraryEntry,
  type PatronFacts,
  type PolicyBook,
  type PolicyRequest,
  type Requester,
} from '../src/index.js';
import { findWidening } from '../src/compile.js';
import { TODAY, book, data, directory } from './helpers.js';

const ids = directory.map((l) => l.id);
const arbRequester: fc.Arbitrary<Requester> = fc.oneof(
  fc.record({ type: fc.constant('LIBRARY' as const), library: fc.constantFrom(...ids) }),
  fc.record({ type: fc.constant('AGENCY' as const), agency: fc.constantFrom(...AGENCIES), contractedBy: fc.option(fc.constantFrom(...ids), { nil: undefined }) }),
  fc.record(
    {
      type: fc.constant('PERSON' as const),
      relation: fc.constantFrom(...RELATIONS),
      credential: fc.constantFrom(...CREDENTIALS),
      listedCaregiver: fc.boolean(),
      household: fc.boolean(),
      consentRef: fc.constantFrom('ref-a', 'ref-b'),
    },
    { requiredKeys: ['type', 'relation', 'credential', 'listedCaregiver'] },
  ),
);
/** Decision dates around the effective dates the packs carry (2024-07-01, 2026-01-01...). */
const arbDate = fc.date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const arbConsent = fc.oneof(
  fc.record({ to: fc.constantFrom(...ids) }),
  fc.record({ person: fc.constantFrom('ref-a', 'ref-b') }),
  fc.record({ relations: fc.uniqueArray(fc.constantFrom(...RELATIONS), { minLength: 1, maxLength: 2 }) }),
).chain((grantee) =>
  fc.record(
    { classes: fc.uniqueArray(fc.constantFrom(...DATA_CLASSES), { maxLength: 4 }), given: arbDate },
    { requiredKeys: ['classes'] },
  ).map((c) => ({ ...grantee, ...c })),
);
const OUTBOUND = new Set(['LOAN_REQUEST', 'REQUESTER_ACTION', 'HOLD_PICKUP']);
const arbRequest: fc.Arbitrary<PolicyRequest> = fc
  .record({
    kind: fc.constantFrom(...MESSAGE_KINDS),
    to: fc.constantFrom(...ids),
    from: arbRequester,
    sender: fc.constantFrom(...ids),
    purpose: fc.constantFrom(...PURPOSES),
    basis: fc.constantFrom(...LEGAL_BASES),
    process: fc.option(fc.record({ type: fc.constantFrom(...PROCESS_TYPES), issuer: fc.constantFrom(...ISSUERS), gag: fc.boolean(), criminal: fc.boolean() }), { nil: undefined }),
    wants: fc.uniqueArray(fc.constantFrom(...DATA_CLASSES, ...ACTIONS), { maxLength: 6 }),
  })
  .map(({ sender, ...r }) => (OUTBOUND.has(r.kind) ? { ...r, from: { type: 'LIBRARY' as const, library: sender } } : r));

const arbPatron = (registeredAt: fc.Arbitrary<string>): fc.Arbitrary<PatronFacts> =>
  fc.record({
    registeredAt,
    age: fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
    lastName: fc.constantFrom('Olsen', 'Garcia-Lopez', 'Ng'),
    card: fc.constantFrom('21500000123456', '21234001234567'),
    shelfOptOut: fc.boolean(),
    userKey: fc.constantFrom('P7731', 'K0001'),
    detailedNoticesAllowed: fc.boolean(),
    consents: fc.array(arbConsent, { maxLength: 2 }),
    owes: fc.record({ materials: fc.boolean(), fines: fc.constantFrom(0, 4, 49.99, 50, 120) }),
    householdPickupOptOut: fc.option(fc.boolean(), { nil: undefined }),
  });

const arbCase = arbRequest.chain((request) =>
  fc.tuple(fc.constant(request), arbPatron(fc.constantFrom(partiesOf(request).decider, ...ids)), arbDate),
);

it('the generated directory has a library under every pack, so every property runs over every pack', () => {
  const decided = new Set([...book.libraries.values()].map((p) => p.pack.id));
  expect([...data.packs.keys()].filter((j) => !decided.has(j))).toEqual([]);
});

const RUNS = { numRuns: 3000 };

describe('invariant 1: no existence oracle', () => {
  it('gives the same reply with or without the patron wherever nothing is disclosed', () => {
    fc.assert(
      fc.property(arbCase, ([request, patron, date]) => {
        const withPatron = decide(book, request, patron, date);
        // A referral tells the requester, by design (DOMAIN.md), that another member holds the record.
        if (withPatron.disclosed.length > 0 || withPatron.outcome === 'REFER') return;
        expect(requesterReply(withPatron)).toEqual(requesterReply(decide(book, request, null, date)));
      }),
      RUNS,
    );
  });

  it('never consults patron facts when it refuses for want of a legal path', () => {
    fc.assert(
      fc.property(arbRequest, (request) => {
        const s = screen(book, request, TODAY);
        if (!s.final) expect(s.factsNeeded.length).toBeGreaterThan(0);
        else if (s.decision.outcome === 'REFUSE') expect(s.decision.reasonCode).toBe('NO_LEGAL_BASIS');
      }),
      RUNS,
    );
  });
});

describe('invariant 2: minimum necessary', () => {
  it('discloses only what was wanted and what the pack\'s ceiling rules allow', () => {
    fc.assert(
      fc.property(arbCase, ([request, patron, date]) => {
        const d = decide(book, request, patron, date);
        for (const c of d.disclosed) expect(request.wants).toContain(c);
        const policy = book.libraries.get(d.decidedBy)!;
        const allowed = new Set(policy.pack.rules.filter((r) => (r.when.kinds ?? ['PATRON_INQUIRY', 'ACCOUNT_INQUIRY', 'RECOVERY_NOTICE']).includes(request.kind)).flatMap((r) => r.allows));
        for (const c of d.disclosed) expect(allowed.has(c), `${d.decidedBy} ${request.kind} ${c}`).toBe(true);
        if (d.review) for (const c of d.review.ceiling) expect(request.wants).toContain(c);
      }),
      RUNS,
    );
  });
});

describe('settings only narrow', () => {
  const packIds = [...data.packs.keys()].filter((j) => j !== 'default');
  const arbSettings = (jurisdiction: string) => {
    const ruleIds = data.packs.get(jurisdiction)!.rules.map((r) => r.id);
    return fc.record(
      {
        forwardRecoveryNotices: fc.boolean(),
        detailedNotices: fc.boolean(),
        referToRegisteringLibrary: fc.boolean(),
        notifyConsortiumOnFederalProcess: fc.boolean(),
        holdShelfLabel: fc.constantFrom('NAME_AND_CARD' as const, 'CARD_ONLY' as const),
        ruleForm: fc.constantFrom('COUNSEL' as const, 'CEILING' as const),
        enableRules: fc.subarray(ruleIds),
        disableRules: fc.subarray(ruleIds),
      },
      { requiredKeys: [] },
    );
  };

  // The directory compiled once; only the library under test is compiled per case.
  const ceilings: Record<string, PolicyBook> = {};
  const withSubject = (jurisdiction: string, settings: object): PolicyBook => {
    const subject = buildPolicyBook(data, [zLibraryEntry.parse({ id: 'subject', name: 'subject', jurisdiction, groups: ['msc', 'ocln'], settings })], 'gen');
    return { libraries: new Map([...book.libraries, ...subject.libraries]) };
  };

  it('never discloses beyond what the ceiling (every rule as the statute states it) discloses', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...packIds).chain((j) => fc.tuple(fc.constant(j), arbSettings(j))),
        arbCase,
        ([jurisdiction, settings], [request, patron, date]) => {
          const narrowed = withSubject(jurisdiction, settings);
          const ceiling = (ceilings[jurisdiction] ??= withSubject(jurisdiction, { ruleForm: 'CEILING', referToRegisteringLibrary: true }));
          const r: PolicyRequest = OUTBOUND.has(request.kind) ? { ...request, from: { type: 'LIBRARY', library: 'subject' } } : { ...request, to: 'subject' };
          const p = { ...patron, registeredAt: 'subject' };
          const got = decide(narrowed, r, p, date);
          const max = decide(ceiling, r, p, date);
          // The ceiling may hold for review what a narrowed library relays; compare with what the ceiling's rules grant.
          const grantable = new Set([...max.disclosed, ...(max.review?.ceiling ?? [])]);
          for (const c of got.disclosed) expect(grantable.has(c), `${jurisdiction} ${c} ${JSON.stringify(settings)}`).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('accepts every narrowing of a ceiling rule and refuses every widening', () => {
    const rules = [...data.packs.values()].flatMap((p) => p.rules.filter((r) => r.outcome === 'RELAY' && r.allows.length > 1));
    fc.assert(
      fc.property(fc.constantFrom(...rules), fc.nat(), fc.constantFrom(...DATA_CLASSES, ...ACTIONS), (rule, seed, extra) => {
        const fewer = rule.allows.filter((_, i) => (seed >> i) & 1);
        expect(findWidening({ ...rule, allows: fewer }, rule)).toBeUndefined();
        const more = rule.allows.includes(extra) ? rule.allows : [...rule.allows, extra];
        if (more !== rule.allows) expect(findWidening({ ...rule, allows: more }, rule)).toMatch(/allows/);
        if (rule.patron?.consentOnFile) expect(findWidening({ ...rule, patron: {} }, rule)).toMatch(/consent/);
      }),
    );
  });
});
