import { rollbackAutomatic } from '../../../src/core/rules/rollback-automatic.js';
import { canaryPlan, environment } from '../../support/plans.js';
import { ruleTester } from '../../support/rule-tester.js';

const automatic = environment({}, { rollback: 'automatic' });

ruleTester.run(rollbackAutomatic, {
  valid: [
    { name: 'a rollout that rolls back by itself', plan: canaryPlan([[5, 600]]), env: automatic },
    {
      name: 'a policy that accepts a written plan',
      plan: canaryPlan([[5, 600]], { rollback: { automatic: false, how: [], line: 20 } }),
    },
  ],
  invalid: [
    {
      name: 'no automatic rollback where one is required, at the rollback',
      plan: canaryPlan([[5, 600]], { rollback: { automatic: false, how: [], line: 20 } }),
      env: automatic,
      findings: [
        {
          messageId: 'notAutomatic',
          line: 20,
          message:
            'Rollout checkout does not roll back by itself (no automatic trigger); the policy requires automatic rollback',
        },
      ],
    },
  ],
});
