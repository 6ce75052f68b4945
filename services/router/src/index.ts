// @ilr/router: consumes ingress, asks policy, delivers, refers, parks reviews, replies, dead-letters.
export { startRouter, type Router, type RouterOptions } from './router.js';
export { RouterError, type RejectCode } from './errors.js';
export type { DeadLetter } from '@ilr/outbound';
export { toPolicyRequest, type Mapped } from './map.js';
export type { RouterStats } from './handle.js';
