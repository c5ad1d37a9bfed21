import { definePlanRule } from './rule.js';
import { field, listPhrase, subjects } from './summaries.js';

/**
 * A rollout needs a rollback plan: automatic in the manifest, or written in the pull request, as
 * the policy says. In an audit (`check --all`) there is no pull request, so no written plan can be
 * missing: a rollout that relies on one is a warning that each change to it needs one, never "the
 * pull request has none".
 */
export const rollbackMissing = definePlanRule({
  id: 'rollback/missing',
  title: 'No rollback plan',
  description:
    'A change to a protected environment needs a rollback plan: automatic rollback in the manifest, or a written plan in the pull request, as the policy requires.',
  remediation:
    'Add a "Rollback plan" section to the pull request description that says how to go back, or encode automatic rollback.',
  defaultLevel: 'error',
  messages: {
    noWrittenPlan: 'the pull request has no rollback plan for {{subject}}: {{reason}}',
    reliesOnWrittenPlan:
      '{{subject}} does not roll back by itself: each change to it needs a written rollback plan in its pull request',
    noRollback:
      '{{subject}} does not roll back by itself and the pull request has no rollback plan: {{reason}}',
  },
  summaries: {
    noWrittenPlan: {
      scope: 'change',
      same: ['reason'],
      message: (reports) =>
        `the pull request has no rollback plan for ${listPhrase(subjects(reports))}: ${field(reports[0], 'reason')}`,
    },
    reliesOnWrittenPlan: {
      scope: 'change',
      message: (reports) =>
        `${listPhrase(subjects(reports))} do not roll back by themselves: each change to them needs a written rollback plan in its pull request`,
    },
    noRollback: {
      scope: 'change',
      same: ['reason'],
      message: (reports) =>
        `${listPhrase(subjects(reports))} do not roll back by themselves and the pull request has no rollback plan: ${field(reports[0], 'reason')}`,
    },
  },
  check({ plan, environment, writtenRollbackPlan }, report) {
    const subject = `${plan.target.kind} ${plan.target.name}`;
    if (environment.rollback === 'documented') {
      const written = writtenRollbackPlan();
      if (written !== 'audit' && !written.ok) {
        report({ messageId: 'noWrittenPlan', data: { subject, file: plan.file, reason: written.reason } });
      }
    } else if (environment.rollback === 'automatic-or-documented' && !plan.rollback.automatic) {
      const written = writtenRollbackPlan();
      if (written === 'audit') {
        report({
          messageId: 'reliesOnWrittenPlan',
          data: { subject, file: plan.file },
          line: plan.rollback.line,
          maxLevel: 'warning',
        });
      } else if (!written.ok) {
        report({
          messageId: 'noRollback',
          data: { subject, file: plan.file, reason: written.reason },
          line: plan.rollback.line,
        });
      }
    }
  },
});
