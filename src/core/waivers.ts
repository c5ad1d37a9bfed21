import type { ApprovalVerdict } from './approvals.js';
import { compileGlobs } from './environments.js';
import type { Exemption } from './exemptions.js';
import type { Finding, InlineExemption, JudgedPlan, Waiver } from './model.js';
import type { Policy } from './policy.js';
import type { ExemptionOutcome } from './rules/rule.js';

export interface WaiverInput {
  labels: string[];
  approval: ApprovalVerdict;
  /** Exemptions as the base commit has them: they apply. */
  baseExemptions: Exemption[];
  /** Exemptions the change adds or edits: they apply only with an approver's approval. */
  changedExemptions: Exemption[];
}

export interface WaiverSummary {
  breakGlass?: {
    label: string;
    approved: boolean;
    by?: string;
    at?: string;
    reason?: string;
    waived: number;
  };
  /** What was asked for but not granted, in words for the summary. */
  notes: string[];
}

interface Candidate {
  kind: 'exemption' | 'inline-exemption';
  id: string;
  rules: string[];
  matches: (finding: Finding) => boolean;
  touched: boolean;
  by: string;
  reason: string;
  ticket?: string;
  expires?: string;
  file: string;
  line: number;
  planId?: string;
}

const DAY_MS = 86_400_000;

/**
 * Applies the exemptions to the findings, in place: a waived finding keeps its rule and message,
 * records who waived it and why, and no longer fails the check. Returns what each exemption did,
 * for the exemption rules to judge, and what was asked for but not granted.
 */
export function applyExemptions(
  findings: Finding[],
  plans: JudgedPlan[],
  input: WaiverInput,
  policy: Policy,
  now: Date,
): { exemptions: ExemptionOutcome[]; notes: string[] } {
  const today = now.toISOString().slice(0, 10);
  const notes: string[] = [];
  const exemptions: ExemptionOutcome[] = [];
  for (const candidate of candidates(plans, input, notes, policy)) {
    const { id, rules, touched, expires, file, line, planId } = candidate;
    const outcome: ExemptionOutcome = {
      id,
      rules,
      touched,
      expired: false,
      used: false,
      file,
      line,
      ...(expires !== undefined ? { expires } : {}),
      ...(planId !== undefined ? { planId } : {}),
    };
    exemptions.push(outcome);
    if (expires !== undefined && expires < today) {
      outcome.expired = true;
      continue;
    }
    if (expires !== undefined) {
      outcome.daysLeft = Math.round(
        (Date.parse(`${expires}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS,
      );
    }
    for (const finding of findings) {
      if (finding.waived || finding.rule.startsWith('exemption/')) continue;
      if (!candidate.rules.includes(finding.rule) || !candidate.matches(finding)) continue;
      waive(finding, 'notice', {
        kind: candidate.kind,
        by: candidate.by,
        reason: candidate.reason,
        source: candidate.id,
        ...(candidate.expires ? { until: candidate.expires } : {}),
        ...(candidate.ticket ? { ticket: candidate.ticket } : {}),
      });
      outcome.used = true;
    }
  }
  return { exemptions, notes };
}

/**
 * Applies an approved break-glass label and an approved policy change to the findings (the
 * exemption rules' included), in place. `notes` are the exemptions' notes; this adds its own.
 */
export function applyApprovals(
  findings: Finding[],
  input: WaiverInput,
  policy: Policy,
  notes: string[],
): WaiverSummary {
  const { approval } = input;
  const summary: WaiverSummary = { notes };
  const { label, rules } = policy.breakGlass;
  if (input.labels.includes(label)) {
    if (approval.approved) {
      let waived = 0;
      for (const finding of findings) {
        if (finding.waived || finding.level !== 'error' || !rules.includes(finding.rule)) continue;
        waive(finding, 'warning', {
          kind: 'break-glass',
          by: approval.by,
          reason: `emergency label "${label}", approved on ${approval.at}`,
          source: label,
        });
        waived++;
      }
      summary.breakGlass = { label, approved: true, by: approval.by, at: approval.at, waived };
    } else {
      // The renderers say why from `reason`; no separate note.
      summary.breakGlass = { label, approved: false, reason: approval.reason, waived: 0 };
    }
  }

  const policyChange = findings.find((f) => f.rule === 'policy/changed' && !f.waived);
  if (policyChange) {
    if (approval.approved) {
      for (const finding of findings) {
        if (finding.rule !== 'policy/changed' || finding.waived) continue;
        waive(finding, 'notice', {
          kind: 'approved-policy-change',
          by: approval.by,
          reason: `approved on ${approval.at}`,
          source: 'review',
        });
      }
    } else {
      notes.push(`The policy change needs an approver's approval of the head commit: ${approval.reason}.`);
    }
  }
  return summary;
}

function waive(finding: Finding, level: Finding['level'], waiver: Omit<Waiver, 'originalLevel'>): void {
  finding.waived = { ...waiver, originalLevel: finding.level };
  finding.level = level;
}

function candidates(plans: JudgedPlan[], input: WaiverInput, notes: string[], policy: Policy): Candidate[] {
  const result: Candidate[] = [];
  if (!policy.exemptions.allowLocal) {
    // The shared policy allows the repository no exemptions of its own: none applies, and saying
    // so once is enough (the exemptions file and the annotations stay where they are).
    const inline = plans.some(
      (judged) => judged.change !== 'removed' && (judged.plan.exemptions ?? []).length > 0,
    );
    if (input.baseExemptions.length > 0 || input.changedExemptions.length > 0 || inline) {
      notes.push(
        `The repository's own exemptions do not apply: the policy${policy.shared?.[0] ? ` it extends (${policy.shared[0]})` : ''} allows none (exemptions.allowLocal: false).`,
      );
    }
    return result;
  }
  const touchedFiles = plans.filter((p) => p.change !== 'unchanged').map((p) => p.plan);
  const fromFile = (entry: Exemption, by: string): Candidate => {
    const inPaths = compileGlobs(entry.paths);
    const matches = (f: Finding) =>
      (f.file !== undefined && inPaths(f.file)) || (f.planId !== undefined && entry.plans.includes(f.planId));
    return {
      kind: 'exemption',
      id: entry.id,
      rules: entry.rules,
      matches,
      touched: touchedFiles.some((p) => inPaths(p.file) || entry.plans.includes(p.id)),
      by,
      reason: entry.reason,
      ticket: entry.ticket,
      expires: entry.expires,
      file: entry.file,
      line: entry.line,
    };
  };
  for (const entry of input.baseExemptions) result.push(fromFile(entry, entry.approver));
  for (const entry of input.changedExemptions) {
    if (input.approval.approved) result.push(fromFile(entry, input.approval.by));
    else
      notes.push(
        `Exemption ${entry.id} is added or changed by this pull request and does not apply yet: ${input.approval.reason}.`,
      );
  }
  for (const judged of plans) {
    if (judged.change === 'removed') continue;
    for (const inline of judged.plan.exemptions ?? []) {
      const onBase = (judged.basePlan?.exemptions ?? []).some((b) => sameInline(b, inline));
      if (!onBase && !input.approval.approved) {
        notes.push(
          `The exemption annotation on ${judged.plan.file}:${inline.line} is new in this pull request and does not apply yet: ${input.approval.reason}.`,
        );
        continue;
      }
      const id = `${judged.plan.file}:${inline.line}`;
      result.push({
        kind: 'inline-exemption',
        id,
        rules: inline.rules,
        matches: (f) => f.planId === judged.plan.id,
        touched: true,
        by: onBase ? 'the base branch' : input.approval.approved ? input.approval.by : '',
        reason: inline.reason ?? '',
        ...(inline.expires ? { expires: inline.expires } : {}),
        file: judged.plan.file,
        line: inline.line,
        planId: judged.plan.id,
      });
    }
  }
  return result;
}

function sameInline(a: InlineExemption, b: InlineExemption): boolean {
  return (
    [...a.rules].sort().join() === [...b.rules].sort().join() &&
    a.expires === b.expires &&
    a.reason === b.reason
  );
}
