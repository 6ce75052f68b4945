// Typed ISO 18626 v1.2 messages, as read from and written to XML. Element names are the
// schema's; a repeatable element is an array; a type_schemeValuePair is { value, scheme? }.

export interface SchemeValue {
  value: string;
  scheme?: string;
}
export interface AgencyId {
  agencyIdType: SchemeValue;
  agencyIdValue: string;
}
export interface Costs {
  currencyCode: SchemeValue;
  monetaryValue: string;
}
export interface Header {
  supplyingAgencyId: AgencyId;
  requestingAgencyId: AgencyId;
  multipleItemRequestId: string;
  timestamp: string;
  requestingAgencyRequestId: string;
  supplyingAgencyRequestId?: string;
  requestingAgencyAuthentication?: { accountId?: string; securityCode?: string };
}
export interface PhysicalAddress {
  line1?: string;
  line2?: string;
  locality?: string;
  postalCode?: string;
  region?: SchemeValue;
  country?: SchemeValue;
}
export interface Address {
  electronicAddress?: { electronicAddressType: SchemeValue; electronicAddressData: string };
  physicalAddress?: PhysicalAddress;
}
export interface BibliographicInfo {
  supplierUniqueRecordId?: string;
  title?: string;
  author?: string;
  subtitle?: string;
  seriesTitle?: string;
  edition?: string;
  titleOfComponent?: string;
  authorOfComponent?: string;
  volume?: string;
  issue?: string;
  pagesRequested?: string;
  estimatedNoPages?: string;
  bibliographicItemId?: { bibliographicItemIdentifier: string; bibliographicItemIdentifierCode: SchemeValue }[];
  sponsor?: string;
  informationSource?: string;
  bibliographicRecordId?: { bibliographicRecordIdentifierCode: SchemeValue; bibliographicRecordIdentifier: string }[];
}
export interface ServiceInfo {
  requestType?: string;
  requestSubType?: string[];
  requestingAgencyPreviousRequestId?: string;
  serviceType: string;
  serviceLevel?: SchemeValue;
  preferredFormat?: SchemeValue;
  needBeforeDate?: string;
  copyrightCompliance?: SchemeValue;
  anyEdition?: string;
  startDate?: string;
  endDate?: string;
  note?: string;
}
export interface SupplierInfo {
  sortOrder?: string;
  supplierCode?: AgencyId;
  supplierDescription?: string;
  bibliographicRecordId?: { bibliographicRecordIdentifierCode: SchemeValue; bibliographicRecordIdentifier: string };
  callNumber?: string;
  summaryHoldings?: string;
  availabilityNote?: string;
}
export interface PatronInfo {
  patronId?: string;
  surname?: string;
  givenName?: string;
  patronType?: SchemeValue;
  sendToPatron?: string;
  address?: Address[];
}
export interface Request {
  header: Header;
  bibliographicInfo: BibliographicInfo;
  publicationInfo?: { publisher?: string; publicationType?: SchemeValue; publicationDate?: string; placeOfPublication?: string };
  serviceInfo?: ServiceInfo;
  supplierInfo?: SupplierInfo[];
  requestedDeliveryInfo?: { sortOrder?: string; address?: Address }[];
  requestingAgencyInfo?: { name?: string; contactName?: string; address?: Address[] };
  patronInfo?: PatronInfo;
  billingInfo?: { paymentMethod?: SchemeValue; maximumCosts?: Costs; billingMethod?: SchemeValue; billingName?: string; address?: Address };
}
export interface MessageInfo {
  reasonForMessage: string;
  answerYesNo?: string;
  note?: string;
  reasonUnfilled?: SchemeValue;
  reasonRetry?: SchemeValue;
  offeredCosts?: Costs;
  retryAfter?: string;
  retryBefore?: string;
}
export interface StatusInfo {
  status: string;
  expectedDeliveryDate?: string;
  dueDate?: string;
  lastChange: string;
}
export interface DeliveryInfo {
  dateSent: string;
  itemId?: string;
  sentVia?: SchemeValue;
  sentToPatron?: string;
  loanCondition?: SchemeValue;
  deliveredFormat?: SchemeValue;
  deliveryCosts?: Costs;
}
export interface SupplyingAgencyMessage {
  header: Header;
  messageInfo: MessageInfo;
  statusInfo: StatusInfo;
  deliveryInfo?: DeliveryInfo;
  returnInfo?: { returnAgencyId?: AgencyId; name?: string; physicalAddress?: PhysicalAddress };
}
export interface RequestingAgencyMessage {
  header: Header;
  action: string;
  note?: string;
}
export interface ConfirmationHeader {
  supplyingAgencyId?: AgencyId;
  requestingAgencyId?: AgencyId;
  timestamp: string;
  requestingAgencyRequestId?: string;
  multipleItemRequestId?: string;
  timestampReceived: string;
  messageStatus: 'OK' | 'ERROR';
}
export interface ErrorData {
  errorType: string;
  errorValue?: string;
}
export interface RequestConfirmation {
  confirmationHeader: ConfirmationHeader;
  errorData?: ErrorData;
}
export interface SupplyingAgencyMessageConfirmation {
  confirmationHeader: ConfirmationHeader;
  reasonForMessage?: string;
  errorData?: ErrorData;
}
export interface RequestingAgencyMessageConfirmation {
  confirmationHeader: ConfirmationHeader;
  action?: string;
  errorData?: ErrorData;
}

/** The three messages a peer sends, and their confirmations. */
export type IsoMessage =
  | { kind: 'request'; request: Request }
  | { kind: 'supplyingAgencyMessage'; supplyingAgencyMessage: SupplyingAgencyMessage }
  | { kind: 'requestingAgencyMessage'; requestingAgencyMessage: RequestingAgencyMessage };
export type IsoConfirmation =
  | { kind: 'requestConfirmation'; requestConfirmation: RequestConfirmation }
  | { kind: 'supplyingAgencyMessageConfirmation'; supplyingAgencyMessageConfirmation: SupplyingAgencyMessageConfirmation }
  | { kind: 'requestingAgencyMessageConfirmation'; requestingAgencyMessageConfirmation: RequestingAgencyMessageConfirmation };
export type IsoDocument = IsoMessage | IsoConfirmation;

export type MessageKind = IsoMessage['kind'];
export type ConfirmationKind = IsoConfirmation['kind'];
export const MESSAGE_KINDS: readonly MessageKind[] = ['request', 'supplyingAgencyMessage', 'requestingAgencyMessage'];
export const CONFIRMATION_OF: Record<MessageKind, ConfirmationKind> = {
  request: 'requestConfirmation',
  supplyingAgencyMessage: 'supplyingAgencyMessageConfirmation',
  requestingAgencyMessage: 'requestingAgencyMessageConfirmation',
};
export const CONFIRMATION_KINDS: readonly ConfirmationKind[] = Object.values(CONFIRMATION_OF);

/** The header of any of the three messages. */
export function headerOf(m: IsoMessage): Header {
  return m.kind === 'request' ? m.request.header : m.kind === 'supplyingAgencyMessage' ? m.supplyingAgencyMessage.header : m.requestingAgencyMessage.header;
}
