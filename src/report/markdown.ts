import { Buffer } from 'node:buffer';
import type { Finding, JudgedPlan, Level, Report, RolloutPlan } from '../core/model.js';
import type { RuleMeta } from '../core/rules/catalogue.js';
import { RULE_CATALOGUE } from '../core/rules/catalogue.js';
import { exposureChart } from './chart.js';
import type { RenderOptions } from './common.js';
import { byLevelThenLocation, countsPhrase, enforceNote, isLine } from './common.js';
import { encodeUriPath, escapeMarkdown, neutralizeWorkflowCommands } from './escape.js';
import { formatBake, formatStages, totalBake } from './stages.js';

export const DEFAULT_MAX_BYTES = 1_000_000;

const LEVEL_ICON: Record<Level, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const VERDICT_CELL: Record<JudgedPlan['verdict'], string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
};
const RULES = new Map<string, RuleMeta>(RULE_CATALOGUE.map((rule) => [rule.id, rule]));

/** `file:line`, linked to that line of the head commit when there is a web page to point at. */
function fileLink(file: string, line: number | undefined, blobUrlBase: string | undefined): string {
  const text = escapeMarkdown(isLine(line) ? `${file}:${line}` : file);
  if (!blobUrlBase) return text;
  return `[${text}](${blobUrlBase}${encodeUriPath(file)}${isLine(line) ? `#L${line}` : ''})`;
}

function heading(report: Report): string {
  const verdict = report.verdict === 'fail' ? '❌ rollout-guard: FAIL' : '✅ rollout-guard: PASS';
  return `## ${verdict} — ${countsPhrase(report)}`;
}

function contextLine(report: Report): string {
  const policy = escapeMarkdown(report.policy.source);
  return `Policy ${policy} · base ${escapeMarkdown(report.base)} · head ${escapeMarkdown(report.head)}`;
}

const TABLE_HEAD = [
  '| File | Change | Environment | Strategy | Stages | Bake | Rollback | Verdict |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
];

function planRow({ plan, change, environment, verdict }: JudgedPlan, blobUrlBase?: string): string {
  const cells = [
    fileLink(plan.file, plan.line, blobUrlBase),
    escapeMarkdown(change),
    escapeMarkdown(environment),
    escapeMarkdown(plan.strategy),
    escapeMarkdown(formatStages(plan)),
    escapeMarkdown(formatBake(totalBake(plan))),
    plan.rollback?.automatic ? 'automatic' : 'none in manifest',
    VERDICT_CELL[verdict] ?? escapeMarkdown(verdict),
  ];
  return `| ${cells.join(' | ')} |`;
}

function targetLabel(plan: RolloutPlan): string {
  const target = plan.target;
  if (!target) return plan.id;
  return `${target.kind} ${target.namespace ? `${target.namespace}/` : ''}${target.name}`;
}

/** One chart per added or modified plan, with a caption that says which line is which. */
function chartBlock(judged: JudgedPlan, blobUrlBase?: string): string | undefined {
  if (judged.change !== 'added' && judged.change !== 'modified') return undefined;
  const chart = exposureChart({ base: judged.basePlan, head: judged.plan });
  if (!chart) return undefined;
  const { plan, basePlan } = judged;
  const legend = [
    ...(basePlan && (basePlan.stages ?? []).length > 0
      ? [`Grey: base, ${escapeMarkdown(formatStages(basePlan))}`]
      : []),
    `Blue: head, ${escapeMarkdown(formatStages(plan))}`,
  ].join(' · ');
  const title = `**${escapeMarkdown(targetLabel(plan))}** (${fileLink(plan.file, plan.line, blobUrlBase)})`;
  return [title, '', legend, '', chart].join('\n');
}

function ruleLink(rule: string): string {
  const meta = RULES.get(rule);
  return meta ? `[\`${meta.id}\`](${meta.helpUri})` : escapeMarkdown(rule);
}

function findingItem(finding: Finding, blobUrlBase?: string): string {
  const icon = LEVEL_ICON[finding.level] ?? '';
  const where = finding.file ? ` · ${fileLink(finding.file, finding.line, blobUrlBase)}` : '';
  const message = escapeMarkdown(`${finding.message}${enforceNote(finding)}`);
  const fix = escapeMarkdown(finding.remediation);
  return `- ${icon} **${escapeMarkdown(finding.level)}** ${ruleLink(finding.rule)}${where} — ${message}<br>**Fix:** ${fix}`;
}

interface Parts {
  head: string[];
  rows: string[];
  charts: string[];
  findings: string[];
}

interface Layout {
  rows: number;
  charts: boolean;
  findings: number;
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
  blocks.push('### Findings');
  if (parts.findings.length === 0) blocks.push('No findings.');
  else {
    blocks.push(parts.findings.slice(0, layout.findings).join('\n'));
    if (layout.findings < parts.findings.length) {
      blocks.push(notice(parts.findings.length - layout.findings, 'finding'));
    }
  }
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
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
 * findings (errors come first, so the tail is the least important), then plan rows.
 */
function fit(parts: Parts, maxBytes: number): string {
  const fits = (layout: Layout) => Buffer.byteLength(compose(parts, layout), 'utf8') <= maxBytes;
  const full: Layout = { rows: parts.rows.length, charts: true, findings: parts.findings.length };
  if (fits(full)) return compose(parts, full);
  const noCharts = { ...full, charts: false };
  const findings = largest(parts.findings.length, (n) => fits({ ...noCharts, findings: n }));
  if (findings !== undefined) return compose(parts, { ...noCharts, findings });
  const rows = largest(parts.rows.length, (n) => fits({ ...noCharts, findings: 0, rows: n }));
  if (rows !== undefined) return compose(parts, { ...noCharts, findings: 0, rows });
  return cutToBytes(compose(parts, { rows: 0, charts: false, findings: 0 }), maxBytes);
}

/**
 * The job summary and pull request comment: the verdict, the plans, a chart of each changed
 * plan's exposure over time, then the findings with links to the exact lines and the rules' docs.
 */
export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const { blobUrlBase } = options;
  // Every piece is whole lines, so guarding each piece once guards the document, however it is cut.
  const guard = (pieces: string[]) => pieces.map(neutralizeWorkflowCommands);
  const parts: Parts = {
    head: guard([heading(report), contextLine(report)]),
    rows: guard(report.plans.map((plan) => planRow(plan, blobUrlBase))),
    charts: guard(report.plans.flatMap((plan) => chartBlock(plan, blobUrlBase) ?? [])),
    findings: guard(
      [...report.findings].sort(byLevelThenLocation).map((finding) => findingItem(finding, blobUrlBase)),
    ),
  };
  return fit(parts, options.maxBytes ?? DEFAULT_MAX_BYTES);
}
