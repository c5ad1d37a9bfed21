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
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
