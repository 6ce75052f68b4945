// Peer profiles: what one ILL system is known to send that the strict reading of the schema
// refuses. Data, not code: one YAML file per ILL system in ../profiles, validated here.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

export const PROFILES_DIR = fileURLToPath(new URL('../profiles/', import.meta.url));

export const zPeerProfile = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
    name: z.string().min(1),
    /** where the behaviour relaxed here is documented or was observed */
    source: z.string().min(1),
    relax: z
      .object({
        /** accept an empty <status/> in a supplyingAgencyMessage whose reasonForMessage is Notification */
        emptyStatusInNotification: z.boolean().default(false),
        /** accept the `version` and `scheme` attributes without the ISO 18626 namespace */
        unqualifiedAttributes: z.boolean().default(false),
      })
      .strict()
      .default({ emptyStatusInNotification: false, unqualifiedAttributes: false }),
    /** false: the system never sends ExpectToSupply. Descriptive: nothing in ILR waits for that status, whichever the value. */
    sendsExpectToSupply: z.boolean().default(true),
    /**
     * regular expressions of extension markers the system writes in `note`: the note is
     * carried as it is, and the markers found (noteMarkers) are recorded in the transaction.
     * A pattern must match a marker only (it is written to the transaction file; at most 64 characters of it).
     */
    noteExtensions: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type PeerProfile = z.infer<typeof zPeerProfile>;

/** The default: the schema, read strictly. */
export const STRICT: PeerProfile = zPeerProfile.parse({ id: 'strict', name: 'Strict ISO 18626 v1.2', source: 'ISO-18626-v1_2.xsd' });

export class ProfileError extends Error {
  override readonly name = 'ProfileError';
}

/** Reads and validates one profile file; its id must be the file's name. */
export function loadProfile(file: string): PeerProfile {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ProfileError(`${file}: not readable YAML (${(e as Error).message})`);
  }
  const r = zPeerProfile.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new ProfileError(`${file}: ${i.path.join('.') || '(top)'}: ${i.message}`);
  }
  const expected = basename(file).replace(/\.ya?ml$/, '');
  if (r.data.id !== expected) throw new ProfileError(`${file}: id ${r.data.id} differs from the file name ${expected}`);
  for (const p of r.data.noteExtensions) {
    try {
      new RegExp(p);
    } catch {
      throw new ProfileError(`${file}: noteExtensions: not a regular expression`);
    }
  }
  return r.data;
}

const compiled = new WeakMap<PeerProfile, RegExp[]>();
/** Longest marker text recorded: a marker is a protocol token, never free text. */
export const MAX_MARKER_LENGTH = 64;

/** The extension markers of `note` that the profile knows (in order, each once), e.g. ReShare's `#ReShareAddLoanCondition#`. */
export function noteMarkers(profile: PeerProfile, note: string | undefined): string[] {
  if (!note || !profile.noteExtensions.length) return [];
  let res = compiled.get(profile);
  if (!res) compiled.set(profile, (res = profile.noteExtensions.map((p) => new RegExp(p, 'g'))));
  const found: Array<{ at: number; text: string }> = [];
  for (const re of res) {
    for (const m of note.matchAll(re)) if (m[0] && m[0].length <= MAX_MARKER_LENGTH) found.push({ at: m.index, text: m[0] });
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.text))];
}

/** Every profile in a directory (default: the ones shipped here), by id. */
export function loadProfiles(dir = PROFILES_DIR): Map<string, PeerProfile> {
  const out = new Map<string, PeerProfile>();
  for (const f of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const p = loadProfile(join(dir, f));
    out.set(p.id, p);
  }
  if (!out.has('strict')) out.set('strict', STRICT);
  return out;
}

/** A profile by id; an unknown id is an error, not a silent fall back to strict. */
export function profileById(id: string | undefined, dir = PROFILES_DIR): PeerProfile {
  if (!id) return STRICT;
  const p = loadProfiles(dir).get(id);
  if (!p) throw new ProfileError(`no ISO 18626 peer profile ${id} (profiles: ${[...loadProfiles(dir).keys()].join(', ')})`);
  return p;
}
