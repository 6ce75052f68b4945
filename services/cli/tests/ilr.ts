// Runs the `ilr` command tree in-process, as the tests of each command group need it:
// everything it prints captured, the process's exit code read and reset.
import { vi } from 'vitest';
import { buildProgram } from '../src/index.js';

export interface IlrRun {
  /** What went to standard output (console.log, process.stdout); with mergeErr, standard error too. */
  out: string;
  /** What went to standard error (console.error, process.stderr: progress, warnings). */
  err: string;
  exitCode: number | string | undefined;
  /** What the command threw (a CliError, or commander's exit on --help and usage errors). */
  error: Error | undefined;
}

export async function runIlr(args: string[], opts: { mergeErr?: boolean } = {}): Promise<IlrRun> {
  const out: string[] = [];
  const err: string[] = [];
  const toErr = opts.mergeErr ? out : err;
  const spies = [
    vi.spyOn(console, 'log').mockImplementation((s: unknown) => void out.push(String(s))),
    vi.spyOn(console, 'error').mockImplementation((s: unknown) => void toErr.push(String(s))),
    // Subcommands write help and usage errors straight to the process streams.
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (toErr.push(String(s)), true)),
  ];
  let error: Error | undefined;
  try {
    await buildProgram().exitOverride().configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => toErr.push(s) }).parseAsync(['node', 'ilr', ...args]);
  } catch (e) {
    error = e as Error;
  } finally {
    for (const s of spies) s.mockRestore();
  }
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return { out: out.join('\n'), err: err.join('\n'), exitCode, error };
}
