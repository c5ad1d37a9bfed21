import type { Level, RuleId } from '../model.js';

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

function meta(id: RuleId, defaultLevel: Level, description: string, remediation: string): RuleMeta {
  return { id, description, remediation, defaultLevel, helpUri: `${DOCS_BASE}#${ruleAnchor(id)}` };
}

/** Every rule rollout-guard reports, in the order docs/rules.md documents them. */
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
    "A change to a protected environment needs test evidence: a GitHub Actions run, job or check run of the repository (or one the policy lists) that succeeded on the head commit, linked in the pull request's evidence section, or an evidence file. Unverified evidence (a screenshot, another host) counts only as the policy allows.",
    'Link a run that passed on the head commit (…/actions/runs/ID) under "Test evidence", or wait for it to complete (a re-judge workflow picks it up), or add an evidence file.',
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
    'A deploy manifest could not be read safely: bad YAML, programs that read it differently (kubectl and kustomize, YAML 1.1 and 1.2), a template or values that need rendering, a file too large, a field of the wrong type. It is never passed silently.',
    'Fix the file at the reported line so that every program reads the same value (quoted text, true/false, no merge keys over explicit keys, tags or odd line breaks); render templates, chart values and patches in an earlier step and pass the output as rendered-manifests; or raise manifests.maxFileBytes for a large vendored file.',
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

/**
 * Each rule as a title of a few words: SARIF's shortDescription, which code scanning shows as the
 * alert's rule name (the description, a sentence, is the fullDescription).
 */
export const RULE_TITLES: Readonly<Record<RuleId, string>> = {
  'canary/required': 'Rollout is not progressive',
  'canary/min-stages': 'Too few canary stages',
  'canary/initial-weight': 'First canary stage takes too much traffic',
  'canary/step-increase': 'Traffic rises too much in one step',
  'canary/min-hold': 'Canary stage not held long enough',
  'canary/analysis': 'Canary without an automated check',
  'canary/bypass': "Manifest turns the canary's safety off",
  'canary/regression': 'Change weakens an existing rollout',
  'rollback/missing': 'No rollback plan',
  'rollback/automatic': 'No automatic rollback',
  'evidence/missing': 'No test evidence',
  'evidence/checks': 'Required CI checks have not passed',
  'policy/changed': 'Change edits the rollout-guard policy',
  'manifest/invalid': 'Deploy manifest cannot be read safely',
  'manifest/unsupported': 'Manifest format not understood',
  'exemption/expired': 'Exemption expired or expiring',
  'exemption/unused': 'Exemption matches no finding',
};

const BY_ID = new Map(RULE_CATALOGUE.map((rule) => [rule.id, rule]));

export function ruleMeta(id: RuleId): RuleMeta {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown rule id ${id}`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Summaries: how several reports of one problem read as one finding.

/** A report as its summary sees it: the message it would have had alone, and its data. */
export interface SummaryInput {
  message: string;
  data: Readonly<Record<string, string>>;
}

/**
 * How the reports of one message id merge (see `RuleReport.messageId`). Reports merge when they
 * have the same rule, message id, scope and `same` data, and the same level and waiver.
 */
export interface Summary {
  /**
   * Where the problem lies: `plan`, in one rollout (a short hold at each stage); `file`, in one file
   * (a manifest that does not parse); `change`, in the pull request itself (its description has
   * no rollback plan, whichever rollouts need one).
   */
  scope: 'plan' | 'file' | 'change';
  /** Data that must be equal as well, e.g. the reason a rollback plan does not count. */
  same?: readonly string[];
  /** The merged finding's message, from its reports in the order of their places (two or more). */
  message(reports: readonly SummaryInput[]): string;
}

/** Longest list a summary writes out in full; longer ones keep their ends and count the middle. */
const LIST_MAX = 12;

/** "a", "a and b", "a, b and c"; past LIST_MAX items, "a, b, c, d, e, … 9 more …, x and y". */
export function listPhrase(items: readonly string[]): string {
  const shown =
    items.length > LIST_MAX
      ? [...items.slice(0, 5), `… ${items.length - 7} more …`, ...items.slice(-2)]
      : items;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
}

const field = (report: SummaryInput | undefined, key: string): string => report?.data[key] ?? '';
const values = (reports: readonly SummaryInput[], key: string): string[] => reports.map((r) => field(r, key));

/**
 * The rollouts a change-wide finding covers, each once: "Rollout checkout"; a name two files share
 * says its file, "Rollout checkout (deploy/prod/a.yaml)", so that a list never reads "X and X".
 */
function subjects(reports: readonly SummaryInput[]): string[] {
  const counts = new Map<string, number>();
  for (const report of reports)
    counts.set(field(report, 'subject'), (counts.get(field(report, 'subject')) ?? 0) + 1);
  const seen = new Set<string>();
  const result: string[] = [];
  for (const report of reports) {
    const subject = field(report, 'subject');
    const file = field(report, 'file');
    const shown = (counts.get(subject) ?? 0) > 1 && file !== '' ? `${subject} (${file})` : subject;
    if (seen.has(shown)) continue;
    seen.add(shown);
    result.push(shown);
  }
  return result;
}

/** Consecutive reports that share `key`, each run with its members. */
function runsOf(reports: readonly SummaryInput[], key: string): { value: string; members: SummaryInput[] }[] {
  const runs: { value: string; members: SummaryInput[] }[] = [];
  for (const report of reports) {
    const last = runs[runs.length - 1];
    if (last && last.value === field(report, key)) last.members.push(report);
    else runs.push({ value: field(report, key), members: [report] });
  }
  return runs;
}

export const SUMMARIES: Partial<Record<RuleId, Readonly<Record<string, Summary>>>> = {
  'canary/min-hold': {
    shortHold: {
      scope: 'plan',
      message(reports) {
        const first = reports[0];
        const runs = runsOf(reports, 'held');
        const holds =
          runs.length === 1
            ? `${field(first, 'held')} at ${listPhrase(values(reports, 'at'))}`
            : runs.map((run) => `${run.value} at ${listPhrase(values(run.members, 'at'))}`).join('; ');
        return `the rollout holds ${holds} before raising traffic (${reports.length} stages); ${field(first, 'by')} requires ${field(first, 'required')}`;
      },
    },
  },
  'canary/step-increase': {
    jump: {
      scope: 'plan',
      message(reports) {
        const first = reports[0];
        const jumps = reports.map(
          (r) => `${field(r, 'from')} → ${field(r, 'to')} (+${field(r, 'increase')})`,
        );
        return `traffic jumps too far at ${reports.length} steps: ${listPhrase(jumps)}; ${field(first, 'by')} allows at most +${field(first, 'max')} per step`;
      },
    },
  },
  'canary/regression': {
    holdShortened: {
      scope: 'plan',
      message(reports) {
        const holds = reports.map(
          (r) => `at ${field(r, 'at')} from ${field(r, 'before')} to ${field(r, 'after')}`,
        );
        return `the holds at ${reports.length} stages shorten: ${listPhrase(holds)}`;
      },
    },
    stageRemoved: {
      scope: 'plan',
      message: (reports) => `stages ${listPhrase(values(reports, 'name').map((n) => `"${n}"`))} are removed`,
    },
  },
  'rollback/missing': {
    noWrittenPlan: {
      scope: 'change',
      same: ['reason'],
      message: (reports) =>
        `the pull request has no rollback plan for ${listPhrase(subjects(reports))}: ${field(reports[0], 'reason')}`,
    },
    reliesOnWrittenPlan: {
      scope: 'change',
      message: (reports) =>
        `${listPhrase(subjects(reports))} do not roll back by themselves: each change to them needs a written rollback plan in its pull request`,
    },
    noRollback: {
      scope: 'change',
      same: ['reason'],
      message: (reports) =>
        `${listPhrase(subjects(reports))} do not roll back by themselves and the pull request has no rollback plan: ${field(reports[0], 'reason')}`,
    },
  },
  'evidence/missing': {
    noEvidence: {
      scope: 'change',
      same: ['reason'],
      message: (reports) =>
        `the pull request has no test evidence for ${listPhrase(subjects(reports))}: ${field(reports[0], 'reason')}`,
    },
    unverified: {
      scope: 'change',
      same: ['reason'],
      message: (reports) =>
        `the test evidence for ${listPhrase(subjects(reports))} is not verified (evidence.unverified: warn): ${field(reports[0], 'reason')}`,
    },
  },
  'evidence/checks': {
    // The same check failing for several environments: one message, the places name the plans.
    notPassed: {
      scope: 'change',
      same: ['check', 'reason'],
      message: (reports) => reports[0]?.message ?? '',
    },
    unverifiable: { scope: 'change', same: ['checks'], message: (reports) => reports[0]?.message ?? '' },
  },
  'manifest/invalid': {
    unreadable: {
      scope: 'file',
      same: ['code'],
      message: (reports) =>
        `${reports.length} problems in this file; the first: ${reports[0]?.message ?? ''}`,
    },
    unrendered: {
      scope: 'change',
      same: ['group'],
      message: (reports) =>
        `the change edits ${reports.length} files of ${field(reports[0], 'group')} (${listPhrase(values(reports, 'file'))}), so the rollouts it renders cannot be judged from them: render it in an earlier step and pass the output as rendered-manifests (--rendered)`,
    },
  },
};

/** The summary that merges a rule's reports of this message id, if the rule has one. */
export function summaryOf(rule: RuleId, messageId: string | undefined): Summary | undefined {
  return messageId === undefined ? undefined : SUMMARIES[rule]?.[messageId];
}
