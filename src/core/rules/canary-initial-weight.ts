import { judgesShape } from './progressive.js';
import { definePlanRule, requiredBy } from './rule.js';
import { formatPercent } from './stages.js';

export const canaryInitialWeight = definePlanRule({
  id: 'canary/initial-weight',
  title: 'First canary stage takes too much traffic',
  description: 'The first stage of a canary must not send more traffic than the policy allows.',
  remediation: "Lower the first step's weight to the policy's maximum or less.",
  defaultLevel: 'error',
  messages: {
    tooMuchFirst:
      'the first stage sends {{weight}} of traffic to the new version; {{by}} allows at most {{max}}',
  },
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
      messageId: 'tooMuchFirst',
      data: { weight: formatPercent(first.weight), by: requiredBy(environment), max: formatPercent(max) },
      line: first.line,
    });
  },
});
