import { describe, expect, it } from 'vitest';
import { canaryBypass } from '../../../src/core/rules/canary-bypass.js';
import { canaryPlan, environment, runRule } from '../../support/plans.js';
import { ruleTester } from '../../support/rule-tester.js';

describe('canary/bypass', () => {
  it('accepts a plan without bypasses', () => {
    expect(runRule(canaryBypass, canaryPlan([[5, 600]]))).toEqual([]);
  });

  it('reports each bypass at its own line', () => {
    const plan = canaryPlan([[5, 600]], {
      bypasses: [
        { field: 'spec.skipAnalysis', reason: 'Flagger promotes without analysis', line: 7 },
        { field: 'spec.suspend', reason: 'no canary runs at all', line: 8 },
      ],
    });
    const found = runRule(canaryBypass, plan);
    expect(found.map((f) => f.line)).toEqual([7, 8]);
    expect(found[0]?.message).toMatch(/`spec.skipAnalysis` bypasses the canary/);
  });

  it('is quiet where no canary is required', () => {
    const plan = canaryPlan([[5, 600]], { bypasses: [{ field: 'spec.suspend', reason: 'x', line: 8 }] });
    expect(runRule(canaryBypass, plan, { env: environment({ required: false }) })).toEqual([]);
  });
});

ruleTester.run(canaryBypass, {
  valid: [{ name: 'no bypass', plan: canaryPlan([[5, 600]]) }],
  invalid: [
    {
      name: 'a bypass, at its field',
      plan: canaryPlan([[5, 600]], {
        bypasses: [{ field: 'spec.skipAnalysis', reason: 'no analysis runs', line: 7 }],
      }),
      findings: [
        {
          messageId: 'bypass',
          line: 7,
          message: '`spec.skipAnalysis` bypasses the canary: no analysis runs',
        },
      ],
    },
  ],
});
