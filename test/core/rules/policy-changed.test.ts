import { BUILTIN_POLICY } from '../../../src/core/policy.js';
import { policyChanged } from '../../../src/core/rules/policy-changed.js';
import { POLICY_PATH, ruleTester } from '../../support/rule-tester.js';

const policy = { ...BUILTIN_POLICY, protectedPaths: ['.github/workflows/**'] };

ruleTester.run(policyChanged, {
  valid: [
    {
      name: 'a change to other files',
      context: { policy, changedFiles: [{ path: 'src/app.ts', status: 'modified' }] },
    },
  ],
  invalid: [
    {
      name: 'an edit of the policy file, at its first line',
      context: { changedFiles: [{ path: POLICY_PATH, status: 'modified' }] },
      findings: [{ messageId: 'policyFile', line: 1, file: POLICY_PATH }],
    },
    {
      name: 'a deleted protected path, once (not also as the policy)',
      context: {
        policy,
        changedFiles: [
          { path: '.github/workflows/deploy.yml', status: 'removed' },
          { path: '.github/workflows/renamed.yml', previousPath: POLICY_PATH, status: 'renamed' },
        ],
      },
      findings: [
        {
          messageId: 'protectedPath',
          line: 1,
          file: '.github/workflows/deploy.yml',
          message:
            'the change deletes .github/workflows/deploy.yml, a protected path (it can change what guards a merge)',
        },
        { messageId: 'policyFile', line: 1, file: '.github/workflows/renamed.yml' },
      ],
    },
  ],
});
