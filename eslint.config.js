import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'fixtures/',
      '.stryker-tmp/',
      'reports/',
      '.bench/',
      'src/core/generated/*.js',
      'src/sources/github/generated/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Type-aware rules on the shipped code (floating promises, unsafe `any`, needless assertions).
  ...tseslint.configs.recommendedTypeCheckedOnly.map((config) => ({ ...config, files: ['src/**/*.ts'] })),
  {
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Commands, sources and lookups share async signatures whether or not each one awaits.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // core is pure: no I/O, no GitHub, no other layers.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'child_process'], message: 'src/core is pure: no I/O.' },
            { group: ['@actions/*'], message: 'src/core knows nothing of GitHub.' },
            {
              group: ['../sources/*', '../report/*', '../formats/*'],
              message: 'core imports no other layer.',
            },
            {
              regex: '^\\.\\./\\.\\./(?!schema/)',
              message: 'core imports no other layer (the policy schema aside).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/formats/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:fs', 'fs', 'child_process', 'node:child_process'],
              message: 'formats do no I/O.',
            },
            {
              group: ['@actions/*', '../sources/*', '../report/*'],
              message: 'formats depend only on core types.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pipeline orchestrates formats and core; the sources do its I/O before it runs.
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'child_process'], message: 'the pipeline does no I/O.' },
            {
              group: ['@actions/*', '../sources/*', '../report/*', '../cli/*', '../action/*'],
              message: 'the pipeline depends on formats and core only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Renderers are pure functions of one report: they decide nothing and read nothing.
    files: ['src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:fs', 'fs', 'child_process', 'node:child_process'],
              message: 'report does no I/O.',
            },
            {
              group: [
                '@actions/*',
                '../formats/*',
                '../sources/*',
                '../pipeline/*',
                '../cli/*',
                '../action/*',
              ],
              message: 'report depends on core types only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Sources read bytes; they never judge, parse manifests or render.
    files: ['src/sources/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/formats/*', '**/report/*', '**/pipeline/*', '**/cli/*', '**/action/*'],
              message: 'sources depend on core only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The one check both entry points run: sources, the pipeline and core, never an entry point.
    files: ['src/check/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '../cli/*', '../action/*', '../report/*'],
              message: 'the check knows neither entry point nor how its report is shown.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI's commands and the Action share the pipeline; neither reaches into the other.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../action/*'], message: 'the CLI does not import the Action.' }] },
      ],
    },
  },
  {
    files: ['src/action/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../cli/*'], message: 'the Action does not import the CLI.' }] },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
