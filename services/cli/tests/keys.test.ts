// `ilr keys` on the keys directory of a running reference connector, against a real
// nats-server: a token stored by a partner resolves at the home library until
// `ilr keys shred`, and never after.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReferenceConnector, type ReferenceConnector } from '@ilr/connector';
import { STREAMS, connectNats, factsSubject, provision, type IlrNats } from '@ilr/nats';
import { startNats, type NatsServerHandle } from '@ilr/testing';
import { decodeMessage } from '@ilr/wire';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../src/index.js';
import { runIlr } from './ilr.js';

const ILS = join(import.meta.dirname, '..', '..', '..', 'deploy', 'sample', 'ils', 'mt-bozeman.json');

const ilr = (...args: string[]) => runIlr(args, { mergeErr: true });

afterEach(() => {
  process.exitCode = undefined;
});

describe('ilr keys: errors and help', () => {
  it('says where the keys directory comes from, and that the consortium never holds keys', async () => {
    const saved = process.env.ILR_KEYS_DIR;
    delete process.env.ILR_KEYS_DIR;
    try {
      const r = await ilr('keys', 'list', '--library', 'mt-bozeman');
      expect(r.error).toBeInstanceOf(CliError);
      expect((r.error as Error).message).toMatch(/pass --dir <path> or set ILR_KEYS_DIR/);
    } finally {
      if (saved !== undefined) process.env.ILR_KEYS_DIR = saved;
    }
    const help = await ilr('keys', '--help');
    expect(help.out).toContain('the consortium never holds keys');
    expect((await ilr('keys', 'shred', '--help')).out).toContain('--force');
  });

  it('does not create a keystore where there is none, and names what is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-keys-cli-'));
    try {
      const r = await ilr('keys', 'rotate', '--library', 'mt-bozeman', '--dir', dir);
      expect((r.error as Error).message).toMatch(/no keystore for mt-bozeman in .*the connector creates mt-bozeman\.keys\.json/);
      const both = await ilr('keys', 'shred', 'k12345678', '--expired', '--library', 'mt-bozeman', '--dir', dir);
      expect((both.error as Error).message).toBe('either a key id or --expired, not both');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ilr keys against a running connector on a real nats-server', { timeout: 60_000 }, () => {
  let server: NatsServerHandle;
  let nats: IlrNats;
  let bozeman: ReferenceConnector;
  const scratch = mkdtempSync(join(tmpdir(), 'ilr-keys-cli-'));
  const keysDir = join(scratch, 'keys');
  const as = ['--library', 'mt-bozeman', '--dir', keysDir];

  beforeAll(async () => {
    process.env.ILR_LOG_LEVEL = 'silent';
    server = await startNats();
    nats = await connectNats({ servers: server.url, name: 'test-keys' });
    await provision(nats, { libraries: ['mt-bozeman', 'wi-madison'] });
    bozeman = await startReferenceConnector({ library: 'mt-bozeman', ilsFile: ILS, servers: server.url, keysDir, maintainEveryMs: 0 });
  });
  afterAll(async () => {
    await bozeman?.close();
    await nats?.close();
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  const present = async (token: string) =>
    (
      await nats.nc.request(
        factsSubject('mt-bozeman'),
        JSON.stringify({ messageId: randomUUID(), factsNeeded: ['registeredAt'], patron: { token }, parties: { sender: 'wi-madison', recipient: 'mt-bozeman' } }),
        { timeout: 5_000 },
      )
    ).json();

  it('a token a partner stored resolves until `ilr keys shred`, and not after', async () => {
    // Bozeman asks Madison for a loan for its patron; the token is what left Bozeman.
    const sent = await bozeman.connector.send(
      'LOAN_REQUEST',
      'wi-madison',
      { header: { requestingAgencyRequestId: 'bzn-2026-7' }, bibliographicInfo: { title: 'The Driftless Area' } },
      { patron: { id: 'bzn-p2', item: '39078091234567' } },
    );
    const jsm = await nats.jetstreamManager();
    const stored = decodeMessage((await jsm.streams.getMessage(STREAMS.ingress.name, { seq: sent.seq }))!.data);
    const token = (stored.kind === 'LOAN_REQUEST' && stored.body.patron?.token) || '';
    const kid = token.split('.')[1]!;
    expect(await present(token)).toEqual({ found: true, facts: { registeredAt: 'mt-bozeman' } });

    const list = await ilr('keys', 'list', ...as);
    expect(list.out).toMatch(new RegExp(`^${kid}  active .* 1 +0$`, 'm'));
    expect(list.out).toContain('links kept: 1 open, 0 completed');
    for (const secret of ['bzn-p2', '39078091234567', token, 'Quillfeather']) expect(list.out).not.toContain(secret);

    expect((await ilr('keys', 'shred', kid, ...as)).error).toMatchObject({ message: expect.stringMatching(/active key of mt-bozeman: rotate first/) });
    const rotated = await ilr('keys', 'rotate', ...as);
    expect(rotated.out).toMatch(new RegExp(`^key k[0-9a-f]{8} is now active; ${kid} is retired$`));
    expect(await present(token)).toMatchObject({ found: true }); // retired keys still resolve
    expect((await ilr('keys', 'shred', kid, ...as)).error).toMatchObject({ message: expect.stringMatching(/1 link\(s\) are still kept under key .* --force/) });

    const shred = await ilr('keys', 'shred', kid, '--force', ...as);
    expect(shred.out).toBe(`key ${kid} shredded: tokens minted under it no longer resolve anywhere; 1 link(s) expunged with it`);
    expect(await present(token)).toEqual({ found: false });

    const after = await ilr('keys', 'list', ...as);
    expect(after.out).toMatch(new RegExp(`^${kid}  shredded`, 'm'));
    expect(after.out).toMatch(/key .* shredded, 1 link\(s\) expunged with it \(operator\)/);
    expect((await ilr('keys', 'shred', '--expired', ...as)).out).toBe('no retired key without kept links: nothing shredded');
  });
});
