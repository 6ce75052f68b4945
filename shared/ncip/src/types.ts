/** How LookupUser names the patron: `UserId/UserIdentifierValue`, or `AuthenticationInput`. */
export type NcipLookupBy = 'barcode' | 'authentication';

export interface NcipClientOptions {
  /** The responder's endpoint, e.g. https://ils.example.org/ncip */
  url: string;
  /** Our agency id as the ILS knows the connector (InitiationHeader/FromAgencyId). */
  fromAgencyId: string;
  /** The ILS's agency id (InitiationHeader/ToAgencyId, and UserId/AgencyId). */
  toAgencyId: string;
  /** ApplicationProfileType, when the ILS wants one. */
  applicationProfile?: string | undefined;
  /** Default `barcode`. Never one and then the other: a second round trip would tell who exists. */
  lookupBy?: NcipLookupBy | undefined;
  /** AuthenticationInputType when looking up by authentication. Default `Barcode Id`. */
  authenticationInputType?: string | undefined;
  /** How long one LookupUser may take. Default 3000 ms. */
  timeoutMs?: number | undefined;
  /** Extra HTTP headers (an API key some responders want). */
  headers?: Record<string, string> | undefined;
}

/** What a lookup needs to read; each asks for one part of LookupUser and nothing else. */
export interface NcipWanted {
  /** UserElementType `Name Information`. */
  name?: boolean;
  /** UserElementType `Date Of Birth`. */
  birthDate?: boolean;
  /** LoanedItemsDesired (overdue loans). */
  loans?: boolean;
  /** UserFiscalAccountDesired (fines). */
  fiscalAccount?: boolean;
}

/** What the responder said about the user, as read from LookupUserResponse. */
export interface NcipUser {
  /** StructuredPersonalUserName/Surname, when sent and not empty. */
  surname?: string;
  /** UnstructuredPersonalUserName as sent (e.g. "Garcia-Lopez, Maria"), when not empty. */
  unstructuredName?: string;
  /** YYYY-MM-DD, the calendar date as the responder wrote it. */
  birthDate?: string;
  /** The account balance in currency units (MonetaryValue is in minor units), when the account was sent. */
  fines?: { amount: number; currency: string };
  /** Loans sent, and how many are past their due date on the lookup day. */
  loans?: { total: number; overdue: number };
  /** UserId/AgencyId of the response: the agency holding the record. */
  agencyId?: string;
}

export type NcipLookupResult = { found: false } | { found: true; user: NcipUser };
