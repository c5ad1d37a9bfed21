import type { Level, RuleId } from '../model.js';

export interface RuleMeta {
  id: RuleId;
  /** What the rule checks, in one sentence. */
  description: string;
  /** How to fix a finding, ending with a period. */
  remediation: string;
  defaultLevel: Level;
  /** Where the README documents the rule. */
  helpUri: string;
}

export const DOCS_BASE = 'https://github.com/rollout-guard/rollout-guard/blob/main/README.md';

function meta(id: RuleId, defaultLevel: Level, description: string, remediation: string): RuleMeta {
  const anchor = `rule-${id.replace('/', '-')}`;
  return { id, description, remediation, defaultLevel, helpUri: `${DOCS_BASE}#${anchor}` };
}

/** Every rule rollout-guard reports, in the order the README documents them. */
export const RULE_CATALOGUE: readonly RuleMeta[] = [
  meta(
    'canary/required',
    'error',
    'A rollout to a protected environment must be progressive: some traffic first, never 0 to 100% in one step, through the named stages the policy lists.',
    'Use a canary (or linear) strategy with at least one step below 100%, and keep the stages the policy names.',
  ),
  meta(
    'canary/min-stages',
    'error',
    "A canary must have at least the policy's number of exposure stages below 100%.",
    'Add more steps below 100% (for example 5%, 25%, 50%) so a bad version meets little traffic first.',
  ),
  meta(
    'canary/initial-weight',
    'error',
    'The first stage of a canary must not send more traffic than the policy allows.',
    "Lower the first step's weight to the policy's maximum or less.",
  ),
  meta(
    'canary/step-increase',
    'error',
    'No stage may raise traffic by more than the policy allows over the stage before it, including the final step to 100%.',
    "Insert intermediate steps so that each increase stays within the policy's maximum.",
  ),
  meta(
    'canary/min-hold',
    'error',
    "Before each increase, the rollout must bake at the current weight for the policy's minimum time (a manual gate counts as held).",
    'Add a pause (or an analysis or manual gate) of at least the minimum bake time after each weight change.',
  ),
  meta(
    'canary/analysis',
    'error',
    'A canary must be gated by at least one automated check that can fail it: an analysis, a metric check or a gating webhook.',
    'Add an analysis (Argo AnalysisTemplate, Flagger metrics) that aborts the rollout when the new version misbehaves.',
  ),
  meta(
    'canary/bypass',
    'error',
    'The manifest turns its own safety off (Flagger skipAnalysis or suspend, Argo dry-run metrics or rollbackWindow, a missing analysis block).',
    'Remove the switch that bypasses the canary, or record an approved exemption if it is deliberate.',
  ),
  meta(
    'canary/regression',
    'error',
    'The change must not weaken a rollout that the base had: remove stages, shorten holds, raise the first weight, drop analysis, or delete a guarded rollout.',
    'Keep the stages, holds and analysis the rollout had before, or get the weakening approved.',
  ),
  meta(
    'rollback/missing',
    'error',
    'A change to a protected environment needs a rollback plan: automatic rollback in the manifest, or a written plan in the pull request, as the policy requires.',
    'Add a "Rollback plan" section to the pull request description that says how to go back, or encode automatic rollback.',
  ),
  meta(
    'rollback/automatic',
    'error',
    'The policy requires the manifest itself to roll back automatically when the new version fails.',
    "Add an analysis that aborts the rollout (Argo), keep Flagger's analysis with a threshold, or an equivalent automatic rollback.",
  ),
  meta(
    'evidence/missing',
    'error',
    "A change to a protected environment needs test evidence: a link to an allowed host in the pull request's evidence section, or an evidence file.",
    'Add a "Test evidence" section with a link to the test run (on a host the policy allows), or add an evidence file.',
  ),
  meta(
    'evidence/checks',
    'error',
    'The CI checks that the policy requires must have passed on the head commit, produced by the expected app.',
    'Make the required checks run and pass on the latest commit of the pull request.',
  ),
  meta(
    'policy/changed',
    'error',
    "The change edits the rollout-guard policy; it is judged by the base branch's policy and needs an approver.",
    'Land the policy change in its own pull request, reviewed by a policy owner.',
  ),
  meta(
    'manifest/invalid',
    'error',
    'A deploy manifest could not be read safely (bad YAML, a template that needs rendering, an ambiguous value, a field of the wrong type); it is never passed silently.',
    'Fix the file at the reported line so that it parses as plain YAML 1.2, or render templates before the check.',
  ),
  meta(
    'manifest/unsupported',
    'warning',
    'A changed file under the manifest globs is not a format rollout-guard understands, so its rollout cannot be judged.',
    'Use a supported format, describe the rollout in a rollout-guard native file, or exclude the path in the policy.',
  ),
  meta(
    'exemption/expired',
    'warning',
    'An exemption has expired (it no longer waives anything), or expires soon.',
    'Fix what the exemption covered, or renew it with a new expiry date, reason and approver.',
  ),
  meta(
    'exemption/unused',
    'warning',
    'An exemption matches no finding, so it can be removed before it hides a future problem.',
    'Remove the exemption from the exemptions file or the manifest annotation.',
  ),
];

const BY_ID = new Map(RULE_CATALOGUE.map((rule) => [rule.id, rule]));

export function ruleMeta(id: RuleId): RuleMeta {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown rule id ${id}`);
  return found;
}
