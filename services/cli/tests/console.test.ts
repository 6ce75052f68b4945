// `ilr console users`: the console's users file, made and read through the command.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserStore } from '@ilr/console';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../src/index.js';
import { runIlr } from './ilr.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ilr-console-users-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = undefined;
});
const ilr = (...args: string[]) => runIlr([...args, '--dir', dir], { mergeErr: true });

describe('ilr console users', () => {
  it('adds a user with a generated password that logs in, lists and removes it', async () => {
    const add = await ilr('console', 'users', 'add', 'ada', '--role', 'operator');
    expect(add.error).toBeUndefined();
    const password = /password: (\S+)/.exec(add.out)![1]!;
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect(await new UserStore(dir).verify('ada', password)).toMatchObject({ role: 'operator' });
    expect(statSync(join(dir, 'users.json')).mode & 0o777).toBe(0o600);

    await ilr('console', 'users', 'add', 'dora', '--role', 'director', '--library', 'mt-bozeman');
    const list = await ilr('console', 'users', 'list');
    expect(list.out).toMatch(/ada\s+operator\s+-/);
    expect(list.out).toMatch(/dora\s+director\s+mt-bozeman/);
    expect(list.out).toContain('2 users');
    expect(list.out).not.toContain(password);
    const json = JSON.parse((await ilr('console', 'users', 'list', '--json')).out) as { name: string }[];
    expect(json.map((u) => u.name)).toEqual(['ada', 'dora']);

    expect((await ilr('console', 'users', 'remove', 'ada')).out).toContain('ada: removed');
    const again = await ilr('console', 'users', 'remove', 'ada');
    expect(again.error).toBeInstanceOf(CliError);
    expect(again.error!.message).toContain('no console user ada');
  });

  it('says what is wrong with a bad role or a director without a library', async () => {
    const bad = await ilr('console', 'users', 'add', 'ada', '--role', 'root');
    expect(bad.error!.message).toBe('--role must be one of viewer, operator, admin, director, not "root"');
    const dir2 = await ilr('console', 'users', 'add', 'dora', '--role', 'director');
    expect(dir2.error!.message).toContain('a director belongs to one library');
    const help = await runIlr(['console', 'users', '--help']);
    expect(help.out).toContain('director   belongs to one library');
  });
});
