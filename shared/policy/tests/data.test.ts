import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_DIR, PolicyError, buildPolicyBook, loadPolicyData, zLibraryEntry } from '../src/index.js';
import { data } from './helpers.js';

// The project's copy of ../shared/LAW.md (test/vendored.test.ts keeps it identical).
const LAW = join(DEFAULT_POLICY_DIR, 'law', 'LAW.md');

describe('jurisdiction packs', () => {
  it('has a pack for every row of LAW.md, and the strict default', () => {
    const codes = [...readFileSync(LAW, 'utf8').matchAll(/^\| (US-[A-Z]{2}) \|/gm)].map((m) => m[1]!);
    expect(codes.length).toBe(25);
    for (const code of codes) expect(data.packs.has(code), code).toBe(true);
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

  it('marks the statutes LAW.md calls UNVERIFIED', () => {
    for (const code of ['US-TX', 'US-PA', 'US-MN']) expect(data.packs.get(code)!.unverified, code).toBeGreaterThan(0);
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
