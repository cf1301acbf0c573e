import { defineConfig } from 'vitest/config';

/**
 * `npm run test:examples`: hamcheck verify end to end against the example adapters — the reference through
 * `hamcheck serve`, the independent NumPy adapter, and every mutant of it. Minutes of work, so it runs once
 * in CI (.ci/run), not in `npm test`'s unit suite.
 */
export default defineConfig({
  test: {
    include: ['spec/examples/**/*.spec.ts'],
    reporters: ['default', './spec/support/plainSummaryReporter.ts'],
    testTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
