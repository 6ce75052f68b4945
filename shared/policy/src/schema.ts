// zod schemas for the policy data: jurisdiction packs, library profiles, library entries.
// Packs and profiles are YAML files; these schemas are the contract for those files.
import { z } from 'zod';
import {
  AGENCIES,
  CREDENTIALS,
  DATA_CLASSES,
  ISSUERS,
  LEGAL_BASES,
  MESSAGE_KINDS,
  PROCESS_TYPES,
  PURPOSES,
  RELATIONS,
  REVIEW_ROUTES,
  WANTS,
  type PolicyRequest,
} from './types.js';

export const zKind = z.enum(MESSAGE_KINDS);
export const zDataClass = z.enum(DATA_CLASSES);
export const zWant = z.enum(WANTS);
export const zBasis = z.enum(LEGAL_BASES);
export const zPurpose = z.enum(PURPOSES);
export const zAgency = z.enum(AGENCIES);
export const zRelation = z.enum(RELATIONS);
export const zCredential = z.enum(CREDENTIALS);
export const zProcessType = z.enum(PROCESS_TYPES);
export const zIssuer = z.enum(ISSUERS);
export const zRoute = z.enum(REVIEW_ROUTES);
export const zStatus = z.enum(['VERIFIED', 'UNVERIFIED', 'READING']);
export const zLibraryId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a library id is lower-case letters, digits and hyphens');
export const zJurisdiction = z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$|^default$/, 'an ISO 3166-2 code such as US-MT');

/** A calendar day, YYYY-MM-DD. YAML may hand over an unquoted date as a Date; both are accepted. */
export const zDate = z
  .union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))])
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'a date is YYYY-MM-DD, e.g. 2026-01-01');

/** A consent's reference as a person presents it: opaque, 1-64 of [A-Za-z0-9-]. */
export const zConsentRef = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'a consent reference is 1-64 letters, digits and hyphens');

/** Who is asking, as a request names them. */
export const zRequester = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('LIBRARY'), library: zLibraryId }),
  z.strictObject({ type: z.literal('AGENCY'), agency: zAgency, contractedBy: zLibraryId.optional() }),
  z.strictObject({
    type: z.literal('PERSON'),
    relation: zRelation,
    credential: zCredential,
    listedCaregiver: z.boolean().optional(),
    household: z.boolean().optional(),
    consentRef: zConsentRef.optional(),
  }),
]);

/** A PolicyRequest as it travels between services (JSON). */
/** The libraries a message goes between: a patron token resolves only for the partner it was minted for. */
export const zParties = z.strictObject({ sender: zLibraryId, recipient: zLibraryId });
export type Parties = z.infer<typeof zParties>;

export const zPolicyRequest = z.strictObject({
  kind: zKind,
  to: zLibraryId,
  from: zRequester,
  purpose: zPurpose,
  basis: zBasis,
  process: z.strictObject({ type: zProcessType, issuer: zIssuer, gag: z.boolean(), criminal: z.boolean() }).optional(),
  wants: z.array(zWant).max(16),
}) satisfies z.ZodType<PolicyRequest>;

/** Who a rule admits as the party that would receive the data. */
export const zRequesterMatch = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('LIBRARY'),
    /** ANY library; one sharing a consortium GROUP with the deciding library; one in the same JURISDICTION. */
    scope: z.enum(['ANY', 'GROUP', 'JURISDICTION']).default('ANY'),
    /** The receiving library must have at least one of these (Wis. Stat. 43.30(2)). */
    requireAnyOf: z.array(z.enum(['PUBLICLY_FUNDED', 'NONDISCLOSURE_POLICY'])).optional(),
  }),
  z.strictObject({
    type: z.literal('AGENCY'),
    agencies: z.array(zAgency).min(1),
    /** HOME: only an agency under contract to the deciding library (its own materials). */
    contractedBy: z.enum(['HOME', 'ANY_LIBRARY']).optional(),
  }),
  z.strictObject({
    type: z.literal('PERSON'),
    relations: z.array(zRelation).min(1),
    credentials: z.array(zCredential).min(1),
    listedCaregiver: z.boolean().optional(),
    /** Only a person the desk found to reside with the patron (Minn. Stat. 13.40 subd. 2). */
    household: z.boolean().optional(),
  }),
]);
export type RequesterMatch = z.infer<typeof zRequesterMatch>;

/** Conditions on the patron record: checked only after a legal path exists (stage 2). */
export const zPatronCondition = z.strictObject({
  /** A written consent to this requester, covering the classes, is on file. */
  consentOnFile: z.boolean().optional(),
  /** The patron is younger than this. */
  ageBelow: z.number().int().min(1).max(30).optional(),
  /** The patron is an adult (at or over the pack's age of majority). */
  adult: z.boolean().optional(),
  /** The patron owes materials, fines, or either. */
  owes: z.enum(['ANY', 'MATERIALS', 'FINES']).optional(),
  /** Fines owed are at least this amount. */
  finesAtLeast: z.number().min(0).optional(),
  /** With consentOnFile: the consent was given at most this many days before the decision (Utah's 90-day release). */
  consentWithinDays: z.number().int().min(0).optional(),
  /** The patron has not asked that reserved materials be released only to them (Minn. Stat. 13.40 subd. 2). */
  householdPickup: z.boolean().optional(),
});
export type PatronCondition = z.infer<typeof zPatronCondition>;

export const zWhen = z.strictObject({
  kinds: z.array(zKind).min(1).optional(),
  bases: z.array(zBasis).min(1).optional(),
  purposes: z.array(zPurpose).min(1).optional(),
  requesters: z.array(zRequesterMatch).min(1),
});

/**
 * When a rule is law: from the day it takes effect (inclusive) and before the day it ceases
 * to (exclusive). A rule without one has always applied. The decision date selects.
 */
export const zEffective = z
  .strictObject({
    from: zDate.optional(),
    before: zDate.optional(),
    /** The act that sets the date, e.g. "HB 273 (2025), effective January 1, 2026". */
    source: z.string().min(1).optional(),
  })
  .refine((e) => e.from !== undefined || e.before !== undefined, 'give from, before or both')
  .refine((e) => e.from === undefined || e.before === undefined || e.from < e.before, 'from must be before before');
export type Effective = z.infer<typeof zEffective>;

const ruleFields = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a rule id is lower-case letters, digits and hyphens'),
  title: z.string().min(1),
  /** The statute (or policy) section the rule rests on. "$statute" stands for the pack's statute. */
  cite: z.string().min(1),
  /** The statute's words, or the reading taken where it is silent. */
  text: z.string().min(1),
  status: zStatus.default('VERIFIED'),
  note: z.string().optional(),
  when: zWhen,
  patron: zPatronCondition.optional(),
  /** The wants this rule may grant: data classes and actions. */
  allows: z.array(zWant).default([]),
  /** The message itself may pass (with patron references tokenised) even where no class is granted. */
  passThrough: z.boolean().default(false),
  outcome: z.enum(['RELAY', 'REVIEW']).default('RELAY'),
  route: zRoute.optional(),
  urgent: z.boolean().optional(),
  /** REVIEW only: the most the reviewer may release, where less than what triggers the review. */
  ceiling: z.array(zDataClass).optional(),
  effective: zEffective.optional(),
};

/** How the library's counsel narrows a ceiling rule by default. */
export const zCounsel = z.strictObject({
  enabled: z.boolean().default(true),
  note: z.string().min(1),
  /** A narrower version of the rule; each field replaces the ceiling's. */
  narrow: z
    .strictObject({
      when: zWhen.partial().optional(),
      patron: zPatronCondition.optional(),
      allows: z.array(zWant).optional(),
      outcome: z.enum(['RELAY', 'REVIEW']).optional(),
      route: zRoute.optional(),
    })
    .optional(),
});

export const zPackRule = z.strictObject({
  ...ruleFields,
  counsel: zCounsel.optional(),
  /** A library setting that turns this rule on (true) or off (false). */
  setting: z.enum(['forwardRecoveryNotices']).optional(),
});
export type PackRule = z.infer<typeof zPackRule>;

/** What the state's law lets legal process reach: the ceiling a reviewer may release. */
export const zProcessRule = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  cite: z.string().min(1),
  text: z.string().min(1),
  status: zStatus.default('VERIFIED'),
  note: z.string().optional(),
  /** The process types or claimed bases this rule covers. */
  types: z.array(z.union([zProcessType, z.enum(['LAW_ENFORCEMENT_EMERGENCY', 'REQUIRED_BY_LAW'])])).min(1),
  issuers: z.array(zIssuer).min(1).optional(),
  /** Only process issued in a criminal proceeding. */
  criminalOnly: z.boolean().default(false),
  agencies: z.array(zAgency).min(1).optional(),
  allows: z.array(zDataClass).min(1),
  effective: zEffective.optional(),
});
export type ProcessRule = z.infer<typeof zProcessRule>;

export const zStatute = z.strictObject({
  cite: z.string().min(1),
  title: z.string().min(1),
  protects: z.string().min(1),
  text: z.string().min(1),
  penalty: z.string().min(1),
  status: zStatus,
  note: z.string().optional(),
});

export const zPackFile = z.strictObject({
  id: zJurisdiction,
  name: z.string().min(1),
  version: z.string().regex(/^\d{4}\.\d+\.\d+$/, 'a version is YEAR.MAJOR.MINOR, e.g. 2026.1.0'),
  /** The day the pack was last checked against the statute text (`ilr policy packs`). */
  verified: zDate,
  /** Fragments (packs/fragments/<name>.yaml) whose rules every pack shares. */
  includes: z.array(z.string()).default([]),
  statute: zStatute,
  /** Age of majority for minors' rules; the parental-access line is a rule condition. */
  minorAge: z.number().int().min(1).max(30).default(18),
  retention: z.strictObject({
    /** Longest a patron-item link may be kept after the transaction completes, absent outstanding materials or fines. */
    maxDaysAfterCompletion: z.number().int().min(0),
    cite: z.string().min(1),
    status: zStatus,
    note: z.string().optional(),
  }),
  rules: z.array(zPackRule).default([]),
  process: z.array(zProcessRule).default([]),
});
export type PackFile = z.infer<typeof zPackFile>;

export const zFragmentFile = z.strictObject({
  fragment: z.string().min(1),
  description: z.string().min(1),
  rules: z.array(zPackRule).default([]),
  process: z.array(zProcessRule).default([]),
});
export type FragmentFile = z.infer<typeof zFragmentFile>;

export const zHoldShelfLabel = z.enum(['NAME_AND_CARD', 'CARD_ONLY']);

/** Library settings: each can only narrow what the pack's ceiling admits. */
export const zSettings = z.strictObject({
  /** Forward RECOVERY_NOTICE to the patron (counsel default: no). */
  forwardRecoveryNotices: z.boolean().optional(),
  /** Allow detailed notices where the patron permits them; false: always generic. */
  detailedNotices: z.boolean().optional(),
  /** Refer requests about patrons registered at another member library to that library. */
  referToRegisteringLibrary: z.boolean().optional(),
  /** Tell the requester which library a request was referred to. */
  referralDisclosesLibrary: z.boolean().optional(),
  /** Federal process: notify the consortium's president contact unless gagged. */
  notifyConsortiumOnFederalProcess: z.boolean().optional(),
  /** Hold-shelf labels: partial name and card (user key when the patron opts out), or card digits only. */
  holdShelfLabel: zHoldShelfLabel.optional(),
  /** Retention of patron-item links after completion; at most the pack's maximum. */
  retentionDays: z.number().int().min(0).optional(),
  /**
   * The form every pack rule takes unless enableRules/disableRules or its own setting say
   * otherwise: as the library's counsel narrows it (COUNSEL, the default) or as the statute
   * states it, every rule on (CEILING: the most the law permits; `ilr policy compare`).
   */
  ruleForm: z.enum(['COUNSEL', 'CEILING']).optional(),
  /** Ceiling rules to turn on as the statute states them. */
  enableRules: z.array(z.string()).optional(),
  /** Rules to turn off. */
  disableRules: z.array(z.string()).optional(),
});
export type Settings = z.infer<typeof zSettings>;

export const zProfileRule = z.strictObject({
  ...ruleFields,
  /** The pack's ceiling rule this rule narrows. */
  within: z.string().min(1),
});
export type ProfileRule = z.infer<typeof zProfileRule>;

export const zProfileFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  jurisdiction: zJurisdiction,
  source: z.string().min(1),
  /** Start from the pack's counsel defaults (COUNSEL) or from nothing but the shared rules (NONE). */
  base: z.enum(['COUNSEL', 'NONE']).default('COUNSEL'),
  rules: z.array(zProfileRule).default([]),
  /** Where referral applies (with settings.referToRegisteringLibrary). */
  referKinds: z.array(zKind).optional(),
  referral: z.strictObject({ cite: z.string().min(1), text: z.string().min(1) }).optional(),
  settings: zSettings.default({}),
});
export type ProfileFile = z.infer<typeof zProfileFile>;

export const zLibraryEntry = z.strictObject({
  id: zLibraryId,
  name: z.string().min(1),
  jurisdiction: zJurisdiction,
  groups: z.array(z.string().min(1)).default([]),
  publiclyFunded: z.boolean().default(true),
  nondisclosurePolicy: z.boolean().default(true),
  profile: z.string().optional(),
  settings: zSettings.default({}),
  /**
   * The library's ISO 18626 agency ids, `<agencyIdType>:<agencyIdValue>` (e.g. `ISIL:US-MA-DUX`):
   * how the gateway (services/gateway) maps an ILL system's agency to this library.
   */
  isoAgencyIds: z.array(z.string().regex(/^[^:\s]+:\S+$/, 'an agency id is <agencyIdType>:<agencyIdValue>')).optional(),
  /**
   * Who this library tells of federal legal process (settings.notifyConsortiumOnFederalProcess),
   * e.g. the OCLN President in the Duxbury policy. The notice reaches the director of
   * `library` through the review service and carries no patron data.
   */
  consortiumContact: z
    .strictObject({
      /** The office, e.g. "OCLN President". */
      title: z.string().min(1).max(120),
      /** The member library whose director holds that office. */
      library: zLibraryId,
      /** Where to reach them outside ILR (shown to the home director, never used by ILR). */
      email: z.email().optional(),
    })
    .optional(),
  /**
   * Public nkeys (`U...`) the library signs its envelopes with (@ilr/access): the current
   * one, and the previous one while a key rotation is in progress.
   */
  signingKeys: z.array(z.string().regex(/^U[A-Z2-7]{55}$/, 'must be a public user nkey (U + 55 base32 characters)')).min(1).max(2).optional(),
});
export type LibraryEntry = z.infer<typeof zLibraryEntry>;
