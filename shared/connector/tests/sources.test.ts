import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PATRON_FACT_NAMES, PolicyError } from '@ilr/policy';
import { afterAll, describe, expect, it } from 'vitest';
import { ConnectorError, SampleIls, ageOn, createPatronSource, fileSource, loadConnectorConfig, startSimulatedIls, surnameOf, type PatronSource, type SimulatedIls } from '../src/index.js';

const ILS_DIR = fileURLToPath(new URL('../../../deploy/sample/ils/', import.meta.url));
const q = (patron: { token?: string; lookupKey?: string; patronId?: string }, factsNeeded = [...PATRON_FACT_NAMES]) => ({ messageId: 'm1', factsNeeded, patron });

describe('age and surname', () => {
  it('age is whole years on the lookup day', () => {
    const day = new Date('2026-12-03T23:30:00Z');
    expect(ageOn('2014-12-04', day)).toBe(11); // twelve tomorrow
    expect(ageOn('2014-12-03', day)).toBe(12);
    expect(ageOn('2008-02-29', new Date('2026-02-28T12:00:00Z'))).toBe(17);
    expect(ageOn('2008-02-29', new Date('2026-03-01T00:00:00Z'))).toBe(18);
    expect(ageOn('not a date', day)).toBeUndefined();
    expect(ageOn('2030-01-01', day)).toBeUndefined();
  });
  it('the surname of a printed name', () => {
    expect(surnameOf('Garcia-Lopez, Maria')).toBe('Garcia-Lopez');
    expect(surnameOf('  Maria   Garcia-Lopez ')).toBe('Garcia-Lopez');
    expect(surnameOf('Olsen')).toBe('Olsen');
    expect(surnameOf('')).toBeUndefined();
    expect(surnameOf(', Maria')).toBeUndefined();
  });
});

describe('the connector configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ilr-conncfg-'));
  const write = (name: string, text: string) => {
    const f = join(dir, name);
    writeFileSync(f, text);
    return f;
  };
  const error = (text: string): string => {
    try {
      loadConnectorConfig(write('c.yaml', text));
      return 'no error';
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      return (e as Error).message;
    }
  };

  it('is validated, and errors name the field', () => {
    expect(error('library: or-multnomah\nils: { type: ncip, url: "ftp://x", fromAgencyId: ILR, toAgencyId: MUL }\n')).toMatch(/ils\.url/);
    expect(error('library: or-multnomah\nils: { type: ncip, url: "http://x/ncip", toAgencyId: MUL }\n')).toMatch(/ils\.fromAgencyId/);
    expect(error('library: or-multnomah\nils: { type: sip2, host: h, port: 70000, institutionId: X }\n')).toMatch(/ils\.port/);
    expect(error('library: or-multnomah\nils: { type: sip2, host: h, port: 6001, institutionId: X, birthDateField: birth }\n')).toMatch(/ils\.birthDateField/);
    expect(error('library: or-multnomah\nils: { type: z39 }\n')).toMatch(/ils\.type/);
    expect(error('library: Or Multnomah\nils: { type: file, path: x.json }\n')).toMatch(/library/);
    expect(error('library: or-multnomah\nils: { type: sip2, host: h, port: 6001, institutionId: X, passwordEnv: ILR_TEST_UNSET_VAR }\n')).toMatch(/ils\.passwordEnv.*not set/);
    expect(error('library: or-multnomah\nils: { type: file, path: x.json }\nsettings: nope.yaml\n')).toMatch(/settings: no such file/);
    write('bad.settings.yaml', 'patrons: { "123": { consents: [ { to: wi-madison, classes: [EVERYTHING] } ] } }\n');
    expect(error('library: or-multnomah\nils: { type: file, path: x.json }\nsettings: bad.settings.yaml\n')).toMatch(/bad\.settings\.yaml.*patrons.*consents/);
  });

  it('reads the settings beside it by default, with defaults, and resolves paths against its folder', () => {
    write('or-multnomah.settings.yaml', 'defaults: { shelfOptOut: true }\npatrons: { "21234001234567": { userKey: "4567", detailedNoticesAllowed: true } }\n');
    const c = loadConnectorConfig(write('connector.yaml', 'library: or-multnomah\nils: { type: file, path: ils/x.json }\nhomes: { HIL: or-hillsboro }\n'));
    expect(c.ils).toEqual({ type: 'file', path: join(dir, 'ils/x.json') });
    expect(c.homes).toEqual({ HIL: 'or-hillsboro' });
    expect(c.settingsData.defaults).toEqual({ shelfOptOut: true, detailedNoticesAllowed: false });
    expect(c.settingsData.patrons['21234001234567']).toMatchObject({ userKey: '4567', detailedNoticesAllowed: true, consents: [], tokens: [] });
    const sip = loadConnectorConfig(write('sip.yaml', 'library: or-multnomah\nils: { type: sip2, host: ils, port: 6001, institutionId: MUL }\n'));
    expect(sip.ils).toMatchObject({ timeoutMs: 1500, tls: false, birthDateField: 'PB', homeLibraryField: 'AQ' });
  });
});

describe('NCIP and SIP2 sources give the facts the file gives, for every sample patron', () => {
  const files = readdirSync(ILS_DIR).filter((f) => f.endsWith('.json'));
  const sims: SimulatedIls[] = [];
  const sources: PatronSource[] = [];
  afterAll(async () => {
    for (const s of sources) await s.close();
    for (const s of sims) await s.close();
  });

  it.each(files)('%s', async (file) => {
    const ils = await SampleIls.load(join(ILS_DIR, file));
    const file_ = fileSource(ils);
    for (const type of ['ncip', 'sip2'] as const) {
      const sim = await startSimulatedIls(ils.data, type);
      sims.push(sim);
      const source = await createPatronSource({ ...sim.config, timeoutMs: 10_000 }, { library: ils.library, settings: sim.settings, homes: sim.homes });
      sources.push(source);
      for (const p of ils.data.patrons) {
        for (const patron of [{ lookupKey: p.card }, { patronId: p.id }, ...p.tokens.map((token) => ({ token }))]) {
          const expected = await file_.lookup(q(patron));
          expect(await source.lookup(q(patron)), `${type} ${JSON.stringify(patron)}`).toEqual(expected);
        }
        expect(source.hasToken(p.tokens[0] ?? 'none')).toBe(p.tokens.length > 0);
      }
      expect(await source.lookup(q({ lookupKey: '29999999999999' }))).toBeNull();
      expect(await source.lookup(q({ token: 'tok-unknown' }))).toBeNull();
      if (sim.ncip) expect(sim.ncip.invalidRequests()).toEqual([]);
      if (sim.sip2) expect(sim.sip2.protocolErrors).toEqual([]);
    }
  });
});

describe('the facts a lookup needs, and nothing more', () => {
  it('NCIP asks only for the elements the needed facts require', async () => {
    const ils = await SampleIls.load(join(ILS_DIR, 'or-multnomah.json'));
    const sim = await startSimulatedIls(ils.data, 'ncip');
    const source = await createPatronSource({ ...sim.config, timeoutMs: 10_000 }, { library: ils.library, settings: sim.settings });
    try {
      const card = ils.data.patrons[0]!.card;
      const asked = async (factsNeeded: (typeof PATRON_FACT_NAMES)[number][]) => {
        await source.lookup(q({ lookupKey: card }, factsNeeded));
        return sim.ncip!.requests.at(-1)!.xml;
      };
      expect(await asked(['consents'])).not.toMatch(/UserElementType|LoanedItemsDesired|UserFiscalAccountDesired/);
      const age = await asked(['age']);
      expect(age).toContain('Date Of Birth');
      expect(age).not.toMatch(/Name Information|LoanedItemsDesired|UserFiscalAccountDesired/);
      const owes = await asked(['owes']);
      expect(owes).toMatch(/LoanedItemsDesired.*UserFiscalAccountDesired/s);
      expect(owes).not.toMatch(/UserElementType/);
      expect(await source.lookup(q({ lookupKey: card }, ['lastName']))).not.toHaveProperty('age');
      expect(sim.ncip!.invalidRequests()).toEqual([]);
    } finally {
      await source.close();
      await sim.close();
    }
  });
});

describe('an ILS that cannot answer: ILS_UNAVAILABLE, never "not found"', () => {
  it.each(['ncip', 'sip2'] as const)('%s down, silent, garbage', async (type) => {
    const ils = await SampleIls.load(join(ILS_DIR, 'or-multnomah.json'));
    const sim = await startSimulatedIls(ils.data, type);
    const config = { ...sim.config, timeoutMs: 300 };
    const source = await createPatronSource(config, { library: ils.library, settings: sim.settings });
    const card = ils.data.patrons[0]!.card;
    const fails = async () => {
      const e = await source.lookup(q({ lookupKey: card })).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ConnectorError);
      expect((e as ConnectorError).code).toBe('ILS_UNAVAILABLE');
      expect((e as Error).message).not.toContain(card);
      expect((e as Error).message).not.toContain(ils.data.patrons[0]!.lastName);
      return (e as Error).message;
    };
    try {
      if (sim.ncip) sim.ncip.switches = { silent: true };
      if (sim.sip2) sim.sip2.switches = { silent: true };
      expect(await fails()).toMatch(/no answer within 300 ms/);
      if (sim.ncip) sim.ncip.switches = { garbage: 'Zm9v\u0000' };
      if (sim.sip2) sim.sip2.switches = { garbage: 'Zm9v\u0000\r' };
      expect(await fails()).toMatch(type === 'ncip' ? /not well-formed/ : /resend/);
      await sim.close();
      expect(await fails()).toMatch(/cannot reach|ECONNREFUSED|closed/i);
    } finally {
      await source.close();
    }
  });
});
