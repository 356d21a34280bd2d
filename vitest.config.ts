import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-build.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration tests start moto_server and an HTTPS API double per file; two cores.
    maxWorkers: 2,
  },
});
