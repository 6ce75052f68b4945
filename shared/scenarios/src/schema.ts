// The scenario file format of ../shared/scenarios/README.md, as zod schemas. Every object is
// strict: an unknown field is an error, never ignored.
import {
  zAgency,
  zBasis,
  zConsentRef,
  zDate,
  zCredential,
  zDataClass,
  zIssuer,
  zKind,
  zLibraryEntry,
  zLibraryId,
  zProcessType,
  zPurpose,
  zRelation,
  zRoute,
  zWant,
} from '@ilr/policy';
import { z } from 'zod';

const zFrom = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('LIBRARY'), library: zLibraryId }),
  z.strictObject({ type: z.literal('AGENCY'), agency: zAgency, contractedBy: zLibraryId.optional() }),
  z.strictObject({
    type: z.literal('PERSON'),
    relation: zRelation,
    credential: zCredential.default('NONE'),
    listedCaregiver: z.boolean().default(false),
    /** The desk found the person resides with the patron. */
    household: z.boolean().default(false),
    /** The reference of a written consent naming this person, presented with identification. */
    consentRef: zConsentRef.optional(),
  }),
]);

export const zScenarioRequest = z.strictObject({
  kind: zKind,
  to: zLibraryId,
  from: zFrom,
  purpose: zPurpose,
  basis: zBasis,
  process: z
    .strictObject({
      type: zProcessType,
      issuer: zIssuer,
      gag: z.boolean().default(false),
      criminal: z.boolean().default(false),
    })
    .optional(),
  wants: z.array(zWant).default([]),
});

/** A written consent: to a library, a named person (by the consent's reference) or a relation. */
const zConsent = z
  .strictObject({
    to: zLibraryId.optional(),
    person: zConsentRef.optional(),
    relations: z.array(zRelation).min(1).optional(),
    classes: z.array(zDataClass),
    given: zDate.optional(),
  })
  .refine((c) => [c.to, c.person, c.relations].filter((x) => x !== undefined).length === 1, {
    message: 'a consent names exactly one of to (a library), person (a consent reference) or relations',
  });

export const zScenarioPatron = z.strictObject({
  registeredAt: zLibraryId.optional(),
  age: z.number().int().min(0).max(130).optional(),
  lastName: z.string().optional(),
  card: z.union([z.string(), z.number().transform(String)]).optional(),
  shelfOptOut: z.boolean().default(false),
  userKey: z.union([z.string(), z.number().transform(String)]).optional(),
  detailedNoticesAllowed: z.boolean().default(false),
  consents: z.array(zConsent).default([]),
  owes: z.strictObject({ materials: z.boolean().default(false), fines: z.number().min(0).default(0) }).default({ materials: false, fines: 0 }),
  /** The patron asked that reserved materials be released only to them. */
  householdPickupOptOut: z.boolean().default(false),
});

export const zExpect = z.strictObject({
  outcome: z.enum(['RELAY', 'REFER', 'REFUSE', 'REVIEW']),
  disclosed: z.array(zDataClass).optional(),
  cites: z.array(z.string().min(1)).optional(),
  referTo: zLibraryId.optional(),
  review: z
    .strictObject({
      route: zRoute.optional(),
      urgent: z.boolean().optional(),
      gag: z.boolean().optional(),
      notifyConsortium: z.boolean().optional(),
      ceiling: z.array(zDataClass).optional(),
    })
    .optional(),
  notice: z.enum(['GENERIC', 'DETAILED']).optional(),
  label: z.string().optional(),
  labelExcludes: z.array(z.string().min(1)).optional(),
  replyIndependentOfPatron: z.boolean().optional(),
});
export type Expectation = z.infer<typeof zExpect>;

export const zCase = z.strictObject({
  id: z.string().min(1),
  source: z.string().min(1).optional(),
  /** The decision date; default: the date the check runs on (ilr policy check --date). */
  date: zDate.optional(),
  request: zScenarioRequest,
  patron: zScenarioPatron.optional(),
  expect: zExpect,
});
export type ScenarioCase = z.infer<typeof zCase>;

export const zCorpusFile = z.strictObject({
  libraries: z.array(zLibraryEntry).min(1),
  cases: z.array(z.unknown()).default([]),
});
