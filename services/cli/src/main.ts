#!/usr/bin/env node
// Entry point of the `ilr` bin: runs the command tree and turns known errors into one line.
import { PolicyError } from '@ilr/policy';
import { CliError } from './output.js';
import { buildProgram } from './program.js';

try {
  await buildProgram().parseAsync(process.argv);
} catch (e) {
  if (e instanceof CliError || e instanceof PolicyError) {
    console.error(`ilr: ${e.message}`);
    process.exitCode = e instanceof CliError ? e.exitCode : 2;
  } else throw e;
}
