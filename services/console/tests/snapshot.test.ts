import { describe, expect, it } from 'vitest';
import { Snapshot } from '../src/snapshot.js';

describe('Snapshot', () => {
  it('serves the latest copy while young enough, refreshes an old one, shares one refresh', async () => {
    let loads = 0;
    let t = 0;
    const s = new Snapshot(async () => ++loads, 10_000, () => t);
    const [a, b] = await Promise.all([s.get(), s.get()]);
    expect([a.value, b.value, loads]).toEqual([1, 1, 1]);
    t = 9_000;
    expect((await s.get()).value).toBe(1);
    t = 10_001;
    expect(await s.get()).toEqual({ value: 2, at: 10_001 });
  });

  it('with no age allowed, refreshes for every asker, and a failed refresh is the asker\'s error', async () => {
    let loads = 0;
    const s = new Snapshot(async () => {
      if (++loads === 2) throw new Error('NATS down');
      return loads;
    }, 0);
    expect((await s.get()).value).toBe(1);
    await expect(s.get()).rejects.toThrow('NATS down');
    expect((await s.get()).value).toBe(3);
  });
});
