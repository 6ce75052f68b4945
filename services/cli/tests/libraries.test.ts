import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccessStore, LIBRARY_JS_API_PREFIX } from '@ilr/access';
import { Directory } from '@ilr/directory';
import { STREAMS, connectNats, libraryConsumerName, libraryInboxPrefix } from '@ilr/nats';
import { startNats, type NatsServerHandle } from '@ilr/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../src/index.js';
import { runIlr } from './ilr.js';

const ilr = (...args: string[]) => runIlr(args, { mergeErr: true });

const tmpDirs: string[] = [];
const newDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'ilr-cli-libraries-'));
  tmpDirs.push(d);
  return join(d, 'store');
};
afterAll(() => tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
afterEach(() => {
  process.exitCode = undefined;
});

const BOZEMAN = ['--name', 'Bozeman Public Library', '--jurisdiction', 'US-MT', '--groups', 'msc'];

describe('ilr libraries, offline', () => {
  it('init, add, list, rotate, revoke: keys in the store, config regenerated, seeds never printed', async () => {
    const dir = newDir();
    const init = await ilr('libraries', 'init', '--dir', dir);
    expect(init.error).toBeUndefined();
    expect(init.out).toMatch(/^ilr-router: key U[A-Z2-7]{55} issued \(seed: .*ilr-router\.nk\)$/m);
    expect(init.out).toMatch(/^next: reload nats-server/m);
    expect(existsSync(join(dir, 'nats', 'single.conf'))).toBe(true);

    const add = await ilr('libraries', 'add', 'mt-bozeman', ...BOZEMAN, '--dir', dir, '--offline');
    expect(add.error).toBeUndefined();
    expect(add.out).toMatch(/^mt-bozeman: key issued U[A-Z2-7]{55} \(seed: .*mt-bozeman\.nk, 0600: hand it to the library securely\)$/m);
    expect(add.out).toContain('directory: not updated (--offline)');
    const seed = readFileSync(join(dir, 'keys', 'mt-bozeman.nk'), 'utf8').trim();
    expect(statSync(join(dir, 'keys', 'mt-bozeman.nk')).mode & 0o777).toBe(0o600);
    const key = (await AccessStore.open(dir)).principal('mt-bozeman')!.keys[0]!.publicKey;
    expect(readFileSync(join(dir, 'nats', 'auth.conf'), 'utf8')).toContain(key);
    for (const r of [init, add]) expect(r.out).not.toMatch(/SU[A-Z2-7]{56}/);

    const again = await ilr('libraries', 'add', 'mt-bozeman', ...BOZEMAN, '--dir', dir, '--offline');
    expect(again.out).toContain(`mt-bozeman: has a key already ${key}`);
    expect(readFileSync(join(dir, 'keys', 'mt-bozeman.nk'), 'utf8').trim()).toBe(seed);

    const rotate = await ilr('libraries', 'rotate', 'mt-bozeman', '--dir', dir, '--offline');
    expect(rotate.out).toMatch(/the previous key stays valid until --finish/);
    const list = await ilr('libraries', 'list', '--dir', dir, '--offline');
    expect(list.out).toMatch(new RegExp(`^mt-bozeman\\s+library\\s+U[A-Z2-7]{55}  rotating \\(previous ${key} still valid\\)$`, 'm'));
    expect(list.out).toMatch(/^ilr-operator\s+operator\s+U/m);
    expect((await ilr('libraries', 'rotate', 'mt-bozeman', '--finish', '--dir', dir, '--offline')).out).toContain(`key ${key} retired`);
    expect(readFileSync(join(dir, 'nats', 'auth.conf'), 'utf8')).not.toContain(key);

    const revoke = await ilr('libraries', 'revoke', 'mt-bozeman', '--dir', dir, '--offline');
    expect(revoke.out).toMatch(/^mt-bozeman: revoked key U[A-Z2-7]{55}; seed deleted$/m);
    expect(existsSync(join(dir, 'keys', 'mt-bozeman.nk'))).toBe(false);
    expect((await ilr('libraries', 'list', '--dir', dir, '--offline')).out).toMatch(/^6 with credentials, 2 revoked key records$/m); // 4 services, the operators, the console
  });

  it("reviewer: issues a library director's or records custodian's credential, keeps it when run again, revokes it", async () => {
    const dir = newDir();
    await ilr('libraries', 'init', '--dir', dir);
    await ilr('libraries', 'add', 'mt-bozeman', ...BOZEMAN, '--dir', dir, '--offline');
    const issued = await ilr('libraries', 'reviewer', 'mt-bozeman', '--dir', dir);
    expect(issued.error).toBeUndefined();
    expect(issued.out).toMatch(/^ilr-reviewer-mt-bozeman-director: key issued U[A-Z2-7]{55} \(seed: .*ilr-reviewer-mt-bozeman-director\.nk, 0600: hand it to mt-bozeman's director securely\)$/m);
    const file = join(dir, 'keys', 'ilr-reviewer-mt-bozeman-director.nk');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const key = (await AccessStore.open(dir)).principal('ilr-reviewer-mt-bozeman-director')!.keys[0]!.publicKey;
    // In the broker's account, with the reviewer's grants only.
    const auth = readFileSync(join(dir, 'nats', 'auth.conf'), 'utf8');
    expect(auth).toContain(key);
    expect(auth).toContain('ilr.ops.review.mt-bozeman.director.*');
    expect(issued.out).not.toMatch(/SU[A-Z2-7]{56}/);
    expect((await ilr('libraries', 'reviewer', 'mt-bozeman', '--dir', dir)).out).toContain(`ilr-reviewer-mt-bozeman-director: has a key already ${key}`);
    const custodian = await ilr('libraries', 'reviewer', 'mt-bozeman', '--role', 'records-custodian', '--dir', dir);
    expect(custodian.out).toMatch(/^ilr-reviewer-mt-bozeman-records-custodian: key issued/m);
    const list = await ilr('libraries', 'list', '--dir', dir, '--offline');
    expect(list.out).toMatch(/^ilr-reviewer-mt-bozeman-director\s+reviewer\s+U/m);

    const revoked = await ilr('libraries', 'reviewer', 'mt-bozeman', '--revoke', '--dir', dir);
    expect(revoked.out).toMatch(new RegExp(`^ilr-reviewer-mt-bozeman-director: revoked key ${key}; seed deleted$`, 'm'));
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(join(dir, 'nats', 'auth.conf'), 'utf8')).not.toContain(key);

    expect((await ilr('libraries', 'reviewer', 'mt-bozeman', '--role', 'operator', '--dir', dir)).error?.message).toMatch(/--role must be director or records-custodian, not "operator"/);
    expect((await ilr('libraries', 'reviewer', 'wi-madison', '--dir', dir)).error?.message).toMatch(/wi-madison is not a library with credentials here \(ilr libraries add wi-madison first\)/);
  });

  it('says in one line what is wrong', async () => {
    const dir = newDir();
    const cases: Array<[string[], RegExp]> = [
      [['add', 'Mt_Bozeman', ...BOZEMAN], /^"Mt_Bozeman" is not a library id/],
      [['add', 'ilr-router', ...BOZEMAN], /^ilr-router is one of the broker's own users, not a library id$/],
      [['add', 'ilr-x', ...BOZEMAN], /^library ids may not start with "ilr-"/],
      [['add', 'mt-x', '--name', 'X', '--jurisdiction', 'Montana'], /^--jurisdiction: /],
      [['revoke', 'mt-nobody'], /^mt-nobody has no credentials in /],
      [['rotate', 'mt-nobody', '--finish'], /^mt-nobody has no credentials in /],
    ];
    for (const [args, message] of cases) {
      const r = await ilr('libraries', ...args, '--dir', dir, '--offline');
      expect(r.error, args.join(' ')).toBeInstanceOf(CliError);
      expect((r.error as Error).message).toMatch(message);
    }
    const routes = await ilr('libraries', 'init', '--dir', dir, '--cluster-routes', 'nats-1,nats-2:6222');
    expect((routes.error as Error).message).toBe('deployment clusterRoutes.0: must be host:port');
    await ilr('libraries', 'init', '--dir', dir);
    const service = await ilr('libraries', 'revoke', 'ilr-router', '--dir', dir, '--offline');
    expect((service.error as Error).message).toBe('ilr-router is a broker user: rotate its key instead (rotate ilr-router)');
    const reload = await ilr('libraries', 'init', '--dir', dir, '--reload', join(dir, 'no-such.pid'));
    expect((reload.error as Error).message).toMatch(/^cannot read the pid file .*no-such\.pid/);
    const missing = await ilr('libraries', 'add', 'mt-x', '--jurisdiction', 'US-MT', '--dir', dir);
    expect(missing.out).toMatch(/required option '--name <name>' not specified/);
  });

  it('tells what each command does', async () => {
    const r = await ilr('libraries', 'add', '--help');
    expect(r.out).toContain('is never\nprinted: hand that file to the library over a secure channel');
    expect((await ilr('libraries', 'rotate', '--help')).out).toContain('connections still on the old key are cut');
  });
});

describe('ilr libraries, against nats-server running the generated config', { timeout: 60_000 }, () => {
  let dir: string;
  let server: NatsServerHandle;
  const saved = process.env['NATS_URL'];
  beforeAll(async () => {
    dir = newDir();
    expect((await ilr('libraries', 'init', '--dir', dir, '--store-dir', join(dir, 'jetstream'))).error).toBeUndefined();
    expect(readFileSync(join(dir, 'nats', 'single.conf'), 'utf8')).toContain(`store_dir: ${JSON.stringify(join(dir, 'jetstream'))}`);
    server = await startNats({ configFile: join(dir, 'nats', 'single.conf') });
    process.env['NATS_URL'] = server.url;
    const provisioned = await ilr('libraries', 'init', '--dir', dir, '--provision');
    expect(provisioned.error).toBeUndefined();
    expect(provisioned.out).toMatch(/^provisioned \(R1\): 0 unchanged, ILR_INGRESS created, /m);
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env['NATS_URL'];
    else process.env['NATS_URL'] = saved;
    await server?.stop();
  });

  // --monitor: the CLI waits for each reload, so a connection is not made while the server
  // reloads (nats-server 2.9 may refuse one then).
  it('adds a library: it can connect after the reloads, its entry lists its key, its consumer exists; revoking cuts it off', async () => {
    const add = await ilr('libraries', 'add', 'mt-bozeman', ...BOZEMAN, '--dir', dir, '--reload', String(server.pid), '--monitor', server.monitorUrl);
    expect(add.error).toBeUndefined();
    expect(add.out).toMatch(new RegExp(`^reload: nats-server ${server.pid} reloaded its configuration \\(2 times: a new account is bound on the second\\)$`, 'm'));
    expect(add.out).toMatch(/^directory: mt-bozeman added with signing key U[A-Z2-7]{55}; delivery consumer deliver-mt-bozeman ready$/m);
    const key = (await AccessStore.open(dir)).principal('mt-bozeman')!.keys[0]!.publicKey;

    const op = await connectNats({ credentials: { seedFile: join(dir, 'keys', 'ilr-operator.nk') } });
    try {
      const entry = await (await Directory.open(op)).get('mt-bozeman');
      expect(entry).toMatchObject({ id: 'mt-bozeman', name: 'Bozeman Public Library', jurisdiction: 'US-MT', groups: ['msc'], signingKeys: [key] });
      expect((await ilr('libraries', 'list', '--dir', dir)).out).toMatch(/^mt-bozeman\s+library\s+U[A-Z2-7]{55}  in directory$/m);

      const seed = readFileSync(join(dir, 'keys', 'mt-bozeman.nk'), 'utf8');
      const lib = await connectNats({ credentials: { seed }, inboxPrefix: libraryInboxPrefix('mt-bozeman'), jsApiPrefix: LIBRARY_JS_API_PREFIX, reconnectTimeWaitMs: 50 });
      expect((await lib.jetstream().consumers.get(STREAMS.delivery.name, libraryConsumerName('mt-bozeman')).then((c) => c.info())).name).toBe('deliver-mt-bozeman');

      const revoke = await ilr('libraries', 'revoke', 'mt-bozeman', '--dir', dir, '--reload', String(server.pid), '--monitor', server.monitorUrl);
      expect(revoke.error).toBeUndefined();
      expect(revoke.out).toMatch(/^directory: mt-bozeman removed$/m);
      expect(String(await lib.nc.closed())).toMatch(/authorization/i);
      await expect(connectNats({ credentials: { seed }, timeoutMs: 2000 })).rejects.toMatchObject({ code: 'AUTH' });
      expect(await (await Directory.open(op)).get('mt-bozeman')).toBeNull();
    } finally {
      await op.close();
    }
  });
});
