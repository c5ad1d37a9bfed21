import type { Gate, GateKind, RolloutPlan, Stage } from '../model.js';

const AUTOMATED: readonly GateKind[] = ['analysis', 'metric-check', 'webhook'];

/** Stages that expose users to the new version before it takes all traffic. */
export function exposureStages(plan: RolloutPlan): Stage[] {
  return plan.stages.filter((s) => s.weight < 100 && (s.weight > 0 || s.segment !== undefined));
}

export function isAutomatedGate(gate: Gate): boolean {
  return gate.effective && AUTOMATED.includes(gate.kind);
}

export function hasAutomatedAnalysis(plan: RolloutPlan): boolean {
  return plan.backgroundGates.some(isAutomatedGate) || plan.stages.some((s) => s.gates.some(isAutomatedGate));
}

/** Seconds of timed holds before the final stage; manual holds are not counted. */
export function totalBakeSeconds(plan: RolloutPlan): number {
  return plan.stages.slice(0, -1).reduce((sum, s) => sum + (typeof s.hold === 'number' ? s.hold : 0), 0);
}

export function holdCovers(stage: Stage, minSeconds: number, gateCountsAsHold: boolean): boolean {
  if (stage.hold === 'manual') return true;
  if (stage.hold >= minSeconds) return true;
  return gateCountsAsHold && stage.gates.some((g) => g.effective);
}

export function formatPercent(weight: number): string {
  return `${Number.isInteger(weight) ? weight : weight.toFixed(1)}%`;
}
