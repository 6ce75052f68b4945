// @ilr/sip2: a SIP2 client for patron facts (login, Patron Information, End Patron Session) and a server simulator.
export { Sip2Client, DEFAULT_SIP2_TIMEOUT_MS, MAX_RESENDS } from './client.js';
export { Sip2Error, type Sip2ErrorCode } from './errors.js';
export { checksum, check, frame, frameNoSeq, fields, field, sipDate, SIP, PATRON_INFO_FIXED } from './message.js';
export { Sip2Server, type SimPatron, type SimLoan, type Sip2Switches, type Sip2ServerOptions } from './simulator.js';
export type * from './types.js';
