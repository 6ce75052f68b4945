import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_DIR, PolicyError, buildPolicyBook, decide, loadPolicyData, zLibraryEntry } from '../src/index.js';
import { TODAY, data, patron, request } from './helpers.js';

// The project's copies of ../shared/LAW.md and LAW-2.md (test/vendored.test.ts keeps them identical).
const LAW_FILES = ['LAW.md', 'LAW-2.md'].map((f) => join(DEFAULT_POLICY_DIR, 'law', f));
/** Each statute-table row: its jurisdiction code and the whole row's text. */
const rows = LAW_FILES.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^\| (US-[A-Z]{2}) \|.*$/gm)].map((m) => ({ code: m[1]!, row: m[0] })));

describe('jurisdiction packs', () => {
  it('has a pack for every row of LAW.md and LAW-2.md (51 jurisdictions), and the strict default', () => {
    expect(rows.length).toBe(51);
    expect(new Set(rows.map((r) => r.code)).size).toBe(51);
    for (const { code } of rows) expect(data.packs.has(code), code).toBe(true);
    expect(data.packs.has('default')).toBe(true);
  });

  it('cites a statute section for every rule and process rule, and marks what it could not verify', () => {
    for (const pack of data.packs.values()) {
      for (const rule of pack.rules) {
        expect(rule.cite.trim(), `${pack.id}/${rule.id}`).not.toBe('');
        if (rule.status === 'READING') expect(rule.note ?? rule.text, `${pack.id}/${rule.id}`).toBeTruthy();
      }
      for (const p of pack.process) expect(p.citation.cite, p.id).not.toContain('$statute');
    }
  });

  it('marks in its pack every point the statute tables call UNVERIFIED', () => {
    const flagged = rows.filter((r) => r.row.includes('UNVERIFIED')).map((r) => r.code);
    expect(flagged).toEqual(expect.arrayContaining(['US-TX', 'US-PA', 'US-MN', 'US-DE', 'US-KS', 'US-LA', 'US-NH', 'US-UT']));
    for (const code of flagged) {
      const pack = data.packs.get(code)!;
      const said = [pack.statute.note, pack.statute.penalty, pack.statute.title].some((s) => s?.includes('UNVERIFIED'));
      expect(pack.unverified > 0 || said, `${code}: the row has an UNVERIFIED point; the pack marks none`).toBe(true);
    }
  });

  it('marks the mostly-unverified rows (Delaware, Kansas, Louisiana) as UNVERIFIED statutes', () => {
    for (const code of ['US-DE', 'US-KS', 'US-LA']) expect(data.packs.get(code)!.statute.status, code).toBe('UNVERIFIED');
  });
});

/** A directory with one library at the pack's counsel default and one with every ceiling rule on. */
function counselAndCeiling(code: string) {
  const pack = data.packs.get(code)!;
  const prefix = code.slice(3).toLowerCase();
  const libraries = [
    { id: `${prefix}-counsel`, name: 'counsel default', jurisdiction: code },
    { id: `${prefix}-ceiling`, name: 'every ceiling rule on', jurisdiction: code, settings: { enableRules: pack.rules.map((r) => r.id) } },
    { id: 'xx-asker', name: 'an out-of-state library', jurisdiction: 'US-MT' },
  ].map((l) => zLibraryEntry.parse(l));
  return { book: buildPolicyBook(data, libraries, 'data.test.ts'), counsel: `${prefix}-counsel`, ceiling: `${prefix}-ceiling` };
}

describe('what sets LAW-2.md jurisdictions apart', () => {
  // AK 40.25.140, NV 239.013, SD 14-2-51 (and ND, ID, WY, DE, LA) name no patron-consent exception.
  it.each(['US-AK', 'US-NV', 'US-SD', 'US-ND', 'US-ID', 'US-WY', 'US-DE', 'US-LA'])('%s discloses nothing on the patron\'s written consent, even at the ceiling', (code) => {
    const { book, counsel, ceiling } = counselAndCeiling(code);
    for (const to of [counsel, ceiling]) {
      for (const kind of ['PATRON_INQUIRY', 'ACCOUNT_INQUIRY'] as const) {
        const d = decide(
          book,
          request({ kind, to, from: { type: 'LIBRARY', library: 'xx-asker' }, basis: 'PATRON_WRITTEN_CONSENT', purpose: 'MATERIAL_RECOVERY', wants: ['IDENTITY', 'CONTACT', 'CIRCULATION'] }),
          patron({ registeredAt: to, consents: [{ to: 'xx-asker', classes: ['IDENTITY', 'CONTACT', 'CIRCULATION'] }] }),
          TODAY,
        );
        expect(d.outcome, `${code} ${to} ${kind}`).toBe('REFUSE');
        expect(d.disclosed).toEqual([]);
      }
    }
  });

  // IN, NE, VA, KS and Kentucky's opinions: the custodian "may" withhold.
  it.each(['US-IN', 'US-NE', 'US-VA', 'US-KS', 'US-KY'])('%s: a discretionary exemption has a wide ceiling and a strict counsel default', (code) => {
    const pack = data.packs.get(code)!;
    const discretion = pack.rules.find((r) => r.id.endsWith('-custodian-discretion'));
    expect(discretion, code).toBeDefined();
    expect(discretion!.counsel?.enabled, code).toBe(false);
    expect(discretion!.note ?? '', code).toMatch(/counsel default is strict/);
    const { book, counsel, ceiling } = counselAndCeiling(code);
    const ask = (to: string) =>
      decide(
        book,
        request({ kind: 'PATRON_INQUIRY', to, from: { type: 'LIBRARY', library: 'xx-asker' }, basis: 'MATERIAL_RECOVERY', purpose: 'MATERIAL_RECOVERY', wants: ['IDENTITY', 'CONTACT'] }),
        patron({ registeredAt: to, owes: { materials: true, fines: 0 } }),
        TODAY,
      );
    expect(ask(counsel).outcome, code).toBe('REFUSE');
    expect(ask(ceiling)).toMatchObject({ outcome: 'RELAY', disclosed: ['IDENTITY', 'CONTACT'] });
  });
});

describe('loading refuses what would widen the ceiling', () => {
  let dir: string;
  const copy = () => {
    dir = mkdtempSync(join(tmpdir(), 'ilr-policy-'));
    cpSync(join(DEFAULT_POLICY_DIR, 'packs'), join(dir, 'packs'), { recursive: true });
    cpSync(join(DEFAULT_POLICY_DIR, 'profiles'), join(dir, 'profiles'), { recursive: true });
    return dir;
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file and the rule of a profile that widens its ceiling rule', () => {
    copy();
    const file = join(dir, 'profiles', 'wide.yaml');
    writeFileSync(
      file,
      `id: wide
name: A profile that gives spouses the patron's address
jurisdiction: US-MT
source: none
rules:
  - id: spouse-gets-address
    within: mt-card-as-authorization
    title: Spouses get the address
    cite: none
    text: none
    when:
      kinds: [ACCOUNT_INQUIRY]
      requesters: [{ type: PERSON, relations: [SPOUSE], credentials: [NONE] }]
    allows: [CONTACT]
`,
    );
    expect(() => loadPolicyData(dir)).toThrow(PolicyError);
    expect(() => loadPolicyData(dir)).toThrow(/wide\.yaml: rules\[0\] spouse-gets-address: widens US-MT rule mt-card-as-authorization: allows CONTACT/);
  });

  it('refuses a profile rule that drops a patron condition of its ceiling', () => {
    copy();
    writeFileSync(
      join(dir, 'profiles', 'nocondition.yaml'),
      `id: nocondition
name: x
jurisdiction: US-MT
source: none
rules:
  - id: consent-without-consent
    within: mt-written-consent
    title: x
    cite: x
    text: x
    when: { kinds: [PATRON_INQUIRY], bases: [PATRON_WRITTEN_CONSENT], requesters: [{ type: LIBRARY, scope: ANY }] }
    allows: [CONTACT]
`,
    );
    expect(() => loadPolicyData(dir)).toThrow(/consent-without-consent: widens US-MT rule mt-written-consent: drops the written-consent condition/);
  });

  it('names the file, the rule and the field of an invalid pack', () => {
    copy();
    const file = join(dir, 'packs', 'US-MT.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('bases: [PATRON_WRITTEN_CONSENT]', 'bases: [PATRON_WRITEN_CONSENT]'));
    expect(() => loadPolicyData(dir)).toThrow(/US-MT\.yaml: rule mt-written-consent \(rules\[\d+\]\.when\.bases\[0\]\): unknown value/);
  });

  it('refuses a counsel default that widens its own ceiling', () => {
    copy();
    const file = join(dir, 'packs', 'US-MT.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('patron: { owes: ANY }', 'patron: { owes: ANY }\n        allows: [HISTORY]'));
    expect(() => loadPolicyData(dir)).toThrow(/rule mt-material-recovery\.counsel: the counsel default widens the ceiling: allows HISTORY/);
  });
});

describe('library settings choose within the ceiling', () => {
  const build = (settings: object) =>
    buildPolicyBook(data, [zLibraryEntry.parse({ id: 'mt-x', name: 'x', jurisdiction: 'US-MT', settings })], 'directory.yaml');

  it('refuses an unknown rule', () => {
    expect(() => build({ enableRules: ['mt-anything-goes'] })).toThrow(/directory\.yaml: library mt-x\.settings\.enableRules: US-MT has no rule "mt-anything-goes"/);
  });
  it('refuses a retention period longer than the pack allows', () => {
    expect(() => build({ retentionDays: 400 })).toThrow(/retentionDays: 400 days exceeds the 30 days US-MT allows/);
  });
  it('refuses a profile from another jurisdiction', () => {
    expect(() => buildPolicyBook(data, [zLibraryEntry.parse({ id: 'co-x', name: 'x', jurisdiction: 'US-CO', profile: 'imagineif' })], 'd.yaml')).toThrow(
      /profile "imagineif" is for US-MT, but the library is in US-CO/,
    );
  });
});
