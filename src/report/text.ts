import type { Finding, JudgedPlan, Level, Report } from '../core/model.js';
import type { RenderOptions } from './common.js';
import type { WaivedFinding } from './common.js';
import {
  byLocation,
  countsPhrase,
  enforceNote,
  findingLocation,
  plural,
  splitWaived,
  waiverTerms,
} from './common.js';
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

/** Whether an emergency label is in force, right under the verdict it may have changed. */
function breakGlassLine(report: Report, paint: Paint): string | undefined {
  const breakGlass = report.waivers?.breakGlass;
  if (!breakGlass) return undefined;
  const label = escapeTerminal(breakGlass.label);
  if (!breakGlass.approved) {
    const why = breakGlass.reason ? `: ${escapeTerminal(breakGlass.reason)}` : '';
    return `${paint('break-glass:', 'yellow')} label ${label} is set but changes nothing${why}`;
  }
  const by = breakGlass.by ? ` by ${escapeTerminal(breakGlass.by)}` : '';
  const at = breakGlass.at ? ` on ${escapeTerminal(breakGlass.at)}` : '';
  const waived =
    breakGlass.waived > 0 ? `${plural(breakGlass.waived, 'finding')} waived` : 'nothing to waive';
  return `${paint('break-glass:', 'red')} label ${label} approved${by}${at}; ${waived}`;
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

function fixLine(finding: Finding, paint: Paint): string {
  return `  ${paint('fix:', 'dim')} ${escapeTerminal(finding.remediation)}`;
}

function waiverLine({ waived }: WaivedFinding, paint: Paint): string {
  const by = waived.by ? ` by ${escapeTerminal(waived.by)}` : '';
  const terms = waiverTerms(waived);
  const why = terms ? ` — ${escapeTerminal(terms)}` : '';
  return `  ${paint('waived', 'dim')}${by} (${escapeTerminal(`${waived.kind}: ${waived.source}`)})${why}`;
}

function waivedRow(finding: WaivedFinding): Cell[] {
  const [location, , ...rest] = findingRow(finding);
  const level = { text: `${finding.waived.originalLevel}→${finding.level}`, colour: 'dim' as const };
  return [location ?? { text: '' }, level, ...rest];
}

/**
 * Findings by file: one aligned line each, a line under it (its fix, or who waived it and why),
 * a blank line between files.
 */
function findingLines<F extends Finding>(
  findings: F[],
  paint: Paint,
  row: (finding: F) => Cell[],
  under: (finding: F, paint: Paint) => string,
): string[] {
  const sorted = [...findings].sort(byLocation);
  const rows = table(sorted.map(row), paint);
  const lines: string[] = [];
  sorted.forEach((finding, index) => {
    const previous = sorted[index - 1];
    if (previous && (previous.file ?? '') !== (finding.file ?? '')) lines.push('');
    lines.push(rows[index] ?? '', under(finding, paint));
  });
  return lines;
}

/** Waived findings and waivers not granted, after the findings that still count. */
function waiverSection(report: Report, waived: WaivedFinding[], paint: Paint): string[] {
  const lines: string[] = [];
  if (waived.length > 0) {
    lines.push('', paint('Waived:', 'dim'), ...findingLines(waived, paint, waivedRow, waiverLine));
  }
  const notes = report.waivers?.notes ?? [];
  if (notes.length > 0) {
    lines.push('', paint('Not applied:', 'dim'), ...notes.map((note) => `  - ${escapeTerminal(note)}`));
  }
  return lines;
}

/**
 * For people in a terminal: the verdict first, the plans, then each finding and how to fix it, then
 * the waived findings and the waivers not granted.
 */
export function renderText(report: Report, options: RenderOptions = {}): string {
  const paint = painter(options.color ?? false);
  const breakGlass = breakGlassLine(report, paint);
  const lines = [verdictLine(report, paint), contextLine(report), ...(breakGlass ? [breakGlass] : []), ''];
  if (report.plans.length === 0) lines.push('No rollout plans in this change.');
  else lines.push(...table(planRows(report), paint));
  lines.push('');
  const { active, waived } = splitWaived(report.findings);
  if (active.length > 0) lines.push(...findingLines(active, paint, findingRow, fixLine));
  else lines.push(waived.length === 0 ? 'No findings.' : 'No findings besides the waived ones below.');
  lines.push(...waiverSection(report, waived, paint));
  return `${neutralizeWorkflowCommands(lines.join('\n'))}\n`;
}
