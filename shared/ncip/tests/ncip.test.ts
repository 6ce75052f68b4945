import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NcipClient, NcipError, NcipResponder, lookupUserXml, parseLookupUserResponse, validateNcip, type NcipQuirks, type NcipWanted, type SimUser } from '../src/index.js';

const NOW = new Date('2026-12-03T10:00:00Z');
const users: SimUser[] = [
  { barcode: '21234001234567', givenName: 'Maria', surname: 'Garcia-Lopez', birthDate: '1992-06-15', balanceMinor: 400, loans: [{ itemId: 'i1', dateDue: '2026-12-20' }] },
  { barcode: '21234009999001', givenName: 'Tam', surname: 'Owl', birthDate: '2014-12-04', balanceMinor: 1250, loans: [{ itemId: 'i2', dateDue: '2026-11-01' }, { itemId: 'i3', dateDue: '2027-01-01' }] },
];
const all: NcipWanted = { name: true, birthDate: true, loans: true, fiscalAccount: true };

describe('LookupUser requests', () => {
  const combos: NcipWanted[] = [{}, { name: true }, { birthDate: true }, { loans: true }, { fiscalAccount: true }, all];
  it('are valid against the NCIP v2.02 schema, by barcode and by AuthenticationInput, with any elements and profile', () => {
    for (const lookupBy of ['barcode', 'authentication'] as const) {
      for (const wanted of combos) {
        for (const applicationProfile of [undefined, 'ILR patron facts']) {
          const xml = lookupUserXml({ fromAgencyId: 'ILR & co', toAgencyId: 'KOHA<1>', barcode: '2123"4', lookupBy, wanted, applicationProfile });
          expect(validateNcip(xml), xml).toEqual([]);
        }
      }
    }
  });

  it('ask only for what is wanted, and name the patron one way only', () => {
    const none = lookupUserXml({ fromAgencyId: 'a', toAgencyId: 'b', barcode: '1', wanted: {} });
    expect(none).not.toMatch(/UserElementType|LoanedItemsDesired|UserFiscalAccountDesired|AuthenticationInput/);
    const dob = lookupUserXml({ fromAgencyId: 'a', toAgencyId: 'b', barcode: '1', wanted: { birthDate: true }, lookupBy: 'authentication' });
    expect(dob.match(/<ncip:UserElementType>/g)).toHaveLength(1);
    expect(dob).toContain('Date Of Birth');
    expect(dob).not.toContain('<ncip:UserId>');
  });

  it('the schema check does catch an invalid request', () => {
    const valid = lookupUserXml({ fromAgencyId: 'a', toAgencyId: 'b', barcode: '1', wanted: all });
    expect(validateNcip(valid.replace('ncip:version', 'version')).join(' ')).toMatch(/version/);
    expect(validateNcip(valid.replace(/<ncip:InitiationHeader>.*<\/ncip:InitiationHeader>/, '<ncip:InitiationHeader/>')).length).toBeGreaterThan(0);
    expect(validateNcip('garbage')[0]).toMatch(/well-formed/);
  });
});

describe('LookupUserResponse parsing, as responders in the field answer', () => {
  let sim: NcipResponder;
  beforeAll(async () => {
    sim = await NcipResponder.start({ users, agencyId: 'GARC' });
  });
  afterAll(() => sim.close());
  const client = (timeoutMs = 10_000) => new NcipClient({ url: sim.url, fromAgencyId: 'ILR', toAgencyId: 'GARC', timeoutMs });

  const quirks: Array<[string, NcipQuirks]> = [
    ['ns1 prefix, qualified version', {}],
    ['default namespace', { prefix: null }],
    ['no namespace at all, version unqualified', { noNamespace: true }],
    ['version unqualified', { versionUnqualified: true }],
    ['unstructured name', { unstructuredName: true }],
    ['empty Surname beside the unstructured name', { emptySurname: true }],
    ['negative balance, plain dates, Value children', { negativeBalance: true, plainDates: true, schemeValueChildren: true }],
  ];
  for (const [what, q] of quirks) {
    it(`reads surname, birth date, fines in minor units and overdue loans (${what})`, async () => {
      sim.quirks = q;
      const adult = await client().lookupUser('21234001234567', all, () => NOW);
      const name = q.unstructuredName || q.emptySurname ? { unstructuredName: 'Garcia-Lopez, Maria' } : { surname: 'Garcia-Lopez' };
      expect(adult).toEqual({ found: true, user: { agencyId: 'GARC', ...name, birthDate: '1992-06-15', fines: { amount: 4, currency: 'USD' }, loans: { total: 1, overdue: 0 } } });
      const child = await client().lookupUser('21234009999001', all, () => NOW);
      expect(child).toMatchObject({ found: true, user: { birthDate: '2014-12-04', fines: { amount: 12.5 }, loans: { total: 2, overdue: 1 } } });
    });
  }

  it('an unknown user is not found, whether the Problem is in the response or at the message level', async () => {
    for (const problemsAtMessageLevel of [false, true]) {
      sim.quirks = { problemsAtMessageLevel };
      expect(await client().lookupUser('000', all)).toEqual({ found: false });
    }
    sim.quirks = {};
    const byAuth = new NcipClient({ url: sim.url, fromAgencyId: 'ILR', toAgencyId: 'GARC', lookupBy: 'authentication' });
    expect(await byAuth.lookupUser('000', {})).toEqual({ found: false });
    expect(await byAuth.lookupUser('21234001234567', {})).toEqual({ found: true, user: { agencyId: 'GARC' } });
  });

  it('reads only what was asked for, and every request the responder got was valid', async () => {
    sim.quirks = {};
    const before = sim.requests.length;
    expect(await client().lookupUser('21234001234567', { birthDate: true })).toEqual({ found: true, user: { agencyId: 'GARC', birthDate: '1992-06-15' } });
    expect(sim.requests[before]!.xml).not.toMatch(/Name Information|LoanedItemsDesired|UserFiscalAccountDesired/);
    expect(sim.requests.length).toBeGreaterThan(10);
    expect(sim.invalidRequests()).toEqual([]);
  });

  it('state changes show in the next lookup (check out past due, a charge, a check in)', async () => {
    sim.quirks = {};
    sim.checkOut('21234001234567', { itemId: 'i9', dateDue: '2026-10-01' });
    sim.charge('21234001234567', 199);
    expect(await client().lookupUser('21234001234567', { loans: true, fiscalAccount: true }, () => NOW)).toMatchObject({ user: { fines: { amount: 5.99 }, loans: { total: 2, overdue: 1 } } });
    sim.checkIn('21234001234567', 'i9');
    expect(await client().lookupUser('21234001234567', { loans: true }, () => NOW)).toMatchObject({ user: { loans: { total: 1, overdue: 0 } } });
  });

  it('without quirks, its answers are valid against the schema too', async () => {
    sim.quirks = {};
    const res = await fetch(sim.url, { method: 'POST', body: lookupUserXml({ fromAgencyId: 'ILR', toAgencyId: 'GARC', barcode: '21234009999001', wanted: all }) });
    const xml = await res.text();
    expect(xml).toContain('Owl');
    expect(validateNcip(xml)).toEqual([]);
  });

  it('bytes in the encoding the XML declaration names (ISO-8859-1), and an empty name is no name', () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><NCIPMessage><LookupUserResponse><UserId><UserIdentifierValue>1</UserIdentifierValue></UserId><UserOptionalFields><NameInformation><PersonalNameInformation><StructuredPersonalUserName><Surname>Garc\u00eda</Surname></StructuredPersonalUserName></PersonalNameInformation></NameInformation></UserOptionalFields></LookupUserResponse></NCIPMessage>`;
    expect(parseLookupUserResponse(Buffer.from(xml, 'latin1'), { name: true })).toMatchObject({ user: { surname: 'Garc\u00eda' } });
    const empty = xml.replace('Garc\u00eda', '');
    expect(parseLookupUserResponse(Buffer.from(empty, 'latin1'), { name: true })).toEqual({ found: true, user: {} });
  });

  it('a user without UserId (some responders), and an Unknown User Problem sent with HTTP 404', async () => {
    const noUserId = '<NCIPMessage><LookupUserResponse><UserOptionalFields><DateOfBirth>2014-12-04</DateOfBirth></UserOptionalFields></LookupUserResponse></NCIPMessage>';
    expect(parseLookupUserResponse(noUserId, { birthDate: true })).toEqual({ found: true, user: { birthDate: '2014-12-04' } });
    expect(() => parseLookupUserResponse('<NCIPMessage><LookupUserResponse/></NCIPMessage>', {})).toThrow(/neither a user nor a Problem/);
    const { createServer } = await import('node:http');
    const server = createServer((_q, r) => r.writeHead(404).end('<NCIPMessage><LookupUserResponse><Problem><ProblemType>Unknown User</ProblemType></Problem></LookupUserResponse></NCIPMessage>'));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
      expect(await new NcipClient({ url, fromAgencyId: 'a', toAgencyId: 'b' }).lookupUser('1', {})).toEqual({ found: false });
    } finally {
      server.close();
    }
  });

  it('minor units follow the currency (JPY has none, BHD three)', () => {
    const xml = (cur: string, v: number) =>
      `<NCIPMessage><LookupUserResponse><UserId><UserIdentifierValue>1</UserIdentifierValue></UserId><UserFiscalAccount><AccountBalance><CurrencyCode>${cur}</CurrencyCode><MonetaryValue>${v}</MonetaryValue></AccountBalance></UserFiscalAccount></LookupUserResponse></NCIPMessage>`;
    expect(parseLookupUserResponse(xml('JPY', 500), { fiscalAccount: true })).toMatchObject({ user: { fines: { amount: 500 } } });
    expect(parseLookupUserResponse(xml('BHD', 1500), { fiscalAccount: true })).toMatchObject({ user: { fines: { amount: 1.5 } } });
  });

  describe('faults: a clear NcipError, never patron data in it', () => {
    const fault = async (s: NcipResponder['switches'], code: string) => {
      sim.switches = s;
      const e = await client(code === 'TIMEOUT' ? 300 : 10_000).lookupUser('21234001234567', all).catch((x: unknown) => x);
      sim.switches = {};
      expect(e).toBeInstanceOf(NcipError);
      expect((e as NcipError).code).toBe(code);
      expect((e as NcipError).message).not.toMatch(/21234001234567|Garcia/);
      return e as NcipError;
    };
    it('silent past the timeout', () => fault({ silent: true }, 'TIMEOUT'));
    it('slow past the timeout', () => fault({ latencyMs: 1500 }, 'TIMEOUT'));
    it('garbage bytes', () => fault({ garbage: '\u0000\u00ff<<<Garcia-Lopez 21234001234567' }, 'UNREADABLE'));
    it('XML that is not NCIP', () => fault({ garbage: '<html><body>Garcia-Lopez</body></html>' }, 'UNREADABLE'));
    it('an HTTP error', () => fault({ httpStatus: 503 }, 'HTTP'));
    it('a Problem other than an unknown user', () => fault({ garbage: '<NCIPMessage><Problem><ProblemType>Temporary Processing Failure</ProblemType><ProblemValue>21234001234567</ProblemValue></Problem></NCIPMessage>' }, 'PROBLEM'));
    it('nobody listening', async () => {
      const e = await new NcipClient({ url: 'http://127.0.0.1:1/ncip', fromAgencyId: 'a', toAgencyId: 'b' }).lookupUser('1', {}).catch((x: unknown) => x);
      expect((e as NcipError).code).toBe('UNREACHABLE');
    });
  });
});
