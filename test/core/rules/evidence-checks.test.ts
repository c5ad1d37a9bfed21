import { describe, expect, it } from 'vitest';
import { evidenceChecks } from '../../../src/core/rules/evidence-checks.js';
import { canaryPlan, environment } from '../../support/plans.js';
import { emitted, ruleTester } from '../../support/rule-tester.js';

const plan = canaryPlan([[5, 600]]);
const env = environment({}, { evidence: { required: false, checks: ['ci / test', 'e2e'] } });

ruleTester.run(evidenceChecks, {
  valid: [
    { name: 'no environment requires checks', context: {} },
    {
      name: 'every required check passed',
      context: { requiredChecks: [{ environment: env, plan, failing: [] }] },
    },
  ],
  invalid: [
    {
      name: 'a failing check, at the first rollout of its environment',
      context: {
        requiredChecks: [{ environment: env, plan, failing: [{ name: 'e2e', reason: 'it failed' }] }],
      },
      findings: [
        {
          messageId: 'notPassed',
          line: 2,
          file: plan.file,
          message: 'required check "e2e" has not passed on the head commit: it failed',
        },
      ],
    },
    {
      name: 'checks that CI cannot show here',
      context: { requiredChecks: [{ environment: env, plan }] },
      findings: [{ messageId: 'unverifiable', line: 2, data: { checks: 'ci / test, e2e' } }],
    },
  ],
});

describe('evidence/checks', () => {
  it("is the change's finding, not the rollout's: it names no plan", () => {
    const found = emitted(evidenceChecks, {
      name: 'unverifiable',
      context: { requiredChecks: [{ environment: env, plan }] },
    });
    expect(found[0]?.planId).toBeUndefined();
  });
});
