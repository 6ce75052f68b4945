import { defineConfig } from 'vitest/config';

// One vitest run covers every workspace package; each package is a project so that
// `vitest --project @ilr/policy` (and the package's own `npm test`) runs just its tests.
const packages = ['shared/policy', 'shared/scenarios', 'shared/wire', 'shared/nats', 'shared/testing', 'shared/log', 'services/cli'];

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    projects: [
      ...packages.map((dir) => ({
        extends: true as const,
        test: { name: `@ilr/${dir.split('/')[1]}`, root: dir, include: ['tests/**/*.test.ts', 'src/**/*.test.ts'] },
      })),
      { extends: true as const, test: { name: '@ilr/test', root: 'test', include: ['**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
    ],
  },
});
