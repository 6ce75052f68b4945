import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { USERS_FILE, UserStore, checkPassword, hashPassword } from '../src/users.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const store = () => new UserStore((dir = mkdtempSync(join(tmpdir(), 'ilr-users-'))));

describe('the console users store', () => {
  it('keeps scrypt hashes, never passwords, in a 0600 file', async () => {
    const s = store();
    await s.add({ name: 'ada', role: 'operator', password: 'a long enough secret' });
    const text = readFileSync(join(dir, USERS_FILE), 'utf8');
    expect(text).not.toContain('a long enough secret');
    expect(text).toMatch(/"hash": "scrypt\$16384\$8\$1\$/);
    expect(statSync(join(dir, USERS_FILE)).mode & 0o777).toBe(0o600);
    expect(await s.verify('ada', 'a long enough secret')).toMatchObject({ name: 'ada', role: 'operator' });
    expect(await s.verify('ada', 'a long enough secreT')).toBeNull();
    expect(await s.verify('bob', 'a long enough secret')).toBeNull();
  });

  it('lists, removes, and refuses bad input with a reason', async () => {
    const s = store();
    await s.add({ name: 'dora', role: 'director', library: 'mt-bozeman', password: 'another long secret' });
    await s.add({ name: 'vic', role: 'viewer', password: 'another long secret' });
    expect((await s.list()).map((u) => [u.name, u.role, u.library])).toEqual([
      ['dora', 'director', 'mt-bozeman'],
      ['vic', 'viewer', undefined],
    ]);
    await expect(s.add({ name: 'vic', role: 'admin', password: 'another long secret' })).rejects.toThrow(/exists already/);
    await expect(s.add({ name: 'x', role: 'viewer', password: 'another long secret' })).rejects.toThrow(/user name "x"/);
    await expect(s.add({ name: 'dan', role: 'director', password: 'another long secret' })).rejects.toThrow(/belongs to one library/);
    await expect(s.add({ name: 'dan', role: 'viewer', library: 'mt-bozeman', password: 'another long secret' })).rejects.toThrow(/only a director/);
    await expect(s.add({ name: 'dan', role: 'viewer', password: 'short' })).rejects.toThrow(/at least 12/);
    await expect(s.add({ name: 'dan', role: 'root' as never, password: 'another long secret' })).rejects.toThrow(/role must be one of/);
    expect(await s.remove('vic')).toBe(true);
    expect(await s.remove('vic')).toBe(false);
    expect((await s.list()).map((u) => u.name)).toEqual(['dora']);
  });

  it('hashes with a fresh salt each time', async () => {
    const [a, b] = [await hashPassword('same password'), await hashPassword('same password')];
    expect(a).not.toBe(b);
    expect(await checkPassword('same password', a)).toBe(true);
    expect(await checkPassword('same password', 'md5$x')).toBe(false);
  });
});
