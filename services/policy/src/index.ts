// @ilr/policy-service: the ilr-policy NATS service around the decision engine.
export { startPolicyService, DEFAULT_FACTS_TIMEOUT_MS, type PolicyService, type PolicyServiceOptions } from './service.js';
export { PolicyServiceError } from './errors.js';
export {
  zDecideRequest,
  zFactsAnswer,
  zPolicyRequest,
  zPatronRef,
  type DecideRequest,
  type DecideResponse,
  type FactsAnswer,
  type FactsRequest,
  type PatronRef,
} from './types.js';
