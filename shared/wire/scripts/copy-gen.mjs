// tsc compiles src/*.ts but does not copy the generated JavaScript it imports
// (src/gen/*.js, *.d.ts); copy them so that dist/ runs under plain Node ESM.
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../src/gen', import.meta.url));
const to = fileURLToPath(new URL('../dist/gen', import.meta.url));
cpSync(from, to, { recursive: true });
