import { zLibraryEntry, type LibraryEntry } from '@ilr/policy';
import { DirectoryError } from './errors.js';

const path = (p: readonly PropertyKey[]): string => p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');

/** Validates one entry; the error names where it came from and the first bad field. */
export function parseEntry(data: unknown, where: string): LibraryEntry {
  const r = zLibraryEntry.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = path(issue.path);
  throw new DirectoryError(`${where}${field ? `: ${field}` : ''}: ${issue.message}`, where);
}
