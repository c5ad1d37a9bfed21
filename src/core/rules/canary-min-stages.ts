import { isAcceptedAbTest, judgesShape } from './progressive.js';
import { definePlanRule, requiredBy } from './rule.js';
import { exposureStages } from './stages.js';

export const canaryMinStages = definePlanRule({
  id: 'canary/min-stages',
  check(context, report) {
    if (!judgesShape(context) || isAcceptedAbTest(context)) return;
    const { plan, environment } = context;
    const count = exposureStages(plan).length;
    const min = environment.canary.minStages;
    if (count === 0 || count >= min) return; // zero stages is canary/required's finding
    report({
      message: `${count} stage${count === 1 ? '' : 's'} below 100% where ${requiredBy(environment)} requires at least ${min}`,
      line: plan.stages[0]?.line,
    });
  },
});
