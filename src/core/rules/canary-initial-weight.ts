import { judgesShape } from './progressive.js';
import { definePlanRule, requiredBy } from './rule.js';
import { formatPercent } from './stages.js';

export const canaryInitialWeight = definePlanRule({
  id: 'canary/initial-weight',
  check(context, report) {
    if (!judgesShape(context)) return;
    const { plan, environment } = context;
    // The first share of traffic. A routed segment (header, cookie) is no share: when an A/B test's
    // segment comes first, its promotion to 100% is a step (canary/step-increase), not a first stage.
    const index = plan.stages.findIndex((s) => s.weight > 0);
    const first = plan.stages[index];
    const max = environment.canary.maxInitialWeight;
    if (!first || first.weight <= max) return;
    if (first.weight === 100 && plan.stages.slice(0, index).some((s) => s.segment !== undefined)) return;
    report({
      message: `the first stage sends ${formatPercent(first.weight)} of traffic to the new version; ${requiredBy(environment)} allows at most ${formatPercent(max)}`,
      line: first.line,
    });
  },
});
