import type { RolloutPlan } from '../model.js';
import { judgesShape } from './progressive.js';
import { definePlanRule } from './rule.js';
import type { RuleReport } from './rule.js';
import { hasAutomatedAnalysis } from './stages.js';

export const canaryAnalysis = definePlanRule({
  id: 'canary/analysis',
  title: 'Canary without an automated check',
  description:
    'A canary must be gated by at least one automated check that can fail it: an analysis, a metric check or a gating webhook.',
  remediation:
    'Add an analysis (Argo AnalysisTemplate, Flagger metrics) that aborts the rollout when the new version misbehaves.',
  defaultLevel: 'error',
  messages: {
    thresholdAboveChecks:
      '{{label}} {{failures}} is more than the {{checks}} passing check{{s}} a successful analysis needs: a canary that fails {{tolerated}} checks and passes {{checks}} is still promoted',
    noEffectiveCheck: '{{subject}} has checks, but none can fail the rollout (dry-run or log-only)',
    noAnalysis:
      '{{subject}} has no automated analysis: nothing stops a bad version before it takes all traffic',
  },
  check(context, report) {
    if (!judgesShape(context) || !context.environment.canary.requireAnalysis) return;
    const { plan } = context;
    checkThreshold(plan, report);
    if (hasAutomatedAnalysis(plan)) return;
    const ineffective = [...plan.backgroundGates, ...plan.stages.flatMap((s) => s.gates)].some(
      (g) => !g.effective && g.kind !== 'approval',
    );
    report({
      messageId: ineffective ? 'noEffectiveCheck' : 'noAnalysis',
      data: { subject: `${plan.target.kind} ${plan.target.name}` },
    });
  },
});

/**
 * Failed checks accumulate and never reset during an analysis, and a failed check does not
 * advance it (fluxcd/flagger pkg/controller/scheduler.go). A threshold above the number of
 * passing checks a successful analysis needs lets a canary that fails at least as many checks as
 * it passes be promoted: the analysis then tolerates a failing version more than it tests it.
 */
function checkThreshold(
  plan: RolloutPlan,
  report: (finding: RuleReport<'thresholdAboveChecks'>) => void,
): void {
  const threshold = plan.failureThreshold;
  if (threshold?.checks === undefined || threshold.failures <= threshold.checks) return;
  const { failures, checks } = threshold;
  report({
    messageId: 'thresholdAboveChecks',
    data: {
      label: threshold.label,
      failures: String(failures),
      checks: String(checks),
      s: checks === 1 ? '' : 's',
      tolerated: String(failures - 1),
    },
    line: threshold.line,
  });
}
