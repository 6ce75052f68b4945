import type { z } from 'zod';
import { PolicyServiceError } from './errors.js';

const formatPath = (p: readonly PropertyKey[]): string =>
  p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');

/** Parses with a schema; a failure is a 400 naming the first bad field, e.g. "request.from.type: ...". */
export function parseOr400<S extends z.ZodType>(schema: S, data: unknown, what: string): z.output<S> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = formatPath(issue.path);
  const problem = issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : issue.message;
  throw new PolicyServiceError(400, `${what}${field ? ` ${field}` : ''}: ${problem}`);
}
