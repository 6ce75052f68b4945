import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KV_BUCKETS, connectNats, provision, type IlrNats } from '@ilr/nats';
import type { LibraryEntry } from '@ilr/policy';
import { SEEDS_FILE, startNats, type NatsServerHandle } from '@ilr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Directory, DirectoryError, loadDirectoryFile, type DirectoryChange } from '../src/index.js';

const SEEDS = SEEDS_FILE;

describe('loadDirectoryFile', () => {
  it('reads the libraries of the seeds, with defaults applied', async () => {
    const libs = await loadDirectoryFile(SEEDS);
    expect(libs.map((l) => l.id)).toContain('mt-bozeman');
    const madison = libs.find((l) => l.id === 'wi-madison')!;
    expect(madison).toMatchObject({ jurisdiction: 'US-WI', groups: [], publiclyFunded: true, settings: {} });
  });

  it('names the file, the entry and the field of a bad entry', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ilr-dir-'));
    const file = join(dir, 'd.yaml');
    await writeFile(file, 'libraries:\n  - { id: ok-lib, name: Ok, jurisdiction: US-MT }\n  - { id: bad-lib, name: Bad, jurisdiction: montana }\n');
    const err = await loadDirectoryFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DirectoryError);
    expect((err as Error).message).toContain('libraries[1]: jurisdiction');
  });

  it('refuses duplicate ids and a file without libraries', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ilr-dir-'));
    const dup = join(dir, 'dup.yaml');
    await writeFile(dup, 'libraries:\n  - { id: a-lib, name: A, jurisdiction: US-MT }\n  - { id: a-lib, name: B, jurisdiction: US-MT }\n');
    await expect(loadDirectoryFile(dup)).rejects.toThrow(/duplicate library "a-lib"/);
    const none = join(dir, 'none.yaml');
    await writeFile(none, 'cases: []\n');
    await expect(loadDirectoryFile(none)).rejects.toThrow(DirectoryError);
  });
});

describe('Directory on KV', { timeout: 60_000 }, () => {
  let server: NatsServerHandle;
  let nats: IlrNats;
  let dir: Directory;
  let libs: LibraryEntry[];

  beforeAll(async () => {
    server = await startNats();
    nats = await connectNats({ servers: server.url, name: 'directory-test' });
    libs = await loadDirectoryFile(SEEDS);
    await provision(nats, { libraries: libs.map((l) => l.id) });
    dir = await Directory.open(nats);
  });
  afterAll(async () => {
    await nats?.close();
    await server?.stop();
  });

  it('round-trips every seed library', async () => {
    for (const l of libs) await dir.put(l);
    expect(await dir.get('mt-bozeman-fwd')).toEqual(libs.find((l) => l.id === 'mt-bozeman-fwd'));
    expect((await dir.list()).map((l) => l.id)).toEqual(libs.map((l) => l.id).sort());
    expect(await dir.get('no-such-lib')).toBeNull();
    expect(await dir.get('Not.An.Id')).toBeNull();
  });

  it('refuses an invalid entry on write, naming the field', async () => {
    const bad = { id: 'x-lib', name: 'X', jurisdiction: 'US-MT', settings: { forwardEverything: true } } as unknown as LibraryEntry;
    await expect(dir.put(bad)).rejects.toThrow(/x-lib: settings/);
    expect(await dir.get('x-lib')).toBeNull();
  });

  it('refuses an invalid entry on read (written past the API)', async () => {
    const kv = await nats.kv(KV_BUCKETS.directory.bucket);
    await kv.put('rogue-lib', JSON.stringify({ id: 'rogue-lib', name: 'R' }));
    await expect(dir.get('rogue-lib')).rejects.toThrow(/rogue-lib: jurisdiction/);
    await kv.put('other-lib', JSON.stringify({ id: 'mt-bozeman', name: 'B', jurisdiction: 'US-MT' }));
    await expect(dir.get('other-lib')).rejects.toThrow(/holds library mt-bozeman/);
    await kv.delete('rogue-lib');
    await kv.delete('other-lib');
  });

  it('watches puts and removals, and reports invalid entries apart', async () => {
    const changes: DirectoryChange[] = [];
    const errors: DirectoryError[] = [];
    let wake: () => void = () => {};
    const w = await dir.watch(
      (c) => {
        changes.push(c);
        wake();
      },
      (e) => errors.push(e),
    );
    const next = (n: number) => new Promise<void>((r) => (wake = () => changes.length >= n && r()));
    const kv = await nats.kv(KV_BUCKETS.directory.bucket);
    let p = next(1);
    await kv.put('bad-one', '{not json');
    await dir.put({ id: 'new-lib', name: 'New', jurisdiction: 'US-OR', groups: [], publiclyFunded: true, nondisclosurePolicy: true, settings: {} });
    await p;
    p = next(2);
    await dir.remove('new-lib');
    await p;
    w.stop();
    expect(changes).toEqual([
      { id: 'new-lib', entry: expect.objectContaining({ jurisdiction: 'US-OR' }) },
      { id: 'new-lib', entry: null },
    ]);
    expect(errors.map((e) => e.subject)).toEqual(['bad-one']);
    expect(await dir.get('new-lib')).toBeNull();
    await kv.delete('bad-one');
  });
});
