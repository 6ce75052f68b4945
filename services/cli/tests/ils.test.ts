import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NcipResponder } from '@ilr/ncip';
import { Sip2Server } from '@ilr/sip2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../src/output.js';
import { runIlr } from './ilr.js';

// Maria is 34 today (her birthday passed); Tam turns 12 tomorrow, so is 11.
const today = new Date();
const ymd = (years: number, days: number) => {
  const d = new Date(today.getTime() + days * 86_400_000);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
};
const past = (days: number) => new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);
const future = (days: number) => new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);

let ncip: NcipResponder;
let sip2: Sip2Server;
const dir = mkdtempSync(join(tmpdir(), 'ilr-ils-check-'));

beforeAll(async () => {
  ncip = await NcipResponder.start({
    agencyId: 'MUL',
    users: [
      { barcode: '21234001234567', givenName: 'Maria', surname: 'Garcia-Lopez', birthDate: ymd(34, -40), balanceMinor: 400, loans: [{ itemId: 'a', dateDue: future(10) }] },
      { barcode: '21234009999001', givenName: 'Tam', surname: 'Owl', birthDate: ymd(12, 1), balanceMinor: 1250, loans: [{ itemId: 'b', dateDue: past(3) }] },
    ],
  });
  sip2 = await Sip2Server.start({
    user: 'ilr',
    password: 's3cret',
    institutionId: 'MUL',
    patrons: [{ barcode: '21234001234567', name: 'Garcia-Lopez, Maria', birthDate: ymd(34, -40), feeAmount: 4, loans: [{ itemId: 'a', dateDue: future(10) }] }],
  });
});
afterAll(async () => {
  await ncip?.close();
  await sip2?.close();
});

const ncipArgs = () => ['ils', 'check', '--type', 'ncip', '--url', ncip.url, '--to-agency', 'MUL'];
const sip2Args = () => ['ils', 'check', '--type', 'sip2', '--host', sip2.host, '--port', String(sip2.port), '--user', 'ilr', '--password', 's3cret', '--institution', 'MUL'];

describe('ilr ils check', () => {
  it('--json prints the facts exactly, over NCIP and over SIP2', async () => {
    const want = '{"found":true,"facts":{"age":34,"lastName":"Garcia-Lopez","card":"21234001234567","owes":{"materials":false,"fines":4}}}';
    const n = await runIlr([...ncipArgs(), '--patron', '21234001234567', '--json']);
    expect(n.error).toBeUndefined();
    expect(n.out).toBe(want);
    const s = await runIlr([...sip2Args(), '--patron', '21234001234567', '--json']);
    expect(s.error).toBeUndefined();
    expect(s.out).toBe(want);
    expect(ncip.invalidRequests()).toEqual([]);
    expect(sip2.protocolErrors).toEqual([]);
  });

  it("a minor's age, fines in minor units, an overdue loan; unknown patrons are {\"found\":false}", async () => {
    const minor = await runIlr([...ncipArgs(), '--patron', '21234009999001', '--json']);
    expect(JSON.parse(minor.out)).toEqual({ found: true, facts: { age: 11, lastName: 'Owl', card: '21234009999001', owes: { materials: true, fines: 12.5 } } });
    expect((await runIlr([...ncipArgs(), '--patron', '000', '--json'])).out).toBe('{"found":false}');
    expect((await runIlr([...sip2Args(), '--patron', '000', '--json'])).out).toBe('{"found":false}');
  });

  it('without --json, shows which facts it read and the name only as its length and first letter', async () => {
    const r = await runIlr([...ncipArgs(), '--patron', '21234001234567']);
    expect(r.error).toBeUndefined();
    expect(r.out).toContain('patron found');
    expect(r.out).toMatch(/age\s+34/);
    expect(r.out).toContain('12 characters, starts with "G"');
    expect(r.out).not.toContain('Garcia');
    expect(r.out).toMatch(/fines: 4\.00/);
    const none = await runIlr([...sip2Args(), '--patron', '000']);
    expect(none.out).toContain('no such patron');
  });

  it('exits 1 with a clear message when the ILS cannot be reached or answers garbage', async () => {
    const down = await runIlr(['ils', 'check', '--type', 'sip2', '--host', '127.0.0.1', '--port', '1', '--patron', '1']);
    expect(down.error).toBeInstanceOf(CliError);
    expect((down.error as CliError).exitCode).toBe(1);
    expect(down.error!.message).toMatch(/the ILS could not be read: SIP2: cannot reach/);
    ncip.switches = { garbage: '<<<not xml' };
    const garbage = await runIlr([...ncipArgs(), '--patron', '21234001234567', '--json']);
    ncip.switches = {};
    expect((garbage.error as CliError).exitCode).toBe(1);
    expect(garbage.error!.message).toMatch(/NCIP: the answer is not well-formed XML/);
    expect(garbage.out).toBe('');
    ncip.switches = { silent: true };
    const slow = await runIlr([...ncipArgs(), '--patron', '21234001234567', '--timeout', '200']);
    ncip.switches = {};
    expect(slow.error!.message).toMatch(/no answer within 200 ms/);
  });

  it('reads a connector configuration, and names the field of a bad one', async () => {
    const cfg = join(dir, 'connector.yaml');
    writeFileSync(cfg, `library: or-multnomah\nils:\n  type: sip2\n  host: ${sip2.host}\n  port: ${sip2.port}\n  user: ilr\n  password: s3cret\n  institutionId: MUL\n  timeoutMs: 5000\n`);
    const r = await runIlr(['ils', 'check', '--config', cfg, '--patron', '21234001234567', '--json']);
    expect(r.error).toBeUndefined();
    expect(JSON.parse(r.out)).toMatchObject({ found: true, facts: { lastName: 'Garcia-Lopez' } });
    writeFileSync(cfg, 'library: or-multnomah\nils: { type: sip2, host: x, port: "6001" }\n');
    const bad = await runIlr(['ils', 'check', '--config', cfg, '--patron', '1']);
    expect(bad.error?.message).toMatch(/connector\.yaml: ils\.port/);
  });

  it('usage errors say what to do; --help tells', async () => {
    expect((await runIlr(['ils', 'check', '--patron', '1'])).error?.message).toMatch(/--type ncip\|sip2.*--config/);
    expect((await runIlr(['ils', 'check', '--type', 'ncip', '--patron', '1'])).error?.message).toMatch(/--url/);
    expect((await runIlr(['ils', 'check', '--type', 'ncip', '--url', 'ftp://x', '--patron', '1'])).error?.message).toMatch(/--url/);
    expect((await runIlr(['ils', 'check', '--type', 'sip2', '--host', 'h', '--patron', '1'])).error?.message).toMatch(/--port/);
    const help = await runIlr(['ils', 'check', '--help']);
    expect(help.out).toContain('--json');
    expect(help.out).toContain('Exit status');
    expect(help.out).toContain('--config <file>');
  });
});
