import type { ExemptionOutcome } from '../../../src/core/rules/rule.js';
import { exemptionExpired } from '../../../src/core/rules/exemption-expired.js';
import { ruleTester } from '../../support/rule-tester.js';

const exemption = (overrides: Partial<ExemptionOutcome>): ExemptionOutcome => ({
  id: 'slow-bake',
  rules: ['canary/min-hold', 'canary/analysis'],
  touched: true,
  expired: false,
  used: true,
  file: '.github/rollout-guard-exemptions.yml',
  line: 4,
  ...overrides,
});

ruleTester.run(exemptionExpired, {
  valid: [
    { name: 'no expiry', exemptions: [exemption({})] },
    {
      name: 'expiring after the warning days',
      exemptions: [exemption({ expires: '2027-01-01', daysLeft: 30 })],
    },
    {
      name: 'expired, for something the change does not touch',
      exemptions: [exemption({ expires: '2026-01-01', expired: true, touched: false })],
    },
  ],
  invalid: [
    {
      name: 'expired, at the exemption, with the rollout it was for',
      exemptions: [
        exemption({
          expires: '2026-01-01',
          expired: true,
          used: false,
          planId: 'argo-rollouts:Rollout:shop/checkout',
        }),
      ],
      findings: [
        {
          messageId: 'expired',
          line: 4,
          planId: 'argo-rollouts:Rollout:shop/checkout',
          message:
            'exemption slow-bake expired on 2026-01-01; it no longer waives canary/min-hold, canary/analysis',
        },
      ],
    },
    {
      name: 'expiring within the warning days',
      exemptions: [exemption({ expires: '2026-12-02', daysLeft: 1 })],
      findings: [
        {
          messageId: 'expiresSoon',
          line: 4,
          message: 'exemption slow-bake expires soon, on 2026-12-02 (in 1 day)',
        },
      ],
    },
  ],
});
