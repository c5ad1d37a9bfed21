import type { SectionCheck } from '../evidence.js';
import type { PlanContext, RuleReport } from './rule.js';

/** rollback/automatic and rollback/missing for one plan, given what the PR description says. */
export function checkRollback(
  { plan, environment }: PlanContext,
  written: SectionCheck,
  report: (rule: 'rollback/automatic' | 'rollback/missing', finding: RuleReport) => void,
): void {
  const subject = `${plan.target.kind} ${plan.target.name}`;
  switch (environment.rollback) {
    case 'none':
      return;
    case 'automatic':
      if (!plan.rollback.automatic) {
        report('rollback/automatic', {
          message: `${subject} does not roll back by itself (${plan.rollback.how.join('; ') || 'no automatic trigger'}); environment ${environment.name} requires automatic rollback`,
          line: plan.rollback.line,
        });
      }
      return;
    case 'documented':
      if (!written.ok) {
        report('rollback/missing', {
          message: `the pull request has no rollback plan for ${subject}: ${written.reason}`,
          messageId: 'noWrittenPlan',
          data: { subject, reason: written.reason },
        });
      }
      return;
    case 'automatic-or-documented':
      if (!plan.rollback.automatic && !written.ok) {
        report('rollback/missing', {
          message: `${subject} does not roll back by itself and the pull request has no rollback plan: ${written.reason}`,
          line: plan.rollback.line,
          messageId: 'noRollback',
          data: { subject, reason: written.reason },
        });
      }
  }
}
