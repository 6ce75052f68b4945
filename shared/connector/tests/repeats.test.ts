// Exactly once at the recipient, the pure part: how a copy of a message already taken is
// recognised (RepeatFilter), the server's times (rfc3339Nanos), the floor file.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rfc3339Nanos } from '../src/ack-floor.js';
import { FloorFile } from '../src/floor-file.js';
import { RepeatFilter } from '../src/repeats.js';
import { silent } from './helpers.js';

/** Stream timestamps in ns: message n of the "old" stream was stored at T0 + n ms. */
const T0 = Date.UTC(2026, 0, 5) * 1e6;
const at = (seq: number, base = T0) => ({ seq, ts: base + seq * 1e6 });

describe('RepeatFilter', () => {
  it('hands a message over once: a copy after its ack is a repeat, counted', () => {
    const f = new RepeatFilter();
    expect(f.check(at(1))).toBe('new');
    f.begin(at(1));
    f.taken(at(1));
    expect(f.check(at(1))).toBe('acked');
    expect(f.check(at(1))).toBe('acked');
    expect(f.check(at(2))).toBe('new');
    expect(f.stats()).toEqual({ repeats: { acked: 2, belowFloor: 0, inFlight: 0 }, ackFloor: 0, streamResets: 0 });
  });

  it('skips a copy that comes while the first is with the handler; after a nak the next copy is handed over', () => {
    const f = new RepeatFilter();
    expect(f.check(at(7))).toBe('new');
    f.begin(at(7));
    expect(f.check(at(7))).toBe('inFlight');
    f.release(at(7)); // nak, a throwing handler, or one that returned without settling
    expect(f.check(at(7))).toBe('new');
    expect(f.stats().repeats).toEqual({ acked: 0, belowFloor: 0, inFlight: 1 });
  });

  it('never takes a message of a recreated stream for an acked one with the same sequence', () => {
    const f = new RepeatFilter();
    f.taken(at(3));
    const later = T0 + 3_600e9; // the same sequence, stored an hour later
    expect(f.check(at(3, later))).toBe('new');
  });

  it('treats a message at or below the ack floor as taken (the server lost the consumer state)', () => {
    const f = new RepeatFilter();
    // The floor moved to 100 at T0 + 150 ms (ack_floor.last_active): 1..100 were stored before.
    expect(f.raiseFloor(100, T0 + 150e6)).toBe(true);
    expect(f.check(at(1))).toBe('belowFloor');
    expect(f.check(at(100))).toBe('belowFloor');
    expect(f.check(at(101))).toBe('new');
    expect(f.stats()).toMatchObject({ ackFloor: 100, repeats: { belowFloor: 2 } });
  });

  it('keeps the highest floor: a floor that drops to 0 is the server having lost the state', () => {
    const f = new RepeatFilter();
    f.raiseFloor(50, T0 + 60e6);
    expect(f.raiseFloor(0)).toBe(false);
    expect(f.raiseFloor(20, T0 + 70e6)).toBe(false);
    expect(f.stats().ackFloor).toBe(50);
    expect(f.check(at(30))).toBe('belowFloor');
  });

  it('without the time the floor moved, trusts it only up to the newest message seen here', () => {
    const f = new RepeatFilter();
    expect(f.raiseFloor(40)).toBe(false); // nothing seen yet: no time bound for 1..40
    f.check(at(10));
    expect(f.raiseFloor(40)).toBe(true);
    expect(f.stats().ackFloor).toBe(10);
    expect(f.check(at(10))).toBe('belowFloor');
    expect(f.check(at(11))).toBe('new');
  });

  it('resets the floor when a message at or below it is newer than everything the floor covers (stream recreated)', () => {
    const f = new RepeatFilter();
    f.raiseFloor(500, T0 + 600e6);
    f.taken(at(600));
    const recreated = T0 + 86_400e9; // the stream was deleted and created again a day later
    expect(f.check(at(1, recreated))).toBe('new');
    expect(f.stats()).toMatchObject({ ackFloor: 0, streamResets: 1 });
    expect(f.check(at(2, recreated))).toBe('new');
    expect(f.check(at(600, recreated))).toBe('new'); // the old stream's acked set is gone too
    expect(f.stats().streamResets).toBe(1);
  });

  it('remembers an acked message at least rememberMs, and until the floor covers it; at most maxRemembered', () => {
    let now = 0;
    const f = new RepeatFilter({ rememberMs: 1_000, maxRemembered: 5, now: () => now });
    f.taken(at(1));
    f.taken(at(2));
    now = 2_000;
    f.taken(at(3)); // 1 and 2 are past the period, but no floor covers them yet
    expect(f.remembered).toBe(3);
    expect(f.check(at(1))).toBe('acked');
    f.raiseFloor(2, T0 + 2e6); // the floor covers 1 and 2 now: they are forgotten, the floor answers for them
    expect(f.remembered).toBe(1);
    expect(f.check(at(1))).toBe('belowFloor');
    for (let s = 4; s <= 9; s++) f.taken(at(s));
    expect(f.remembered).toBe(5);
    expect(f.check(at(3))).toBe('new'); // the oldest went over the cap
    expect(f.check(at(9))).toBe('acked');
  });
});

describe('rfc3339Nanos', () => {
  it('reads nats-server times to the nanosecond, and nothing else', () => {
    expect(rfc3339Nanos('2026-11-23T12:04:05.98998023Z')).toBe(Date.UTC(2026, 10, 23, 12, 4, 5) * 1e6 + 989_980_230);
    expect(rfc3339Nanos('2026-11-23T12:04:05Z')).toBe(Date.UTC(2026, 10, 23, 12, 4, 5) * 1e6);
    expect(rfc3339Nanos('2026-11-23T13:04:05.5+01:00')).toBe(Date.UTC(2026, 10, 23, 12, 4, 5) * 1e6 + 500_000_000);
    expect(rfc3339Nanos('0001-01-01T00:00:00Z')).toBeUndefined();
    expect(rfc3339Nanos(undefined)).toBeUndefined();
    expect(rfc3339Nanos(12345)).toBeUndefined();
    expect(rfc3339Nanos('yesterday')).toBeUndefined();
  });
});

describe('FloorFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ilr-floor-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, consumer = 'deliver-wi-madison') => new FloorFile(join(dir, name), 'ILR_DELIVERY', consumer, silent);

  it('keeps the mark across instances, to the nanosecond, in a file only the library can read', async () => {
    const ts = 1_795_000_000_123_456_789; // beyond 2^53: kept as a decimal string, read back as the same number
    await file('a.json').save({ seq: 1234, ts });
    expect(await file('a.json').load()).toEqual({ seq: 1234, ts });
    expect(statSync(join(dir, 'a.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'))).toMatchObject({ stream: 'ILR_DELIVERY', consumer: 'deliver-wi-madison', ackFloor: 1234 });
  });

  it('starts without a mark when the file is missing, empty, invalid, or of another consumer', async () => {
    expect(await file('missing.json').load()).toBeUndefined();
    writeFileSync(join(dir, 'empty.json'), '');
    expect(await file('empty.json').load()).toBeUndefined();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ stream: 'ILR_DELIVERY', consumer: 'deliver-wi-madison', ackFloor: -1, timestampNanos: '1', savedAt: '' }));
    expect(await file('bad.json').load()).toBeUndefined();
    await file('other.json', 'deliver-mt-bozeman').save({ seq: 9, ts: 1 });
    expect(await file('other.json').load()).toBeUndefined();
  });

  it('does not throw when it cannot write (the mark stays in memory)', async () => {
    const f = new FloorFile(join(dir, 'no-such-dir', 'x.json'), 'ILR_DELIVERY', 'deliver-wi-madison', silent);
    await expect(f.save({ seq: 1, ts: 1 })).resolves.toBeUndefined();
    expect(await f.load()).toBeUndefined();
  });
});
