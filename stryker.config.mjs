// Mutation testing of the engine's pure layers: `npm run test:mutation`. Too slow for .ci/run;
// the score is reported in docs/contributing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // The rules and the engine's decisions. src/core/pull-request/ (a markdown reader with its own
  // suite in test/core/pull-request/) and the error wording of config-yaml.ts are left out to keep
  // a run near 30 minutes on two cores.
  mutate: [
    'src/core/**/*.ts',
    '!src/core/model.ts',
    '!src/core/rules/catalogue.ts',
    '!src/core/pull-request/**',
    '!src/core/config-yaml.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignoreStatic: true,
};
