// One inbound document -> the HTTP answer a peer gets: the checks, then the confirmation.
import { checkMessage, type CheckOptions, type CheckResult } from './check.js';
import { confirm, confirmFailure } from './confirmation.js';
import { serialize } from './serialize.js';
import type { IsoConfirmation, IsoMessage } from './types.js';

export interface Answer {
  /** 200 for every protocol outcome; 413 above the size limit (no confirmation then) */
  httpStatus: number;
  confirmation?: IsoConfirmation;
  xml: string;
  result: CheckResult<IsoMessage>;
}

/** The stateless answer to one inbound message (`ilr iso18626 check`, and the gateway before its own checks). */
export function answer(input: Uint8Array | string, options: CheckOptions & { now?: Date } = {}): Answer {
  const result = checkMessage(input, options);
  if (!result.ok && result.error.httpStatus === 413) return { httpStatus: 413, xml: '', result };
  const confirmation = result.ok ? confirm(result.document, { now: options.now }) : confirmFailure(result.error, result.tree, result.element, options.now);
  return { httpStatus: 200, confirmation, xml: serialize(confirmation), result };
}
