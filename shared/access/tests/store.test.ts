import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AccessError, AccessStore, BROKER_SERVICES, CONSOLE_PRINCIPAL, OPERATOR_PRINCIPAL, publicKeyOf, reloadNatsServer, resolvePid, servicePrincipal } from '../src/index.js';
import { tempDir } from './helpers.js';

const SEED = /SU[A-Z2-7]{56}/;
const dirs: Array<{ remove: () => void }> = [];
const fresh = (): string => {
  const t = tempDir('ilr-store-');
  dirs.push(t);
  return join(t.dir, 'store');
};
afterAll(() => dirs.forEach((d) => d.remove()));

const code = async (p: Promise<unknown>): Promise<string> => {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof AccessError)) throw new Error(`expected an AccessError, got ${String(e)}`);
  return `${e.code}: ${e.message}`;
};

describe('the credentials store', () => {
  it('issues the broker users once, each with a seed file only its owner can read, and keeps no seed in the registry', async () => {
    const dir = fresh();
    const store = await AccessStore.open(dir);
    expect(store.principals()).toEqual([]);
    const issued = await store.ensureBroker();
    expect(issued).toEqual([...BROKER_SERVICES.map(servicePrincipal), OPERATOR_PRINCIPAL, CONSOLE_PRINCIPAL]);
    expect(await store.ensureBroker()).toEqual([]);
    for (const name of issued) {
      const p = store.principal(name)!;
      expect(p.kind).toBe(name === OPERATOR_PRINCIPAL ? 'operator' : 'service');
      expect(publicKeyOf(readFileSync(store.seedFile(name), 'utf8'))).toBe(p.keys[0]!.publicKey);
      expect(statSync(store.seedFile(name)).mode & 0o777).toBe(0o600);
    }
    expect(statSync(store.keysDir).mode & 0o777).toBe(0o700);
    expect(readFileSync(join(dir, 'access.json'), 'utf8')).not.toMatch(SEED);
    // Another process opening the same directory sees the same principals.
    expect((await AccessStore.open(dir)).principals()).toEqual(store.principals());
  });

  it('adds a library once; a second add keeps its key', async () => {
    const store = await AccessStore.open(fresh());
    const first = await store.addLibrary('mt-bozeman');
    expect(first.issued).toBe(true);
    const seed = readFileSync(store.seedFile('mt-bozeman'), 'utf8');
    const again = await store.addLibrary('mt-bozeman');
    expect(again).toEqual({ principal: first.principal, issued: false });
    expect(readFileSync(store.seedFile('mt-bozeman'), 'utf8')).toBe(seed);
  });

  it('refuses names that are not library ids, and the broker prefix', async () => {
    const store = await AccessStore.open(fresh());
    expect(await code(store.addLibrary('Mt_Bozeman'))).toMatch(/^INVALID_NAME: "Mt_Bozeman" is not a library id/);
    expect(await code(store.addLibrary('ilr-evil'))).toMatch(/^INVALID_NAME: library ids may not start with "ilr-"/);
    expect(await code(store.addLibrary('ilr-router'))).toBe('INVALID_NAME: ilr-router is a broker user, not a library');
    expect(() => store.seedFile('../etc/passwd')).toThrow(AccessError);
  });

  it('rotates a key: both valid until finished; then the previous one is recorded as retired', async () => {
    const store = await AccessStore.open(fresh());
    const { principal } = await store.addLibrary('mt-bozeman');
    const old = principal.keys[0]!.publicKey;
    const rotating = await store.rotate('mt-bozeman');
    expect(rotating.keys.map((k) => k.publicKey)).toEqual([expect.not.stringMatching(old), old]);
    expect(publicKeyOf(readFileSync(store.seedFile('mt-bozeman'), 'utf8'))).toBe(rotating.keys[0]!.publicKey);
    expect(store.authModel().libraries.find((l) => l.id === 'mt-bozeman')!.users.map((u) => u.publicKey)).toEqual(rotating.keys.map((k) => k.publicKey));
    expect(await code(store.rotate('mt-bozeman'))).toMatch(/^NOT_ALLOWED: mt-bozeman is already rotating/);

    const done = await store.finishRotation('mt-bozeman');
    expect(done.retired).toBe(old);
    expect(done.principal.keys).toEqual([rotating.keys[0]]);
    expect(store.revoked()).toEqual([{ name: 'mt-bozeman', kind: 'library', publicKeys: [old], revokedAt: expect.any(String) }]);
    expect(await code(store.finishRotation('mt-bozeman'))).toBe('NOT_ALLOWED: mt-bozeman has no rotation in progress');
  });

  it('revokes a library: its keys leave the registry and the config, its seed is deleted; broker users are rotated, not revoked', async () => {
    const store = await AccessStore.open(fresh());
    await store.ensureBroker();
    const { principal } = await store.addLibrary('mt-bozeman');
    const seedFile = store.seedFile('mt-bozeman');
    const record = await store.revokeLibrary('mt-bozeman');
    expect(record).toMatchObject({ name: 'mt-bozeman', publicKeys: [principal.keys[0]!.publicKey] });
    expect(store.principal('mt-bozeman')).toBeUndefined();
    expect(existsSync(seedFile)).toBe(false);
    await store.writeConfigs();
    expect(readFileSync(join(store.natsDir, 'auth.conf'), 'utf8')).not.toContain(principal.keys[0]!.publicKey);
    expect(await code(store.revokeLibrary('mt-bozeman'))).toMatch(/^UNKNOWN_PRINCIPAL: mt-bozeman has no credentials in /);
    expect(await code(store.revokeLibrary('ilr-router'))).toBe('NOT_ALLOWED: ilr-router is a broker user: rotate its key instead (rotate ilr-router)');
  });

  it('writes the config set: public keys in auth.conf, the route password only in 0600 files', async () => {
    const store = await AccessStore.open(fresh());
    await store.ensureBroker();
    await store.addLibrary('mt-bozeman');
    const files = await store.writeConfigs();
    expect(files.map((f) => f.slice(store.natsDir.length + 1))).toEqual(['auth.conf', 'routes.conf', 'single.conf', 'cluster/node-1.conf', 'cluster/node-2.conf', 'cluster/node-3.conf']);
    const auth = readFileSync(join(store.natsDir, 'auth.conf'), 'utf8');
    for (const p of store.principals()) expect(auth).toContain(p.keys[0]!.publicKey);
    const password = readFileSync(join(store.keysDir, 'routes.password'), 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(32);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text).not.toMatch(SEED);
      expect(text.includes(password)).toBe(f.endsWith('routes.conf'));
      expect(statSync(f).mode & 0o777).toBe(f.endsWith('routes.conf') ? 0o600 : 0o644);
    }
    // The password is made once: a rewrite keeps it.
    await store.writeConfigs();
    expect(readFileSync(join(store.natsDir, 'routes.conf'), 'utf8')).toContain(password);
  });

  it('keeps deployment settings, and validates them', async () => {
    const dir = fresh();
    const store = await AccessStore.open(dir);
    await store.configure({ storeDir: '/data/nats', clusterRoutes: ['a:7222', 'b:7222', 'c:7222'] });
    const reopened = await AccessStore.open(dir);
    expect(reopened.deployment()).toMatchObject({ storeDir: '/data/nats', clusterRoutes: ['a:7222', 'b:7222', 'c:7222'], listen: '0.0.0.0:4222' });
    expect(await code(store.configure({ clusterRoutes: ['nohost'] }))).toBe('STORE: deployment clusterRoutes.0: must be host:port');
  });

  it('names what is wrong with a damaged registry, and refuses to run beside another writer', async () => {
    const dir = fresh();
    const store = await AccessStore.open(dir);
    await store.addLibrary('mt-bozeman');
    const registry = JSON.parse(readFileSync(join(dir, 'access.json'), 'utf8'));
    registry.principals['mt-bozeman'].keys[0].publicKey = 'SUAM-not-a-public-key';
    writeFileSync(join(dir, 'access.json'), JSON.stringify(registry));
    expect(await code(AccessStore.open(dir))).toMatch(/^STORE: .*access\.json: principals\.mt-bozeman\.keys\.0\.publicKey: must be an nkey user public key \(U\.\.\.\)$/);

    const other = fresh();
    const s = await AccessStore.open(other);
    await s.ensureBroker();
    writeFileSync(join(other, '.lock'), '12345\n');
    expect(await code(s.addLibrary('mt-x'))).toMatch(/^STORE: .*\.lock exists \(since .*\): another ilr libraries command is running/);
  });

  it('sees changes another process made since it was opened', async () => {
    const dir = fresh();
    const one = await AccessStore.open(dir);
    const two = await AccessStore.open(dir);
    await one.addLibrary('lib-one');
    await two.addLibrary('lib-two');
    expect((await AccessStore.open(dir)).principals().map((p) => p.name)).toEqual(['lib-one', 'lib-two']);
  });
});

describe('reloading nats-server', () => {
  it('reads a pid file, and says why a signal could not be sent', async () => {
    const dir = fresh();
    await AccessStore.open(dir).then((s) => s.ensureBroker());
    const pidFile = join(dir, 'nats.pid');
    writeFileSync(pidFile, `${process.pid}\n`);
    expect(await resolvePid(pidFile)).toBe(process.pid);
    expect(await resolvePid('4242')).toBe(4242);
    writeFileSync(pidFile, 'not a pid');
    expect(await code(resolvePid(pidFile))).toMatch(/^RELOAD: the pid file .* does not hold a process id$/);
    expect(await code(reloadNatsServer(2 ** 22 + 12345))).toMatch(/^RELOAD: cannot signal nats-server \(pid \d+\) to reload: no such process$/);
    expect(await code(resolvePid(1))).toBe('RELOAD: 1 is not a nats-server process id');
    // With a monitoring URL each reload is followed; one that cannot be read stops before any signal.
    expect(await code(reloadNatsServer(process.pid, { monitorUrl: 'http://127.0.0.1:1' }))).toMatch(/^RELOAD: cannot read http:\/\/127\.0\.0\.1:1\/varz to follow the reload/);
  });
});
