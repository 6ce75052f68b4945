import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// One vitest run covers every workspace package; each package is a project so that
// `vitest --project @ilr/policy` (and the package's own `npm test`) runs just its tests.
// Every workspace package under shared/ and services/ (a folder with a package.json), found on
// disk so that adding a package is adding a folder.
const packages = ['shared', 'services'].flatMap((top) =>
  readdirSync(top, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${top}/${d.name}/package.json`))
    .map((d) => `${top}/${d.name}`)
    .sort(),
);
// The project name is the package name (services/policy is @ilr/policy-service, not @ilr/policy).
const nameOf = (dir: string): string => (JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as { name: string }).name;

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    // A time limit here only catches a hang: property and fuzz tests are CPU-bound and take
    // several times longer on a loaded 2-core CI machine than on an idle one (5 s was too tight).
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      ...packages.map((dir) => ({
        extends: true as const,
        test: { name: nameOf(dir), root: dir, include: ['tests/**/*.test.ts', 'src/**/*.test.ts'] },
      })),
      { extends: true as const, test: { name: '@ilr/test', root: 'test', include: ['**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
    ],
  },
});
