import type { EvidenceVerdict, SectionCheck } from '../evidence.js';
import type { ChangeStatus, Diagnostic, Level, PlanChange, RolloutPlan, RuleId } from '../model.js';
import type { EnvironmentPolicy, Policy } from '../policy.js';
import type { Summary } from './summaries.js';

/**
 * A rule is one object: what it is (metadata, the docs text), what it says (its messages, by message
 * id) and how it judges (`check`). Every rule rollout-guard reports is one of these, listed once in
 * index.ts; the rule ids, the catalogue, docs/rules.md and the schemas' rule id lists follow it.
 */
interface RuleBase<Id extends RuleId, MessageId extends string> {
  id: Id;
  /** A few words: SARIF's shortDescription, docs/rules.md's heading line. */
  title: string;
  /** What the rule checks, in one sentence or two: the docs text. */
  description: string;
  /** How to fix a finding, ending with a period. */
  remediation: string;
  defaultLevel: Level;
  /** Each message the rule can report, by message id; `{{name}}` is replaced by the report's data. */
  messages: Readonly<Record<MessageId, string>>;
  /**
   * How several reports of one message id read as one finding (see {@link Summary}). Reports of a
   * message id without a summary are each a finding of their own.
   */
  summaries?: Readonly<Partial<Record<MessageId, Summary>>>;
}

/** What a rule reports: a message id and its data; the line at fault when it is not the plan's own. */
export interface RuleReport<MessageId extends string = string> {
  messageId: MessageId;
  /** What the message (and the summary, when reports merge) is worded from, as display text. */
  data?: Readonly<Record<string, string>>;
  line?: number;
  /** The most this report can be, whatever the rule's level: a fact worth knowing, not a failure. */
  maxLevel?: Level;
}

/** A report of a rule that judges the change as a whole: it says where, if anywhere. */
export interface PlacedReport<MessageId extends string = string> extends RuleReport<MessageId> {
  file?: string;
  planId?: string;
}

export interface PlanContext {
  plan: RolloutPlan;
  /** The same rollout at the base commit, when it existed there. */
  basePlan?: RolloutPlan;
  change: PlanChange;
  environment: EnvironmentPolicy;
  /** For a removed plan: why removing it leaves something deploying with less protection. */
  deletion?: string;
  /**
   * What the pull request description says about rolling back, read once for all plans; `audit`
   * in an audit (`check --all`), where there is no pull request.
   */
  writtenRollbackPlan: () => SectionCheck | 'audit';
}

/** A plan rule runs once per rollout, in the order the change lists them. */
export interface PlanRule<Id extends RuleId = RuleId, MessageId extends string = string> extends RuleBase<
  Id,
  MessageId
> {
  scope: 'plan';
  /**
   * By default a plan rule judges rollouts on their own: present at head and not delivered through
   * another rollout object. `every-plan` also shows it removed plans and delivered workloads.
   */
  plans?: 'every-plan';
  check(context: PlanContext, report: (finding: RuleReport<MessageId>) => void): void;
}

/** An environment's required checks and what CI says of them. */
export interface RequiredChecks {
  environment: EnvironmentPolicy;
  /** The first rollout of the environment: where the finding is reported. */
  plan: RolloutPlan;
  /** The checks that have not passed; undefined when CI results cannot be seen (a local run). */
  failing?: readonly { name: string; reason: string }[];
}

export interface ChangeContext {
  policy: Policy;
  /** The policy file's path, to notice when the change edits it. */
  policyPath: string;
  changedFiles: readonly { path: string; previousPath?: string; status: ChangeStatus }[];
  diagnostics: readonly Diagnostic[];
  /** Rollouts whose environment requires test evidence, in the order they were judged. */
  plansNeedingEvidence: readonly RolloutPlan[];
  /** The pull request's test evidence, judged once for all rollouts. */
  testEvidence: () => EvidenceVerdict;
  /** One entry per environment that requires checks, in the order the rollouts were judged. */
  requiredChecks: readonly RequiredChecks[];
}

/** A change rule runs once, after every plan rule, over what the change is and says. */
export interface ChangeRule<Id extends RuleId = RuleId, MessageId extends string = string> extends RuleBase<
  Id,
  MessageId
> {
  scope: 'change';
  check(context: ChangeContext, report: (finding: PlacedReport<MessageId>) => void): void;
}

/** An exemption that could apply to this change, and what applying it did. */
export interface ExemptionOutcome {
  id: string;
  rules: readonly string[];
  /** The exemption covers something the change touches: only those are reported. */
  touched: boolean;
  expires?: string;
  /** Expired before today: it waived nothing. */
  expired: boolean;
  /** Whole days until it expires, for one that has not. */
  daysLeft?: number;
  /** It waived at least one finding. */
  used: boolean;
  file: string;
  line: number;
  planId?: string;
}

export interface ExemptionContext {
  policy: Policy;
  /** In the order they were applied: the base's, the change's, then the manifests' own. */
  exemptions: readonly ExemptionOutcome[];
}

/** An exemption rule runs once exemptions have been applied to the other rules' findings. */
export interface ExemptionRule<
  Id extends RuleId = RuleId,
  MessageId extends string = string,
> extends RuleBase<Id, MessageId> {
  scope: 'exemptions';
  check(context: ExemptionContext, report: (finding: PlacedReport<MessageId>) => void): void;
}

export type Rule = PlanRule | ChangeRule | ExemptionRule;

/** Keeps each rule one typed object: its reports may only name its own message ids. */
export function definePlanRule<Id extends RuleId, MessageId extends string>(
  rule: Omit<PlanRule<Id, MessageId>, 'scope'>,
): PlanRule<Id, MessageId> {
  return { scope: 'plan', ...rule };
}

export function defineChangeRule<Id extends RuleId, MessageId extends string>(
  rule: Omit<ChangeRule<Id, MessageId>, 'scope'>,
): ChangeRule<Id, MessageId> {
  return { scope: 'change', ...rule };
}

export function defineExemptionRule<Id extends RuleId, MessageId extends string>(
  rule: Omit<ExemptionRule<Id, MessageId>, 'scope'>,
): ExemptionRule<Id, MessageId> {
  return { scope: 'exemptions', ...rule };
}

/** A message with each `{{name}}` replaced by `data.name`; the data is never read as a template. */
export function formatMessage(template: string, data: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => data[name] ?? whole);
}

/** A report's message, as its rule words it. */
export function messageOf(rule: Pick<Rule, 'messages'>, report: RuleReport): string {
  const template = rule.messages[report.messageId];
  if (template === undefined) throw new Error(`no message ${report.messageId}`);
  return formatMessage(template, report.data);
}

/**
 * Who sets a requirement, as a message says it: "environment production" when an environment of
 * the policy matched the rollout, "the policy" when none did (its defaults apply). The default
 * environment's name is no name a reader knows: "environment default" read as if one were called so.
 */
export function requiredBy(environment: Pick<EnvironmentPolicy, 'name' | 'match'>): string {
  return environment.match === undefined ? 'the policy' : `environment ${environment.name}`;
}

/**
 * Whether a plan rule sees a plan: every rule sees rollouts judged on their own (at head, not
 * delivered through another rollout object); only an `every-plan` rule sees the others.
 */
export function ruleSeesPlan(
  rule: Pick<PlanRule, 'plans'>,
  { plan, change }: Pick<PlanContext, 'plan' | 'change'>,
): boolean {
  return rule.plans === 'every-plan' || (change !== 'removed' && plan.deliveredBy === undefined);
}
