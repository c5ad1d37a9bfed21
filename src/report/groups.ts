import type { Finding, JudgedPlan, Level, Report, RuleId } from '../core/model.js';
import type { PlanRow } from './common.js';
import { LEVEL_ORDER, byLocation, isLine, naturalCompare, planRows, splitWaived } from './common.js';

/**
 * Rules whose finding is about the pull request itself, whichever rollouts need it: the test
 * evidence and the required checks are the pull request's, one for all.
 */
const PULL_REQUEST_RULES: ReadonlySet<RuleId> = new Set(['evidence/missing', 'evidence/checks']);

/**
 * Whether a finding is about the change as a whole rather than one rollout or file: it points at no
 * file, it is one of PULL_REQUEST_RULES, or it is one problem found in several rollouts or files
 * (no rollback plan for three rollouts), which is said once, above the rollouts it covers.
 */
export function isChangeWide(finding: Finding): boolean {
  if (finding.file === undefined || finding.file === '') return true;
  if (PULL_REQUEST_RULES.has(finding.rule)) return true;
  const places = finding.places ?? [];
  const plans = new Set(places.map((place) => place.planId ?? ''));
  const files = new Set(places.map((place) => place.file ?? ''));
  return plans.size > 1 || files.size > 1;
}

/** The findings of one rule in one group: one line of the comment, however many places. */
export interface RuleGroup {
  rule: RuleId;
  /** The worst level among them. */
  level: Level;
  /** By line. */
  findings: Finding[];
}

/** One changed rollout, or one file that holds findings but no rollout (a file that cannot be read). */
export interface ReportGroup {
  /** The rollout's row (file, plan, change, verdict); absent for a file without a rollout. */
  row?: PlanRow;
  file: string;
  verdict: JudgedPlan['verdict'];
  /** Its own findings still in force, by level then line; change-wide ones are not among them. */
  findings: Finding[];
  /** The same findings by rule, worst rule first. */
  rules: RuleGroup[];
  /** The change-wide findings that name this rollout too (no rollback plan for it). */
  shared: Finding[];
  /** How many of its findings an exemption, a label or an approval waived (each renderer lists them apart). */
  waived: number;
  counts: Record<Level, number>;
}

export interface GroupedReport {
  /** Findings about the whole change, each once, errors first. */
  change: Finding[];
  /** Rollouts and files with findings, or that fail because of a change-wide finding: worst first. */
  groups: ReportGroup[];
  /** Rollouts with nothing to say: by path. */
  passing: ReportGroup[];
}

const VERDICT_RANK: Record<JudgedPlan['verdict'], number> = { fail: 0, warn: 1, pass: 2 };

function levelRank(level: Level): number {
  const rank = LEVEL_ORDER.indexOf(level);
  return rank < 0 ? LEVEL_ORDER.length : rank;
}

function countLevels(findings: readonly Finding[]): Record<Level, number> {
  const counts: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.level] = (counts[finding.level] ?? 0) + 1;
  return counts;
}

/** The findings by rule: the worst rule first, then the rule whose first finding comes first. */
export function byRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<RuleId, RuleGroup>();
  for (const finding of [...findings].sort(byLocation)) {
    const group = groups.get(finding.rule);
    if (!group) groups.set(finding.rule, { rule: finding.rule, level: finding.level, findings: [finding] });
    else {
      group.findings.push(finding);
      if (levelRank(finding.level) < levelRank(group.level)) group.level = finding.level;
    }
  }
  return [...groups.values()].sort((a, b) => levelRank(a.level) - levelRank(b.level));
}

function verdictOf(counts: Record<Level, number>): JudgedPlan['verdict'] {
  return counts.error > 0 ? 'fail' : counts.warning > 0 ? 'warn' : 'pass';
}

/** Worst first: by verdict, then errors, then warnings (most first), then path as a person sorts it. */
function worstFirst(a: ReportGroup, b: ReportGroup): number {
  return (
    VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
    b.counts.error - a.counts.error ||
    b.counts.warning - a.counts.warning ||
    naturalCompare(a.file, b.file) ||
    (a.row?.judged.plan.line ?? 0) - (b.row?.judged.plan.line ?? 0)
  );
}

/**
 * The report as a reviewer reads a large change: what is wrong with the pull request as a whole,
 * then each changed rollout (and each file that holds findings but no rollout) with its own
 * findings by rule, worst first, and the rollouts that pass. Waived findings are not here: each
 * renderer lists them apart.
 */
export function groupReport(report: Report): GroupedReport {
  const { active, waived } = splitWaived(report.findings);
  const waivedPer = new Map<string, number>();
  for (const finding of waived) {
    const key = `${finding.file ?? ''}\0${finding.planId ?? ''}`;
    waivedPer.set(key, (waivedPer.get(key) ?? 0) + 1);
  }
  const change: Finding[] = [];
  const rows = planRows(report);
  const byKey = new Map<string, { row: PlanRow; findings: Finding[]; shared: Finding[] }>();
  for (const row of rows)
    byKey.set(`${row.judged.plan.file}\0${row.judged.plan.id}`, { row, findings: [], shared: [] });
  const byFile = new Map<string, Finding[]>();

  for (const finding of active) {
    if (isChangeWide(finding)) {
      change.push(finding);
      const covered = new Set(
        coveredPlaces(finding).map((place) => `${place.file ?? ''}\0${place.planId ?? ''}`),
      );
      for (const key of covered) byKey.get(key)?.shared.push(finding);
      continue;
    }
    const entry = byKey.get(`${finding.file ?? ''}\0${finding.planId ?? ''}`);
    if (entry) entry.findings.push(finding);
    else {
      const file = finding.file ?? '';
      const list = byFile.get(file);
      if (list) list.push(finding);
      else byFile.set(file, [finding]);
    }
  }

  const groups: ReportGroup[] = [];
  const passing: ReportGroup[] = [];
  for (const { row, findings, shared } of byKey.values()) {
    const counts = countLevels(findings);
    const group: ReportGroup = {
      row,
      file: row.judged.plan.file,
      verdict: row.verdict,
      findings: sortFindings(findings),
      rules: byRule(findings),
      shared: [...new Set(shared)],
      waived: waivedPer.get(`${row.judged.plan.file}\0${row.judged.plan.id}`) ?? 0,
      counts,
    };
    if (group.verdict === 'pass' && findings.length === 0 && group.waived === 0) passing.push(group);
    else groups.push(group);
  }
  for (const [file, findings] of byFile) {
    const counts = countLevels(findings);
    groups.push({
      file,
      verdict: verdictOf(counts),
      findings: sortFindings(findings),
      rules: byRule(findings),
      shared: [],
      waived: 0,
      counts,
    });
  }
  groups.sort(worstFirst);
  passing.sort(worstFirst);
  change.sort((a, b) => levelRank(a.level) - levelRank(b.level) || byLocation(a, b));
  return { change, groups, passing };
}

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => levelRank(a.level) - levelRank(b.level) || byLocation(a, b));
}

/** The lines of its own file a group's findings of one rule point at, each once, in order. */
export function linesOf(findings: readonly Finding[]): number[] {
  const lines = new Set<number>();
  for (const finding of findings) {
    if (isLine(finding.line)) lines.add(finding.line);
    for (const place of finding.places ?? []) {
      if (place.file === finding.file && isLine(place.line)) lines.add(place.line);
    }
  }
  return [...lines].sort((a, b) => a - b);
}

/** The rollouts a change-wide finding names: its own place and every other, each once, in order. */
export function coveredPlaces(finding: Finding): { file?: string; line?: number; planId?: string }[] {
  const seen = new Set<string>();
  const result: { file?: string; line?: number; planId?: string }[] = [];
  // A merged finding's places start with its own; a finding found once is its own only place.
  const places = finding.places !== undefined && finding.places.length > 0 ? finding.places : [finding];
  for (const place of places) {
    if (place.file === undefined || place.file === '') continue;
    const key = `${place.file}\0${place.planId ?? ''}\0${place.line ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({
      file: place.file,
      ...(isLine(place.line) ? { line: place.line } : {}),
      ...(place.planId !== undefined ? { planId: place.planId } : {}),
    });
  }
  return result;
}
