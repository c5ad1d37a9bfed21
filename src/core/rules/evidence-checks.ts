import { defineChangeRule } from './rule.js';

export const evidenceChecks = defineChangeRule({
  id: 'evidence/checks',
  title: 'Required CI checks have not passed',
  description:
    'The CI checks that the policy requires must have passed on the head commit, produced by the expected app.',
  remediation: 'Make the required checks run and pass on the latest commit of the pull request.',
  defaultLevel: 'error',
  messages: {
    notPassed: 'required check "{{check}}" has not passed on the head commit: {{reason}}',
    unverifiable:
      'required checks ({{checks}}) cannot be verified here: CI results are only visible through the GitHub API',
  },
  summaries: {
    // The same check failing for several environments: one message, the places name the plans.
    notPassed: {
      scope: 'change',
      same: ['check', 'reason'],
      message: (reports) => reports[0]?.message ?? '',
    },
    unverifiable: { scope: 'change', same: ['checks'], message: (reports) => reports[0]?.message ?? '' },
  },
  check({ requiredChecks }, report) {
    // At the environment's first rollout, but no plan's own: one check is the change's, not a rollout's.
    for (const { environment, plan, failing } of requiredChecks) {
      const at = { file: plan.file, line: plan.line };
      if (failing === undefined) {
        report({
          messageId: 'unverifiable',
          data: { checks: environment.evidence.checks.join(', ') },
          ...at,
        });
        continue;
      }
      for (const { name, reason } of failing) {
        report({ messageId: 'notPassed', data: { check: name, reason }, ...at });
      }
    }
  },
});
