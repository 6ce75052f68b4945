import { readFile } from 'node:fs/promises';
import type { LibraryEntry } from '@ilr/policy';
import { parseDocument } from 'yaml';
import { DirectoryError } from './errors.js';
import { parseEntry } from './validate.js';

/** Reads `libraries: [...]` from a YAML file (the shape of the scenario files), validated. */
export async function loadDirectoryFile(path: string): Promise<LibraryEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new DirectoryError(`cannot read ${path}: ${(e as Error).message}`, path, { cause: e });
  }
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors[0]) throw new DirectoryError(`${path}: ${doc.errors[0].message.split('\n')[0]}`, path);
  const libraries = (doc.toJS() as { libraries?: unknown } | null)?.libraries;
  if (!Array.isArray(libraries)) throw new DirectoryError(`${path}: expected a list "libraries"`, path);
  const seen = new Set<string>();
  return libraries.map((raw, i) => {
    const entry = parseEntry(raw, `${path}: libraries[${i}]`);
    if (seen.has(entry.id)) throw new DirectoryError(`${path}: libraries[${i}].id: duplicate library "${entry.id}"`, path);
    seen.add(entry.id);
    return entry;
  });
}
