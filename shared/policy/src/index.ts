// @ilr/policy: the pure decision engine, the policy data it runs on, and the requester's reply.
export * from './types.js';
export { dayNumber, daysBetween } from './bits.js';
export { PolicyError, formatPath, zodProblem } from './errors.js';
export {
  zLibraryEntry,
  zSettings,
  zRequester,
  zPolicyRequest,
  zParties,
  zPackFile,
  zProfileFile,
  zKind,
  zDataClass,
  zWant,
  zBasis,
  zPurpose,
  zAgency,
  zRelation,
  zCredential,
  zProcessType,
  zIssuer,
  zRoute,
  zLibraryId,
  zJurisdiction,
  zDate,
  zConsentRef,
  zEffective,
  type LibraryEntry,
  type Parties,
  type Settings,
  type PackFile,
  type ProfileFile,
} from './schema.js';
export { compilePack, compileLibrary, windowOf, findWidening, retentionOf, type Pack, type Profile, type LibraryPolicy, type CompiledRule, type Retention } from './compile.js';
export { screen, decide, decisionDate, partiesOf, holdShelfLabel, type PolicyBook, type Screening } from './engine.js';
export { requesterReply } from './reply.js';
export { loadPolicyData, loadRetention, buildPolicyBook, packFor, readYamlFile, parseWith, DEFAULT_POLICY_DIR, type PolicyData } from './load.js';
export {
  compareJurisdictions,
  lawJurisdictions,
  DEFAULT_COMPARE_AGE,
  type CompareQuery,
  type CompareFrom,
  type CompareRow,
  type CompareSide,
  type CompareDetail,
} from './compare.js';
