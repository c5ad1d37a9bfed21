import type { SectionCheck } from '../evidence.js';
import { requiredBy } from './rule.js';
import type { PlanContext, RuleReport } from './rule.js';

/**
 * rollback/automatic and rollback/missing for one plan, given what the PR description says; in an
 * audit (`check --all`) there is no pull request, so no written plan can be missing: a rollout that
 * relies on one is a warning that each change to it needs one, never "the pull request has none".
 */
export function checkRollback(
  { plan, environment }: PlanContext,
  written: SectionCheck | 'audit',
  report: (rule: 'rollback/automatic' | 'rollback/missing', finding: RuleReport) => void,
): void {
  const subject = `${plan.target.kind} ${plan.target.name}`;
  switch (environment.rollback) {
    case 'none':
      return;
    case 'automatic':
      if (!plan.rollback.automatic) {
        report('rollback/automatic', {
          message: `${subject} does not roll back by itself (${plan.rollback.how.join('; ') || 'no automatic trigger'}); ${requiredBy(environment)} requires automatic rollback`,
          line: plan.rollback.line,
        });
      }
      return;
    case 'documented':
      if (written !== 'audit' && !written.ok) {
        report('rollback/missing', {
          message: `the pull request has no rollback plan for ${subject}: ${written.reason}`,
          messageId: 'noWrittenPlan',
          data: { subject, file: plan.file, reason: written.reason },
        });
      }
      return;
    case 'automatic-or-documented':
      if (plan.rollback.automatic) return;
      if (written === 'audit') {
        report('rollback/missing', {
          message: `${subject} does not roll back by itself: each change to it needs a written rollback plan in its pull request`,
          line: plan.rollback.line,
          messageId: 'reliesOnWrittenPlan',
          data: { subject, file: plan.file },
          maxLevel: 'warning',
        });
      } else if (!written.ok) {
        report('rollback/missing', {
          message: `${subject} does not roll back by itself and the pull request has no rollback plan: ${written.reason}`,
          line: plan.rollback.line,
          messageId: 'noRollback',
          data: { subject, file: plan.file, reason: written.reason },
        });
      }
  }
}
