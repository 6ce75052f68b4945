// @ilr/review-service: ilr-review, the legal-process review queue (docs/REVIEW.md), and
// the client `ilr review` uses.
export { startReviewService, type ReviewService, type ReviewServiceOptions, type ReviewServiceStats } from './service.js';
export { ReviewClient, type ReviewClientOptions } from './client.js';
export { ReviewError, REVIEW_ERROR_CODES, type ReviewErrorCode } from './errors.js';
export { REVIEW_ROLES, mayView, whyNotActor, reviewerPermissions, type ReviewRole } from './access.js';
export { checkRelease, outcomeDecision } from './outcome.js';
export type {
  DecideAnswer,
  ItemDetail,
  ItemSummary,
  ListAnswer,
  NoticeRecord,
  NoticeStatus,
  NoticesAnswer,
  OutcomeRecord,
  OutcomeView,
  PatronReference,
  QueuedItem,
  Reviewer,
} from './types.js';
