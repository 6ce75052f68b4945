// The requester's reply is computed from the decision alone, and carries nothing that
// depends on the patron record unless the decision disclosed it (invariant 1).
import type { Decision, ReasonCode, RequesterReply } from './types.js';

const MESSAGES: Record<ReasonCode, string> = {
  RELAYED: 'Relayed: the data classes listed were released to you under the citations given.',
  NO_PATRON_DATA: 'Relayed: your message was passed on; no patron data was released.',
  REFERRED_TO_REGISTERING_LIBRARY: "Referred: the patron's registering library decides this request and will answer it.",
  HELD_FOR_REVIEW: 'Held for review: a person at the library decides this request.',
  NO_LEGAL_BASIS: 'Refused: the law of the deciding library admits no disclosure for this request.',
  NOT_PERMITTED: 'Refused: nothing can be released for this request.',
};

export function requesterReply(decision: Decision): RequesterReply {
  const referTo = decision.outcome === 'REFER' && decision.referToDisclosed ? decision.referTo : undefined;
  return {
    outcome: decision.outcome,
    reasonCode: decision.reasonCode,
    disclosed: decision.disclosed,
    referTo,
    citations: decision.citations.map((c) => c.cite),
    pack: decision.pack,
    message: referTo ? `${MESSAGES[decision.reasonCode]} (${referTo})` : MESSAGES[decision.reasonCode],
  };
}
