// ilr policy compare and ilr policy packs (issue 17).
import { afterEach, describe, expect, it } from 'vitest';
import { lawJurisdictions } from '@ilr/policy';
import { CliError } from '../src/index.js';
import { runIlr } from './ilr.js';

const ilr = (...args: string[]) => runIlr(args, { mergeErr: true });
afterEach(() => {
  process.exitCode = undefined;
});

const CONSENT = ['--kind', 'PATRON_INQUIRY', '--from', 'library', '--purpose', 'MATERIAL_RECOVERY', '--basis', 'PATRON_WRITTEN_CONSENT', '--wants', 'IDENTITY,CONTACT,OVERDUE', '--consent', 'IDENTITY,CONTACT,OVERDUE', '--owes', 'materials', '--date', '2026-12-03'];
const ALL = lawJurisdictions();

describe('ilr policy compare', () => {
  it('prints one row per jurisdiction of the statute tables, sorted, within 80 columns', async () => {
    const r = await ilr('policy', 'compare', ...CONSENT);
    expect(r.error).toBeUndefined();
    const rows = r.out.split('\n').filter((l) => /^US-[A-Z]{2}\*?\s/.test(l));
    expect(rows.map((l) => l.slice(0, 5))).toEqual(ALL);
    expect(ALL).toHaveLength(51);
    for (const line of r.out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    // Montana: written request of the person; Alaska: court order only.
    expect(rows.find((l) => l.startsWith('US-MT'))).toMatch(/^US-MT\s+RELAY\s+ID CO OV\s+RELAY\s+ID CO OV$/);
    expect(rows.find((l) => l.startsWith('US-AK'))).toMatch(/^US-AK\*?\s+REFUSE\s+-\s+REFUSE\s+-$/);
    expect(r.out).toMatch(/51 jurisdictions; data crosses in \d+ by counsel default, \d+ at the ceiling\./);
  });

  it('--json is an array of { jurisdiction, counselDefault, ceiling, cites }', async () => {
    const r = await ilr('policy', 'compare', ...CONSENT, '--json');
    const rows = JSON.parse(r.out) as Array<Record<string, unknown>>;
    expect(rows.map((x) => x.jurisdiction)).toEqual(ALL);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['ceiling', 'cites', 'counselDefault', 'jurisdiction']);
      expect(Object.keys(row.counselDefault as object).sort()).toEqual(['disclosed', 'outcome']);
      expect(Object.keys(row.ceiling as object).sort()).toEqual(['disclosed', 'outcome']);
      expect((row.cites as string[]).length).toBeGreaterThan(0);
    }
    const mt = rows.find((x) => x.jurisdiction === 'US-MT')!;
    expect(mt.counselDefault).toEqual({ outcome: 'RELAY', disclosed: ['IDENTITY', 'CONTACT', 'OVERDUE'] });
    expect(mt.cites).toContain('MCA 22-1-1103');
  });

  it('shows the ceiling beside a stricter counsel default (Montana, material recovery by another library)', async () => {
    const r = await ilr('policy', 'compare', '--kind', 'PATRON_INQUIRY', '--from', 'library', '--purpose', 'MATERIAL_RECOVERY', '--basis', 'MATERIAL_RECOVERY', '--wants', 'CONTACT,OVERDUE', '--owes', 'materials', '--json');
    const mt = (JSON.parse(r.out) as Array<{ jurisdiction: string; counselDefault: object; ceiling: object }>).find((x) => x.jurisdiction === 'US-MT')!;
    expect(mt.counselDefault).toEqual({ outcome: 'REFUSE', disclosed: [] });
    expect(mt.ceiling).toEqual({ outcome: 'RELAY', disclosed: ['CONTACT', 'OVERDUE'] });
  });

  it('takes the patron facts it is given: a parent of a 14-year-old', async () => {
    const r = await ilr('policy', 'compare', '--kind', 'ACCOUNT_INQUIRY', '--from', 'person:PARENT', '--credential', 'CARD', '--purpose', 'ACCOUNT_SERVICE', '--basis', 'PARENT_OF_MINOR', '--wants', 'CIRCULATION', '--age', '14', '--date', '2026-12-03', '--json');
    const by = new Map((JSON.parse(r.out) as Array<{ jurisdiction: string; counselDefault: { outcome: string } }>).map((x) => [x.jurisdiction, x.counselDefault.outcome]));
    expect(by.get('US-WI')).toBe('RELAY'); // 43.30(4): a child under 16
    expect(by.get('US-VT')).toBe('REFUSE'); // Act 150 (2024): under 12 only
  });

  it('names a bad option and its values', async () => {
    const r = await ilr('policy', 'compare', ...CONSENT.map((a) => (a === 'PATRON_INQUIRY' ? 'PATRON_INQUIRI' : a)));
    expect(r.error).toBeInstanceOf(CliError);
    expect((r.error as Error).message).toMatch(/--kind: unknown value "PATRON_INQUIRI"; expected one of ITEM_FOUND/);
    const agency = await ilr('policy', 'compare', '--kind', 'PATRON_INQUIRY', '--from', 'agency:POLICE', '--purpose', 'OTHER', '--basis', 'NONE', '--wants', 'CONTACT', '--consent', 'CONTACT');
    expect((agency.error as Error).message).toMatch(/consent names a library or a person, not an agency/);
  });

  it('--help shows examples', async () => {
    const r = await ilr('policy', 'compare', '--help');
    expect(r.out).toContain('out-of-state library about an overdue patron');
    expect(r.out).toContain('ilr policy compare --kind PATRON_INQUIRY --from library');
  });
});

describe('ilr policy packs', () => {
  it('lists every pack with its statute, version, verified date and counts, and closes with the coverage', async () => {
    const r = await ilr('policy', 'packs');
    expect(r.out).toMatch(/^US-MT\s+2026\.\d+\.\d+\s+\d{4}-\d{2}-\d{2}\s+\d+\s+\d+\s+\d+\s+MCA 22-1-1103$/m);
    expect(r.out).toMatch(/^default\s/m);
    expect(r.out).toMatch(/^\d+ of 51 jurisdictions; \d+ rules UNVERIFIED$/m);
    for (const line of r.out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });
});
