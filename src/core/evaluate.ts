import { environmentFor } from './environments.js';
import { naturalCompare } from './natural-order.js';
import { PullRequestEvidence } from './evidence.js';
import type {
  ChangeStatus,
  CheckRun,
  Diagnostic,
  EvidenceContext,
  Finding,
  FindingPlace,
  JudgedPlan,
  Level,
  PlanChange,
  PullRequestContext,
  Report,
  RolloutPlan,
  RuleId,
} from './model.js';
import type { EnvironmentPolicy, Policy } from './policy.js';
import { ruleMeta, summaryOf } from './rules/catalogue.js';
import { CHANGE_RULES, EXEMPTION_RULES, PLAN_RULES } from './rules/index.js';
import { messageOf, ruleSeesPlan } from './rules/rule.js';
import type { ChangeContext, PlacedReport, PlanContext, Rule, RuleReport } from './rules/rule.js';
import type { Summary } from './rules/summaries.js';
import { approvalOf } from './approvals.js';
import { judgeRequiredChecks } from './required-checks.js';
import { applyApprovals, applyExemptions } from './waivers.js';
import type { WaiverInput } from './waivers.js';

export interface PlanInput {
  plan: RolloutPlan;
  change: PlanChange;
  /** The same rollout at base (for modified plans). */
  basePlan?: RolloutPlan;
  /** For a removed plan: why removing it leaves something deploying with less protection. */
  deletion?: string;
}

export interface EvaluationInput {
  policy: Policy;
  /** The policy file's path, to notice when the change edits it. */
  policyPath: string;
  /** Today, for `enforceFrom` dates. */
  now: Date;
  base: string;
  head: string;
  /** Plans the change adds, modifies or removes, and unchanged ones that deliver them. */
  plans: PlanInput[];
  diagnostics: Diagnostic[];
  changedFiles: { path: string; previousPath?: string; status: ChangeStatus }[];
  pullRequest: PullRequestContext;
  /** An audit of every manifest at one commit: no pull request to hold a rollback plan. */
  audit?: boolean;
  /** Undefined when the source cannot see CI (a local run). */
  checks?: CheckRun[];
  /** Names under which rollout-guard itself reports, never accepted as evidence. */
  ownCheckNames?: string[];
  /**
   * Where the change lives on GitHub and what the sources read about the runs the evidence section
   * links to. Undefined: nothing was read, so run links are checked by shape only (unverified).
   */
  evidence?: EvidenceContext;
  /** Labels, approvals and exemptions that may waive findings. */
  waivers?: WaiverInput;
}

const LEVEL_ORDER: Record<Level, number> = { error: 0, warning: 1, notice: 2 };

/** A finding as emitted, before merging: where it is, and the rule's message id and data. */
interface Detail {
  message: string;
  file?: string;
  line?: number;
  planId?: string;
  messageId?: string;
  data?: Readonly<Record<string, string>>;
  /** The most this finding can be, whatever the rule's level (unverified evidence only warns). */
  maxLevel?: Level;
}

/** Judges a change against the policy: runs every rule (rules/index.ts). Pure: same input, same report. */
export function evaluate(input: EvaluationInput): Report {
  const { policy } = input;
  const findings: Finding[] = [];
  // What each finding was emitted with, for merging the places of one problem once waivers are applied.
  const details = new Map<Finding, Detail>();
  const emit = (rule: Rule, report: PlacedReport) => {
    const detail: Detail = { ...report, message: messageOf(rule, report) };
    const finding = applyLevel(rule.id, detail, policy, input.now);
    if (finding) {
      findings.push(finding);
      details.set(finding, detail);
    }
  };

  const evidence = new PullRequestEvidence(input.pullRequest.body, policy);
  const rollbackPlan = lazy(() => evidence.rollbackPlan());
  const changedPaths = input.changedFiles.filter((f) => f.status !== 'removed').map((f) => f.path);
  const testEvidence = lazy(() =>
    evidence.testEvidence(changedPaths, { head: input.head, now: input.now, evidence: input.evidence }),
  );

  const judged: JudgedPlan[] = [];
  const environmentsNeedingEvidence = new Map<string, { env: EnvironmentPolicy; plan: RolloutPlan }>();
  const plansNeedingEvidence: RolloutPlan[] = [];

  for (const { plan, change, basePlan, deletion } of input.plans) {
    const environment = environmentFor(plan, policy);
    const context: PlanContext = {
      plan,
      change,
      environment,
      ...(basePlan ? { basePlan } : {}),
      ...(deletion !== undefined ? { deletion } : {}),
      writtenRollbackPlan: () => (input.audit === true ? 'audit' : rollbackPlan()),
    };
    for (const rule of PLAN_RULES) {
      if (!ruleSeesPlan(rule, context)) continue;
      rule.check(context, (finding: RuleReport) =>
        emit(rule, { ...finding, file: plan.file, line: finding.line ?? plan.line, planId: plan.id }),
      );
    }
    if (change !== 'removed' && (environment.evidence.required || environment.evidence.checks.length > 0)) {
      if (!environmentsNeedingEvidence.has(environment.name)) {
        environmentsNeedingEvidence.set(environment.name, { env: environment, plan });
      }
      if (environment.evidence.required) plansNeedingEvidence.push(plan);
    }
    judged.push({
      plan,
      environment: environment.name,
      change,
      ...(basePlan ? { basePlan } : {}),
      verdict: 'pass',
    });
  }

  const requiredChecks = judgeRequiredChecks(environmentsNeedingEvidence.values(), {
    head: input.head,
    ...(input.checks !== undefined ? { checks: input.checks } : {}),
    checkApp: policy.evidence.checkApp,
    ownCheckNames: input.ownCheckNames ?? [],
  });
  const change: ChangeContext = {
    policy,
    policyPath: input.policyPath,
    changedFiles: input.changedFiles,
    diagnostics: input.diagnostics,
    plansNeedingEvidence,
    testEvidence,
    requiredChecks: requiredChecks.results,
  };
  for (const rule of CHANGE_RULES) rule.check(change, (finding) => emit(rule, finding));

  const waiverInput = input.waivers ?? noWaivers(policy, input.pullRequest.labels, input.head);
  const { exemptions, notes } = applyExemptions(findings, judged, waiverInput, policy, input.now);
  for (const rule of EXEMPTION_RULES) rule.check({ policy, exemptions }, (finding) => emit(rule, finding));
  const waivers = applyApprovals(findings, waiverInput, policy, notes);
  const byPlan = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.planId === undefined) continue;
    const list = byPlan.get(finding.planId);
    if (list) list.push(finding);
    else byPlan.set(finding.planId, [finding]);
  }
  for (const entry of judged) {
    const own = byPlan.get(entry.plan.id) ?? [];
    entry.verdict = own.some((f) => f.level === 'error')
      ? 'fail'
      : own.some((f) => f.level === 'warning')
        ? 'warn'
        : 'pass';
  }

  // Verdicts above count every place; from here on, one problem is one finding.
  const merged = mergePlaces(findings, details);
  if (waivers.breakGlass?.approved) {
    waivers.breakGlass.waived = merged.filter((f) => f.waived?.kind === 'break-glass').length;
  }

  merged.sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      naturalCompare(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.rule, b.rule),
  );
  const count = (level: Level) => merged.filter((f) => f.level === level).length;
  const errors = count('error');
  return {
    version: 1,
    verdict: errors > 0 ? 'fail' : 'pass',
    base: input.base,
    head: input.head,
    policy: { source: policy.source },
    ...(input.audit === true ? { audit: true } : {}),
    plans: judged,
    findings: merged,
    summary: { errors, warnings: count('warning'), notices: count('notice'), plans: judged.length },
    evidence: [
      ...(environmentsNeedingEvidence.size > 0 &&
      [...environmentsNeedingEvidence.values()].some((e) => e.env.evidence.required)
        ? testEvidence().items
        : []),
      ...requiredChecks.items.values(),
    ],
    ...(waivers.breakGlass || waivers.notes.length > 0 ? { waivers } : {}),
  };
}

/**
 * One finding per problem: findings whose rule has a summary for their message id, with the same
 * scope (plan, file, or the whole change), the same `same` data, level and waiver, become one finding at
 * the first place, worded by the summary, with every place in `places`. Run after the waivers, so
 * that an exemption for one plan can never waive a place in another: differently waived places
 * stay apart.
 */
function mergePlaces(findings: Finding[], details: Map<Finding, Detail>): Finding[] {
  const groups = new Map<string, { summary: Summary; members: Finding[] }>();
  const keyed = new Map<Finding, string>();
  for (const finding of findings) {
    const detail = details.get(finding);
    const summary = summaryOf(finding.rule, detail?.messageId);
    if (!detail || !summary) continue;
    const scope =
      // One object can be defined in several files (examples, overlays): a plan is its id in its file.
      summary.scope === 'plan'
        ? `${finding.planId ?? ''}\0${finding.file ?? ''}`
        : summary.scope === 'file'
          ? (finding.file ?? '')
          : '';
    const key = JSON.stringify([
      finding.rule,
      detail.messageId,
      scope,
      (summary.same ?? []).map((name) => detail.data?.[name] ?? ''),
      finding.level,
      finding.enforceFrom ?? '',
      finding.waived ?? null,
    ]);
    keyed.set(finding, key);
    const group = groups.get(key);
    if (group) group.members.push(finding);
    else groups.set(key, { summary, members: [finding] });
  }
  const result: Finding[] = [];
  for (const finding of findings) {
    const key = keyed.get(finding);
    const group = key === undefined ? undefined : groups.get(key);
    if (!group || group.members.length < 2) {
      result.push(finding);
      continue;
    }
    if (group.members[0] !== finding) continue; // merged into the group's first finding
    const members = [...group.members].sort(
      (a, b) => naturalCompare(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0),
    );
    const first = members[0] as Finding;
    const places = members.map((member): FindingPlace => ({
      ...(member.file !== undefined ? { file: member.file } : {}),
      ...(member.line !== undefined ? { line: member.line } : {}),
      ...(member.planId !== undefined ? { planId: member.planId } : {}),
      message: member.message,
    }));
    const message = group.summary.message(
      members.map((member) => ({ message: member.message, data: details.get(member)?.data ?? {} })),
    );
    result.push({ ...first, message, places });
  }
  return result;
}

/** Code-unit order, as git sorts paths: stable everywhere, and much cheaper than localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Without a source for approvals and exemptions (e.g. a caller that has none), nothing is waived. */
function noWaivers(policy: Policy, labels: string[], head: string): WaiverInput {
  return {
    labels,
    approval: approvalOf(undefined, policy, head, undefined),
    baseExemptions: [],
    changedExemptions: [],
  };
}

/** The policy's level for a rule, with `enforceFrom` turning errors into warnings until that day. */
function applyLevel(rule: RuleId, detail: Detail, policy: Policy, now: Date): Finding | undefined {
  const meta = ruleMeta(rule);
  const setting = policy.rules[rule];
  const configured = setting?.level ?? meta.defaultLevel;
  if (configured === 'off') return undefined;
  let level: Level =
    detail.maxLevel !== undefined && LEVEL_ORDER[configured] < LEVEL_ORDER[detail.maxLevel]
      ? detail.maxLevel
      : configured;
  let enforceFrom: string | undefined;
  // Renderers show "an error from <date>" from `enforceFrom`; the message stays the rule's own.
  if (setting?.enforceFrom && level === 'error' && now.toISOString().slice(0, 10) < setting.enforceFrom) {
    level = 'warning';
    enforceFrom = setting.enforceFrom;
  }
  return {
    rule,
    level,
    message: detail.message,
    remediation: meta.remediation,
    ...(detail.file !== undefined ? { file: detail.file } : {}),
    ...(detail.line !== undefined ? { line: detail.line } : {}),
    ...(detail.planId !== undefined ? { planId: detail.planId } : {}),
    ...(enforceFrom ? { enforceFrom } : {}),
  };
}

function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}
