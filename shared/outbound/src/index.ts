// @ilr/outbound: everything the broker publishes (decisions, deliveries, replies, review
// items, dead letters), each deduplicated by Nats-Msg-Id, and the wire form of its records.
export { Publisher, digest, writeId, type DeadLetter, type MessageRef } from './publisher.js';
export { decisionBytes, decisionRecordBytes, replyBytes, tokenDigest, tokenDigests, type DecisionContext } from './records.js';
