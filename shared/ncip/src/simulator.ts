// A stateful NCIP responder for tests and the local consortium: users, loans, fines, blocks;
// LookupUser only. It validates every request it receives against the NCIP schema (kept in
// `requests`) and answers the way responders in the field do, with switches for latency,
// silence (timeouts), garbage and HTTP errors, and quirks (a namespace prefix or none,
// `version` unqualified, unstructured or empty names, Problems at the message level).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NCIP_NS, NCIP_VERSION } from './request.js';
import { child, children, escapeXml, parseXml, textOf, validateNcip, type XNode } from './xml.js';

export interface SimLoan {
  itemId: string;
  /** ISO date or date-time. */
  dateDue: string;
}

export interface SimUser {
  barcode: string;
  givenName?: string;
  surname: string;
  /** YYYY-MM-DD */
  birthDate?: string;
  /** The agency holding the record (UserId/AgencyId); default the responder's. */
  agencyId?: string;
  /** The account balance in the currency's minor units (1250 USD is 12.50). */
  balanceMinor?: number;
  currency?: string;
  loans?: SimLoan[];
  /** BlockOrTrap types (e.g. "Block Check Out"). */
  blocks?: string[];
}

export interface NcipQuirks {
  /** The namespace prefix of the answer; null: the default namespace (no prefix). Default `ns1`. */
  prefix?: string | null;
  /** Elements in no namespace at all (as some responders send). */
  noNamespace?: boolean;
  /** `version="..."` instead of the schema's qualified `ns1:version`. */
  versionUnqualified?: boolean;
  /** The name as UnstructuredPersonalUserName ("Surname, Given") only. */
  unstructuredName?: boolean;
  /** An empty StructuredPersonalUserName/Surname beside the unstructured name. */
  emptySurname?: boolean;
  /** Problems (Unknown User) at the NCIPMessage level instead of inside LookupUserResponse. */
  problemsAtMessageLevel?: boolean;
  /** A debt as a negative balance. */
  negativeBalance?: boolean;
  /** DateOfBirth and DateDue as plain dates (not xs:dateTime). */
  plainDates?: boolean;
  /** NCIP v1-style <AgencyId><Value>..</Value></AgencyId> scheme/value pairs. */
  schemeValueChildren?: boolean;
}

export interface NcipSwitches {
  /** Delay before each answer. */
  latencyMs?: number;
  /** Never answer (the client times out). */
  silent?: boolean;
  /** Answer these bytes instead of NCIP. */
  garbage?: string;
  /** Answer with this HTTP status (and no NCIP). */
  httpStatus?: number;
}

export interface ReceivedRequest {
  xml: string;
  /** Schema errors; empty when the request is valid against ncip_v2_02.xsd. */
  errors: string[];
}

export interface NcipResponderOptions {
  users: SimUser[];
  /** The responder's agency id. Default `SIM`. */
  agencyId?: string;
  quirks?: NcipQuirks;
  switches?: NcipSwitches;
  host?: string;
  port?: number;
}

export class NcipResponder {
  readonly users = new Map<string, SimUser>();
  readonly requests: ReceivedRequest[] = [];
  quirks: NcipQuirks;
  switches: NcipSwitches;
  private readonly agencyId: string;
  private readonly open = new Set<ServerResponse>();

  private constructor(
    private readonly server: Server,
    o: NcipResponderOptions,
  ) {
    for (const u of o.users) this.users.set(u.barcode, structuredClone(u));
    this.agencyId = o.agencyId ?? 'SIM';
    this.quirks = o.quirks ?? {};
    this.switches = o.switches ?? {};
  }

  static async start(o: NcipResponderOptions): Promise<NcipResponder> {
    validateNcip('<warm-up/>'); // compile the schema now, not on the first request
    const server = createServer();
    const sim = new NcipResponder(server, o);
    server.on('request', (req, res) => void sim.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(o.port ?? 0, o.host ?? '127.0.0.1', () => resolve());
    });
    return sim;
  }

  get url(): string {
    const a = this.server.address() as AddressInfo;
    return `http://${a.address}:${a.port}/ncip`;
  }

  /** Requests that were not valid against the schema. */
  invalidRequests(): ReceivedRequest[] {
    return this.requests.filter((r) => r.errors.length > 0);
  }

  // State changes, as circulation would make them.
  checkOut(barcode: string, loan: SimLoan): void {
    this.user(barcode).loans = [...(this.user(barcode).loans ?? []), loan];
  }
  checkIn(barcode: string, itemId: string): void {
    const u = this.user(barcode);
    u.loans = (u.loans ?? []).filter((l) => l.itemId !== itemId);
  }
  charge(barcode: string, minor: number): void {
    const u = this.user(barcode);
    u.balanceMinor = (u.balanceMinor ?? 0) + minor;
  }
  block(barcode: string, type: string): void {
    const u = this.user(barcode);
    u.blocks = [...(u.blocks ?? []), type];
  }
  private user(barcode: string): SimUser {
    const u = this.users.get(barcode);
    if (!u) throw new Error(`the simulator has no user ${barcode}`);
    return u;
  }

  async close(): Promise<void> {
    for (const res of this.open) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const xml = Buffer.concat(chunks).toString('utf8');
    const errors = validateNcip(xml);
    this.requests.push({ xml, errors });
    const s = this.switches;
    if (s.silent) {
      this.open.add(res);
      res.on('close', () => this.open.delete(res));
      return;
    }
    if (s.latencyMs) await new Promise((r) => setTimeout(r, s.latencyMs));
    if (s.httpStatus) {
      res.writeHead(s.httpStatus, { 'content-type': 'text/plain' }).end('error');
      return;
    }
    const body = s.garbage ?? (errors.length > 0 ? this.problem('Invalid Message', true) : this.answer(xml));
    res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' }).end(body);
  }

  private answer(xml: string): string {
    const root = parseXml(xml);
    const lookup = child(root, 'LookupUser');
    if (!lookup) return this.problem('Unsupported Service', true);
    const barcode = textOf(child(lookup, 'UserId', 'UserIdentifierValue')) ?? textOf(child(lookup, 'AuthenticationInput', 'AuthenticationInputData'));
    const user = barcode ? this.users.get(barcode) : undefined;
    if (!user) return this.problem(child(lookup, 'UserId') ? 'Unknown User' : 'User Authentication Failed', this.quirks.problemsAtMessageLevel === true);
    return this.envelope(this.e('LookupUserResponse', this.header(lookup) + this.userBody(user, lookup)));
  }

  private userBody(u: SimUser, lookup: XNode): string {
    const q = this.quirks;
    const wanted = new Set(children(lookup, 'UserElementType').map((e) => textOf(e)?.toLowerCase()));
    const e = this.e;
    const t = (name: string, v: string) => e(name, escapeXml(v));
    const scheme = (name: string, v: string) => (q.schemeValueChildren ? e(name, t('Value', v)) : t(name, v));
    const date = (d: string) => (q.plainDates ? d.slice(0, 10) : d.length === 10 ? `${d}T00:00:00Z` : d);
    let out = e('UserId', scheme('AgencyId', u.agencyId ?? this.agencyId) + scheme('UserIdentifierType', 'Barcode') + t('UserIdentifierValue', u.barcode));
    if (child(lookup, 'UserFiscalAccountDesired')) {
      const minor = u.balanceMinor ?? 0;
      out += e('UserFiscalAccount', e('AccountBalance', scheme('CurrencyCode', u.currency ?? 'USD') + t('MonetaryValue', String(q.negativeBalance ? -minor : minor))));
    }
    if (child(lookup, 'LoanedItemsDesired')) {
      for (const l of u.loans ?? []) out += e('LoanedItem', e('ItemId', t('ItemIdentifierValue', l.itemId)) + t('DateDue', date(l.dateDue)));
    }
    let optional = '';
    if (wanted.has('name information')) {
      const full = `${u.surname}${u.givenName ? `, ${u.givenName}` : ''}`;
      const personal = q.unstructuredName
        ? t('UnstructuredPersonalUserName', full)
        : q.emptySurname
          ? e('StructuredPersonalUserName', e('Surname')) + t('UnstructuredPersonalUserName', full)
          : e('StructuredPersonalUserName', (u.givenName ? t('GivenName', u.givenName) : '') + t('Surname', u.surname));
      optional += e('NameInformation', e('PersonalNameInformation', personal));
    }
    if (wanted.has('date of birth') && u.birthDate) optional += t('DateOfBirth', date(u.birthDate));
    if (wanted.has('block or trap')) {
      for (const b of u.blocks ?? []) optional += e('BlockOrTrap', scheme('AgencyId', this.agencyId) + scheme('BlockOrTrapType', b));
    }
    return out + (optional ? e('UserOptionalFields', optional) : '');
  }

  private header(lookup: XNode): string {
    const from = textOf(child(lookup, 'InitiationHeader', 'FromAgencyId', 'AgencyId')) ?? 'unknown';
    return this.e('ResponseHeader', this.e('FromAgencyId', this.e('AgencyId', escapeXml(this.agencyId))) + this.e('ToAgencyId', this.e('AgencyId', escapeXml(from))));
  }

  private problem(type: string, messageLevel: boolean): string {
    const p = this.e('Problem', this.e('ProblemType', escapeXml(type)));
    return this.envelope(messageLevel ? p : this.e('LookupUserResponse', p));
  }

  private readonly e = (name: string, inner = ''): string => {
    const q = this.quirks;
    const tag = q.noNamespace || q.prefix === null ? name : `${q.prefix ?? 'ns1'}:${name}`;
    return inner === '' ? `<${tag}/>` : `<${tag}>${inner}</${tag}>`;
  };

  private envelope(inner: string): string {
    const q = this.quirks;
    const prefix = q.prefix === undefined ? 'ns1' : q.prefix;
    if (q.noNamespace) return `<?xml version="1.0" encoding="UTF-8"?>\n<NCIPMessage version="${NCIP_VERSION}">${inner}</NCIPMessage>`;
    const decl = prefix === null ? `xmlns="${NCIP_NS}" xmlns:ncip="${NCIP_NS}"` : `xmlns:${prefix}="${NCIP_NS}"`;
    const version = q.versionUnqualified ? 'version' : `${prefix ?? 'ncip'}:version`;
    const tag = prefix === null ? 'NCIPMessage' : `${prefix}:NCIPMessage`;
    return `<?xml version="1.0" encoding="UTF-8"?>\n<${tag} ${decl} ${version}="${NCIP_VERSION}">${inner}</${tag}>`;
  }
}
