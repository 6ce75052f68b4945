// @ilr/wire: the protobuf messages of proto/ilr/v1 and the one way to turn them into
// bytes and back. Generated types live under `ilr.v1`; everything else is the codec.
export { ilr } from './gen/ilr.js';
export { WireError, WIRE_ERROR_CODES, type WireErrorCode } from './errors.js';
export {
  DOMAIN_ENUMS,
  ISO_ENUMS,
  enumNames,
  enumToWire,
  enumFromWire,
  isoNames,
  isoToWire,
  isoFromWire,
  type EnumName,
  type EnumValue,
  type IsoEnumName,
  type Kind,
} from './enums.js';
export { REPEATED_CAPS, DEFAULT_REPEATED_CAP, jsonFields, type JsonField } from './schema.js';
export {
  MAX_MESSAGE_BYTES,
  SCHEMA_VERSION,
  BODY_TYPES,
  encodeEnvelope,
  decodeEnvelope,
  encodeBody,
  decodeBody,
  encodeMessage,
  decodeMessage,
  encodeDecision,
  decodeDecision,
  encodeRequesterReply,
  decodeRequesterReply,
  encodeErrorReply,
  decodeErrorReply,
  encodeDecisionRecord,
  decodeDecisionRecord,
  errorReplyFor,
  type Envelope,
  type EnvelopeInit,
  type Body,
  type BodyInit,
  type Message,
  type Decision,
  type RequesterReply,
  type ErrorReply,
  type DecisionRecord,
  type DecisionRecordInit,
} from './codec.js';
export { ENVELOPE_SIGNATURE_FIELD, appendEnvelopeSignature, splitEnvelopeSignature, type SplitEnvelope } from './signing.js';
