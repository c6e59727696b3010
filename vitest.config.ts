import { defineConfig } from 'vitest/config';

// TEST_DB=pglite (default) or postgres (TEST_DATABASE_URL names a server we may create databases on).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts', 'test/helpers/web-build.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
