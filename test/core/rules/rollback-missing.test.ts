import { describe, expect, it } from 'vitest';
import { rollbackMissing } from '../../../src/core/rules/rollback-missing.js';
import { canaryPlan, environment } from '../../support/plans.js';
import { emitted, ruleTester } from '../../support/rule-tester.js';

const manual = canaryPlan([[5, 600]], { rollback: { automatic: false, how: [], line: 20 } });
const documented = environment({}, { rollback: 'documented' });
const none = { ok: false, reason: 'no "Rollback plan" section' };

ruleTester.run(rollbackMissing, {
  valid: [
    { name: 'a rollout that rolls back by itself', plan: canaryPlan([[5, 600]]) },
    { name: 'a written plan where one is required', plan: manual, env: documented },
    {
      name: 'no rollback required',
      plan: manual,
      env: environment({}, { rollback: 'none' }),
      rollbackPlan: none,
    },
    {
      name: 'an audit where a written plan is required',
      plan: manual,
      env: documented,
      rollbackPlan: 'audit',
    },
  ],
  invalid: [
    {
      name: 'no written plan where one is required, at the plan',
      plan: canaryPlan([[5, 600]]),
      env: documented,
      rollbackPlan: none,
      findings: [
        {
          messageId: 'noWrittenPlan',
          line: 2,
          message: 'the pull request has no rollback plan for Rollout checkout: no "Rollback plan" section',
        },
      ],
    },
    {
      name: 'neither an automatic nor a written plan, at the rollback',
      plan: manual,
      rollbackPlan: none,
      findings: [{ messageId: 'noRollback', line: 20, data: { subject: 'Rollout checkout' } }],
    },
    {
      name: 'an audit of a rollout that relies on a written plan, at the rollback',
      plan: manual,
      rollbackPlan: 'audit',
      findings: [{ messageId: 'reliesOnWrittenPlan', line: 20 }],
    },
  ],
});

describe('rollback/missing', () => {
  it('is never more than a warning in an audit: no pull request can lack a plan', () => {
    const [finding] = emitted(rollbackMissing, { name: 'audit', plan: manual, rollbackPlan: 'audit' });
    expect(finding?.maxLevel).toBe('warning');
  });
});
