import { BUILTIN_POLICY } from '../../../src/core/policy.js';
import { evidenceMissing } from '../../../src/core/rules/evidence-missing.js';
import { canaryPlan } from '../../support/plans.js';
import { ruleTester } from '../../support/rule-tester.js';

const plan = canaryPlan([[5, 600]]);
const missing = { items: [], status: 'missing' as const, reason: 'no "Test evidence" section' };
const unverified = { items: [], status: 'unverified' as const, reason: 'a screenshot only' };

ruleTester.run(evidenceMissing, {
  valid: [
    { name: 'no rollout needs evidence', context: { testEvidence: missing } },
    { name: 'verified evidence', context: { plansNeedingEvidence: [plan] } },
    {
      name: 'unverified evidence the policy accepts',
      context: {
        plansNeedingEvidence: [plan],
        testEvidence: unverified,
        policy: { ...BUILTIN_POLICY, evidence: { ...BUILTIN_POLICY.evidence, unverified: 'accept' } },
      },
    },
  ],
  invalid: [
    {
      name: 'no evidence, at each rollout that needs it',
      context: { plansNeedingEvidence: [plan, { ...plan, id: 'other', line: 30 }], testEvidence: missing },
      findings: [
        { messageId: 'noEvidence', line: 2, file: plan.file, planId: plan.id },
        { messageId: 'noEvidence', line: 30, planId: 'other' },
      ],
    },
    {
      name: 'unverified evidence the policy warns about',
      context: { plansNeedingEvidence: [plan], testEvidence: unverified },
      findings: [
        {
          messageId: 'unverified',
          line: 2,
          message:
            'the test evidence for Rollout checkout is not verified (evidence.unverified: warn): a screenshot only',
        },
      ],
    },
  ],
});
