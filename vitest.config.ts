import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Rebuild dist/ first when it is older than src/ (the scenario suite runs the shipped binary).
    globalSetup: ['test/setup/build-if-stale.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
