import { definePlanRule, requiredBy } from './rule.js';
import { exposureStages } from './stages.js';

export const canaryRequired = definePlanRule({
  id: 'canary/required',
  check({ plan, environment }, report) {
    const rules = environment.canary;
    if (!rules.required) return;
    if (!rules.strategies.includes(plan.strategy)) {
      report({
        message: `${plan.target.kind} ${plan.target.name} rolls out with the ${plan.strategy} strategy, which is not progressive; ${requiredBy(environment)} accepts ${rules.strategies.join(', ')}`,
      });
      return;
    }
    if (exposureStages(plan).length === 0) {
      const first = plan.stages[0];
      report({
        message: `${plan.target.kind} ${plan.target.name} goes from 0 to 100% in one step: no stage exposes only part of the traffic`,
        line: first?.line,
      });
      return;
    }
    const names = plan.stages.map((s) => s.name);
    let cursor = 0;
    for (const required of rules.namedStages) {
      const found = names.indexOf(required, cursor);
      if (found === -1) {
        const elsewhere = names.includes(required);
        report({
          message: elsewhere
            ? `stage "${required}" is out of the required order (${rules.namedStages.join(' → ')})`
            : `required stage "${required}" is missing (required in order: ${rules.namedStages.join(' → ')})`,
        });
        return;
      }
      cursor = found + 1;
    }
  },
});
