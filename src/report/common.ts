import type { EvidenceItem, Finding, JudgedPlan, Level, PlanChange, Report, Waiver } from '../core/model.js';
import { naturalCompare } from '../core/natural-order.js';

export { naturalCompare };

export interface RenderOptions {
  /**
   * Prefix for links to exact lines in markdown, e.g. `https://github.com/o/r/blob/<head sha>/`.
   * Default: no links (the CLI has no web page to point at).
   */
  blobUrlBase?: string;
  /** Most bytes the markdown may take; GitHub's job summary limit is 1 MiB. Default: 1_000_000. */
  maxBytes?: number;
  /** ANSI colour in text output. Default: false. */
  color?: boolean;
  /** The version SARIF gives for the tool. Default: this package's version. */
  toolVersion?: string;
  /** Columns the text output wraps its findings to. Default: 120. */
  width?: number;
  /**
   * Most characters (UTF-16 code units) the markdown may take: GitHub rejects a comment over 65,536.
   * Default: no limit but maxBytes.
   */
  maxChars?: number;
  /** Where the whole report can be read, for a document that may leave some of it out. */
  links?: ReportLinks;
}

/** Web pages of the run that judged the change, each absent when there is none (the CLI). */
export interface ReportLinks {
  /** The job's summary on the run's page (`…/actions/runs/ID#summary-JOB`). */
  summary?: string;
  /** The run's page. */
  run?: string;
  /** The artifact the workflow uploaded the JSON report and SARIF as. */
  artifact?: string;
}

export type Renderer = (report: Report, options?: RenderOptions) => string;

export const LEVEL_ORDER: readonly Level[] = ['error', 'warning', 'notice'];

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "3 errors, 1 warning in 2 plans"; "no findings in 1 plan" when the report is clean. */
export function countsPhrase(report: Report): string {
  const { errors, warnings, notices, plans } = report.summary;
  const counts = [
    errors ? plural(errors, 'error') : '',
    warnings ? plural(warnings, 'warning') : '',
    notices ? plural(notices, 'notice') : '',
  ].filter(Boolean);
  return `${counts.length > 0 ? counts.join(', ') : 'no findings'} in ${plural(plans, 'plan')}`;
}

/** Where a finding points, as `file:line`, `file`, or undefined for findings about the whole change. */
export function findingLocation(finding: Finding): string | undefined {
  if (finding.file === undefined || finding.file === '') return undefined;
  return isLine(finding.line) ? `${finding.file}:${finding.line}` : finding.file;
}

export function isLine(line: unknown): line is number {
  return typeof line === 'number' && Number.isInteger(line) && line >= 1;
}

export function enforceNote(finding: Finding): string {
  return finding.enforceFrom ? ` (an error from ${finding.enforceFrom})` : '';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function levelRank(level: Level): number {
  const rank = LEVEL_ORDER.indexOf(level);
  return rank < 0 ? LEVEL_ORDER.length : rank;
}

/** Findings about the whole change first, then by file (naturally) and line; ties keep the report's order. */
export function byLocation(a: Finding, b: Finding): number {
  const fileA = a.file ?? '';
  const fileB = b.file ?? '';
  if (fileA !== fileB) return naturalCompare(fileA, fileB);
  return (isLine(a.line) ? a.line : 0) - (isLine(b.line) ? b.line : 0);
}

/** Errors first, so that a truncated list still shows what fails the check. */
export function byLevelThenLocation(a: Finding, b: Finding): number {
  return levelRank(a.level) - levelRank(b.level) || byLocation(a, b);
}

export type WaivedFinding = Finding & { waived: Waiver };

export function isWaived(finding: Finding): finding is WaivedFinding {
  return finding.waived !== undefined;
}

/**
 * The findings still in force, and those an exemption, an approved break-glass label or an approved
 * policy change waived: renderers list the two apart so that a waiver is seen, never mistaken for
 * a finding someone must fix.
 */
export function splitWaived(findings: Finding[]): { active: Finding[]; waived: WaivedFinding[] } {
  return { active: findings.filter((f) => !isWaived(f)), waived: findings.filter(isWaived) };
}

/** Errors first by the level each had before it was waived, then by location. */
export function byOriginalLevelThenLocation(a: WaivedFinding, b: WaivedFinding): number {
  return levelRank(a.waived.originalLevel) - levelRank(b.waived.originalLevel) || byLocation(a, b);
}

/** "reason; until 2026-09-30; ticket OPS-12": raw text, each renderer escapes it. */
export function waiverTerms(waiver: Waiver): string {
  const terms = [waiver.until ? `until ${waiver.until}` : '', waiver.ticket ? `ticket ${waiver.ticket}` : ''];
  // "…lands.; until" reads badly: a reason's own full stop gives way to the terms after it.
  const reason = terms.some(Boolean) ? waiver.reason.replace(/\.+$/, '') : waiver.reason;
  return [reason, ...terms].filter(Boolean).join('; ');
}

/** Where else a merged finding's problem is: lines of its own file, then places in other files. */
export interface OtherPlaces {
  lines: number[];
  elsewhere: { file?: string; line?: number }[];
}

/** The places of a finding besides its own location, each once (Flagger stages share one line). */
export function otherPlaces(finding: Finding): OtherPlaces {
  const result: OtherPlaces = { lines: [], elsewhere: [] };
  const seen = new Set([`${finding.file ?? ''}\0${finding.line ?? ''}`]);
  for (const place of finding.places ?? []) {
    const key = `${place.file ?? ''}\0${place.line ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (place.file === finding.file && isLine(place.line)) result.lines.push(place.line);
    else result.elsewhere.push({ file: place.file, ...(isLine(place.line) ? { line: place.line } : {}) });
  }
  return result;
}

/** Most other places a merged finding names before it counts the rest. */
export const PLACES_SHOWN = 24;

/**
 * "lines 57, 59 and 61", "b.yaml:3, c.yaml:7", "lines 57 and 59; b.yaml:3": the places of a merged
 * finding besides its own, each shown by the renderer's own `line` and `place` (escaped, linked),
 * past PLACES_SHOWN counted; undefined when there are none.
 */
export function otherPlacesPhrase(
  finding: Finding,
  show: { line: (line: number) => string; place: (place: { file?: string; line?: number }) => string },
): string | undefined {
  const { lines, elsewhere } = otherPlaces(finding);
  const items = [...lines.map(show.line), ...elsewhere.map(show.place)];
  if (items.length === 0) return undefined;
  const shown = items.length <= PLACES_SHOWN ? items : items.slice(0, PLACES_SHOWN - 1);
  const more = items.length - shown.length;
  const list = more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
  return elsewhere.length === 0 ? `${items.length === 1 ? 'line' : 'lines'} ${list}` : list;
}

/** The rules of these findings, each once, in the order they first appear. */
export function rulesOf(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.rule))];
}

/** One row of the plans table: a rollout, however many times the report lists it. */
export interface PlanRow {
  /** The entry whose plan the row shows: the one at head when the report lists it twice. */
  judged: JudgedPlan;
  /** Every change the report gives this rollout in this file, each once. */
  changes: PlanChange[];
  verdict: JudgedPlan['verdict'];
  /** "Rollout shop/web", set when the file holds other rollouts too, so each row says which. */
  object?: string;
}

const VERDICT_RANK: Record<JudgedPlan['verdict'], number> = { fail: 0, warn: 1, pass: 2 };

/** Plans by file (naturally: `checkout-2` before `checkout-10`), then line, then id. */
export function byPlanLocation(a: JudgedPlan, b: JudgedPlan): number {
  return (
    naturalCompare(a.plan.file, b.plan.file) || a.plan.line - b.plan.line || compareText(a.plan.id, b.plan.id)
  );
}

/** "Rollout shop/web"; the plan id when the plan names no target. */
export function objectLabel(judged: JudgedPlan): string {
  const { plan } = judged;
  const target = plan.target;
  if (!target) return plan.id;
  return `${target.kind} ${target.namespace ? `${target.namespace}/` : ''}${target.name}`;
}

/**
 * The plans table's rows: one per file and plan id, sorted naturally by file, then line. A rollout
 * the report lists twice in one file (as removed and as added, say) is one row with both changes,
 * never two rows that read as two objects; and where one file holds several rollouts, each row
 * names its own.
 */
export function planRows(report: Report): PlanRow[] {
  const rows = new Map<string, PlanRow>();
  for (const judged of report.plans) {
    const key = `${judged.plan.file}\0${judged.plan.id}`;
    const row = rows.get(key);
    if (!row) {
      rows.set(key, { judged, changes: [judged.change], verdict: judged.verdict });
      continue;
    }
    if (!row.changes.includes(judged.change)) row.changes.push(judged.change);
    if (VERDICT_RANK[judged.verdict] < VERDICT_RANK[row.verdict]) row.verdict = judged.verdict;
    if (row.judged.change === 'removed' && judged.change !== 'removed') row.judged = judged;
  }
  const sorted = [...rows.values()].sort((a, b) => byPlanLocation(a.judged, b.judged));
  const perFile = new Map<string, number>();
  for (const row of sorted) perFile.set(row.judged.plan.file, (perFile.get(row.judged.plan.file) ?? 0) + 1);
  return sorted.map((row) =>
    (perFile.get(row.judged.plan.file) ?? 0) > 1 ? { ...row, object: objectLabel(row.judged) } : row,
  );
}

/** How many pieces of evidence the summary, the comment and the text report list. */
export const EVIDENCE_SHOWN = 10;

export type EvidenceMark = 'verified' | 'unverified' | 'rejected';

/** Verified; accepted without being verified (as the policy allows); or neither. */
export function evidenceMark(item: EvidenceItem): EvidenceMark {
  return item.verified ? 'verified' : item.accepted ? 'unverified' : 'rejected';
}

/** "CI / e2e (run 123)", or what the piece is when it was never read. */
export function evidenceLabel(item: EvidenceItem): string {
  if (item.name !== undefined && item.kind !== 'check') return `${item.name} (${item.subject})`;
  // What the link is, not its whole address, when it is linked anyway (it counts, unverified).
  if (item.accepted && item.url !== undefined && (item.kind === 'attachment' || item.kind === 'link')) {
    try {
      return item.kind === 'attachment' ? 'an upload' : new URL(item.url).hostname;
    } catch {
      return item.subject;
    }
  }
  return item.subject;
}

/** "12 min ago", from the seconds between completion and judgement. */
export function agePhrase(seconds: number | undefined): string | undefined {
  if (seconds === undefined) return undefined;
  if (seconds < 60) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}

/** The reason, with the age of a verified run: "succeeded on the head, 9f8e7d6, 12 min ago". */
export function evidenceDetail(item: EvidenceItem): string {
  const age = item.verified ? agePhrase(item.age) : undefined;
  return age === undefined ? item.reason : `${item.reason}, ${age}`;
}
