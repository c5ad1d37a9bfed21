import { judgesShape } from './progressive.js';
import { definePlanRule } from './rule.js';
import { formatPercent } from './stages.js';

export const canaryInitialWeight = definePlanRule({
  id: 'canary/initial-weight',
  check(context, report) {
    if (!judgesShape(context)) return;
    const { plan, environment } = context;
    const first = plan.stages.find((s) => s.weight > 0);
    const max = environment.canary.maxInitialWeight;
    if (!first || first.weight <= max) return;
    report({
      message: `the first stage sends ${formatPercent(first.weight)} of traffic to the new version; environment ${environment.name} allows at most ${formatPercent(max)}`,
      line: first.line,
    });
  },
});
