import { defineConfig } from 'vitest/config';

// The tests that exercise src/core, src/formats and the pipeline's pure phases (which pair,
// link and judge plans: core/pair.ts, deletion.ts, correlate.ts) directly, without servers.
export default defineConfig({
  test: {
    include: [
      'test/core/**/*.test.ts',
      'test/formats/**/*.test.ts',
      'test/conformance/**/*.test.ts',
      'test/pipeline/**/*.test.ts',
      'test/report/**/*.test.ts',
      'test/security/gaps.test.ts',
    ],
    testTimeout: 30_000,
  },
});
