import { canaryAnalysis } from './canary-analysis.js';
import { canaryBypass } from './canary-bypass.js';
import { canaryInitialWeight } from './canary-initial-weight.js';
import { canaryMinHold } from './canary-min-hold.js';
import { canaryMinStages } from './canary-min-stages.js';
import { canaryRegression } from './canary-regression.js';
import { canaryRequired } from './canary-required.js';
import { canaryStepIncrease } from './canary-step-increase.js';
import type { PlanRule } from './rule.js';

/** The rules that judge one rollout plan, in report order. */
export const PLAN_RULES = [
  canaryRequired,
  canaryMinStages,
  canaryInitialWeight,
  canaryStepIncrease,
  canaryMinHold,
  canaryAnalysis,
  canaryBypass,
  canaryRegression,
] satisfies PlanRule[];
