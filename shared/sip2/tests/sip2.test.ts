import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Sip2Client, Sip2Error, Sip2Server, check, checksum, frame, type SimPatron } from '../src/index.js';

const NOW = new Date('2026-12-03T10:00:00Z');
const patrons: SimPatron[] = [
  { barcode: '21234001234567', name: 'Garcia-Lopez, Maria', birthDate: '1992-06-15', feeAmount: 4, loans: [{ itemId: 'i1', dateDue: '2026-12-20' }], homeLibrary: 'CEN' },
  { barcode: '21234009999001', name: 'Tam Owl', birthDate: '2014-12-04', feeAmount: 12.5, loans: [{ itemId: 'i2', dateDue: '2026-11-01' }] },
];

describe('SIP2 framing', () => {
  it('computes the checksum real servers send (a 98 from the field)', () => {
    const real = '98YYYYYN60000320130424    1135112.00AOEPLMNA|AMEPLMNA|BXYYYYYYYYYYYNNYYY|ANSIPCHK|AY1AZE80C';
    expect(checksum(real.slice(0, -4))).toBe('E80C');
    expect(check(real)).toMatchObject({ ok: true, seq: 1 });
    expect(check(real.replace('E80C', 'E80D'))).toEqual({ ok: false, why: 'bad checksum' });
    expect(check('garbage')).toEqual({ ok: false, why: 'no checksum' });
    expect(frame('9300CNa|COb|', 3)).toMatch(/^9300CNa\|COb\|AY3AZ[0-9A-F]{4}\r$/);
  });
});

describe('SIP2 client against the simulator', () => {
  let sim: Sip2Server;
  let client: Sip2Client;
  beforeAll(async () => {
    sim = await Sip2Server.start({ patrons, user: 'ilr', password: 's3cret', institutionId: 'MUL', now: () => NOW });
  });
  afterEach(() => {
    sim.switches = {};
    client?.close();
  });
  afterAll(() => sim.close());
  const connect = (o: Partial<ConstructorParameters<typeof Sip2Client>[0]> = {}) =>
    (client = new Sip2Client({ host: sim.host, port: sim.port, user: 'ilr', password: 's3cret', institutionId: 'MUL', timeoutMs: 10_000, ...o }));

  it('logs in once, reads name, fee, overdue count, valid patron, birth date and home library, ends each session', async () => {
    const c = connect();
    const before = { logins: sim.logins, received: sim.received.length };
    expect(await c.patronInformation('21234001234567')).toEqual({ validPatron: true, personalName: 'Garcia-Lopez, Maria', feeAmount: 4, currency: 'USD', overdueCount: 0, birthDate: '1992-06-15', homeLibrary: 'CEN' });
    expect(await c.patronInformation('21234009999001')).toMatchObject({ personalName: 'Tam Owl', feeAmount: 12.5, overdueCount: 1, birthDate: '2014-12-04' });
    expect(sim.logins - before.logins).toBe(1);
    expect(sim.received.slice(before.received).map((m) => m.slice(0, 2))).toEqual(['93', '63', '35', '63', '35']);
    expect(c.connections).toBe(1);
    expect(sim.protocolErrors).toEqual([]);
  });

  it('an unknown patron is null (BL N); a birth date the ILS does not send is left out', async () => {
    expect(await connect().patronInformation('000')).toBeNull();
    const plain = await Sip2Server.start({ patrons, birthDateField: null, homeLibraryField: null });
    try {
      const c = new Sip2Client({ host: plain.host, port: plain.port, institutionId: 'X' });
      const p = await c.patronInformation('21234001234567');
      c.close();
      expect(p).not.toHaveProperty('birthDate');
      expect(p).not.toHaveProperty('homeLibrary');
      expect(plain.protocolErrors).toEqual([]);
    } finally {
      await plain.close();
    }
  });

  it('state changes show in the next lookup', async () => {
    const c = connect();
    sim.checkOut('21234001234567', { itemId: 'i9', dateDue: '2026-10-01' });
    sim.charge('21234001234567', 1.99);
    expect(await c.patronInformation('21234001234567')).toMatchObject({ overdueCount: 1, feeAmount: 5.99 });
    sim.checkIn('21234001234567', 'i9');
    sim.charge('21234001234567', -1.99);
    expect(await c.patronInformation('21234001234567')).toMatchObject({ overdueCount: 0, feeAmount: 4 });
  });

  it('a bad checksum is answered with a resend (96), up to three times', async () => {
    const c = connect();
    await c.patronInformation('21234001234567');
    sim.switches = { badChecksums: 3 };
    expect(await c.patronInformation('21234001234567')).toMatchObject({ personalName: 'Garcia-Lopez, Maria' });
    expect(sim.received.filter((m) => m.startsWith('96')).length).toBeGreaterThanOrEqual(3);
    sim.switches = { badChecksums: 4 };
    const e = await c.patronInformation('21234001234567').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Sip2Error);
    expect((e as Sip2Error).code).toBe('BAD_CHECKSUM');
    sim.switches = {};
    // and the next lookup works, on a new connection
    expect(await c.patronInformation('21234001234567')).toMatchObject({ validPatron: true });
    expect(c.connections).toBe(2);
  });

  it('reconnects when the ILS drops the connection', async () => {
    const c = connect();
    await c.patronInformation('21234001234567');
    sim.dropConnections();
    await new Promise((r) => setTimeout(r, 20)); // the close reaches the client
    expect(await c.patronInformation('21234009999001')).toMatchObject({ validPatron: true });
    expect(c.connections).toBe(2);
    sim.switches = { closeAfterAnswer: true };
    const e = await c.patronInformation('21234001234567').catch((x: unknown) => x);
    expect((e as Sip2Error).code).toBe('CLOSED'); // closed between 64 and 36
    sim.switches = {};
    expect(await c.patronInformation('21234001234567')).toMatchObject({ validPatron: true });
  });

  const fault = async (switches: Sip2Server['switches'], code: string, o = {}) => {
    const c = connect(o);
    sim.switches = switches;
    const e = await c.patronInformation('21234001234567').catch((x: unknown) => x);
    sim.switches = {};
    expect(e).toBeInstanceOf(Sip2Error);
    expect((e as Sip2Error).code).toBe(code);
    expect((e as Error).message).not.toMatch(/21234001234567|Garcia|s3cret/);
    expect(await c.patronInformation('21234001234567')).toMatchObject({ validPatron: true });
  };
  it('silent: a timeout, then the next lookup works', () => fault({ silent: true }, 'TIMEOUT', { timeoutMs: 300 }));
  it('slow past the timeout', () => fault({ latencyMs: 1500 }, 'TIMEOUT', { timeoutMs: 300 }));
  it('garbage bytes', () => fault({ garbage: '\u0000\u00ffGarcia-Lopez 21234001234567\r' }, 'BAD_CHECKSUM'));
  it('a wrong password', async () => {
    const e = await connect({ password: 'nope' }).patronInformation('21234001234567').catch((x: unknown) => x);
    expect((e as Sip2Error).code).toBe('LOGIN_FAILED');
    expect((e as Error).message).not.toContain('nope');
  });
  it('nobody listening', async () => {
    const e = await new Sip2Client({ host: '127.0.0.1', port: 1, institutionId: 'X' }).patronInformation('1').catch((x: unknown) => x);
    expect((e as Sip2Error).code).toBe('UNREACHABLE');
  });
  it('lookups run one at a time on the one connection', async () => {
    const c = connect();
    const all = await Promise.all(['21234001234567', '21234009999001', '000', '21234001234567'].map((b) => c.patronInformation(b)));
    expect(all.map((p) => p?.personalName ?? null)).toEqual(['Garcia-Lopez, Maria', 'Tam Owl', null, 'Garcia-Lopez, Maria']);
    expect(c.connections).toBe(1);
    expect(sim.protocolErrors).toEqual([]);
  });
});

describe('SIP2 over TLS', () => {
  it('reads a patron over TLS, trusting the ILS certificate given as ca; refuses an untrusted one', async () => {
    const { readFileSync } = await import('node:fs');
    const key = readFileSync(new URL('./fixtures/localhost.key', import.meta.url), 'utf8');
    const cert = readFileSync(new URL('./fixtures/localhost.crt', import.meta.url), 'utf8'); // a test-only self-signed certificate
    const sim = await Sip2Server.start({ patrons, tls: { key, cert } });
    try {
      const trusted = new Sip2Client({ host: 'localhost', port: sim.port, institutionId: 'X', tls: { ca: cert } });
      expect(await trusted.patronInformation('21234001234567')).toMatchObject({ personalName: 'Garcia-Lopez, Maria' });
      trusted.close();
      const untrusted = new Sip2Client({ host: 'localhost', port: sim.port, institutionId: 'X', tls: true, timeoutMs: 1000 });
      const e = await untrusted.patronInformation('21234001234567').catch((x: unknown) => x);
      expect((e as Sip2Error).code).toBe('UNREACHABLE');
      expect(sim.protocolErrors).toEqual([]);
    } finally {
      await sim.close();
    }
  });
});
