import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIlr } from './ilr.js';

const SAMPLES = fileURLToPath(new URL('../../../shared/iso18626/samples', import.meta.url));
const ERRORS: Record<string, string> = {
  'msg-invalid.xml': 'BadlyFormedMessage',
  'reqmsg-invalid-action.xml': 'UnsupportedActionType',
  'supmsg-invalid-reason.xml': 'UnsupportedReasonForMessageType',
  'supmsg-invalid-status.xml': 'UnrecognisedDataValue',
  'request-no-reqid.xml': 'UnrecognisedDataValue',
  'reqmsg-no-reqid.xml': 'UnrecognisedDataValue',
  'supmsg-no-reqid.xml': 'UnrecognisedDataValue',
};

describe('ilr iso18626 check', () => {
  it('answers every sample as issue 13 lists, one line each in name order, then the count; exit 1', async () => {
    const r = await runIlr(['iso18626', 'check', SAMPLES]);
    const lines = r.out.trim().split('\n');
    expect(lines.at(-1)).toBe('25 OK, 7 ERROR');
    const files = lines.slice(0, -1);
    expect(files).toHaveLength(32);
    const names = files.map((l) => /^(.*?): /.exec(l)![1]!.split('/').at(-1)!);
    expect(names).toEqual([...names].sort());
    for (const line of files) {
      const name = /^(.*?): /.exec(line)![1]!.split('/').at(-1)!;
      expect(line.startsWith(join(SAMPLES, name))).toBe(true);
      if (ERRORS[name]) expect(line).toMatch(new RegExp(`: ERROR ${ERRORS[name]}: \\S`));
      else expect(line).toMatch(/: OK (request|supplyingAgencyMessage|requestingAgencyMessage)$/);
    }
    expect(r.exitCode).toBe(1);
  });

  it('exit 0 when all are OK; --confirmation prints the confirmation after each line', async () => {
    const r = await runIlr(['iso18626', 'check', '--confirmation', join(SAMPLES, 'req.xml'), join(SAMPLES, 'supmsg-ok.xml')]);
    expect(r.out).toMatch(/req\.xml: OK request\n<\?xml[\s\S]*<requestConfirmation>[\s\S]*<messageStatus>OK<\/messageStatus>/);
    expect(r.out).toMatch(/supmsg-ok\.xml: OK supplyingAgencyMessage\n<\?xml[\s\S]*<supplyingAgencyMessageConfirmation>/);
    expect(r.out.trim().split('\n').at(-1)).toBe('2 OK, 0 ERROR');
    expect(r.exitCode ?? 0).toBe(0);
  });

  it('a file too large, with a DOCTYPE, or bad UTF-8 gets an ERROR line like any other', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-iso-'));
    writeFileSync(join(dir, 'a-big.xml'), Buffer.alloc(70_000, 0x20));
    writeFileSync(join(dir, 'b-doctype.xml'), '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>');
    writeFileSync(join(dir, 'c-utf8.xml'), Buffer.from([0x3c, 0x61, 0xff, 0x3e]));
    writeFileSync(join(dir, 'ignored.txt'), 'not xml');
    const r = await runIlr(['iso18626', 'check', '--confirmation', dir]);
    expect(r.out).toContain(`${join(dir, 'a-big.xml')}: ERROR BadlyFormedMessage: message larger than 65536 bytes`);
    expect(r.out).toContain(`${join(dir, 'b-doctype.xml')}: ERROR BadlyFormedMessage: DOCTYPE and entity declarations are not accepted`);
    expect(r.out).toContain(`${join(dir, 'c-utf8.xml')}: ERROR BadlyFormedMessage: message is not valid UTF-8`);
    expect(r.out).not.toContain('ignored.txt');
    expect(r.out).not.toContain('root:');
    expect(r.out.trim().split('\n').at(-1)).toBe('0 OK, 3 ERROR');
    expect(r.exitCode).toBe(1);
  });

  it('a path that does not exist is an error naming it (exit 2); an unknown profile too', async () => {
    const r = await runIlr(['iso18626', 'check', '/nonexistent/x.xml']);
    expect(r.error?.message).toBe('/nonexistent/x.xml: no such file or folder');
    const p = await runIlr(['iso18626', 'check', '--profile', 'nope', SAMPLES]);
    expect(p.error?.message).toMatch(/no ISO 18626 peer profile nope \(profiles: alma, /);
  });

  it('--help tells the output format and exit codes', async () => {
    const r = await runIlr(['iso18626', 'check', '--help']);
    expect(r.out).toContain('<file>: ERROR <errorType>: <errorValue>');
    expect(r.out).toContain('Exits 0 when every file is OK, 1 when any is ERROR');
  });
});
