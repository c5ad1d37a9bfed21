import { formatDuration } from '../units.js';
import type { RolloutPlan, Stage } from '../model.js';
import { definePlanRule } from './rule.js';
import { exposureStages, formatPercent, hasAutomatedAnalysis, totalBakeSeconds } from './stages.js';

/** Compares a rollout with its base version: a change may keep or strengthen it, never weaken it. */
export const canaryRegression = definePlanRule({
  id: 'canary/regression',
  check({ plan, basePlan, environment }, report) {
    if (!basePlan || !environment.canary.noRegression) return;
    const allowed = environment.canary.strategies;
    if (allowed.includes(basePlan.strategy) && !allowed.includes(plan.strategy)) {
      report({ message: `the strategy changes from ${basePlan.strategy} to ${plan.strategy}` });
      return;
    }
    const before = exposureStages(basePlan);
    const after = exposureStages(plan);
    if (after.length < before.length) {
      report({
        message: `stages below 100% go from ${before.length} to ${after.length} (${before.map((s) => formatPercent(s.weight)).join(', ')} → ${after.map((s) => formatPercent(s.weight)).join(', ') || 'none'})`,
        line: plan.stages[0]?.line,
      });
    }
    const firstBefore = before.find((s) => s.weight > 0);
    const firstAfter = after.find((s) => s.weight > 0);
    if (firstBefore && firstAfter && firstAfter.weight > firstBefore.weight) {
      report({
        message: `the first stage rises from ${formatPercent(firstBefore.weight)} to ${formatPercent(firstAfter.weight)}`,
        line: firstAfter.line,
      });
    }
    const shortened = shortenedHolds(basePlan, plan);
    for (const { stage, message, data } of shortened) {
      report({ message, line: stage.line, messageId: 'holdShortened', data });
    }
    const bakeBefore = totalBakeSeconds(basePlan);
    const bakeAfter = totalBakeSeconds(plan);
    if (shortened.length === 0 && bakeAfter < bakeBefore) {
      report({
        message: `total bake time shortens from ${formatDuration(bakeBefore)} to ${formatDuration(bakeAfter)}`,
        line: plan.stages[0]?.line,
      });
    }
    if (hasAutomatedAnalysis(basePlan) && !hasAutomatedAnalysis(plan)) {
      report({ message: 'the automated analysis that the base version had is gone' });
    }
    if (basePlan.rollback.automatic && !plan.rollback.automatic) {
      report({
        message: 'the automatic rollback that the base version had is gone',
        line: plan.rollback.line,
      });
    }
    const baseBypasses = new Set(basePlan.bypasses.map((b) => b.field));
    for (const bypass of plan.bypasses) {
      if (!baseBypasses.has(bypass.field)) {
        report({
          message: `the change adds \`${bypass.field}\`, which bypasses the canary`,
          line: bypass.line,
        });
      }
    }
    const namesAfter = new Set(plan.stages.map((s) => s.name).filter(Boolean));
    for (const stage of basePlan.stages) {
      if (stage.name && !namesAfter.has(stage.name)) {
        report({
          message: `stage "${stage.name}" is removed`,
          messageId: 'stageRemoved',
          data: { name: stage.name },
        });
      }
    }
  },
});

function describeHold(hold: Stage['hold']): string {
  return hold === 'manual' ? 'a manual gate' : formatDuration(hold);
}

/** Holds at a weight that both versions have, where the head holds for less (manual > any time). */
function shortenedHolds(
  basePlan: RolloutPlan,
  plan: RolloutPlan,
): { stage: Stage; message: string; data: Record<string, string> }[] {
  const result: { stage: Stage; message: string; data: Record<string, string> }[] = [];
  for (const before of basePlan.stages.slice(0, -1)) {
    const after = plan.stages
      .slice(0, -1)
      .find((s) => s.weight === before.weight && s.segment === before.segment);
    if (
      !after ||
      after.hold === 'manual' ||
      after.hold >= (before.hold === 'manual' ? Infinity : before.hold)
    )
      continue;
    result.push({
      stage: after,
      message: `the hold at ${before.segment ?? formatPercent(before.weight)} shortens from ${describeHold(before.hold)} to ${describeHold(after.hold)}`,
      data: {
        at: before.segment ?? formatPercent(before.weight),
        before: describeHold(before.hold),
        after: describeHold(after.hold),
      },
    });
  }
  return result;
}
