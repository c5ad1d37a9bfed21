/**
 * The rule catalogue as the reports, the CLI and the docs read it: derived from the rule objects
 * (index.ts), never written by hand.
 */
import type { Level, RuleId } from '../model.js';
import { RULES, ruleById } from './index.js';
import type { Summary } from './summaries.js';

export interface RuleMeta {
  id: RuleId;
  /** What the rule checks, in one sentence. */
  description: string;
  /** How to fix a finding, ending with a period. */
  remediation: string;
  defaultLevel: Level;
  /** Where docs/rules.md documents the rule. */
  helpUri: string;
}

/** The rule reference; each rule has an anchor of its own there (see ruleAnchor). */
export const DOCS_BASE = 'https://github.com/rollout-guard/rollout-guard/blob/main/docs/rules.md';

/** A rule's anchor in docs/rules.md: `rule-canary-min-hold`. */
export function ruleAnchor(id: RuleId): string {
  return `rule-${id.replace('/', '-')}`;
}

/** Every rule rollout-guard reports, in the order docs/rules.md documents them. */
export const RULE_CATALOGUE: readonly RuleMeta[] = RULES.map((rule) => ({
  id: rule.id,
  description: rule.description,
  remediation: rule.remediation,
  defaultLevel: rule.defaultLevel,
  helpUri: `${DOCS_BASE}#${ruleAnchor(rule.id)}`,
}));

/**
 * Each rule as a title of a few words: SARIF's shortDescription, which code scanning shows as the
 * alert's rule name (the description, a sentence, is the fullDescription).
 */
export const RULE_TITLES = Object.fromEntries(RULES.map((rule) => [rule.id, rule.title])) as Readonly<
  Record<RuleId, string>
>;

const BY_ID = new Map(RULE_CATALOGUE.map((rule) => [rule.id, rule]));

export function ruleMeta(id: RuleId): RuleMeta {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown rule id ${id}`);
  return found;
}

/** The summary that merges a rule's reports of this message id, if the rule has one. */
export function summaryOf(rule: RuleId, messageId: string | undefined): Summary | undefined {
  if (messageId === undefined) return undefined;
  const summaries: Readonly<Record<string, Summary | undefined>> | undefined = ruleById(rule).summaries;
  return summaries?.[messageId];
}
