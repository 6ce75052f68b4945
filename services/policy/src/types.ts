// The JSON of the relay contract (docs/ARCHITECTURE.md, "Deciding"), as zod schemas: the
// router's request to ilr.svc.policy, the facts lookup and the connector's answer.
import {
  PATRON_FACT_NAMES,
  zConsentRef,
  zDataClass,
  zDate,
  zRelation,
  zLibraryId,
  zParties,
  zPolicyRequest,
  zRequester,
  type Decision,
  type Parties,
  type PatronFactName,
  type RequesterReply,
} from '@ilr/policy';
import { z } from 'zod';

// The request schema is the policy package's own; re-exported for this contract's users.
export { zPolicyRequest, zRequester };

/** How the home library finds its patron: a token it minted, or what a requester typed. */
export const zPatronRef = z.strictObject({
  token: z.string().min(1).max(512).optional(),
  lookupKey: z.string().min(1).max(512).optional(),
});
export type PatronRef = z.infer<typeof zPatronRef>;

/** The router's request to ilr.svc.policy. */
export const zDecideRequest = z.object({
  messageId: z.string().min(1).max(64),
  request: zPolicyRequest,
  patron: zPatronRef.default({}),
  parties: zParties.optional(),
});
export type DecideRequest = z.infer<typeof zDecideRequest>;

/** The policy service's answer. */
export type DecideResponse =
  | { status: 'DECIDED'; decision: Decision; reply: RequesterReply }
  | { status: 'PENDING'; home: string; reason: string };

/** The lookup sent to ilr.facts.<home>. */
export interface FactsRequest {
  messageId: string;
  factsNeeded: PatronFactName[];
  patron: PatronRef;
  parties?: Parties;
}

/** A written consent on file: to a library, a named person (by the consent's reference), or a relation. */
const zConsentAnswer = z
  .object({
    to: zLibraryId.optional(),
    person: zConsentRef.optional(),
    relations: z.array(zRelation).min(1).optional(),
    classes: z.array(zDataClass),
    given: zDate.optional(),
  })
  .refine((c) => [c.to, c.person, c.relations].filter((x) => x !== undefined).length === 1, 'a consent names exactly one of to, person, relations');

/**
 * What a connector may answer: only the facts asked for need be there; or that its library
 * system could not answer (down, slow, unreadable), which is treated as no answer (PENDING).
 */
export const zFactsAnswer = z.union([
  // First: an answer that says unavailable is that, whatever else it carries.
  z.object({ unavailable: z.literal(true), reason: z.string().max(300) }),
  z.object({ found: z.literal(false) }),
  z.object({
    found: z.literal(true),
    facts: z.object({
      registeredAt: zLibraryId.optional(),
      age: z.number().int().min(0).max(150).optional(),
      lastName: z.string().max(200).optional(),
      card: z.string().max(64).optional(),
      shelfOptOut: z.boolean().optional(),
      userKey: z.string().max(64).optional(),
      detailedNoticesAllowed: z.boolean().optional(),
      consents: z.array(zConsentAnswer).optional(),
      owes: z.object({ materials: z.boolean(), fines: z.number().min(0) }).optional(),
      householdPickupOptOut: z.boolean().optional(),
    }),
  }),
]);
export type FactsAnswer = z.infer<typeof zFactsAnswer>;

/** Facts that PatronFacts requires: when needed, the connector must give them. */
export const REQUIRED_FACTS: ReadonlySet<PatronFactName> = new Set(
  PATRON_FACT_NAMES.filter((f) => !['age', 'lastName', 'card', 'userKey'].includes(f)),
);
