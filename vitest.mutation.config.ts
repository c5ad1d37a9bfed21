import { defineConfig } from 'vitest/config';

// The tests that exercise src/core and src/formats directly, without processes or servers.
export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts', 'test/formats/**/*.test.ts', 'test/conformance/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
