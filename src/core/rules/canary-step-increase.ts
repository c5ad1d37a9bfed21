import { isAcceptedAbTest, judgesShape } from './progressive.js';
import { definePlanRule, requiredBy } from './rule.js';
import { formatPercent } from './stages.js';

export const canaryStepIncrease = definePlanRule({
  id: 'canary/step-increase',
  check(context, report) {
    if (!judgesShape(context)) return;
    const { plan, environment } = context;
    const max = environment.canary.maxStepIncrease;
    let previous = 0;
    let seenExposure = false;
    let segment: string | undefined;
    for (const stage of plan.stages) {
      const increase = stage.weight - previous;
      // The first exposure is canary/initial-weight's to judge, and so is any weight a first stage
      // could have had on its own: otherwise removing an early stage could make a plan pass.
      // An accepted A/B test's promotion from its segment to everyone is not a step to judge.
      const promotesSegment = previous === 0 && segment !== undefined && isAcceptedAbTest(context);
      if (
        seenExposure &&
        !promotesSegment &&
        increase > max &&
        stage.weight > environment.canary.maxInitialWeight
      ) {
        // After a routed segment alone the share is unknown; the step is measured from 0%.
        const from =
          previous === 0 && segment !== undefined ? `a routed segment (${segment})` : formatPercent(previous);
        report({
          message: `traffic jumps from ${from} to ${formatPercent(stage.weight)} (+${formatPercent(increase)}); ${requiredBy(environment)} allows at most +${formatPercent(max)} per step`,
          line: stage.line,
          messageId: 'jump',
          data: {
            from: formatPercent(previous),
            to: formatPercent(stage.weight),
            increase: formatPercent(increase),
            by: requiredBy(environment),
            max: formatPercent(max),
          },
        });
      }
      if (stage.weight > 0 || stage.segment !== undefined) seenExposure = true;
      segment = stage.segment ?? segment;
      previous = Math.max(previous, stage.weight);
    }
  },
});
