import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NatsHarnessError, chooseBackend, startNats, type NatsServerHandle } from '../src/index.js';
import { connectTo, eventually, getMessage, jsApi, jsPublish } from './helpers.js';

const started: NatsServerHandle[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.stop()));
});
async function start(opts: Parameters<typeof startNats>[0] = {}): Promise<NatsServerHandle> {
  const s = await startNats({ backend: 'local', ...opts });
  started.push(s);
  return s;
}

describe('startNats', { timeout: 60_000 }, () => {
  it('picks the local binary on a machine without a Docker engine', async () => {
    // This machine has no Docker engine; the local path is the one these tests exercise.
    expect(await chooseBackend('auto')).toBe('local');
  });

  it('starts a JetStream server on free ports and stops it, removing its dir', async () => {
    const s = await start();
    expect(s.backend).toBe('local');
    expect(s.port).toBeGreaterThan(0);
    expect(s.monitorPort).toBeGreaterThan(0);
    expect(s.url).toBe(`nats://127.0.0.1:${s.port}`);
    expect(readFileSync(s.configPath, 'utf8')).toContain(`server_name: "${s.name}"`);
    expect(s.running).toBe(true);

    const nc = await connectTo(s.url);
    const info = await jsApi<{ type: string }>(nc, 'INFO');
    expect(info.type).toBe('io.nats.jetstream.api.v1.account_info_response');
    const sub = nc.subscribe('echo', { callback: (_e, m) => void m.respond(m.data) });
    expect((await nc.request('echo', 'hi')).string()).toBe('hi');
    sub.unsubscribe();
    await nc.close();

    const health = await fetch(`${s.monitorUrl}/healthz`);
    expect(health.status).toBe(200);

    await s.stop();
    expect(s.running).toBe(false);
    expect(existsSync(s.dir)).toBe(false);
    await expect(connectTo(s.url, { maxReconnectAttempts: 0, timeout: 1000 })).rejects.toThrow();
    await s.stop(); // idempotent
  });

  it('runs two servers side by side on different ports', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    expect(a!.port).not.toBe(b!.port);
    expect(a!.storeDir).not.toBe(b!.storeDir);
  });

  it('keeps JetStream data across SIGKILL and restart on the same port', async () => {
    const s = await start();
    const { port, monitorPort, storeDir } = s;
    let nc = await connectTo(s.url);
    await jsApi(nc, 'STREAM.CREATE.CHAOS', { name: 'CHAOS', subjects: ['chaos.>'], storage: 'file', num_replicas: 1 });
    const ack = await jsPublish(nc, 'chaos.one', 'survives kill -9');
    expect(ack).toMatchObject({ stream: 'CHAOS', seq: 1 });
    await nc.close();

    const pid = s.pid;
    await s.kill('SIGKILL');
    expect(s.running).toBe(false);
    expect(() => process.kill(pid!, 0)).toThrow(); // really gone

    await s.restart();
    expect(s.running).toBe(true);
    expect(s.pid).not.toBe(pid);
    expect([s.port, s.monitorPort, s.storeDir]).toEqual([port, monitorPort, storeDir]);
    expect(readFileSync(s.configPath, 'utf8')).toContain(`port: ${port}`);

    nc = await connectTo(s.url);
    expect(await getMessage(nc, 'CHAOS', 1)).toBe('survives kill -9');
    await nc.close();
  });

  it('restarts a running server gracefully, and a client reconnects by itself', async () => {
    const s = await start();
    const nc = await connectTo(s.url);
    await jsApi(nc, 'STREAM.CREATE.R', { name: 'R', subjects: ['r.>'], storage: 'file' });
    await jsPublish(nc, 'r.1', 'one');
    await s.restart();
    // Same URL: the existing connection comes back without help (a request sent while
    // it is still reconnecting may time out, hence eventually()).
    expect(await eventually(() => getMessage(nc, 'R', 1))).toBe('one');
    await nc.close();
  });

  it('accepts extra config (users, permissions) and reloads it live', async () => {
    const s = await start({
      config: 'authorization { users: [ { user: alice, password: "s3cret" } ] }',
    });
    await expect(connectTo(s.url, { maxReconnectAttempts: 0 })).rejects.toThrow(/Authorization/i);
    const nc = await connectTo(s.url, { user: 'alice', pass: 's3cret' });
    await nc.flush();
    await nc.close();

    await s.reload('authorization { users: [ { user: bob, password: "other" } ] }');
    await expect(connectTo(s.url, { user: 'alice', pass: 's3cret', maxReconnectAttempts: 0 })).rejects.toThrow(/Authorization/i);
    const nb = await connectTo(s.url, { user: 'bob', pass: 'other' });
    await nb.close();
  });

  it('passes the work dir to a config function and writes extra files there', async () => {
    const s = await start({
      files: { 'note.txt': 'hello' },
      config: (ctx) => `# dir ${ctx.dir} store ${ctx.storeDir}`,
      jetstream: 'max_file_store: 1GB',
    });
    const text = readFileSync(s.configPath, 'utf8');
    expect(text).toContain(`# dir ${s.dir} store ${s.storeDir}`);
    expect(text).toContain('max_file_store: 1GB');
    expect(readFileSync(`${s.dir}/note.txt`, 'utf8')).toBe('hello');
  });

  it('uses a fixed port when asked', async () => {
    const first = await start();
    const port = first.port;
    await first.stop();
    const s = await start({ port });
    expect(s.port).toBe(port);
  });

  it('runs a given config file as it is, on its own ports, and reloads it after it changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-config-file-'));
    try {
      const file = join(dir, 'server.conf');
      const users = (user: string) => writeFileSync(join(dir, 'users.conf'), `authorization { users: [ { user: ${user}, password: pw } ] }\n`);
      writeFileSync(file, `server_name: from-file\nlisten: "0.0.0.0:4222"\njetstream { store_dir: ${JSON.stringify(join(dir, 'js'))} }\ninclude "users.conf"\n`);
      users('alice');
      const s = await start({ configFile: file });
      expect(s.configPath).toBe(file);
      expect(s.port).not.toBe(4222); // the file's port is overridden by a free one
      const nc = await connectTo(s.url, { user: 'alice', pass: 'pw' });
      expect(nc.info?.server_name).toBe('from-file');
      expect(await jsApi(nc, 'INFO')).toMatchObject({ streams: 0 }); // JetStream on, in the file's store dir
      await nc.close();
      users('bob');
      await s.reload();
      await expect(connectTo(s.url, { user: 'alice', pass: 'pw', maxReconnectAttempts: 0 })).rejects.toThrow(/Authorization/i);
      await (await connectTo(s.url, { user: 'bob', pass: 'pw' })).close();
      await expect(s.reload('anything')).rejects.toThrow(/change that file, then reload\(\)/);
      expect(existsSync(join(dir, 'js', 'jetstream'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with the server log when the config is broken, leaving nothing behind', async () => {
    const err = await startNats({ backend: 'local', config: 'this is { not valid' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NatsHarnessError);
    expect((err as Error).message).toMatch(/exited|nats-server/);
  });
});
