import type { Gate, GateKind, RolloutPlan, Stage } from '../../src/core/model.js';
import { BUILTIN_POLICY } from '../../src/core/policy.js';
import type { CanaryRules, EnvironmentPolicy } from '../../src/core/policy.js';
import { messageOf, ruleSeesPlan } from '../../src/core/rules/rule.js';
import type { PlanContext, PlanRule, RuleReport } from '../../src/core/rules/rule.js';

/** A stage written as [weight, hold?, gates?]; each stage sits on line 10 + its index. */
export type StageSpec = [weight: number, hold?: number | 'manual', gates?: (GateKind | `!${GateKind}`)[]];

export function gate(spec: GateKind | `!${GateKind}`, line: number): Gate {
  const effective = !spec.startsWith('!');
  return { kind: spec.replace('!', '') as GateKind, line, effective };
}

/** A canary plan with the given stages; the final 100% stage is added when missing. */
export function canaryPlan(specs: StageSpec[], overrides: Partial<RolloutPlan> = {}): RolloutPlan {
  const stages: Stage[] = specs.map(([weight, hold = 0, gates = []], index) => ({
    weight,
    hold,
    gates: gates.map((g) => gate(g, 10 + index)),
    line: 10 + index,
  }));
  if (stages[stages.length - 1]?.weight !== 100) {
    stages.push({ weight: 100, hold: 0, gates: [], line: 10 + stages.length });
  }
  return {
    id: 'argo-rollouts:Rollout:shop/checkout',
    format: 'argo-rollouts',
    file: 'deploy/checkout/rollout.yaml',
    line: 2,
    target: { kind: 'Rollout', name: 'checkout', namespace: 'shop' },
    strategy: 'canary',
    stages,
    backgroundGates: [],
    rollback: { automatic: true, how: ['a failed analysis aborts the rollout'], line: 20 },
    bypasses: [],
    notes: [],
    ...overrides,
  };
}

export function environment(
  canary: Partial<CanaryRules> = {},
  rest: Partial<EnvironmentPolicy> = {},
): EnvironmentPolicy {
  const base = BUILTIN_POLICY.defaultEnvironment;
  return { ...base, ...rest, canary: { ...base.canary, ...canary } };
}

/** What a rule reported, with the message its rule words from it. */
export type Reported = RuleReport & { message: string };

/** Runs one plan rule as evaluate does (it sees only the plans it judges) and returns what it reported. */
export function runRule(
  rule: PlanRule,
  plan: RolloutPlan,
  options: {
    basePlan?: RolloutPlan;
    env?: EnvironmentPolicy;
    change?: PlanContext['change'];
    deletion?: string;
    writtenRollbackPlan?: ReturnType<PlanContext['writtenRollbackPlan']>;
  } = {},
): Reported[] {
  const found: Reported[] = [];
  const context: PlanContext = {
    plan,
    change: options.change ?? (options.basePlan ? 'modified' : 'added'),
    environment: options.env ?? environment(),
    ...(options.basePlan ? { basePlan: options.basePlan } : {}),
    ...(options.deletion !== undefined ? { deletion: options.deletion } : {}),
    writtenRollbackPlan: () => options.writtenRollbackPlan ?? { ok: true, reason: 'a rollback plan section' },
  };
  if (!ruleSeesPlan(rule, context)) return found;
  rule.check(context, (finding) => found.push({ ...finding, message: messageOf(rule, finding) }));
  return found;
}
