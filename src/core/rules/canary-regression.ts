import { formatDuration } from '../units.js';
import type { Gate, PlanVariant, RolloutPlan, Stage, Strategy } from '../model.js';
import { definePlanRule, formatMessage } from './rule.js';
import type { PlanContext, RuleReport } from './rule.js';
import { allGates, exposureStages, formatPercent, hasAutomatedAnalysis, isAutomatedGate } from './stages.js';
import type { EnvironmentPolicy } from '../policy.js';
import { field, listPhrase, values } from './summaries.js';

const MESSAGES = {
  deleted: '{{deletion}}{{where}}',
  workloadStrategy:
    "the {{kind}}'s update strategy changes from {{before}} to {{after}}{{delivered}}{{effect}}",
  strategyNotAllowed: 'the strategy changes from {{before}} to {{after}}',
  strategyWeaker: 'the strategy changes from {{before}} to {{after}}, which exposes more users at once',
  fewerStages: 'stages below 100% go from {{before}} to {{after}} ({{beforeList}} → {{afterList}})',
  firstStageRises: 'the first stage rises from {{before}} to {{after}}',
  holdShortened: 'the hold at {{at}} shortens from {{before}} to {{after}}',
  bakeShortened: 'total bake time shortens from {{before}} to {{after}}',
  manualGatesFewer:
    'manual gates before 100% go from {{before}} to {{after}} ({{beforeList}} → {{afterList}}): fewer points where a person must promote the rollout',
  gateIneffective: 'the {{gate}} {{name}} is still there but can no longer fail the rollout',
  gateRemoved: 'the {{gate}} {{name}} is removed: it could fail the rollout in the base version',
  analysisRemoved: 'the automated analysis that the base version had is gone: nothing can fail the rollout',
  rollbackRemoved: 'the automatic rollback that the base version had is gone',
  bypassAdded: 'the change adds `{{field}}`, which bypasses the canary',
  stageRemoved: 'stage "{{name}}" is removed',
  thresholdRises:
    '{{label}} rises from {{before}} to {{after}}: a failing canary is rolled back only after {{after}} failed check{{s}}',
  /** A finding in one deploy-time branch: its own message, after the choices that select the branch. */
  inVariant: '{{when}}{{message}}',
} as const;

type Report = (finding: RuleReport<keyof typeof MESSAGES>) => void;

/** The parts of a plan that one deploy-time choice can change. */
type Shape = Pick<RolloutPlan, 'strategy' | 'stages' | 'backgroundGates' | 'rollback' | 'bypasses'>;

/**
 * Compares a rollout with its base version: a change may keep or strengthen it, never weaken it.
 * Where the manifest leaves choices to deploy time (CloudFormation conditions), each branch is
 * compared with the same branch of the base, not only the weakest with the weakest.
 */
export const canaryRegression = definePlanRule({
  id: 'canary/regression',
  title: 'Change weakens an existing rollout',
  description:
    'The change must not weaken a rollout that the base had: remove stages, shorten holds, raise the first weight, drop analysis, or delete a guarded rollout.',
  remediation: 'Keep the stages, holds and analysis the rollout had before, or get the weakening approved.',
  defaultLevel: 'error',
  messages: MESSAGES,
  summaries: {
    holdShortened: {
      scope: 'plan',
      message(reports) {
        const holds = reports.map(
          (r) => `at ${field(r, 'at')} from ${field(r, 'before')} to ${field(r, 'after')}`,
        );
        return `the holds at ${reports.length} stages shorten: ${listPhrase(holds)}`;
      },
    },
    stageRemoved: {
      scope: 'plan',
      message: (reports) => `stages ${listPhrase(values(reports, 'name').map((n) => `"${n}"`))} are removed`,
    },
  },
  // A removed rollout can weaken what deploys; a delivered workload's own update strategy can regress.
  plans: 'every-plan',
  check(context, report) {
    const { plan, basePlan, environment } = context;
    if (context.change === 'removed') {
      checkDeletion(context, report);
      return;
    }
    if (!basePlan || !environment.canary.noRegression) return;
    // A workload a Canary delivers rolls out through it; only its own update strategy is its own.
    if (plan.deliveredBy !== undefined) {
      compareWorkloadStrategy(basePlan, plan, report);
      return;
    }
    const reported = new Set<string>();
    const say: Report = (finding) => {
      const key = `${finding.line ?? ''}\u0000${formatMessage(MESSAGES[finding.messageId], finding.data)}`;
      if (reported.has(key)) return;
      reported.add(key);
      report(finding);
    };
    if (compareWorkloadStrategy(basePlan, plan, say)) return;
    compareShapes(basePlan, plan, environment, say);
    compareThreshold(basePlan, plan, say);
    compareVariants(basePlan, plan, environment, say, reported);
  },
});

/** Only removing a progressive rollout can weaken one; removing a plain Deployment cannot. */
function checkDeletion({ plan, environment, deletion }: PlanContext, report: Report): void {
  const { required, protectDeletion, strategies } = environment.canary;
  if (deletion === undefined || !required || !protectDeletion || !strategies.includes(plan.strategy)) return;
  const where = environment.match === undefined ? '' : ` (environment ${environment.name})`;
  report({ messageId: 'deleted', data: { deletion, where } });
}

function compareShapes(basePlan: Shape, plan: Shape, environment: EnvironmentPolicy, report: Report): void {
  const allowed = environment.canary.strategies;
  if (allowed.includes(basePlan.strategy) && !allowed.includes(plan.strategy)) {
    report({ messageId: 'strategyNotAllowed', data: { before: basePlan.strategy, after: plan.strategy } });
    return;
  }
  if (STRATEGY_RANK[plan.strategy] < STRATEGY_RANK[basePlan.strategy]) {
    report({
      messageId: 'strategyWeaker',
      data: { before: basePlan.strategy, after: plan.strategy },
      line: plan.stages[0]?.line,
    });
    return;
  }
  const before = exposureStages(basePlan);
  const after = exposureStages(plan);
  if (after.length < before.length) {
    report({
      messageId: 'fewerStages',
      data: countsAndLists(before.map(describeExposure), after.map(describeExposure)),
      line: plan.stages[0]?.line,
    });
  }
  const firstBefore = before.find((s) => s.weight > 0);
  const firstAfter = after.find((s) => s.weight > 0);
  if (firstBefore && firstAfter && firstAfter.weight > firstBefore.weight) {
    report({
      messageId: 'firstStageRises',
      data: { before: formatPercent(firstBefore.weight), after: formatPercent(firstAfter.weight) },
      line: firstAfter.line,
    });
  }
  const shortened = shortenedHolds(basePlan, plan);
  for (const { stage, data } of shortened) {
    report({ messageId: 'holdShortened', data, line: stage.line });
  }
  // Where the weights changed, the whole bake is compared as the holds at one weight are.
  const bakeBefore = heldFor(basePlan.stages.slice(0, -1));
  const bakeAfter = heldFor(plan.stages.slice(0, -1));
  if (shortened.length === 0 && !holdsAsLongAs(bakeAfter, bakeBefore)) {
    if (bakeAfter.manual.length < bakeBefore.manual.length) {
      report({
        messageId: 'manualGatesFewer',
        data: countsAndLists(bakeBefore.manual, bakeAfter.manual),
        line: plan.stages[0]?.line,
      });
    } else {
      report({
        messageId: 'bakeShortened',
        data: { before: formatDuration(bakeBefore.seconds), after: formatDuration(bakeAfter.seconds) },
        line: plan.stages[0]?.line,
      });
    }
  }
  compareGates(basePlan, plan, report);
  if (hasAutomatedAnalysis(basePlan) && !hasAutomatedAnalysis(plan)) {
    report({ messageId: 'analysisRemoved' });
  }
  if (basePlan.rollback.automatic && !plan.rollback.automatic) {
    report({
      messageId: 'rollbackRemoved',
      line: plan.rollback.line,
    });
  }
  const baseBypasses = new Set(basePlan.bypasses.map((b) => b.field));
  for (const bypass of plan.bypasses) {
    if (!baseBypasses.has(bypass.field)) {
      report({
        messageId: 'bypassAdded',
        data: { field: bypass.field },
        line: bypass.line,
      });
    }
  }
  const namesAfter = new Set(plan.stages.map((s) => s.name).filter(Boolean));
  for (const stage of basePlan.stages) {
    if (stage.name && !namesAfter.has(stage.name)) {
      report({
        messageId: 'stageRemoved',
        data: { name: stage.name },
      });
    }
  }
}

/** `before` and `after` counted and listed, for the messages that say what went from one to the other. */
function countsAndLists(before: string[], after: string[]): Record<string, string> {
  return {
    before: String(before.length),
    after: String(after.length),
    beforeList: before.join(', '),
    afterList: after.join(', ') || 'none',
  };
}

/** Lower is weaker: everything at once, then a plain rolling update, then anything progressive. */
const STRATEGY_RANK: Record<Strategy, number> = {
  'all-at-once': 0,
  rolling: 1,
  'blue-green': 2,
  'ab-test': 2,
  linear: 2,
  canary: 2,
};

const WORKLOAD_STRATEGY_EFFECT: Record<string, string> = {
  Recreate: 'every old pod stops before any new one starts, so the service is down while new pods start',
  OnDelete: 'pods take the new version only when someone deletes them',
};

/** A plain workload's update strategy, e.g. RollingUpdate → Recreate; true when it reported. */
function compareWorkloadStrategy(basePlan: RolloutPlan, plan: RolloutPlan, report: Report): boolean {
  const before = basePlan.workloadStrategy;
  const after = plan.workloadStrategy;
  if (!before || !after || before.type === after.type) return false;
  if (STRATEGY_RANK[plan.strategy] >= STRATEGY_RANK[basePlan.strategy]) return false;
  const effect = WORKLOAD_STRATEGY_EFFECT[after.type];
  const delivered = plan.deliveredBy !== undefined ? ` (the controller that delivers it copies it)` : '';
  report({
    messageId: 'workloadStrategy',
    data: {
      kind: plan.target.kind,
      before: before.type,
      after: after.type,
      delivered,
      effect: effect ? `: ${effect}` : '',
    },
    line: after.line,
  });
  return true;
}

function compareThreshold(basePlan: RolloutPlan, plan: RolloutPlan, report: Report): void {
  const before = basePlan.failureThreshold;
  const after = plan.failureThreshold;
  if (!before || !after || before.label !== after.label || after.failures <= before.failures) return;
  report({
    messageId: 'thresholdRises',
    data: {
      label: after.label,
      before: String(before.failures),
      after: String(after.failures),
      s: after.failures === 1 ? '' : 's',
    },
    line: after.line,
  });
}

const GATE_WORDS: Record<Gate['kind'], string> = {
  analysis: 'analysis',
  'metric-check': 'metric check',
  webhook: 'webhook',
  approval: 'approval',
};

/**
 * The checks that could fail the base rollout must still be able to fail it: a check still there
 * that can no longer fail (a dry run, an empty threshold range) is a regression, and so are checks
 * removed without as many new ones of the same kind in their place. A renamed or replaced check
 * (request-success-rate → an error-rate template) is not: names are how a team writes its checks,
 * not how many the rollout has.
 */
function compareGates(basePlan: Shape, plan: Shape, report: Report): void {
  const key = (gate: Gate) => `${gate.kind}\u0000${gate.name ?? ''}`;
  const after = allGates(plan);
  const named = (gates: Gate[]) => gates.filter((g) => isAutomatedGate(g) && g.name !== undefined);
  const baseKeys = new Set(allGates(basePlan).map(key));
  const effectiveAfter = new Set(named(after).map(key));
  const removed = new Map<Gate['kind'], Gate[]>();
  const seen = new Set<string>();
  for (const gate of named(allGates(basePlan))) {
    const id = key(gate);
    if (seen.has(id) || effectiveAfter.has(id)) continue;
    seen.add(id);
    const still = after.find((g) => key(g) === id);
    if (still) {
      report({
        messageId: 'gateIneffective',
        data: { gate: GATE_WORDS[gate.kind], name: String(gate.name) },
        line: still.line,
      });
    } else {
      removed.set(gate.kind, [...(removed.get(gate.kind) ?? []), gate]);
    }
  }
  for (const [kind, gates] of removed) {
    const added = new Set(
      named(after)
        .filter((g) => g.kind === kind && !baseKeys.has(key(g)))
        .map(key),
    ).size;
    for (const gate of gates.slice(added)) {
      report({
        messageId: 'gateRemoved',
        data: { gate: GATE_WORDS[kind], name: String(gate.name) },
        line: plan.stages[0]?.line,
      });
    }
  }
}

/**
 * Each deploy-time branch of the head against the same branch of the base. A side without
 * branches applies to every branch of the other; branches that contradict each other (a
 * condition true on one side, false on the other) are not compared.
 */
function compareVariants(
  basePlan: RolloutPlan,
  plan: RolloutPlan,
  environment: EnvironmentPolicy,
  report: Report,
  reported: Set<string>,
): void {
  if (!basePlan.variants?.length && !plan.variants?.length) return;
  const whole = (p: RolloutPlan): PlanVariant[] =>
    p.variants?.length
      ? p.variants
      : [
          {
            when: [],
            strategy: p.strategy,
            stages: p.stages,
            backgroundGates: p.backgroundGates,
            rollback: p.rollback,
            bypasses: p.bypasses,
          },
        ];
  const mainMessages = new Set([...reported].map((key) => key.split('\u0000')[1]));
  for (const before of whole(basePlan)) {
    for (const after of whole(plan)) {
      if (contradicts(before.when, after.when)) continue;
      const when = [...new Set([...before.when, ...after.when])];
      const prefix = when.length > 0 ? `when ${when.join(' and ')}: ` : '';
      compareShapes(before, after, environment, (finding) => {
        const message = formatMessage(MESSAGES[finding.messageId], finding.data);
        if (mainMessages.has(message)) return;
        // A branch's findings keep their own wording (the branch), never a merged summary.
        report({
          messageId: 'inVariant',
          data: { when: prefix, message },
          ...(finding.line !== undefined ? { line: finding.line } : {}),
        });
      });
    }
  }
}

/** "condition IsProd is true" and "condition IsProd is false" cannot both hold. */
function contradicts(left: string[], right: string[]): boolean {
  const split = (choice: string) => {
    const at = choice.lastIndexOf(' is ');
    return at < 0 ? [choice, ''] : [choice.slice(0, at), choice.slice(at + 4)];
  };
  return left.some((a) => {
    const [subject, value] = split(a);
    return right.some((b) => {
      const [other, otherValue] = split(b);
      return subject === other && value !== otherValue;
    });
  });
}

function describeExposure(stage: Stage): string {
  return stage.segment ?? formatPercent(stage.weight);
}

function describeHold(hold: Stage['hold']): string {
  return hold === 'manual' ? 'a manual gate' : formatDuration(hold);
}

/** What stages hold in all: where they wait for a person (e.g. "5%"), and the seconds of the rest. */
function heldFor(stages: Stage[]): { manual: string[]; seconds: number } {
  return {
    manual: stages
      .filter((stage) => stage.hold === 'manual')
      .map((stage) => stage.segment ?? formatPercent(stage.weight)),
    seconds: stages.reduce((sum, stage) => sum + (stage.hold === 'manual' ? 0 : stage.hold), 0),
  };
}

/**
 * Whether `after` holds at least as long as `before`: manual gates first (a person, however long;
 * more of them make up for shorter timed holds), then time.
 */
function holdsAsLongAs(after: ReturnType<typeof heldFor>, before: ReturnType<typeof heldFor>): boolean {
  if (after.manual.length !== before.manual.length) return after.manual.length > before.manual.length;
  return after.seconds >= before.seconds;
}

/**
 * Holds at a weight that both versions have, where the head holds for less (manual > any time).
 * When a weight occurs more than once (two steps that round to the same share of pods), the n-th
 * occurrence in the base is compared with the n-th in the head, and only while the head holds at
 * that weight for less in all: a 2m hold at 50% before another of 15m at 50% shortens nothing that
 * a 15m hold at 50% had.
 */
function shortenedHolds(basePlan: Shape, plan: Shape): { stage: Stage; data: Record<string, string> }[] {
  const result: { stage: Stage; data: Record<string, string> }[] = [];
  const key = (stage: Stage) => `${stage.weight}\u0000${stage.segment ?? ''}`;
  const occurrences = (stages: Stage[]) => {
    const seen = new Map<string, number>();
    return stages.map((stage) => {
      const n = seen.get(key(stage)) ?? 0;
      seen.set(key(stage), n + 1);
      return `${key(stage)}\u0000${n}`;
    });
  };
  const beforeStages = basePlan.stages.slice(0, -1);
  const afterStages = plan.stages.slice(0, -1);
  const afterKeys = occurrences(afterStages);
  const holdsAsLong = (at: string) => {
    const heldAt = (stages: Stage[]) => heldFor(stages.filter((stage) => key(stage) === at));
    return holdsAsLongAs(heldAt(afterStages), heldAt(beforeStages));
  };
  occurrences(beforeStages).forEach((id, index) => {
    const before = beforeStages[index];
    const after = afterStages[afterKeys.indexOf(id)];
    if (
      !before ||
      !after ||
      holdsAsLong(key(before)) ||
      after.hold === 'manual' ||
      after.hold >= (before.hold === 'manual' ? Infinity : before.hold)
    )
      return;
    result.push({
      stage: after,
      data: {
        at: before.segment ?? formatPercent(before.weight),
        before: describeHold(before.hold),
        after: describeHold(after.hold),
      },
    });
  });
  return result;
}
