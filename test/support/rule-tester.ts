/**
 * A RuleTester in the manner of typescript-eslint's: each rule gets valid cases (it reports
 * nothing) and invalid cases (it reports these message ids at these lines, in this order). The
 * wording is the rule's own business; a case may still pin a message or data where the words are
 * the point.
 */
import { describe, expect, it } from 'vitest';
import type { EvidenceVerdict, SectionCheck } from '../../src/core/evidence.js';
import type { PlanChange, RolloutPlan } from '../../src/core/model.js';
import { BUILTIN_POLICY } from '../../src/core/policy.js';
import type { EnvironmentPolicy, Policy } from '../../src/core/policy.js';
import { messageOf, ruleSeesPlan } from '../../src/core/rules/rule.js';
import type {
  ChangeContext,
  ChangeRule,
  ExemptionOutcome,
  ExemptionRule,
  PlacedReport,
  PlanContext,
  PlanRule,
  Rule,
} from '../../src/core/rules/rule.js';
import { environment } from './plans.js';

export interface PlanCase {
  name: string;
  plan: RolloutPlan;
  basePlan?: RolloutPlan;
  /** Default: the built-in policy's default environment. */
  env?: EnvironmentPolicy;
  /** Default: `modified` with a base plan, `added` without. */
  change?: PlanChange;
  deletion?: string;
  /** What the pull request says about rolling back. Default: a plan that counts. */
  rollbackPlan?: SectionCheck | 'audit';
}

export interface ChangeCase {
  name: string;
  /** Default: nothing changed, nothing needs evidence, the built-in policy. */
  context: Partial<Omit<ChangeContext, 'testEvidence'>> & { testEvidence?: EvidenceVerdict };
}

export interface ExemptionCase {
  name: string;
  exemptions: ExemptionOutcome[];
  policy?: Policy;
}

/** One expected finding: its message id and line, and where it matters, its place, words or data. */
export interface ExpectedFinding<MessageId extends string> {
  messageId: MessageId;
  line: number;
  file?: string;
  planId?: string;
  /** The whole message, or a pattern it matches. */
  message?: string | RegExp;
  data?: Record<string, string>;
}

type CaseOf<R extends Rule> = R extends PlanRule
  ? PlanCase
  : R extends ChangeRule
    ? ChangeCase
    : ExemptionCase;
type MessageIdOf<R extends Rule> = keyof R['messages'] & string;

export interface RuleTests<R extends Rule> {
  valid: CaseOf<R>[];
  invalid: (CaseOf<R> & { findings: ExpectedFinding<MessageIdOf<R>>[] })[];
}

/** A finding as evaluate emits it: placed (a plan rule's at its plan) and worded. */
export type Emitted = PlacedReport & { message: string };

export const POLICY_PATH = '.github/rollout-guard.yml';

export function changeContext(overrides: ChangeCase['context'] = {}): ChangeContext {
  const { testEvidence, ...rest } = overrides;
  return {
    policy: BUILTIN_POLICY,
    policyPath: POLICY_PATH,
    changedFiles: [],
    diagnostics: [],
    plansNeedingEvidence: [],
    requiredChecks: [],
    testEvidence: () => testEvidence ?? { items: [], status: 'verified', reason: 'run 1 passed' },
    ...rest,
  };
}

/** Runs one rule on one case as evaluate runs it, and returns what it emitted. */
export function emitted(rule: Rule, testCase: PlanCase | ChangeCase | ExemptionCase): Emitted[] {
  const found: Emitted[] = [];
  const push = (report: PlacedReport) => found.push({ ...report, message: messageOf(rule, report) });
  if (rule.scope === 'plan') {
    const { plan, basePlan, env, change, deletion, rollbackPlan } = testCase as PlanCase;
    const context: PlanContext = {
      plan,
      change: change ?? (basePlan ? 'modified' : 'added'),
      environment: env ?? environment(),
      ...(basePlan ? { basePlan } : {}),
      ...(deletion !== undefined ? { deletion } : {}),
      writtenRollbackPlan: () => rollbackPlan ?? { ok: true, reason: 'the section "Rollback plan"' },
    };
    if (!ruleSeesPlan(rule, context)) return found;
    rule.check(context, (report) =>
      push({ ...report, file: plan.file, line: report.line ?? plan.line, planId: plan.id }),
    );
  } else if (rule.scope === 'change') {
    rule.check(changeContext((testCase as ChangeCase).context), push);
  } else {
    const { exemptions, policy } = testCase as ExemptionCase;
    (rule as ExemptionRule).check({ policy: policy ?? BUILTIN_POLICY, exemptions }, push);
  }
  return found;
}

export const ruleTester = {
  run<R extends Rule>(rule: R, tests: RuleTests<R>): void {
    describe(`${rule.id} (rule tester)`, () => {
      for (const testCase of tests.valid) {
        it(`valid: ${testCase.name}`, () => {
          expect(emitted(rule, testCase)).toEqual([]);
        });
      }
      for (const testCase of tests.invalid) {
        it(`invalid: ${testCase.name}`, () => {
          const found = emitted(rule, testCase);
          expect(found.map(({ messageId, line }) => ({ messageId, line }))).toEqual(
            testCase.findings.map(({ messageId, line }) => ({ messageId, line })),
          );
          testCase.findings.forEach((expected, index) => {
            const actual = found[index];
            expect(actual?.message, 'every {{placeholder}} is filled').not.toMatch(/\{\{\w+\}\}/);
            if (expected.file !== undefined) expect(actual?.file).toBe(expected.file);
            if (expected.planId !== undefined) expect(actual?.planId).toBe(expected.planId);
            if (typeof expected.message === 'string') expect(actual?.message).toBe(expected.message);
            else if (expected.message) expect(actual?.message).toMatch(expected.message);
            if (expected.data) expect(actual?.data).toMatchObject(expected.data);
          });
        });
      }
    });
  },
};
