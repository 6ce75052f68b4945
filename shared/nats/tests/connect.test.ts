import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createUser } from '@nats-io/nkeys';
import { startNats, reserveFreePorts, type NatsServerHandle } from '@ilr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_NATS_URL, NatsSetupError, connectNats, credentialsFromEnv, provision, resolveServers } from '../src/index.js';

describe('connectNats', { timeout: 60_000 }, () => {
  let server: NatsServerHandle;
  beforeAll(async () => {
    server = await startNats();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('resolves servers from the option, then NATS_URL, then the default', () => {
    const saved = process.env['NATS_URL'];
    try {
      delete process.env['NATS_URL'];
      expect(resolveServers()).toEqual([DEFAULT_NATS_URL]);
      process.env['NATS_URL'] = 'nats://a:4222, nats://b:4222';
      expect(resolveServers()).toEqual(['nats://a:4222', 'nats://b:4222']);
      expect(resolveServers('nats://c:1')).toEqual(['nats://c:1']);
      expect(resolveServers(['nats://d:1', 'nats://e:2'])).toEqual(['nats://d:1', 'nats://e:2']);
    } finally {
      if (saved === undefined) delete process.env['NATS_URL'];
      else process.env['NATS_URL'] = saved;
    }
  });

  it('connects, and creates JetStream and KV handles lazily and once', async () => {
    const saved = process.env['NATS_URL'];
    process.env['NATS_URL'] = server.url; // the default path
    try {
      const conn = await connectNats({ name: 'test-client' });
      expect(conn.servers).toEqual([server.url]);
      expect(conn.jetstream()).toBe(conn.jetstream());
      const jsm = await conn.jetstreamManager();
      expect(await conn.jetstreamManager()).toBe(jsm);
      await expect(conn.kv('ilr-directory')).rejects.toMatchObject({ code: 'NOT_PROVISIONED' });
      await provision(conn);
      const kv = await conn.kv('ilr-directory');
      expect(await conn.kv('ilr-directory')).toBe(kv);
      await kv.put('mt-bozeman', JSON.stringify({ id: 'mt-bozeman' }));
      expect((await kv.get('mt-bozeman'))?.json()).toEqual({ id: 'mt-bozeman' });
      await conn.close();
      await conn.close(); // safe twice
    } finally {
      if (saved === undefined) delete process.env['NATS_URL'];
      else process.env['NATS_URL'] = saved;
    }
  });

  it('uses a JetStream API prefix when given one (a library reaches its consumer under its account\'s prefix)', async () => {
    const conn = await connectNats({ servers: server.url, jsApiPrefix: 'NOWHERE.API' });
    await expect(conn.jetstreamManager()).rejects.toMatchObject({ code: 'NOT_PROVISIONED' }); // NOWHERE.API.INFO: no responders
    await conn.close();
    const saved = process.env['NATS_JS_API_PREFIX'];
    process.env['NATS_JS_API_PREFIX'] = 'NOWHERE.API';
    try {
      const fromEnv = await connectNats({ servers: server.url });
      await expect(fromEnv.jetstreamManager()).rejects.toMatchObject({ code: 'NOT_PROVISIONED' });
      await fromEnv.close();
    } finally {
      if (saved === undefined) delete process.env['NATS_JS_API_PREFIX'];
      else process.env['NATS_JS_API_PREFIX'] = saved;
    }
    const plain = await connectNats({ servers: server.url });
    expect(await plain.jetstreamManager()).toBeDefined();
    await plain.close();
  });

  it('says clearly when no server answers', async () => {
    const [port] = await reserveFreePorts(1);
    const url = `nats://127.0.0.1:${port}`;
    const err = await connectNats({ servers: url, timeoutMs: 1000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NatsSetupError);
    expect((err as NatsSetupError).code).toBe('UNREACHABLE');
    expect((err as Error).message).toMatch(new RegExp(`^cannot reach NATS at ${url}: .+; is nats-server running\\? set NATS_URL$`));
  });

  it('reports a missing or malformed credentials file as a config error', async () => {
    await expect(connectNats({ servers: server.url, credentials: { credsFile: '/nonexistent/x.creds' } })).rejects.toMatchObject({
      code: 'CONFIG',
    });
    await expect(connectNats({ servers: server.url, credentials: { creds: 'not a creds file' } })).rejects.toMatchObject({
      code: 'CONFIG',
      message: expect.stringMatching(/not a NATS \.creds file/),
    });
  });

  it('reconnects by itself after the server restarts', async () => {
    const conn = await connectNats({ servers: server.url, reconnectTimeWaitMs: 50, reconnectJitterMs: 50 });
    const reconnected = (async () => {
      for await (const s of conn.nc.status()) if (s.type === 'reconnect') return true;
      return false;
    })();
    await server.kill('SIGKILL');
    await server.restart();
    expect(await reconnected).toBe(true);
    await conn.nc.flush();
    await conn.close();
  });
});

describe('connectNats with authentication', { timeout: 60_000 }, () => {
  const user = createUser();
  const nkeyUser = createUser();
  let server: NatsServerHandle;
  beforeAll(async () => {
    server = await startNats({
      config: [
        'authorization {',
        '  users: [',
        '    { user: alice, password: "s3cret" }',
        `    { nkey: ${user.getPublicKey()} }`,
        `    { nkey: ${nkeyUser.getPublicKey()} }`,
        '  ]',
        '}',
      ].join('\n'),
    });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('authenticates with user and password', async () => {
    const conn = await connectNats({ servers: server.url, credentials: { user: 'alice', pass: 's3cret' } });
    await conn.nc.flush();
    await conn.close();
  });

  it('authenticates with an nkey seed (string or bytes)', async () => {
    const a = await connectNats({ servers: server.url, credentials: { seed: new TextDecoder().decode(user.getSeed()) } });
    await a.nc.flush();
    await a.close();
    const b = await connectNats({ servers: server.url, credentials: { seed: nkeyUser.getSeed() } });
    await b.nc.flush();
    await b.close();
  });

  it('says the credentials were refused, not that the server is unreachable', async () => {
    const err = await connectNats({ servers: server.url, credentials: { user: 'alice', pass: 'wrong' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NatsSetupError);
    expect((err as NatsSetupError).code).toBe('AUTH');
    expect((err as Error).message).toMatch(/refused the credentials/);
    const none = await connectNats({ servers: server.url }).catch((e: unknown) => e);
    expect((none as NatsSetupError).code).toBe('AUTH');
  });

  it('reads a .creds file (decorated JWT + seed) and signs with its seed', async () => {
    // Without an operator the server ignores the JWT and checks the nkey signature, so a
    // creds file carrying a configured user's seed gets in and one with an unknown seed does not.
    const credsFor = (seed: Uint8Array): string =>
      [
        '-----BEGIN NATS USER JWT-----',
        'eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ.e30.c2ln',
        '------END NATS USER JWT------',
        '',
        '-----BEGIN USER NKEY SEED-----',
        new TextDecoder().decode(seed),
        '------END USER NKEY SEED------',
        '',
      ].join('\n');
    const good = join(server.dir, 'good.creds');
    writeFileSync(good, credsFor(user.getSeed()));
    const conn = await connectNats({ servers: server.url, credentials: { credsFile: good } });
    await conn.nc.flush();
    await conn.close();
    const fromText = await connectNats({ servers: server.url, credentials: { creds: credsFor(nkeyUser.getSeed()) } });
    await fromText.close();

    const bad = join(server.dir, 'bad.creds');
    writeFileSync(bad, credsFor(createUser().getSeed()));
    const err = await connectNats({ servers: server.url, credentials: { credsFile: bad } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NatsSetupError);
    expect((err as NatsSetupError).code).toBe('AUTH');
  });
  it('authenticates with an nkey seed file, and takes credentials from the environment', async () => {
    const seedFile = join(server.dir, 'user.nk');
    writeFileSync(seedFile, `${new TextDecoder().decode(user.getSeed())}\n`, { mode: 0o600 });
    const a = await connectNats({ servers: server.url, credentials: { seedFile } });
    await a.nc.flush();
    await a.close();

    const saved = { ...process.env };
    try {
      process.env['NATS_NKEY_SEED_FILE'] = seedFile;
      const b = await connectNats({ servers: server.url });
      await b.nc.flush();
      await b.close();
      delete process.env['NATS_NKEY_SEED_FILE'];
      process.env['NATS_NKEY_SEED'] = new TextDecoder().decode(nkeyUser.getSeed());
      const c = await connectNats({ servers: server.url });
      await c.nc.flush();
      await c.close();
      process.env['NATS_CREDS'] = '/nonexistent.creds';
      await expect(connectNats({ servers: server.url })).rejects.toMatchObject({ code: 'CONFIG', message: 'set only one of NATS_CREDS, NATS_NKEY_SEED' });
    } finally {
      for (const k of ['NATS_CREDS', 'NATS_NKEY_SEED_FILE', 'NATS_NKEY_SEED']) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
    }
  });

  it('says what is wrong with a seed, without repeating it', async () => {
    const notSeed = join(server.dir, 'not-a-seed.nk');
    writeFileSync(notSeed, 'SUXXXXsecret-looking-text\n');
    const err = await connectNats({ servers: server.url, credentials: { seedFile: notSeed } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CONFIG', message: `${notSeed} does not hold an nkey user seed (one line SU...)` });
    expect((err as Error).message).not.toContain('secret-looking');
    await expect(connectNats({ servers: server.url, credentials: { seedFile: '/nonexistent/x.nk' } })).rejects.toMatchObject({ code: 'CONFIG' });
    expect(() => credentialsFromEnv({ NATS_NKEY_SEED: 'hunter2' })).toThrow(/^NATS_NKEY_SEED is not an nkey user seed \(SU\.\.\.\)$/);
    expect(credentialsFromEnv({})).toBeUndefined();
    expect(credentialsFromEnv({ NATS_CREDS: '/etc/x.creds' })).toEqual({ credsFile: '/etc/x.creds' });
  });
});
