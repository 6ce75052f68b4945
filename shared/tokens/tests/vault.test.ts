import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { TokenError, TokenVault, looksLikeToken, tokenKeyId, type OutstandingCheck } from '../src/index.js';
import { fakeClock, freshDir, removeDirs } from './helpers.js';

afterAll(removeDirs);

const open = (dir: string, extra: Partial<Parameters<typeof TokenVault.open>[0]> = {}) => TokenVault.open({ dir, library: 'mt-bozeman', ...extra });
const nothingOwed: OutstandingCheck = async () => false;

describe('tokens', () => {
  it('are ilr1.<key>.<22 characters>, different for every partner and transaction, even for one patron', async () => {
    const vault = await open(freshDir());
    const tokens = [];
    for (const partner of ['wi-madison', 'or-hillsboro']) {
      for (const tx of ['t1', 't2', 't3']) tokens.push(await vault.mint({ patron: 'bzn-p1', partner, transaction: tx }));
    }
    const other = await vault.mint({ patron: 'bzn-p2-with-a-much-longer-id', partner: 'wi-madison', transaction: 't9' });
    expect(new Set(tokens).size).toBe(6);
    for (const t of [...tokens, other]) {
      expect(looksLikeToken(t)).toBe(true);
      expect(t).toMatch(/^ilr1\.k[0-9a-f]{8}\.[A-Za-z0-9_-]{22}$/);
      expect(t).not.toContain('bzn');
    }
    // Same length and key id whatever the patron: nothing in the form tells patrons apart.
    expect(new Set([...tokens, other].map((t) => t.length)).size).toBe(1);
    expect(new Set([...tokens, other].map(tokenKeyId)).size).toBe(1);
  });

  it('reuse the token of an open transaction for the same patron and partner (a retried send)', async () => {
    const vault = await open(freshDir());
    const a = await vault.mint({ patron: 'bzn-p1', partner: 'wi-madison', transaction: 'ill-7' });
    const again = await vault.mint({ patron: 'bzn-p1', partner: 'wi-madison', transaction: 'ill-7', item: '3150001' });
    expect(again).toBe(a);
    expect(vault.resolve(a)).toMatchObject({ status: 'RESOLVED', patron: 'bzn-p1', item: '3150001', transaction: 'ill-7', state: 'OPEN' });
    await vault.complete({ transaction: 'ill-7' });
    expect(await vault.mint({ patron: 'bzn-p1', partner: 'wi-madison', transaction: 'ill-7' })).not.toBe(a);
  });

  it('resolve only for the partner they were minted for, and never when forged or not ours', async () => {
    const vault = await open(freshDir());
    const token = await vault.mint({ patron: 'bzn-p1', partner: 'wi-madison', transaction: 't1', item: 'i1' });
    expect(vault.resolve(token, { counterpart: 'wi-madison' })).toEqual({
      status: 'RESOLVED', patron: 'bzn-p1', item: 'i1', partner: 'wi-madison', transaction: 't1', state: 'OPEN', kid: tokenKeyId(token),
    });
    expect(vault.resolve(token, { counterpart: 'or-hillsboro' })).toEqual({ status: 'UNRESOLVED', reason: 'WRONG_PARTNER' });
    const forged = `${token.slice(0, -4)}AAAA`;
    expect(vault.resolve(forged)).toEqual({ status: 'UNRESOLVED', reason: 'NO_LINK' });
    expect(vault.resolve('ilr1.k00000000.AAAAAAAAAAAAAAAAAAAAAA')).toEqual({ status: 'UNRESOLVED', reason: 'UNKNOWN_KEY' });
    expect(vault.resolve('tok-bzn-7f3a91c2')).toEqual({ status: 'NOT_A_TOKEN' });
  });

  it('do not resolve when the sealed link was tampered with', async () => {
    const dir = freshDir();
    const vault = await open(dir);
    const a = await vault.mint({ patron: 'bzn-p1', partner: 'wi-madison', transaction: 't1' });
    const b = await vault.mint({ patron: 'bzn-p2', partner: 'wi-madison', transaction: 't2' });
    // Swap the sealed links of the two entries: each must now fail to open.
    const file = vault.files.ledger;
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    [lines[0].entry.sealed, lines[1].entry.sealed] = [lines[1].entry.sealed, lines[0].entry.sealed];
    writeFileSync(file, lines.map((l) => JSON.stringify(l) + '\n').join(''));
    expect(vault.resolve(a)).toEqual({ status: 'UNRESOLVED', reason: 'UNREADABLE' });
    expect(vault.resolve(b)).toEqual({ status: 'UNRESOLVED', reason: 'UNREADABLE' });
  });
});

describe('files', () => {
  it('are private (0600, directory 0700) and hold no patron id, item or token in the clear', async () => {
    const dir = freshDir();
    const clock = fakeClock();
    const vault = await open(dir, { now: clock.now, retentionDays: 0 });
    const token = await vault.mint({ patron: 'bzn-p1', partner: 'wi-madison', transaction: 'ill-42', item: '31500000901234' });
    await vault.complete({ transaction: 'ill-42' });
    await vault.mint({ patron: 'bzn-p1', partner: 'wi-madison', transaction: 'ill-43', item: '31500000905678' });
    await vault.retain({ outstanding: nothingOwed });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(vault.files.keystore).mode & 0o777).toBe(0o600);
    expect(statSync(vault.files.ledger).mode & 0o777).toBe(0o600);
    for (const file of Object.values(vault.files).filter((f) => !f.endsWith('.lock'))) {
      const text = readFileSync(file, 'utf8');
      for (const secret of ['bzn-p1', '31500000901234', '31500000905678', token, token.split('.')[2]!]) expect(text).not.toContain(secret);
    }
  });

  it('refuses a keystore others may read, and one that is not valid, naming the field', async () => {
    const dir = freshDir();
    const vault = await open(dir);
    await vault.rotate();
    chmodSync(vault.files.keystore, 0o644);
    await expect(open(dir)).rejects.toMatchObject({ code: 'INSECURE_FILE', message: expect.stringContaining('chmod 600') });
    chmodSync(vault.files.keystore, 0o600);
    const data = JSON.parse(readFileSync(vault.files.keystore, 'utf8'));
    data.keys[0].material = 'short';
    writeFileSync(vault.files.keystore, JSON.stringify(data));
    await expect(open(dir)).rejects.toThrow(/mt-bozeman\.keys\.json: keys\.0\.material: key material is 32 bytes in base64/);
  });

  it('are not created by `ilr keys` (create: false) where there is no keystore', async () => {
    await expect(open(freshDir(), { create: false })).rejects.toMatchObject({ code: 'NO_KEYSTORE' });
    await expect(TokenVault.open({ dir: freshDir(), library: '../etc' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('are shared between processes: what one shreds, the other no longer resolves', async () => {
    const dir = freshDir();
    const connector = await open(dir);
    const token = await connector.mint({ patron: 'bzn-p1', partner: 'wi-madison', transaction: 't1' });
    const operator = await open(dir, { create: false }); // as `ilr keys` would
    await operator.rotate();
    await expect(operator.shred(tokenKeyId(token)!)).rejects.toMatchObject({ code: 'KEY_IN_USE' });
    expect(connector.resolve(token).status).toBe('RESOLVED');
    expect(await operator.shred(tokenKeyId(token)!, { force: true })).toEqual({ key: tokenKeyId(token), purged: 1, alreadyShredded: false });
    expect(connector.resolve(token)).toEqual({ status: 'UNRESOLVED', reason: 'SHREDDED' });
  });

  it('wait for a lock another live process holds, and take over one a dead process left', async () => {
    const dir = freshDir();
    const vault = await open(dir, { lockTimeoutMs: 100 });
    writeFileSync(vault.files.lock, String(process.pid)); // "another" live process
    await expect(vault.rotate()).rejects.toMatchObject({ code: 'LOCKED' });
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(vault.files.lock, String(dead));
    await expect(vault.rotate()).resolves.toMatchObject({ state: 'active' });
    // A lock file with no pid (its writer died at once) is taken over once it is old.
    writeFileSync(vault.files.lock, '');
    await expect(vault.rotate()).rejects.toMatchObject({ code: 'LOCKED' });
    const old = new Date(Date.now() - 60_000);
    utimesSync(vault.files.lock, old, old);
    await expect(vault.rotate()).resolves.toMatchObject({ state: 'active' });
  });
});

describe('keys', () => {
  it('rotate once per retention period; tokens of the retired key still resolve', async () => {
    const clock = fakeClock();
    const vault = await open(freshDir(), { now: clock.now, retentionDays: 30 });
    const first = await vault.mint({ patron: 'bzn-p1', partner: 'wi-madison', transaction: 't1' });
    clock.advanceDays(29);
    expect(await vault.rotateIfDue()).toBeUndefined();
    clock.advanceDays(1);
    const rotated = await vault.rotateIfDue();
    expect(rotated?.id).not.toBe(tokenKeyId(first));
    const second = await vault.mint({ patron: 'bzn-p1', partner: 'wi-madison', transaction: 't2' });
    expect(tokenKeyId(second)).toBe(rotated?.id);
    expect(vault.resolve(first).status).toBe('RESOLVED');
    const states = Object.fromEntries(vault.status().keys.map((k) => [k.id, k.state]));
    expect(states).toEqual({ [tokenKeyId(first)!]: 'retired', [rotated!.id]: 'active' });
  });

  it('are rotated by mint itself when the period ran out without a maintenance run', async () => {
    const clock = fakeClock();
    const vault = await open(freshDir(), { now: clock.now, retentionDays: 7 });
    const a = await vault.mint({ patron: 'p', partner: 'wi-madison', transaction: 't1' });
    clock.advanceDays(8);
    const b = await vault.mint({ patron: 'p', partner: 'wi-madison', transaction: 't2' });
    expect(tokenKeyId(b)).not.toBe(tokenKeyId(a));
  });

  it('shred: refused for the active key, and the material leaves the keystore file', async () => {
    const vault = await open(freshDir());
    const token = await vault.mint({ patron: 'bzn-p1', partner: 'wi-madison', transaction: 't1' });
    const kid = tokenKeyId(token)!;
    await expect(vault.shred(kid)).rejects.toThrow(/active key of mt-bozeman: rotate first/);
    await expect(vault.shred('k00000000')).rejects.toBeInstanceOf(TokenError);
    const material = JSON.parse(readFileSync(vault.files.keystore, 'utf8')).keys[0].material as string;
    await vault.rotate();
    await vault.shred(kid, { force: true });
    expect(readFileSync(vault.files.keystore, 'utf8')).not.toContain(material);
    expect(vault.status().keys.find((k) => k.id === kid)).toMatchObject({ state: 'shredded', links: { open: 0, completed: 0 } });
    expect(await vault.shred(kid)).toMatchObject({ alreadyShredded: true });
    expect(vault.journal().map((r) => r.event)).toEqual(['KEY_ROTATED', 'KEY_ROTATED', 'KEY_SHREDDED']);
  });
});

describe('retention', () => {
  it('expunges completed links after the period unless materials or fines are outstanding; journals counts only', async () => {
    const clock = fakeClock();
    const dir = freshDir();
    const vault = await open(dir, { now: clock.now, retentionDays: 7 });
    const owing = new Set(['bzn-owes']);
    const outstanding: OutstandingCheck = async (p) => (p === 'bzn-unknown' ? undefined : owing.has(p));
    const done = await vault.mint({ patron: 'bzn-p1', partner: 'wi-madison', transaction: 'a', item: 'i-a' });
    const owes = await vault.mint({ patron: 'bzn-owes', partner: 'wi-madison', transaction: 'b', item: 'i-b' });
    const unknown = await vault.mint({ patron: 'bzn-unknown', partner: 'wi-madison', transaction: 'c' });
    const stillOpen = await vault.mint({ patron: 'bzn-p1', partner: 'or-hillsboro', transaction: 'd' });
    await vault.complete({ transaction: 'a' });
    await vault.complete({ transaction: 'b', partner: 'wi-madison' });
    await vault.complete({ token: unknown });

    clock.advanceDays(6);
    expect(await vault.retain({ outstanding })).toMatchObject({ purged: 0, withinPeriod: 3, open: 1 });
    clock.advanceDays(1);
    expect(await vault.retain({ outstanding })).toMatchObject({ retentionDays: 7, purged: 1, keptOutstanding: 1, deferred: 1, withinPeriod: 0, open: 1 });
    expect(vault.resolve(done)).toEqual({ status: 'UNRESOLVED', reason: 'NO_LINK' });
    expect(vault.resolve(owes).status).toBe('RESOLVED');
    expect(vault.resolve(unknown).status).toBe('RESOLVED');
    expect(vault.resolve(stillOpen).status).toBe('RESOLVED');

    owing.delete('bzn-owes'); // fines paid
    expect(await vault.retain({ outstanding })).toMatchObject({ purged: 1, keptOutstanding: 0 });
    expect(vault.resolve(owes)).toEqual({ status: 'UNRESOLVED', reason: 'NO_LINK' });

    const journal = vault.journal();
    expect(journal.map((r) => r.event === 'RETENTION' && r.purged)).toEqual([false, 0, 1, 1]); // first: the initial key
    expect(JSON.stringify(journal)).not.toMatch(/bzn|i-a|i-b|ilr1\./);
  });

  it('a retention period of 0 expunges at completion; spent keys are then shredded', async () => {
    const clock = fakeClock();
    const vault = await open(freshDir(), { now: clock.now, retentionDays: 0 });
    const token = await vault.mint({ patron: 'bzn-p1', partner: 'wi-madison', transaction: 't1' });
    await vault.complete({ transaction: 't1' });
    clock.advanceDays(1);
    const report = await vault.maintain({ outstanding: nothingOwed });
    expect(report.retention.purged).toBe(1);
    expect(report.rotated).toBeDefined();
    expect(report.shredded).toEqual([tokenKeyId(token)]);
    expect(vault.resolve(token)).toEqual({ status: 'UNRESOLVED', reason: 'SHREDDED' });
  });

  it('asks the library system once per patron, and defers when it fails', async () => {
    const clock = fakeClock();
    const vault = await open(freshDir(), { now: clock.now, retentionDays: 1 });
    for (const tx of ['a', 'b', 'c']) await vault.mint({ patron: 'bzn-p1', partner: 'wi-madison', transaction: tx });
    for (const tx of ['a', 'b', 'c']) await vault.complete({ transaction: tx });
    clock.advanceDays(2);
    let asked = 0;
    const failing: OutstandingCheck = async () => {
      asked++;
      throw new Error('ILS down');
    };
    expect(await vault.retain({ outstanding: failing })).toMatchObject({ purged: 0, deferred: 3 });
    expect(asked).toBe(1);
  });

  it('needs a retention period', async () => {
    const vault = await open(freshDir());
    await expect(vault.retain({ outstanding: nothingOwed })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
