// One realistic body per kind, plus a decision and a reply. Typed by kind, so a kind
// added to the proto without a fixture here fails the typecheck.
import { ilr, type BodyInit, type EnvelopeInit, type Kind } from '../src/index.js';

const v1 = ilr.v1;
const W = v1.Want;

export const envelopeFor = (kind: Kind): EnvelopeInit => ({
  messageId: '01JDQ7Z5Y3K9V2M8N4P6R0S1T2',
  correlationId: '',
  sender: 'mt-bozeman',
  recipient: 'wi-madison',
  kind,
  createdAt: 1_732_789_511_136,
});

const patron = { token: 'tok_Zx81kq0vL3', homeLibrary: 'wi-madison' };
const header = {
  supplyingAgencyId: { agencyIdType: { value: 'ISIL' }, agencyIdValue: 'SUP_B' },
  requestingAgencyId: { agencyIdType: { value: 'ISIL' }, agencyIdValue: 'SUP_A' },
  timestamp: '2024-12-12T20:12:00.62959771Z',
  requestingAgencyRequestId: '6ad1ff2e-bab2-4978-b064-656c0e67ebd6',
  supplyingAgencyRequestId: 'c488bef0-5735-4c33-ba13-a9f343447574',
};

export const BODIES: { [K in Kind]: BodyInit<K> } = {
  ITEM_FOUND: { itemId: '31234000456789', owningLibrary: 'wi-madison', note: 'returned in our book drop' },
  RECOVERY_NOTICE: {
    patron,
    itemIds: ['31234000456789', '31234000456790'],
    noticeText: 'Please return the items you borrowed from Madison Public Library.',
  },
  PATRON_INQUIRY: {
    lookup: { cardNumber: '21234001234567' },
    requester: { agency: { agency: v1.Agency.AGENCY_COLLECTION_AGENCY, contractedBy: 'mt-bozeman' } },
    purpose: v1.Purpose.PURPOSE_FINE_COLLECTION,
    basis: v1.LegalBasis.LEGAL_BASIS_COLLECTION_AGENCY,
    wants: [W.WANT_EXISTENCE, W.WANT_CONTACT, W.WANT_FEES],
    note: 'account 4411 referred 2024-11-02',
  },
  ACCOUNT_INQUIRY: {
    requester: { relation: v1.Relation.RELATION_CAREGIVER, credential: v1.Credential.CREDENTIAL_CARD_NUMBER, listedCaregiver: true },
    credentialValue: '21234001234567',
    purpose: v1.Purpose.PURPOSE_ACCOUNT_SERVICE,
    basis: v1.LegalBasis.LEGAL_BASIS_PARENT_OF_MINOR,
    wants: [W.WANT_OVERDUE, W.WANT_FEES, W.WANT_ACCOUNT_ACTION],
  },
  LOAN_REQUEST: {
    header: { ...header, supplyingAgencyRequestId: '' },
    bibliographicInfo: {
      supplierUniqueRecordId: 'LOANED',
      title: 'Lord of the Rings',
      author: 'JRR Tolkien',
      bibliographicItemId: [{ bibliographicItemIdentifier: '1983', bibliographicItemIdentifierCode: { value: 'ISBN' } }],
    },
    serviceInfo: {
      requestType: v1.RequestType.REQUEST_TYPE_NEW,
      requestSubType: [v1.RequestSubType.REQUEST_SUB_TYPE_PATRON_REQUEST],
      serviceType: v1.ServiceType.SERVICE_TYPE_LOAN,
      anyEdition: v1.YesNo.YES_NO_Y,
      needBeforeDate: '2025-01-31T00:00:00Z',
    },
    supplierInfo: [{ sortOrder: 1, supplierCode: { agencyIdType: { value: 'ISIL' }, agencyIdValue: 'SUP_B' } }],
    requestedDeliveryInfo: [{ sortOrder: 1, library: 'mt-bozeman' }],
    patron,
    billingInfo: { maximumCosts: { currencyCode: { value: 'USD', scheme: 'ISO4217' }, monetaryValue: '12.50' } },
  },
  SUPPLIER_STATUS: {
    header,
    messageInfo: { reasonForMessage: v1.ReasonForMessage.REASON_FOR_MESSAGE_STATUS_CHANGE, note: 'on its way' },
    statusInfo: { status: v1.Status.STATUS_LOANED, dueDate: '2025-01-31T00:00:00Z', lastChange: '2024-12-12T20:12:00.629710681Z' },
    deliveryInfo: { dateSent: '2024-12-12T20:12:00.629725783Z', itemId: '12345', sentToPatron: false },
    returnInfo: { returnAgencyId: { agencyIdType: { value: 'ISIL' }, agencyIdValue: 'SUP_B' }, name: 'Madison ILL' },
  },
  REQUESTER_ACTION: { header, action: v1.Action.ACTION_CANCEL, note: 'no longer needed' },
  HOLD_PICKUP: { patron, itemId: '31234000456789', pickupLibrary: 'mt-bozeman', label: 'GARC 4567' },
  LEGAL_PROCESS: {
    process: {
      type: v1.ProcessType.PROCESS_TYPE_SEARCH_WARRANT,
      issuer: v1.Issuer.ISSUER_STATE,
      gag: false,
      criminal: true,
    },
    requester: { agency: v1.Agency.AGENCY_POLICE },
    wants: [W.WANT_IDENTITY, W.WANT_CIRCULATION, W.WANT_HISTORY],
    patron,
    documentRef: 'DC-24-1187',
    purpose: v1.Purpose.PURPOSE_INVESTIGATION,
    basis: v1.LegalBasis.LEGAL_BASIS_SEARCH_WARRANT,
  },
};

const D = v1.DataClass;

export const DECISION: ilr.v1.Decision.$Properties = {
  outcome: v1.Outcome.OUTCOME_REVIEW,
  disclosed: [],
  review: {
    route: v1.ReviewRoute.REVIEW_ROUTE_DIRECTOR,
    urgent: true,
    gag: false,
    notifyConsortium: true,
    ceiling: [D.DATA_CLASS_IDENTITY, D.DATA_CLASS_CIRCULATION],
  },
  basis: v1.LegalBasis.LEGAL_BASIS_SEARCH_WARRANT,
  rules: ['us-wi/legal-process', 'profile/default'],
  citations: [
    { cite: 'Wis. Stat. 43.30(1b)', text: 'Records ... may be disclosed ... pursuant to a court order.', status: v1.CitationStatus.CITATION_STATUS_VERIFIED },
    { cite: 'reading: warrants', text: 'A warrant is executable at once.', status: v1.CitationStatus.CITATION_STATUS_READING },
  ],
  pack: { id: 'us-wi', version: '2025.1.0' },
  decidedBy: 'wi-madison',
  reasonCode: v1.ReasonCode.REASON_CODE_HELD_FOR_REVIEW,
  screened: true,
};

export const REFER_DECISION: ilr.v1.Decision.$Properties = {
  outcome: v1.Outcome.OUTCOME_REFER,
  disclosed: [D.DATA_CLASS_EXISTENCE],
  referTo: 'ma-plymouth',
  referToDisclosed: true,
  notice: v1.NoticeDetail.NOTICE_DETAIL_GENERIC,
  label: 'GARC 4567',
  basis: v1.LegalBasis.LEGAL_BASIS_MATERIAL_RECOVERY,
  rules: ['refer'],
  citations: [],
  pack: { id: 'us-ma', version: '1' },
  decidedBy: 'ma-boston',
  reasonCode: v1.ReasonCode.REASON_CODE_REFERRED_TO_REGISTERING_LIBRARY,
  screened: false,
};

export const REPLY: ilr.v1.RequesterReply.$Properties = {
  outcome: v1.Outcome.OUTCOME_REFER,
  reasonCode: v1.ReasonCode.REASON_CODE_REFERRED_TO_REGISTERING_LIBRARY,
  disclosed: [D.DATA_CLASS_EXISTENCE],
  referTo: 'ma-plymouth',
  citations: ['M.G.L. c. 78 s. 7'],
  pack: { id: 'us-ma', version: '1' },
  message: 'Referred to the registering library.',
};
