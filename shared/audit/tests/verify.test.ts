// Invariant 8: change, remove, reorder or insert one entry, and verify fails at that entry.
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, encodeEntry, entryHash, parseAnchor, sealEntry, verifyChain, type StoredMessage } from '../src/index.js';
import { body, bytes, chain, json } from './fixtures.js';

const N = 12;
const K = 6; // the tampered entry

/** The stored messages of a stream after the data at `seq` was replaced. */
const replaced = (messages: StoredMessage[], seq: number, data: Uint8Array) => messages.map((m) => (m.seq === seq ? { ...m, data } : m));
/** A copy of the stream without one entry: every later entry moves up one sequence. */
const copiedWithout = (messages: StoredMessage[], seq: number) =>
  messages.filter((m) => m.seq !== seq).map((m, i) => ({ ...m, seq: i + 1 }));

describe('verifyChain', () => {
  it('accepts an intact chain and reports its head', () => {
    const { entries, messages } = chain(N);
    const r = verifyChain(messages);
    expect(r).toMatchObject({ ok: true, checked: N, firstSeq: 1, lastSeq: N, breakCount: 0, breaks: [] });
    expect(r.head).toEqual({ seq: N, hash: entries[N - 1]!.hash });
    expect(verifyChain([])).toMatchObject({ ok: true, checked: 0 });
  });

  it('change: a field of one entry changed is ALTERED at that sequence', () => {
    const { messages } = chain(N);
    const changed = { ...json(messages[K - 1]!), outcome: 'RELAY', disclosed: ['CONTACT', 'IDENTITY'] };
    const r = verifyChain(replaced(messages, K, bytes(changed)));
    expect(r.ok).toBe(false);
    expect(r.breaks[0]).toMatchObject({ seq: K, code: 'ALTERED' });
    expect(r.breakCount).toBe(1);
  });

  it('change with the hash recomputed: the successor no longer links, and the rewritten sequence is named', () => {
    const { messages } = chain(N);
    const { hash: _h, ...rest }: Record<string, unknown> = { ...json(messages[K - 1]!), basis: 'COURT_ORDER' };
    const r = verifyChain(replaced(messages, K, bytes({ ...rest, hash: entryHash(rest) })));
    expect(r.breaks[0]).toMatchObject({ seq: K, code: 'REWRITTEN' });
    expect(r.breaks[0]!.reason).toContain(`seq ${K} is not the entry seq ${K + 1} was chained to`);
    expect(r.breakCount).toBe(1);
  });

  it('remove: a sequence deleted from the stream is MISSING at that sequence', () => {
    const { messages } = chain(N);
    const r = verifyChain(messages.filter((m) => m.seq !== K));
    expect(r.breaks[0]).toMatchObject({ seq: K, code: 'MISSING' });
    expect(r.breakCount).toBe(1);
  });

  it('remove: in a copy without one entry, the entry now at that sequence is MISPLACED', () => {
    const { messages } = chain(N);
    const r = verifyChain(copiedWithout(messages, K));
    expect(r.breaks[0]).toMatchObject({ seq: K, code: 'MISPLACED' });
    expect(r.breaks[0]!.reason).toContain(`seq ${K} holds the entry written at seq ${K + 1}`);
  });

  it('remove: the first entry, or the last ones (caught by an anchor noted earlier)', () => {
    const { messages } = chain(N);
    expect(verifyChain(messages.slice(1)).breaks[0]).toMatchObject({ seq: 1, code: 'MISSING' });
    expect(verifyChain(copiedWithout(messages, 1)).breaks[0]).toMatchObject({ seq: 1, code: 'MISPLACED' });
    const anchor = parseAnchor(`${N}:${verifyChain(messages).head!.hash}`);
    expect(verifyChain(messages, { anchors: [anchor] }).ok).toBe(true);
    const cut = verifyChain(messages.slice(0, N - 2), { anchors: [anchor] });
    expect(cut.breaks[0]).toMatchObject({ seq: N, code: 'MISSING' });
    expect(cut.breaks[0]!.reason).toContain('entries were removed from the end');
  });

  it('reorder: two entries swapped are MISPLACED at the first of them', () => {
    const { messages } = chain(N);
    const swapped = messages.map((m) => (m.seq === K ? { ...m, data: messages[K]!.data } : m.seq === K + 1 ? { ...m, data: messages[K - 1]!.data } : m));
    const r = verifyChain(swapped);
    expect(r.breaks.map((b) => [b.seq, b.code])).toEqual([
      [K, 'MISPLACED'],
      [K + 1, 'MISPLACED'],
    ]);
  });

  it('reorder: one entry moved to the end is MISPLACED where it was taken out', () => {
    const { messages } = chain(N);
    const moved = [...messages.filter((m) => m.seq !== K), messages[K - 1]!].map((m, i) => ({ ...m, seq: i + 1 }));
    expect(verifyChain(moved).breaks[0]).toMatchObject({ seq: K, code: 'MISPLACED' });
  });

  it('reorder: messages read out of sequence order are MISPLACED', () => {
    const { messages } = chain(N);
    const out = [...messages.slice(0, K - 1), messages[K]!, messages[K - 1]!, ...messages.slice(K + 1)];
    expect(verifyChain(out).breaks.map((b) => [b.seq, b.code])).toContainEqual([K, 'MISPLACED']);
  });

  it('insert: a forged entry chained in the middle breaks at its sequence', () => {
    const { entries, messages } = chain(N);
    const forged = sealEntry(body(99, { outcome: 'RELAY' }), { seq: K, prev: entries[K - 2]!.hash });
    const copy = [...messages.slice(0, K - 1), { seq: K, subject: 'ilr.audit.mt-bozeman', data: encodeEntry(forged) }, ...messages.slice(K - 1).map((m) => ({ ...m, seq: m.seq + 1 }))];
    const r = verifyChain(copy);
    expect(r.breaks[0]).toMatchObject({ seq: K, code: 'INSERTED' });
    expect(r.breaks[0]!.reason).toContain(`seq ${K + 1} holds the entry written at seq ${K}`);
  });

  it('a message that is not an entry is UNREADABLE at its sequence, and the chain is checked past it', () => {
    const { messages } = chain(N);
    const r = verifyChain(replaced(messages, K, new TextEncoder().encode('garbage')));
    expect(r.breaks[0]).toMatchObject({ seq: K, code: 'UNREADABLE' });
    // the successor was chained to the real entry, which is gone: a consequence, not reported again
    expect(r.breakCount).toBe(1);
    const noField = { ...json(messages[K - 1]!) };
    delete noField['outcome'];
    expect(verifyChain(replaced(messages, K, bytes(noField))).breaks[0]!.reason).toMatch(/not an audit entry: outcome/);
  });

  it('an entry moved to another library\'s subject is WRONG_SUBJECT', () => {
    const { messages } = chain(N);
    const r = verifyChain(messages.map((m) => (m.seq === K ? { ...m, subject: 'ilr.audit.zz-elsewhere' } : m)));
    expect(r.breaks[0]).toMatchObject({ seq: K, code: 'WRONG_SUBJECT' });
  });

  it('a chain that does not start from the genesis hash is broken at seq 1', () => {
    const first = sealEntry(body(1), { seq: 1, prev: 'f'.repeat(64) });
    expect(verifyChain([{ seq: 1, data: encodeEntry(first) }]).breaks[0]).toMatchObject({ seq: 1, code: 'MISPLACED' });
    const good = sealEntry(body(1), { seq: 1, prev: GENESIS_HASH });
    expect(verifyChain([{ seq: 1, data: encodeEntry(good) }]).ok).toBe(true);
  });

  it('an anchor that no longer matches is ANCHOR_MISMATCH (a rewrite of the head itself)', () => {
    const { messages } = chain(N);
    const head = verifyChain(messages).head!;
    const { hash: _h, ...rest }: Record<string, unknown> = { ...json(messages[N - 1]!), outcome: 'REFER' };
    const r = verifyChain(replaced(messages, N, bytes({ ...rest, hash: entryHash(rest) })), { anchors: [head] });
    expect(r.breaks[0]).toMatchObject({ seq: N, code: 'ANCHOR_MISMATCH' });
    expect(() => parseAnchor('12:xyz')).toThrow(/not <seq>:<64 hex digits/);
  });

  it('lists at most maxBreaks breaks, and counts all of them', () => {
    const { messages } = chain(N);
    const r = verifyChain(copiedWithout(messages, 2), { maxBreaks: 3 });
    expect(r.breaks).toHaveLength(3);
    expect(r.breakCount).toBe(N - 2);
  });
});
