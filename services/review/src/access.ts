// Who sees and who decides which item. The role and the home come from the request's
// subject (ilr.ops.review.<home>.<role>.<action>), which NATS permissions bind to a user
// (reviewerPermissions of the catalogue): the service never takes a role from a payload.
import { REVIEW_ROLES, reviewerPermissions, type ReviewRole } from '@ilr/nats';
import type { QueuedItem } from './types.js';

export { REVIEW_ROLES, reviewerPermissions, type ReviewRole };

/**
 * Whether `role` (acting for the item's home library) may know the item exists.
 * A gagged item (NSL, FISA, a gag order) exists for the home library's director alone:
 * for anyone else it is indistinguishable from an id that was never queued.
 */
export function mayView(role: ReviewRole, item: Pick<QueuedItem, 'decision'>): boolean {
  if (item.decision.review.gag) return role === 'director';
  return true;
}

/** Why `role` may not approve or deny the item, or null when it may. */
export function whyNotActor(role: ReviewRole, item: Pick<QueuedItem, 'decision'>): string | null {
  switch (role) {
    case 'director':
      return null;
    case 'records-custodian':
      return item.decision.review.route === 'RECORDS_CUSTODIAN' ? null : 'it is routed to the library director';
    case 'operator':
      return 'consortium operators see the queue but do not decide legal process; the home library does';
  }
}

/** Whether `role` sees the served document's reference, the kind of patron reference and the reviewer's reason. */
export const seesHomeDetail = (role: ReviewRole): boolean => role !== 'operator';

/** Who may read the consortium notices addressed to a library: its director (the office holder) and operators. */
export const mayReadNotices = (role: ReviewRole): boolean => role !== 'records-custodian';
