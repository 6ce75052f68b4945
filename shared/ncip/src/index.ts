// @ilr/ncip: NCIP v2.02 (ANSI/NISO Z39.83) LookupUser for patron facts, and a responder simulator.
export { NcipClient, DEFAULT_NCIP_TIMEOUT_MS } from './client.js';
export { NcipError, type NcipErrorCode } from './errors.js';
export { lookupUserXml, NCIP_NS, NCIP_VERSION, type LookupUserRequest } from './request.js';
export { parseLookupUserResponse, minorDigits } from './response.js';
export { NcipResponder, type SimUser, type SimLoan, type NcipQuirks, type NcipSwitches, type ReceivedRequest, type NcipResponderOptions } from './simulator.js';
export { validateNcip, NCIP_SCHEMA_FILE } from './xml.js';
export type * from './types.js';
