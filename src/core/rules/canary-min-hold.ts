import { formatDuration } from '../units.js';
import { judgesShape } from './progressive.js';
import { definePlanRule, requiredBy } from './rule.js';
import { formatPercent, holdCovers } from './stages.js';
import { field, listPhrase, runsOf, values } from './summaries.js';

export const canaryMinHold = definePlanRule({
  id: 'canary/min-hold',
  title: 'Canary stage not held long enough',
  description:
    "Before each increase, the rollout must bake at the current weight for the policy's minimum time (a manual gate counts as held).",
  remediation:
    'Add a pause (or an analysis or manual gate) of at least the minimum bake time after each weight change.',
  defaultLevel: 'error',
  messages: {
    shortHold:
      'the rollout holds {{held}} at {{at}} before raising traffic to {{to}}; {{by}} requires {{required}}',
  },
  summaries: {
    shortHold: {
      scope: 'plan',
      message(reports) {
        const first = reports[0];
        const runs = runsOf(reports, 'held');
        const holds =
          runs.length === 1
            ? `${field(first, 'held')} at ${listPhrase(values(reports, 'at'))}`
            : runs.map((run) => `${run.value} at ${listPhrase(values(run.members, 'at'))}`).join('; ');
        return `the rollout holds ${holds} before raising traffic (${reports.length} stages); ${field(first, 'by')} requires ${field(first, 'required')}`;
      },
    },
  },
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
      report({
        messageId: 'shortHold',
        line: stage.line,
        data: {
          held:
            typeof stage.hold === 'number' && stage.hold > 0
              ? `only ${formatDuration(stage.hold)}`
              : 'no time',
          at: stage.segment ?? formatPercent(stage.weight),
          to: formatPercent(next.weight),
          by: requiredBy(environment),
          required: `${formatDuration(minHoldSeconds)}${gateCountsAsHold ? ' (or a gate)' : ''}`,
        },
      });
    });
  },
});
