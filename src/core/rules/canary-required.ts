import { definePlanRule, requiredBy } from './rule.js';
import { exposureStages } from './stages.js';

export const canaryRequired = definePlanRule({
  id: 'canary/required',
  title: 'Rollout is not progressive',
  description:
    'A rollout to a protected environment must be progressive: some traffic first, never 0 to 100% in one step, through the named stages the policy lists.',
  remediation:
    'Use a canary (or linear) strategy with at least one step below 100%, and keep the stages the policy names.',
  defaultLevel: 'error',
  messages: {
    notProgressive:
      '{{subject}} rolls out with the {{strategy}} strategy, which is not progressive; {{by}} accepts {{strategies}}',
    oneStep: '{{subject}} goes from 0 to 100% in one step: no stage exposes only part of the traffic',
    outOfOrder: 'stage "{{stage}}" is out of the required order ({{order}})',
    missingStage: 'required stage "{{stage}}" is missing (required in order: {{order}})',
  },
  check({ plan, environment }, report) {
    const rules = environment.canary;
    if (!rules.required) return;
    const subject = `${plan.target.kind} ${plan.target.name}`;
    if (!rules.strategies.includes(plan.strategy)) {
      report({
        messageId: 'notProgressive',
        data: {
          subject,
          strategy: plan.strategy,
          by: requiredBy(environment),
          strategies: rules.strategies.join(', '),
        },
      });
      return;
    }
    if (exposureStages(plan).length === 0) {
      report({ messageId: 'oneStep', data: { subject }, line: plan.stages[0]?.line });
      return;
    }
    const names = plan.stages.map((s) => s.name);
    let cursor = 0;
    for (const required of rules.namedStages) {
      const found = names.indexOf(required, cursor);
      if (found === -1) {
        report({
          messageId: names.includes(required) ? 'outOfOrder' : 'missingStage',
          data: { stage: required, order: rules.namedStages.join(' → ') },
        });
        return;
      }
      cursor = found + 1;
    }
  },
});
