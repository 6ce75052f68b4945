import { mkdtempSync, cpSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_DIR, buildPolicyBook, loadPolicyData, loadRetention, retentionOf, zLibraryEntry } from '../src/index.js';

const entry = (o: object) => zLibraryEntry.parse({ id: 'x-lib', name: 'x', ...o });

describe('retention period (invariant 9: per jurisdiction and library)', () => {
  it('is the pack maximum unless the library shortens it', () => {
    expect(loadRetention(entry({ jurisdiction: 'US-MT' }), 'directory.yaml')).toEqual({
      days: 30,
      maxDays: 30,
      jurisdiction: 'US-MT',
      cite: 'MCA 22-1-1103',
      status: 'READING',
    });
    expect(loadRetention(entry({ jurisdiction: 'US-MT', settings: { retentionDays: 7 } }), 'directory.yaml').days).toBe(7);
  });

  it('is 0 for ImagineIF, whose policy expunges the link when the transaction completes', () => {
    expect(loadRetention(entry({ jurisdiction: 'US-MT', profile: 'imagineif' }), 'directory.yaml').days).toBe(0);
  });

  it('falls back to the strict default pack (0 days) for a jurisdiction without a pack', () => {
    expect(loadRetention(entry({ jurisdiction: 'US-ZZ' }), 'directory.yaml')).toMatchObject({ days: 0, jurisdiction: 'default' });
  });

  it('cannot be lengthened by a library or a profile', () => {
    expect(() => loadRetention(entry({ jurisdiction: 'US-OR', settings: { retentionDays: 31 } }), 'directory.yaml')).toThrow(
      /directory\.yaml: library x-lib\.settings\.retentionDays: 31 days exceeds the 30 days US-OR allows \(ORS 192\.355\(23\)\)/,
    );
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    cpSync(join(DEFAULT_POLICY_DIR, 'packs'), join(dir, 'packs'), { recursive: true });
    cpSync(join(DEFAULT_POLICY_DIR, 'profiles'), join(dir, 'profiles'), { recursive: true });
    const bemis = join(dir, 'profiles', 'bemis.yaml');
    writeFileSync(bemis, readFileSync(bemis, 'utf8').replace(/^settings:.*$/m, 'settings:\n  retentionDays: 90'));
    expect(() => loadRetention(entry({ jurisdiction: 'US-CO', profile: 'bemis' }), 'directory.yaml', dir)).toThrow(/retentionDays: 90 days exceeds the 30 days US-CO allows/);
  });

  it('agrees with the compiled policy (retentionOf) of the same libraries', () => {
    const data = loadPolicyData();
    const entries = [
      entry({ id: 'mt-imagineif', jurisdiction: 'US-MT', profile: 'imagineif' }),
      entry({ id: 'co-bemis', jurisdiction: 'US-CO', profile: 'bemis' }),
      entry({ id: 'or-multnomah', jurisdiction: 'US-OR', profile: 'multnomah', settings: { retentionDays: 14 } }),
      entry({ id: 'wi-madison', jurisdiction: 'US-WI' }),
    ];
    const book = buildPolicyBook(data, entries, 'directory.yaml');
    for (const e of entries) expect(loadRetention(e, 'directory.yaml')).toEqual(retentionOf(book.libraries.get(e.id)!));
  });
});
