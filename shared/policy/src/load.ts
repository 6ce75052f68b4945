// The I/O edge of the policy package: reads pack, fragment and profile files, validates them
// with zod and compiles them once. Nothing here runs per decision.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { chooseRetentionDays, compileLibrary, compilePack, type Pack, type Profile, type Retention } from './compile.js';
import type { PolicyBook } from './engine.js';
import { PolicyError, fromZod } from './errors.js';
import { zFragmentFile, zPackFile, zProfileFile, type FragmentFile, type LibraryEntry, type ProfileFile } from './schema.js';

/** The packs and profiles shipped with this package. */
export const DEFAULT_POLICY_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface PolicyData {
  /** By jurisdiction code; "default" is the strict pack for jurisdictions without one. */
  packs: ReadonlyMap<string, Pack>;
  profiles: ReadonlyMap<string, Profile>;
}

/** Reads a YAML file; a syntax error names the file and line. */
export function readYamlFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new PolicyError(file, '', `cannot read: ${(e as Error).message}`);
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0];
    throw new PolicyError(file, line ? `line ${line.line}` : '', err.message.split('\n')[0]!);
  }
  return doc.toJS();
}

/** Validates parsed data against a schema; errors name the file and the field. */
export function parseWith<S extends z.ZodType>(file: string, schema: S, data: unknown, label?: (path: readonly PropertyKey[]) => string | undefined): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw fromZod(file, result.error, label);
  return result.data;
}

/** Names the rule an error is in, e.g. "rule mt-written-consent", from the parsed data. */
function ruleLabel(data: unknown) {
  return (path: readonly PropertyKey[]) => {
    const [list, i] = path;
    if ((list === 'rules' || list === 'process') && typeof i === 'number') {
      const id = (data as Record<string, Array<{ id?: unknown }>>)[list]?.[i]?.id;
      return typeof id === 'string' ? `${list === 'rules' ? 'rule' : 'process rule'} ${id}` : undefined;
    }
    return undefined;
  };
}

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));

export function loadPolicyData(dir: string = DEFAULT_POLICY_DIR): PolicyData {
  const fragments = new Map<string, FragmentFile>();
  for (const file of yamlFiles(join(dir, 'packs', 'fragments'))) {
    const raw = readYamlFile(file);
    const f = parseWith(file, zFragmentFile, raw, ruleLabel(raw));
    fragments.set(f.fragment, f);
  }
  const packs = new Map<string, Pack>();
  for (const file of yamlFiles(join(dir, 'packs'))) {
    const raw = readYamlFile(file);
    const data = parseWith(file, zPackFile, raw, ruleLabel(raw));
    const expected = basename(file).replace(/\.ya?ml$/, '');
    if (data.id !== expected) throw new PolicyError(file, 'id', `the pack for ${data.id} must be in ${data.id}.yaml`);
    packs.set(data.id, compilePack(file, data, fragments));
  }
  if (!packs.has('default')) throw new PolicyError(join(dir, 'packs'), '', 'the strict default pack (default.yaml) is missing');
  const profiles = new Map<string, Profile>();
  for (const file of yamlFiles(join(dir, 'profiles'))) {
    const raw = readYamlFile(file);
    const data = parseWith(file, zProfileFile, raw, ruleLabel(raw));
    if (profiles.has(data.id)) throw new PolicyError(file, 'id', `duplicate profile id "${data.id}"`);
    const profile = { file, data };
    const pack = packs.get(data.jurisdiction);
    if (!pack) throw new PolicyError(file, 'jurisdiction', `no pack for ${data.jurisdiction}`);
    // Compile once here so that a profile that widens its ceiling fails at load, not at first use.
    compileLibrary(file, { id: data.id, name: data.name, jurisdiction: data.jurisdiction, groups: [], publiclyFunded: true, nondisclosurePolicy: true, profile: data.id, settings: {} }, pack, profile);
    profiles.set(data.id, profile);
  }
  return { packs, profiles };
}

/** The pack that governs a jurisdiction: its own, or the strict default. */
export function packFor(data: PolicyData, jurisdiction: string): Pack {
  return data.packs.get(jurisdiction) ?? data.packs.get('default')!;
}

/** Compiles a directory of libraries against the packs and profiles. `file` names the source for errors. */
export function buildPolicyBook(data: PolicyData, libraries: readonly LibraryEntry[], file: string): PolicyBook {
  const compiled = new Map<string, ReturnType<typeof compileLibrary>>();
  libraries.forEach((entry, i) => {
    if (compiled.has(entry.id)) throw new PolicyError(file, `libraries[${i}].id`, `duplicate library "${entry.id}"`);
    let profile: Profile | undefined;
    if (entry.profile !== undefined) {
      profile = data.profiles.get(entry.profile);
      if (!profile) {
        throw new PolicyError(file, `libraries[${i}].profile`, `unknown profile "${entry.profile}"; known: ${[...data.profiles.keys()].join(', ')}`);
      }
    }
    compiled.set(entry.id, compileLibrary(file, entry, packFor(data, entry.jurisdiction), profile));
  });
  return { libraries: compiled };
}

/**
 * One library's retention period, reading only its pack and its profile (a connector needs
 * this at start, not the whole policy book). The same check as compileLibrary: a period
 * longer than the pack allows is refused. `file` names where the entry came from, for errors.
 */
export function loadRetention(entry: LibraryEntry, file: string, dir: string = DEFAULT_POLICY_DIR): Retention {
  const packPath = [join(dir, 'packs', `${entry.jurisdiction}.yaml`), join(dir, 'packs', 'default.yaml')].find((f) => existsSync(f))!;
  const pack = parseWith(packPath, zPackFile, readYamlFile(packPath));
  let profile: ProfileFile | undefined;
  if (entry.profile !== undefined) {
    const candidates = yamlFiles(join(dir, 'profiles'));
    const named = candidates.find((f) => basename(f).replace(/\.ya?ml$/, '') === entry.profile);
    for (const f of named ? [named, ...candidates] : candidates) {
      const data = parseWith(f, zProfileFile, readYamlFile(f));
      if (data.id === entry.profile) {
        profile = data;
        break;
      }
    }
    if (!profile) throw new PolicyError(file, `library ${entry.id}.profile`, `unknown profile "${entry.profile}"`);
    if (profile.jurisdiction !== pack.id) {
      throw new PolicyError(file, `library ${entry.id}`, `profile "${profile.id}" is for ${profile.jurisdiction}, but the library is in ${entry.jurisdiction}`);
    }
  }
  const settings = { ...profile?.settings, ...entry.settings };
  const days = chooseRetentionDays(file, `library ${entry.id}`, pack.id, pack.retention, settings);
  return { days, maxDays: pack.retention.maxDaysAfterCompletion, jurisdiction: pack.id, cite: pack.retention.cite, status: pack.retention.status };
}
