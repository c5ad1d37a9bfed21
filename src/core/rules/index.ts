import type { RuleId } from '../model.js';
import { canaryAnalysis } from './canary-analysis.js';
import { canaryBypass } from './canary-bypass.js';
import { canaryInitialWeight } from './canary-initial-weight.js';
import { canaryMinHold } from './canary-min-hold.js';
import { canaryMinStages } from './canary-min-stages.js';
import { canaryRegression } from './canary-regression.js';
import { canaryRequired } from './canary-required.js';
import { canaryStepIncrease } from './canary-step-increase.js';
import { evidenceChecks } from './evidence-checks.js';
import { evidenceMissing } from './evidence-missing.js';
import { exemptionExpired } from './exemption-expired.js';
import { exemptionUnused } from './exemption-unused.js';
import { manifestInvalid } from './manifest-invalid.js';
import { manifestUnsupported } from './manifest-unsupported.js';
import { policyChanged } from './policy-changed.js';
import { rollbackAutomatic } from './rollback-automatic.js';
import { rollbackMissing } from './rollback-missing.js';
import type { ChangeRule, ExemptionRule, PlanRule, Rule } from './rule.js';

/**
 * Every rule rollout-guard reports, in the order docs/rules.md documents them and each scope runs
 * them. The rule ids (model.ts RULE_IDS), the catalogue, docs/rules.md and the schemas' rule id
 * lists follow this list; test/core/rules/catalogue.test.ts fails when one of them drifts.
 */
export const RULES = [
  canaryRequired,
  canaryMinStages,
  canaryInitialWeight,
  canaryStepIncrease,
  canaryMinHold,
  canaryAnalysis,
  canaryBypass,
  canaryRegression,
  rollbackMissing,
  rollbackAutomatic,
  evidenceMissing,
  evidenceChecks,
  policyChanged,
  manifestInvalid,
  manifestUnsupported,
  exemptionExpired,
  exemptionUnused,
] as const satisfies readonly Rule[];

// Every rule id has a rule object: a RuleId without one does not compile.
type Unruled = Exclude<RuleId, (typeof RULES)[number]['id']>;
const everyIdHasARule: [Unruled] extends [never] ? true : Unruled = true;
void everyIdHasARule;

/** Run once per rollout, in list order. */
export const PLAN_RULES: readonly PlanRule[] = RULES.filter(
  (rule): rule is (typeof RULES)[number] & PlanRule => rule.scope === 'plan',
);
/** Run once per change, after the plan rules. */
export const CHANGE_RULES: readonly ChangeRule[] = RULES.filter(
  (rule): rule is (typeof RULES)[number] & ChangeRule => rule.scope === 'change',
);
/** Run once exemptions have been applied to the findings of the rules above. */
export const EXEMPTION_RULES: readonly ExemptionRule[] = RULES.filter(
  (rule): rule is (typeof RULES)[number] & ExemptionRule => rule.scope === 'exemptions',
);

const BY_ID: ReadonlyMap<RuleId, Rule> = new Map(RULES.map((rule) => [rule.id, rule as Rule]));

export function ruleById(id: RuleId): Rule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`unknown rule id ${id}`);
  return rule;
}
