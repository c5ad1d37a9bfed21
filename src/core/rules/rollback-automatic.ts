import { definePlanRule, requiredBy } from './rule.js';

export const rollbackAutomatic = definePlanRule({
  id: 'rollback/automatic',
  title: 'No automatic rollback',
  description:
    'The policy requires the manifest itself to roll back automatically when the new version fails.',
  remediation:
    "Add an analysis that aborts the rollout (Argo), keep Flagger's analysis with a threshold, or an equivalent automatic rollback.",
  defaultLevel: 'error',
  messages: {
    notAutomatic: '{{subject}} does not roll back by itself ({{how}}); {{by}} requires automatic rollback',
  },
  check({ plan, environment }, report) {
    if (environment.rollback !== 'automatic' || plan.rollback.automatic) return;
    report({
      messageId: 'notAutomatic',
      data: {
        subject: `${plan.target.kind} ${plan.target.name}`,
        how: plan.rollback.how.join('; ') || 'no automatic trigger',
        by: requiredBy(environment),
      },
      line: plan.rollback.line,
    });
  },
});
