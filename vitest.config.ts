import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests run in parallel; everything that talks to Neo4j shares ONE
// database started by globalSetup and runs file after file, each file starting from a clean graph.
export default defineConfig({
  test: {
    // In CI a JSON report lets .ci/run print one plain "N passed, N failed" line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-artifacts/vitest.json' }]]
      : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: [
            'test/integration/**/*.test.ts',
            'test/e2e/**/*.test.ts',
            'test/reliability/**/*.test.ts',
          ],
          globalSetup: ['test/setup/neo4j.global.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
