// LookupUser as the connector sends it: strictly by the NCIP v2.02 schema (a test validates
// every request), asking only for the parts of the user record the needed facts require.
import { escapeXml } from './xml.js';
import type { NcipClientOptions, NcipWanted } from './types.js';

export const NCIP_NS = 'http://www.niso.org/2008/ncip';
export const NCIP_VERSION = 'http://www.niso.org/schemas/ncip/v2_02/ncip_v2_02.xsd';

// The schema qualifies attributes (attributeFormDefault="qualified"), so `version` needs the
// namespace prefix: an unprefixed attribute is in no namespace, even under a default one.
const el = (name: string, inner = ''): string => (inner === '' ? `<ncip:${name}/>` : `<ncip:${name}>${inner}</ncip:${name}>`);
const text = (name: string, value: string): string => el(name, escapeXml(value));

export interface LookupUserRequest extends Pick<NcipClientOptions, 'fromAgencyId' | 'toAgencyId' | 'applicationProfile' | 'lookupBy' | 'authenticationInputType'> {
  /** The patron's barcode. */
  barcode: string;
  wanted: NcipWanted;
}

export function lookupUserXml(r: LookupUserRequest): string {
  const header = el(
    'InitiationHeader',
    el('FromAgencyId', text('AgencyId', r.fromAgencyId)) +
      el('ToAgencyId', text('AgencyId', r.toAgencyId)) +
      (r.applicationProfile ? text('ApplicationProfileType', r.applicationProfile) : ''),
  );
  const who =
    (r.lookupBy ?? 'barcode') === 'barcode'
      ? el('UserId', text('AgencyId', r.toAgencyId) + text('UserIdentifierType', 'Barcode') + text('UserIdentifierValue', r.barcode))
      : el(
          'AuthenticationInput',
          text('AuthenticationInputData', r.barcode) + text('AuthenticationDataFormatType', 'text') + text('AuthenticationInputType', r.authenticationInputType ?? 'Barcode Id'),
        );
  const elements = [r.wanted.name ? 'Name Information' : undefined, r.wanted.birthDate ? 'Date Of Birth' : undefined].filter((e): e is string => e !== undefined);
  const body =
    header +
    who +
    elements.map((e) => text('UserElementType', e)).join('') +
    (r.wanted.loans ? el('LoanedItemsDesired') : '') +
    (r.wanted.fiscalAccount ? el('UserFiscalAccountDesired') : '');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ncip:NCIPMessage xmlns:ncip="${NCIP_NS}" ncip:version="${NCIP_VERSION}">${el('LookupUser', body)}</ncip:NCIPMessage>\n`;
}
