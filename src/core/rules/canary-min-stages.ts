import { isAcceptedAbTest, judgesShape } from './progressive.js';
import { definePlanRule, requiredBy } from './rule.js';
import { exposureStages } from './stages.js';

export const canaryMinStages = definePlanRule({
  id: 'canary/min-stages',
  title: 'Too few canary stages',
  description: "A canary must have at least the policy's number of exposure stages below 100%.",
  remediation:
    'Add more steps below 100% (for example 5%, 25%, 50%) so a bad version meets little traffic first.',
  defaultLevel: 'error',
  messages: {
    tooFewStages: '{{count}} stage{{s}} below 100% where {{by}} requires at least {{min}}',
  },
  check(context, report) {
    if (!judgesShape(context) || isAcceptedAbTest(context)) return;
    const { plan, environment } = context;
    const count = exposureStages(plan).length;
    const min = environment.canary.minStages;
    if (count === 0 || count >= min) return; // zero stages is canary/required's finding
    report({
      messageId: 'tooFewStages',
      data: {
        count: String(count),
        s: count === 1 ? '' : 's',
        by: requiredBy(environment),
        min: String(min),
      },
      line: plan.stages[0]?.line,
    });
  },
});
