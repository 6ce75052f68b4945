// LookupUserResponse as responders in the field send it: with a namespace prefix or none,
// `version` qualified or not, NCIP v1-style Scheme/Value children, empty name elements,
// Problems at the message level or inside the response. Reads only what the connector asked for.
import { NcipError } from './errors.js';
import type { NcipLookupResult, NcipUser, NcipWanted } from './types.js';
import { child, children, parseXml, textOf, type XNode } from './xml.js';

/** ProblemTypes that mean "no such user" (NCIP's Unknown User; by authentication, a failed one). */
const NOT_FOUND = /^(unknown user|user unknown|user authentication failed|unknown patron|user not found|patron not found|invalid user)/i;

export function parseLookupUserResponse(xml: string | Uint8Array, wanted: NcipWanted, now: Date = new Date()): NcipLookupResult {
  let root: XNode;
  try {
    root = parseXml(xml);
  } catch (e) {
    throw new NcipError('UNREADABLE', `the answer is ${e instanceof Error ? e.message : 'unreadable'}`);
  }
  if (root.name !== 'NCIPMessage') throw new NcipError('UNREADABLE', `the answer is not an NCIPMessage (root element ${safeName(root.name)})`);
  const response = child(root, 'LookupUserResponse');
  const problems = [...children(root, 'Problem'), ...children(response, 'Problem')];
  if (problems.length > 0) return fromProblems(problems);
  if (!response) throw new NcipError('UNREADABLE', 'the answer has no LookupUserResponse and no Problem');
  const userId = child(response, 'UserId');
  // The schema wants UserId in every answer about a user; some responders leave it out.
  const aboutUser = ['UserId', 'UserOptionalFields', 'UserFiscalAccount', 'LoanedItem', 'LoanedItemsCount'].some((n) => child(response, n));
  if (!aboutUser) throw new NcipError('UNREADABLE', 'LookupUserResponse has neither a user nor a Problem');
  const user: NcipUser = {};
  const agency = textOf(child(userId ?? child(response, 'UserOptionalFields', 'UserId'), 'AgencyId'));
  if (agency) user.agencyId = agency;
  const optional = child(response, 'UserOptionalFields');
  if (wanted.name) {
    Object.assign(user, names(child(optional, 'NameInformation', 'PersonalNameInformation')));
  }
  if (wanted.birthDate) {
    const dob = textOf(child(optional, 'DateOfBirth'))?.match(/^(\d{4})-(\d{2})-(\d{2})/);
    if (dob) user.birthDate = `${dob[1]}-${dob[2]}-${dob[3]}`;
  }
  if (wanted.fiscalAccount) user.fines = fines(children(response, 'UserFiscalAccount'));
  if (wanted.loans) {
    const loans = children(response, 'LoanedItem');
    user.loans = { total: loans.length, overdue: loans.filter((l) => isOverdue(l, now)).length };
  }
  return { found: true, user };
}

function fromProblems(problems: XNode[]): NcipLookupResult {
  const types = problems.map((p) => textOf(child(p, 'ProblemType')) ?? '');
  if (types.some((t) => NOT_FOUND.test(t))) return { found: false };
  // ProblemType is a scheme value, never patron data; ProblemValue may echo the barcode and is not read.
  throw new NcipError('PROBLEM', `the responder reported a problem: ${types.map(safeName).join('; ') || 'no ProblemType'}`);
}

/** The structured surname if it is there and not empty, and the unstructured name as sent. */
function names(personal: XNode | undefined): Pick<NcipUser, 'surname' | 'unstructuredName'> {
  const surname = textOf(child(personal, 'StructuredPersonalUserName', 'Surname'));
  const unstructured = textOf(child(personal, 'UnstructuredPersonalUserName'))?.replace(/\s+/g, ' ');
  return { ...(surname ? { surname } : {}), ...(unstructured ? { unstructuredName: unstructured } : {}) };
}

/** Currency units from MonetaryValue (an integer in the currency's minor units: 1250 USD is 12.50). */
function fines(accounts: XNode[]): { amount: number; currency: string } {
  let amount = 0;
  let currency = 'USD';
  for (const a of accounts) {
    const balance = child(a, 'AccountBalance');
    const raw = textOf(child(balance, 'MonetaryValue'));
    if (raw === undefined) continue;
    if (!/^[+-]?\d+$/.test(raw)) throw new NcipError('UNREADABLE', 'MonetaryValue is not an integer');
    currency = (textOf(child(balance, 'CurrencyCode')) ?? currency).toUpperCase();
    // Responders differ on the sign of a debt; a balance either way is money the record shows.
    amount += Math.abs(Number(raw)) / 10 ** minorDigits(currency);
  }
  return { amount: Math.round(amount * 100) / 100, currency };
}

export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

function isOverdue(loan: XNode, now: Date): boolean {
  const due = textOf(child(loan, 'DateDue'));
  if (!due) return false; // IndeterminateLoanPeriodFlag: no due date
  const at = Date.parse(due);
  return Number.isFinite(at) && at < now.getTime();
}

/** An element or scheme name for a message: letters, digits and spaces only, short. */
const safeName = (s: string): string => s.replace(/[^A-Za-z0-9 _.-]/g, '').slice(0, 60);

