import { judgesShape } from './progressive.js';
import { definePlanRule } from './rule.js';
import { hasAutomatedAnalysis } from './stages.js';

export const canaryAnalysis = definePlanRule({
  id: 'canary/analysis',
  check(context, report) {
    if (!judgesShape(context) || !context.environment.canary.requireAnalysis) return;
    const { plan } = context;
    if (hasAutomatedAnalysis(plan)) return;
    const ineffective = [...plan.backgroundGates, ...plan.stages.flatMap((s) => s.gates)].some(
      (g) => !g.effective && g.kind !== 'approval',
    );
    report({
      message: ineffective
        ? `${plan.target.kind} ${plan.target.name} has checks, but none can fail the rollout (dry-run or log-only)`
        : `${plan.target.kind} ${plan.target.name} has no automated analysis: nothing stops a bad version before it takes all traffic`,
    });
  },
});
