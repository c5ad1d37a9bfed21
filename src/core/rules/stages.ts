import type { Gate, GateKind, RolloutPlan, Stage } from '../model.js';

const AUTOMATED: readonly GateKind[] = ['analysis', 'metric-check', 'webhook'];

/** Stages that expose users to the new version before it takes all traffic. */
export function exposureStages(plan: Pick<RolloutPlan, 'stages'>): Stage[] {
  return plan.stages.filter((s) => s.weight < 100 && (s.weight > 0 || s.segment !== undefined));
}

/** Every gate of a plan: background gates first, then each stage's in order. */
export function allGates(plan: Pick<RolloutPlan, 'backgroundGates' | 'stages'>): Gate[] {
  return [...plan.backgroundGates, ...plan.stages.flatMap((s) => s.gates)];
}

export function isAutomatedGate(gate: Gate): boolean {
  return gate.effective && AUTOMATED.includes(gate.kind);
}

export function hasAutomatedAnalysis(plan: Pick<RolloutPlan, 'backgroundGates' | 'stages'>): boolean {
  return allGates(plan).some(isAutomatedGate);
}

export function holdCovers(stage: Stage, minSeconds: number, gateCountsAsHold: boolean): boolean {
  if (stage.hold === 'manual') return true;
  if (stage.hold >= minSeconds) return true;
  return gateCountsAsHold && stage.gates.some((g) => g.effective);
}

export function formatPercent(weight: number): string {
  return `${Number.isInteger(weight) ? weight : weight.toFixed(1)}%`;
}
