// `ilr send` against a real local consortium (generated credentials, an account per
// library, the real services and signing connectors), with the consortium's credentials
// store as `npm start` leaves it for the CLI; and, for the timeout, a bare nats-server
// with no router.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeLocalConsortium } from '@ilr/consortium/local';
import { Directory } from '@ilr/directory';
import { startConsortium, type Consortium } from '@ilr/consortium';
import { STREAMS, connectNats, provision, type IlrNats } from '@ilr/nats';
import { createUserKey } from '@ilr/access';
import { zLibraryEntry } from '@ilr/policy';
import { startNats, type NatsServerHandle } from '@ilr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTimeout } from '../src/commands/send.js';
import { runIlr } from './ilr.js';

const saved = { url: process.env['NATS_URL'], dir: process.env['ILR_ACCESS_DIR'], file: process.env['ILR_CONSORTIUM_FILE'] };
const restore = () => {
  for (const [k, v] of [
    ['NATS_URL', saved.url],
    ['ILR_ACCESS_DIR', saved.dir],
    ['ILR_CONSORTIUM_FILE', saved.file],
  ] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
};

const ITEM = JSON.stringify({ itemId: '39078091234567', owningLibrary: 'wi-madison' });
const INQUIRY = JSON.stringify({
  lookup: { name: 'Olsen' },
  requester: { library: 'wi-madison' },
  purpose: 'PURPOSE_MATERIAL_RECOVERY',
  basis: 'LEGAL_BASIS_MATERIAL_RECOVERY',
  wants: ['WANT_CONTACT'],
});

const ilr = (...args: string[]) => runIlr(['send', ...args], { mergeErr: true });
const exit = (r: { exitCode: unknown; error: Error | undefined }) => (r.error && 'exitCode' in r.error ? r.error.exitCode : (r.exitCode ?? 0));

describe('ilr send through a local consortium', () => {
  let c: Consortium;
  const ingressCount = async (): Promise<number> => (await (await c.nats.jetstreamManager()).streams.info(STREAMS.ingress.name)).state.messages;

  beforeAll(async () => {
    c = await startConsortium({ logLevel: 'silent' });
    process.env['NATS_URL'] = c.url;
    process.env['ILR_ACCESS_DIR'] = c.access!.dir;
  }, 120_000);
  afterAll(async () => {
    restore();
    await c?.stop();
  });

  it('prints the decision of a valid send: the outcome, what crossed, the citations (exit 0)', async () => {
    const r = await ilr('ITEM_FOUND', '--as', 'mt-bozeman', '--to', 'wi-madison', '--body', ITEM);
    expect(r.error).toBeUndefined();
    expect(r.out).toMatch(/^RELAY: Relayed/m);
    expect(r.out).toMatch(/^ {2}crosses: nothing$/m);
    expect(r.out).toMatch(/decided by wi-madison's policy/);
    expect(exit(r)).toBe(0);
    // The library's own consumer was left alone: its connector took the delivery.
  });

  it('prints a refusal with its citation (exit 0: decided)', async () => {
    const r = await ilr('PATRON_INQUIRY', '--as', 'wi-madison', '--to', 'mt-bozeman', '--body', INQUIRY);
    expect(r.out).toMatch(/^REFUSE: Refused/m);
    expect(r.out).toMatch(/^ {2}cites: MCA 22-1-1103/m);
    expect(exit(r)).toBe(0);
  });

  it('refuses a library the directory does not know, naming it and `ilr libraries list`; nothing is sent (exit 2)', async () => {
    const before = await ingressCount();
    for (const args of [
      ['--as', 'mt-bozeman', '--to', 'wi-nowhere'],
      ['--as', 'xx-nobody', '--to', 'wi-madison'],
    ]) {
      const r = await ilr('ITEM_FOUND', ...args, '--body', ITEM);
      const unknown = args[1] === 'xx-nobody' ? 'xx-nobody' : 'wi-nowhere';
      expect(r.error?.message).toContain(`the directory has no library "${unknown}"`);
      expect(r.error?.message).toContain('ilr libraries list');
      expect(exit(r)).toBe(2);
    }
    expect(await ingressCount()).toBe(before);
  });

  it('checks the body against the kind\'s schema: an unknown or missing field is named; nothing is sent (exit 2)', async () => {
    const before = await ingressCount();
    const cases: Array<[string, string, RegExp]> = [
      ['ITEM_FOUND', JSON.stringify({ itemid: '1' }), /body\.itemid is not a field of ilr\.v1\.ItemFound; its fields are itemId, owningLibrary, note/],
      ['ITEM_FOUND', JSON.stringify({ item_id: '1' }), /body\.item_id is not a field name here: JSON names fields in camelCase, "itemId"/],
      ['PATRON_INQUIRY', JSON.stringify({ ...JSON.parse(INQUIRY), requester: undefined }), /body\.requester is required/],
      ['PATRON_INQUIRY', JSON.stringify({ ...JSON.parse(INQUIRY), purpose: 'PURPOSE_CURIOSITY' }), /body\.purpose must be one of PURPOSE_/],
      ['PATRON_INQUIRY', JSON.stringify({ ...JSON.parse(INQUIRY), requester: { library: 'mt-bozeman' } }), /body\.requester\.library is not the sender wi-madison/],
    ];
    for (const [kind, body, message] of cases) {
      const r = await ilr(kind, '--as', 'wi-madison', '--to', 'mt-bozeman', '--body', body);
      expect(r.error?.message).toMatch(message);
      expect(exit(r)).toBe(2);
    }
    expect(await ingressCount()).toBe(before);
  });

  it('prints a rejection with its code and field (exit 1)', async () => {
    // Bemis's directory entry lists a signing key that is not its own: the router refuses its signature.
    const directory = await Directory.open(c.nats);
    const entry = (await directory.get('co-bemis'))!;
    await directory.put({ ...entry, signingKeys: [createUserKey().publicKey] });
    try {
      // The router sees the directory through a KV watch: give it the change before sending.
      await new Promise((r) => setTimeout(r, 300));
      const r = await ilr('ITEM_FOUND', '--as', 'co-bemis', '--to', 'wi-madison', '--body', ITEM);
      expect(r.out).toMatch(/^REJECTED UNKNOWN_SIGNER \(field signer\): /m);
      expect(r.out).toContain('dead-lettered on ilr.dlq.co-bemis');
      expect(exit(r)).toBe(1);
    } finally {
      await directory.put(entry);
    }
  });

  it("uses the running local consortium's URL and credentials when nothing else is given", async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ilr-send-')), 'consortium.json');
    await writeLocalConsortium({ url: c.url, accessDir: c.access!.dir, pid: process.pid, startedAt: new Date().toISOString() }, file);
    process.env['ILR_CONSORTIUM_FILE'] = file;
    delete process.env['NATS_URL'];
    delete process.env['ILR_ACCESS_DIR'];
    try {
      const r = await ilr('ITEM_FOUND', '--as', 'mt-bozeman', '--to', 'wi-madison', '--body', ITEM);
      expect(r.out).toMatch(/^RELAY: /m);
      const unknown = await ilr('ITEM_FOUND', '--as', 'mt-bozeman', '--to', 'wi-nowhere', '--body', ITEM);
      expect(unknown.error?.message).toContain(`Run \`NATS_URL=${c.url} ilr libraries list --dir ${c.access!.dir}\``);
    } finally {
      process.env['NATS_URL'] = c.url;
      process.env['ILR_ACCESS_DIR'] = c.access!.dir;
      delete process.env['ILR_CONSORTIUM_FILE'];
      rmSync(dirname(file), { recursive: true, force: true });
    }
  });

  it('--no-wait prints the id once stored', async () => {
    const r = await ilr('ITEM_FOUND', '--as', 'mt-bozeman', '--to', 'wi-madison', '--body', ITEM, '--no-wait');
    expect(r.out).toMatch(/^stored as message [0-9a-f-]{36}; the reply goes to mt-bozeman's connector$/m);
    expect(exit(r)).toBe(0);
  });

  it('prints PENDING with the retry schedule when the home library does not answer (exit 3)', async () => {
    // Duxbury's connector is down: the police request at its desk needs its patron facts.
    await c.connectors.get('ma-duxbury')!.close();
    const r = await ilr(
      'PATRON_INQUIRY',
      '--as',
      'ma-duxbury',
      '--to',
      'ma-duxbury',
      '--body',
      JSON.stringify({ lookup: { name: 'Nguyen' }, requester: { agency: { agency: 'AGENCY_POLICE' } }, purpose: 'PURPOSE_INVESTIGATION', basis: 'LEGAL_BASIS_NONE', wants: ['WANT_IDENTITY'] }),
    );
    expect(r.out).toMatch(/^PENDING: /m);
    expect(r.out).toContain('the broker tries again after 30 s, 1 min, 2 min, 5 min, 10 min, then every 30 min (4 more times): 10 attempts in all, then it dead-letters the message');
    expect(exit(r)).toBe(3);
  }, 60_000);

  it('--help tells the exit codes and where credentials come from', async () => {
    const r = await ilr('--help');
    expect(r.out).toContain('3  PENDING');
    expect(r.out).toContain('4  no outcome within --timeout');
    expect(r.out).toContain('ILR_ACCESS_DIR');
  });
});

describe('ilr send without a router', () => {
  let server: NatsServerHandle;
  let nats: IlrNats;
  beforeAll(async () => {
    server = await startNats();
    nats = await connectNats({ servers: server.url });
    await provision(nats, { libraries: ['lib-a', 'lib-b'] });
    const directory = await Directory.open(nats);
    for (const id of ['lib-a', 'lib-b']) await directory.put(zLibraryEntry.parse({ id, name: id, jurisdiction: 'US-MT' }));
    process.env['NATS_URL'] = server.url;
    delete process.env['ILR_ACCESS_DIR'];
    process.env['ILR_CONSORTIUM_FILE'] = '/nonexistent/consortium.json';
  });
  afterAll(async () => {
    restore();
    await nats?.close();
    await server?.stop();
  });

  it('says no outcome came within --timeout (exit 4), and still checks the directory where it can', async () => {
    const r = await ilr('ITEM_FOUND', '--as', 'lib-a', '--to', 'lib-b', '--body', '{"itemId":"1"}', '--timeout', '500ms');
    expect(r.out).toMatch(/^no outcome for message [0-9a-f-]{36} within 0\.5 s/m);
    expect(exit(r)).toBe(4);
    const unknown = await ilr('ITEM_FOUND', '--as', 'lib-a', '--to', 'lib-z', '--body', '{}', '--timeout', '1');
    expect(unknown.error?.message).toContain('the directory has no library "lib-z"');
  });

  it('reads --timeout as seconds or with a unit', () => {
    expect(parseTimeout('10')).toBe(10_000);
    expect(parseTimeout('2.5s')).toBe(2500);
    expect(parseTimeout('500ms')).toBe(500);
    expect(() => parseTimeout('soon')).toThrow(/--timeout must be a duration/);
  });
});
