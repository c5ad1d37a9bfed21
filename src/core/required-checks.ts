import { verifyChecks } from './evidence.js';
import type { CheckRun, EvidenceItem, RolloutPlan } from './model.js';
import type { EnvironmentPolicy } from './policy.js';
import type { RequiredChecks } from './rules/rule.js';

export interface RequiredChecksInput {
  head: string;
  /** Undefined when the source cannot see CI (a local run). */
  checks?: readonly CheckRun[];
  /** The app whose checks count (`evidence.checkApp`). */
  checkApp: string;
  /** Names under which rollout-guard itself reports, never accepted as evidence. */
  ownCheckNames: readonly string[];
}

/**
 * What CI says of each environment's required checks (for evidence/checks), and each required
 * check once as a piece of evidence for the report, the first environment's verdict first.
 */
export function judgeRequiredChecks(
  environments: Iterable<{ env: EnvironmentPolicy; plan: RolloutPlan }>,
  input: RequiredChecksInput,
): { results: RequiredChecks[]; items: Map<string, EvidenceItem> } {
  const results: RequiredChecks[] = [];
  const items = new Map<string, EvidenceItem>();
  for (const { env, plan } of environments) {
    const required = env.evidence.checks;
    if (required.length === 0) continue;
    if (input.checks === undefined) {
      for (const name of required) {
        if (items.has(name)) continue;
        items.set(name, {
          kind: 'check',
          subject: `required check "${name}"`,
          name,
          verified: false,
          accepted: false,
          reason: 'cannot be verified here: CI results are only visible through the GitHub API',
        });
      }
      results.push({ environment: env, plan });
    } else {
      const verdict = verifyChecks(required, input.checks, input.head, input.checkApp, input.ownCheckNames);
      for (const item of verdict.items) if (!items.has(item.name ?? '')) items.set(item.name ?? '', item);
      results.push({ environment: env, plan, failing: verdict.failing });
    }
  }
  return { results, items };
}
