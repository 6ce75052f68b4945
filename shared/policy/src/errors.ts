import type { z } from 'zod';

/** The one error type of the policy layer: names the file, where in it, and what is wrong. */
export class PolicyError extends Error {
  override readonly name = 'PolicyError';
  constructor(
    readonly file: string,
    readonly at: string,
    readonly problem: string,
  ) {
    super(`${file}${at ? `: ${at}` : ''}: ${problem}`);
  }
}

/** Renders a zod issue path the way a person reads a YAML file: rules[3].when.bases[0]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

/** What a zod issue says is wrong, in the words a person editing the file needs. */
export function zodProblem(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_value') return `unknown value; expected one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') return 'unknown "type"';
  return issue.message;
}

/** Turns the first zod issue into a PolicyError; `label` names an item (e.g. a rule id) when known. */
export function fromZod(file: string, error: z.ZodError, label?: (path: readonly PropertyKey[]) => string | undefined): PolicyError {
  const issue = error.issues[0]!;
  const path = formatPath(issue.path);
  const name = label?.(issue.path);
  return new PolicyError(file, name ? `${name} (${path})` : path, zodProblem(issue));
}
