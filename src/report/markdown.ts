import { Buffer } from 'node:buffer';
import type { EvidenceItem, Finding, JudgedPlan, Level, Report } from '../core/model.js';
import type { RuleMeta } from '../core/rules/catalogue.js';
import { RULE_CATALOGUE } from '../core/rules/catalogue.js';
import { exposureChart } from './chart.js';
import type { PlanRow, RenderOptions } from './common.js';
import type { WaivedFinding } from './common.js';
import {
  EVIDENCE_SHOWN,
  byLevelThenLocation,
  evidenceDetail,
  evidenceLabel,
  evidenceMark,
  byPlanLocation,
  byOriginalLevelThenLocation,
  countsPhrase,
  enforceNote,
  isLine,
  objectLabel,
  otherPlacesPhrase,
  planRows,
  plural,
  rulesOf,
  splitWaived,
  waiverTerms,
} from './common.js';
import {
  boundMessage,
  encodeUriPath,
  escapeMarkdown,
  neutralizeWorkflowCommands,
  revealInvisible,
  singleLine,
} from './escape.js';
import { formatBake, formatStagesCompact, totalBake } from './stages.js';

export const DEFAULT_MAX_BYTES = 1_000_000;

const LEVEL_ICON: Record<Level, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const VERDICT_CELL: Record<JudgedPlan['verdict'], string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
};
const RULES = new Map<string, RuleMeta>(RULE_CATALOGUE.map((rule) => [rule.id, rule]));

/**
 * `file:line`, linked to that line of the head commit when there is a web page to point at; `label`
 * replaces the link text (a bare line number in a list of lines of the same file).
 */
function fileLink(
  file: string,
  line: number | undefined,
  blobUrlBase: string | undefined,
  label?: string,
): string {
  const text = escapeMarkdown(label ?? (isLine(line) ? `${file}:${line}` : file));
  if (!blobUrlBase) return text;
  return `[${text}](${blobUrlBase}${encodeUriPath(file)}${isLine(line) ? `#L${line}` : ''})`;
}

/** A finding's message, bounded to one short line (escape.ts), then escaped for markdown. */
function messageText(finding: { message: string }): string {
  return escapeMarkdown(boundMessage(finding.message));
}

/** " (also at lines 57, 59)", each place linked: where else a merged finding's problem is. */
function alsoAt(finding: Finding, blobUrlBase?: string): string {
  const phrase = otherPlacesPhrase(finding, {
    line: (line) => fileLink(finding.file ?? '', line, blobUrlBase, String(line)),
    place: ({ file, line }) => (file === undefined ? 'the change' : fileLink(file, line, blobUrlBase)),
  });
  return phrase === undefined ? '' : ` (also at ${phrase})`;
}

/**
 * Untrusted text as inline code: shown literally, and GitHub links no mention or issue inside a
 * code span. The fence is one backtick longer than any run of backticks in the text, so the text
 * cannot close it.
 */
function codeSpan(text: string): string {
  const value = revealInvisible(singleLine(String(text)));
  if (value === '') return '';
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[`\s]|[`\s]$/.test(value) ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

const LOGIN = /^@?([A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?)$/;

/**
 * Who approved a waiver, as `@login` in code: readable as a login, but it pings no one. Anything
 * that is not a login (an inline exemption's "the base branch") is plain escaped text.
 */
function approver(by: string): string {
  const login = LOGIN.exec(by)?.[1];
  return login !== undefined ? codeSpan(`@${login}`) : escapeMarkdown(by);
}

/** Ends a reason that comes without a full stop with one. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function heading(report: Report): string {
  const verdict = report.verdict === 'fail' ? '❌ rollout-guard: FAIL' : '✅ rollout-guard: PASS';
  return `## ${verdict} — ${countsPhrase(report)}`;
}

function contextLine(report: Report): string {
  const policy = escapeMarkdown(report.policy.source);
  return `Policy ${policy} · base ${escapeMarkdown(report.base)} · head ${escapeMarkdown(report.head)}`;
}

/** Whether an emergency label is in force, at the top where a reviewer reads first. */
function breakGlassLine(report: Report): string | undefined {
  const breakGlass = report.waivers?.breakGlass;
  if (!breakGlass) return undefined;
  const label = codeSpan(breakGlass.label);
  if (!breakGlass.approved) {
    const why = breakGlass.reason ? `: ${escapeMarkdown(sentence(breakGlass.reason))}` : '.';
    return `Label ${label} is set but changes nothing${why}`;
  }
  const by = breakGlass.by ? ` by ${approver(breakGlass.by)}` : '';
  const at = breakGlass.at ? ` on ${escapeMarkdown(breakGlass.at)}` : '';
  const waived =
    breakGlass.waived > 0
      ? `${plural(breakGlass.waived, 'finding')} waived (listed below)`
      : 'nothing to waive';
  return `🚨 Break-glass: label ${label} approved${by}${at}; ${waived}.`;
}

const TABLE_HEAD = [
  '| File | Change | Environment | Strategy | Stages | Bake | Rollback | Verdict |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
];

function planRow({ judged, changes, verdict, object }: PlanRow, blobUrlBase?: string): string {
  const { plan, environment } = judged;
  const cells = [
    `${fileLink(plan.file, plan.line, blobUrlBase)}${object !== undefined ? ` (${escapeMarkdown(object)})` : ''}`,
    escapeMarkdown(changes.join(' + ')),
    escapeMarkdown(environment),
    escapeMarkdown(plan.strategy),
    escapeMarkdown(formatStagesCompact(plan)),
    escapeMarkdown(formatBake(totalBake(plan))),
    plan.rollback?.automatic ? 'automatic' : 'none in manifest',
    VERDICT_CELL[verdict] ?? escapeMarkdown(verdict),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** One chart per added or modified plan, with a caption that says which line is which. */
function chartBlock(judged: JudgedPlan, blobUrlBase?: string): string | undefined {
  if (judged.change !== 'added' && judged.change !== 'modified') return undefined;
  const chart = exposureChart({ base: judged.basePlan, head: judged.plan });
  if (!chart) return undefined;
  const { plan, basePlan } = judged;
  const legend = [
    ...(basePlan && (basePlan.stages ?? []).length > 0
      ? [`Grey: base, ${escapeMarkdown(formatStagesCompact(basePlan))}`]
      : []),
    `Blue: head, ${escapeMarkdown(formatStagesCompact(plan))}`,
  ].join(' · ');
  const title = `**${escapeMarkdown(objectLabel(judged))}** (${fileLink(plan.file, plan.line, blobUrlBase)})`;
  return [title, '', legend, '', chart].join('\n');
}

function ruleLink(rule: string): string {
  const meta = RULES.get(rule);
  return meta ? `[\`${meta.id}\`](${meta.helpUri})` : escapeMarkdown(rule);
}

function findingItem(finding: Finding, blobUrlBase?: string): string {
  const icon = LEVEL_ICON[finding.level] ?? '';
  const where = finding.file ? ` · ${fileLink(finding.file, finding.line, blobUrlBase)}` : '';
  const message = `${messageText(finding)}${escapeMarkdown(enforceNote(finding))}`;
  return `- ${icon} **${escapeMarkdown(finding.level)}** ${ruleLink(finding.rule)}${where} — ${message}${alsoAt(finding, blobUrlBase)}`;
}

/** Each rule's fix once, for the rules of the findings still in force, in the order they are listed. */
function fixItems(findings: Finding[]): string[] {
  return rulesOf(findings).map((rule) => {
    const meta = RULES.get(rule);
    return `- ${ruleLink(rule)}: ${escapeMarkdown(meta?.remediation ?? '')}`;
  });
}

/** A waived finding: where and what, then who waived it, how, why and until when. */
function waivedItem(finding: WaivedFinding, blobUrlBase?: string): string {
  const { waived } = finding;
  const levels = escapeMarkdown(`${waived.originalLevel} → ${finding.level}`);
  const where = finding.file ? ` · ${fileLink(finding.file, finding.line, blobUrlBase)}` : '';
  const message = `${messageText(finding)}${escapeMarkdown(enforceNote(finding))}${alsoAt(finding, blobUrlBase)}`;
  const by = waived.by ? ` by ${approver(waived.by)}` : '';
  const how = escapeMarkdown(`${waived.kind}, ${waived.source}`);
  const terms = waiverTerms(waived);
  const why = terms ? ` — ${escapeMarkdown(terms)}` : '';
  return `- **${levels}** ${ruleLink(finding.rule)}${where} — ${message}<br>**Waived**${by} (${how})${why}`;
}

const EVIDENCE_ICON = { verified: '✔', unverified: '⚠', rejected: '✘' } as const;

/**
 * An https address as a markdown link target: the characters that could end the link or start
 * markup are percent-encoded. Anything else is not linked.
 */
function linkTarget(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return undefined;
    return parsed.href.replace(
      /[()<>\s"'`\\[\]]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
  } catch {
    return undefined;
  }
}

/**
 * "✔ [CI / e2e (run 123)](url) — succeeded on the head, 9f8e7d6, 12 min ago". Only evidence that
 * counts is linked: a rejected address is shown as text, never as the bot's own link.
 */
function evidenceItem(item: EvidenceItem): string {
  const mark = evidenceMark(item);
  const text = boundMessage(evidenceLabel(item), 120);
  const target = mark !== 'rejected' && item.url !== undefined ? linkTarget(item.url) : undefined;
  // escapeMarkdown defuses a bare address, which GitHub would link even in escaped text.
  const shown = target !== undefined ? `[${escapeMarkdown(text)}](${target})` : escapeMarkdown(text);
  return `- ${EVIDENCE_ICON[mark]} ${shown} — ${escapeMarkdown(boundMessage(evidenceDetail(item)))}`;
}

function evidenceBlock(items: readonly EvidenceItem[]): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, EVIDENCE_SHOWN).map(evidenceItem);
  const more = items.length - shown.length;
  const rest = more > 0 ? [`_${more} more not shown; see the JSON report._`] : [];
  return ['### Test evidence', [...shown, ...rest].join('\n')];
}

interface Parts {
  head: string[];
  /** The test evidence list (bounded: at most EVIDENCE_SHOWN lines). */
  evidence: string[];
  rows: string[];
  charts: string[];
  findings: string[];
  /** Each rule's fix, once. */
  fixes: string[];
  waived: string[];
  /** Waivers asked for but not granted. */
  notes: string[];
}

interface Layout {
  rows: number;
  charts: boolean;
  findings: number;
  waived: number;
  notes: number;
}

function notice(count: number, what: string): string {
  return `_${count} more ${what}${count === 1 ? '' : 's'} not shown; see the JSON report._`;
}

function compose(parts: Parts, layout: Layout): string {
  const blocks = [parts.head.join('\n\n')];
  if (parts.rows.length === 0) blocks.push('No rollout plans in this change.');
  else {
    blocks.push([...TABLE_HEAD, ...parts.rows.slice(0, layout.rows)].join('\n'));
    if (layout.rows < parts.rows.length) blocks.push(notice(parts.rows.length - layout.rows, 'plan'));
  }
  if (parts.charts.length > 0) {
    blocks.push('### Traffic exposure');
    if (layout.charts) blocks.push(...parts.charts);
    else blocks.push('_Charts left out to keep this summary within its size limit._');
  }
  blocks.push(...parts.evidence);
  blocks.push('### Findings');
  if (parts.findings.length === 0) {
    blocks.push(parts.waived.length === 0 ? 'No findings.' : 'No findings besides the waived ones below.');
  } else {
    blocks.push(...list(parts.findings, layout.findings, 'finding'));
    blocks.push('### How to fix', parts.fixes.join('\n'));
  }
  if (parts.waived.length > 0)
    blocks.push('### Waived', ...list(parts.waived, layout.waived, 'waived finding'));
  if (parts.notes.length > 0) blocks.push('### Not applied', ...list(parts.notes, layout.notes, 'note'));
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

/** The first `shown` items as one list, and how many more there are. */
function list(items: string[], shown: number, what: string): string[] {
  const rest = items.length - shown;
  return [items.slice(0, shown).join('\n'), rest > 0 ? notice(rest, what) : ''];
}

/** The largest n in [0, max] for which fits(n) holds, assuming fits is monotonic; undefined if none. */
function largest(max: number, fits: (n: number) => boolean): number | undefined {
  if (!fits(0)) return undefined;
  let low = 0;
  let high = max;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

function cutToBytes(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  let end = Math.max(0, maxBytes);
  // Back off to the start of a UTF-8 sequence rather than split a character.
  while (end > 0 && end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end).toString('utf8');
}

/**
 * Gives up detail until the document fits in maxBytes: first the charts, then the tail of the
 * waived findings (they no longer fail the check), then of the notes on waivers not granted, then
 * of the findings (errors come first, so the tail is the least important), then plan rows.
 */
function fit(parts: Parts, maxBytes: number): string {
  const fits = (layout: Layout) => Buffer.byteLength(compose(parts, layout), 'utf8') <= maxBytes;
  let layout: Layout = {
    rows: parts.rows.length,
    charts: true,
    findings: parts.findings.length,
    waived: parts.waived.length,
    notes: parts.notes.length,
  };
  if (fits(layout)) return compose(parts, layout);
  layout = { ...layout, charts: false };
  for (const key of ['waived', 'notes', 'findings', 'rows'] as const) {
    if (layout[key] === 0) continue; // nothing to give up: it would not fit any better
    const count = largest(layout[key], (n) => fits({ ...layout, [key]: n }));
    if (count !== undefined) return compose(parts, { ...layout, [key]: count });
    layout = { ...layout, [key]: 0 };
  }
  return cutToBytes(compose(parts, layout), maxBytes);
}

/**
 * The job summary and pull request comment: the verdict, the plans, a chart of each changed
 * plan's exposure over time, then the findings with links to the exact lines and the rules' docs,
 * then the waived findings (who waived each, how and why) and the waivers not granted.
 */
export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const { blobUrlBase } = options;
  // Every piece is whole lines, so guarding each piece once guards the document, however it is cut.
  const guard = (pieces: string[]) => pieces.map(neutralizeWorkflowCommands);
  const { active, waived } = splitWaived(report.findings);
  active.sort(byLevelThenLocation);
  const parts: Parts = {
    head: guard([heading(report), contextLine(report), breakGlassLine(report) ?? ''].filter(Boolean)),
    rows: guard(planRows(report).map((row) => planRow(row, blobUrlBase))),
    evidence: guard(evidenceBlock(report.evidence ?? [])),
    charts: guard(
      [...report.plans].sort(byPlanLocation).flatMap((plan) => chartBlock(plan, blobUrlBase) ?? []),
    ),
    findings: guard(active.map((finding) => findingItem(finding, blobUrlBase))),
    fixes: guard(fixItems(active)),
    waived: guard(
      waived.sort(byOriginalLevelThenLocation).map((finding) => waivedItem(finding, blobUrlBase)),
    ),
    notes: guard((report.waivers?.notes ?? []).map((note) => `- ${escapeMarkdown(note)}`)),
  };
  return fit(parts, options.maxBytes ?? DEFAULT_MAX_BYTES);
}
