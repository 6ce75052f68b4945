// @ilr/cli: the `ilr` command tree, importable for tests.
export { buildProgram } from './program.js';
export { CliError } from './output.js';
