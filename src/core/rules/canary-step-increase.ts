import { isAcceptedAbTest, judgesShape } from './progressive.js';
import { definePlanRule, requiredBy } from './rule.js';
import { formatPercent } from './stages.js';
import { field, listPhrase } from './summaries.js';

export const canaryStepIncrease = definePlanRule({
  id: 'canary/step-increase',
  title: 'Traffic rises too much in one step',
  description:
    'No stage may raise traffic by more than the policy allows over the stage before it, including the final step to 100%.',
  remediation: "Insert intermediate steps so that each increase stays within the policy's maximum.",
  defaultLevel: 'error',
  messages: {
    jump: 'traffic jumps from {{fromText}} to {{to}} (+{{increase}}); {{by}} allows at most +{{max}} per step',
  },
  summaries: {
    jump: {
      scope: 'plan',
      message(reports) {
        const first = reports[0];
        const jumps = reports.map(
          (r) => `${field(r, 'from')} → ${field(r, 'to')} (+${field(r, 'increase')})`,
        );
        return `traffic jumps too far at ${reports.length} steps: ${listPhrase(jumps)}; ${field(first, 'by')} allows at most +${field(first, 'max')} per step`;
      },
    },
  },
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
        report({
          messageId: 'jump',
          line: stage.line,
          data: {
            // After a routed segment alone the share is unknown; the step is measured from 0%.
            fromText:
              previous === 0 && segment !== undefined
                ? `a routed segment (${segment})`
                : formatPercent(previous),
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
