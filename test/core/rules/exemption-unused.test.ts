import type { ExemptionOutcome } from '../../../src/core/rules/rule.js';
import { exemptionUnused } from '../../../src/core/rules/exemption-unused.js';
import { ruleTester } from '../../support/rule-tester.js';

const exemption = (overrides: Partial<ExemptionOutcome>): ExemptionOutcome => ({
  id: 'slow-bake',
  rules: ['canary/min-hold'],
  touched: true,
  expired: false,
  used: false,
  file: '.github/rollout-guard-exemptions.yml',
  line: 4,
  ...overrides,
});

ruleTester.run(exemptionUnused, {
  valid: [
    { name: 'an exemption that waived a finding', exemptions: [exemption({ used: true })] },
    { name: 'an expired exemption (exemption/expired says so)', exemptions: [exemption({ expired: true })] },
    { name: 'an exemption for what the change does not touch', exemptions: [exemption({ touched: false })] },
  ],
  invalid: [
    {
      name: 'an exemption that waives nothing, at the exemption',
      exemptions: [exemption({})],
      findings: [
        {
          messageId: 'unused',
          line: 4,
          file: '.github/rollout-guard-exemptions.yml',
          message: 'exemption slow-bake waives nothing in this change (canary/min-hold); remove it',
        },
      ],
    },
  ],
});
