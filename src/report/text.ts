import type { Finding, JudgedPlan, Level, Report } from '../core/model.js';
import type { RenderOptions } from './common.js';
import { byLocation, countsPhrase, enforceNote, findingLocation } from './common.js';
import { escapeTerminal, neutralizeWorkflowCommands } from './escape.js';
import { formatStages } from './stages.js';

type Colour = 'red' | 'green' | 'yellow' | 'cyan' | 'dim';

const ANSI: Record<Colour, string> = {
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  dim: '\u001b[2m',
};
const RESET = '\u001b[0m';

interface Cell {
  text: string;
  colour?: Colour;
}

/** Wraps text in a colour only when asked for, so that logs and pipes stay plain. */
type Paint = (text: string, colour?: Colour) => string;

function painter(enabled: boolean): Paint {
  return (text, colour) => (enabled && colour ? `${ANSI[colour]}${text}${RESET}` : text);
}

const LEVEL_COLOUR: Record<Level, Colour> = { error: 'red', warning: 'yellow', notice: 'cyan' };
const VERDICT_COLOUR: Record<JudgedPlan['verdict'], Colour> = { pass: 'green', warn: 'yellow', fail: 'red' };

/** Columns a string takes in a terminal: code points, without combining marks. */
function displayWidth(text: string): number {
  return [...text.replace(/\p{M}/gu, '')].length;
}

/** Aligned columns, two spaces apart; nothing is cut, so a long path only widens its column. */
function table(rows: Cell[][], paint: Paint): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(cell.text));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, index) => {
        const padding = index === row.length - 1 ? 0 : (widths[index] ?? 0) - displayWidth(cell.text);
        return paint(cell.text, cell.colour) + ' '.repeat(padding);
      })
      .join('  ')
      .trimEnd(),
  );
}

function verdictLine(report: Report, paint: Paint): string {
  const failed = report.verdict === 'fail';
  const head = failed ? '✖ rollout-guard: FAIL' : '✔ rollout-guard: PASS';
  return `${paint(head, failed ? 'red' : 'green')} — ${countsPhrase(report)}`;
}

function contextLine(report: Report): string {
  const policy = escapeTerminal(report.policy.source);
  return `policy ${policy} · base ${escapeTerminal(report.base)} · head ${escapeTerminal(report.head)}`;
}

function planRows(report: Report): Cell[][] {
  const header = ['FILE', 'CHANGE', 'ENVIRONMENT', 'STRATEGY', 'STAGES', 'ROLLBACK', 'VERDICT'];
  const rows = report.plans.map(({ plan, change, environment, verdict }): Cell[] => [
    { text: escapeTerminal(`${plan.file}:${plan.line}`) },
    { text: change },
    { text: escapeTerminal(environment) },
    { text: escapeTerminal(plan.strategy) },
    { text: escapeTerminal(formatStages(plan)) },
    { text: plan.rollback?.automatic ? 'automatic' : 'none in manifest' },
    { text: verdict, colour: VERDICT_COLOUR[verdict] },
  ]);
  return [header.map((text) => ({ text, colour: 'dim' as const })), ...rows];
}

function findingRow(finding: Finding): Cell[] {
  const location = findingLocation(finding);
  return [
    { text: location === undefined ? '(change)' : escapeTerminal(location) },
    { text: finding.level, colour: LEVEL_COLOUR[finding.level] },
    { text: escapeTerminal(finding.rule) },
    { text: escapeTerminal(`${finding.message}${enforceNote(finding)}`) },
  ];
}

/** Findings by file: one aligned line each, its fix under it, a blank line between files. */
function findingLines(findings: Finding[], paint: Paint): string[] {
  const sorted = [...findings].sort(byLocation);
  const rows = table(sorted.map(findingRow), paint);
  const lines: string[] = [];
  sorted.forEach((finding, index) => {
    const previous = sorted[index - 1];
    if (previous && (previous.file ?? '') !== (finding.file ?? '')) lines.push('');
    lines.push(rows[index] ?? '', `  ${paint('fix:', 'dim')} ${escapeTerminal(finding.remediation)}`);
  });
  return lines;
}

/** For people in a terminal: the verdict first, the plans, then each finding and how to fix it. */
export function renderText(report: Report, options: RenderOptions = {}): string {
  const paint = painter(options.color ?? false);
  const lines = [verdictLine(report, paint), contextLine(report), ''];
  if (report.plans.length === 0) lines.push('No rollout plans in this change.');
  else lines.push(...table(planRows(report), paint));
  lines.push('');
  if (report.findings.length === 0) lines.push('No findings.');
  else lines.push(...findingLines(report.findings, paint));
  return `${neutralizeWorkflowCommands(lines.join('\n'))}\n`;
}
