import { formatDuration } from '../units.js';
import { judgesShape } from './progressive.js';
import { definePlanRule, requiredBy } from './rule.js';
import { formatPercent, holdCovers } from './stages.js';

export const canaryMinHold = definePlanRule({
  id: 'canary/min-hold',
  check(context, report) {
    if (!judgesShape(context)) return;
    const { plan, environment } = context;
    const { minHoldSeconds, gateCountsAsHold } = environment.canary;
    if (minHoldSeconds === 0) return;
    plan.stages.forEach((stage, index) => {
      const next = plan.stages[index + 1];
      if (!next || next.weight <= stage.weight) return;
      if (stage.weight === 0 && stage.segment === undefined && stage.gates.length === 0 && stage.hold === 0)
        return;
      // At 0% no user sees the new version (checks that run before any traffic, a mirror): the bake
      // that counts is at the first exposure that follows. Before a jump to 100% (blue/green) it
      // is the only bake there is, and is judged.
      if (stage.weight === 0 && stage.segment === undefined && next.weight < 100) return;
      if (holdCovers(stage, minHoldSeconds, gateCountsAsHold)) return;
      const held =
        typeof stage.hold === 'number' && stage.hold > 0 ? `only ${formatDuration(stage.hold)}` : 'no time';
      report({
        message: `the rollout holds ${held} at ${stage.segment ?? formatPercent(stage.weight)} before raising traffic to ${formatPercent(next.weight)}; ${requiredBy(environment)} requires ${formatDuration(minHoldSeconds)}${gateCountsAsHold ? ' (or a gate)' : ''}`,
        line: stage.line,
        messageId: 'shortHold',
        data: {
          held,
          at: stage.segment ?? formatPercent(stage.weight),
          by: requiredBy(environment),
          required: `${formatDuration(minHoldSeconds)}${gateCountsAsHold ? ' (or a gate)' : ''}`,
        },
      });
    });
  },
});
