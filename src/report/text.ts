import type { Finding, JudgedPlan, Level, Report } from '../core/model.js';
import { ruleMeta } from '../core/rules/catalogue.js';
import type { RuleId } from '../core/model.js';
import type { PlanRow, RenderOptions } from './common.js';
import type { WaivedFinding } from './common.js';
import {
  EVIDENCE_SHOWN,
  byLocation,
  countsPhrase,
  evidenceDetail,
  evidenceLabel,
  evidenceMark,
  enforceNote,
  isLine,
  otherPlacesPhrase,
  planRows,
  plural,
  rulesOf,
  splitWaived,
  waiverTerms,
} from './common.js';
import { boundMessage, escapeTerminal, neutralizeWorkflowCommands } from './escape.js';
import { formatStagesCompact } from './stages.js';

type Colour = 'red' | 'green' | 'yellow' | 'cyan' | 'dim';

const ANSI: Record<Colour, string> = {
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  dim: '\u001b[2m',
};
const RESET = '\u001b[0m';

/** Columns the report is laid out for when the caller does not say. */
export const DEFAULT_WIDTH = 120;

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

function columnWidths(rows: Cell[][]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(cell.text));
    });
  }
  return widths;
}

/** One aligned line: cells padded to their column, two spaces apart, the last one unpadded. */
function alignedLine(row: Cell[], widths: number[], paint: Paint): string {
  return row
    .map((cell, index) => {
      const padding = index === row.length - 1 ? 0 : (widths[index] ?? 0) - displayWidth(cell.text);
      return paint(cell.text, cell.colour) + ' '.repeat(Math.max(0, padding));
    })
    .join('  ')
    .trimEnd();
}

/** Aligned columns; nothing is cut, so a long path only widens its column. */
function table(rows: Cell[][], paint: Paint): string[] {
  const widths = columnWidths(rows);
  return rows.map((row) => alignedLine(row, widths, paint));
}

/** Text broken at spaces into lines of at most `width` columns; a longer word gets a line of its own. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line === '') line = word;
    else if (displayWidth(line) + 1 + displayWidth(word) <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}

/** Lines of text under a column that starts at `indent`, wrapped to the page width. */
function hanging(text: string, indent: number, width: number): string[] {
  const room = Math.max(40, width - indent);
  return wrap(text, room).map((line) => `${' '.repeat(indent)}${line}`);
}

/** A line wrapped to the page, its continuation lines indented by two spaces. */
function indented(text: string, width: number): string[] {
  const [first = '', ...rest] = wrap(text, width);
  return [first, ...rest.flatMap((line) => wrap(line, width - 2)).map((line) => `  ${line}`)];
}

/** A 40-hex commit id as its first 12 characters: a terminal line has no room for the rest. */
function shortShas(text: string): string {
  return text.replace(/\b([0-9a-f]{12})[0-9a-f]{28}\b/g, '$1');
}

function verdictLine(report: Report, paint: Paint): string {
  const failed = report.verdict === 'fail';
  const head = failed ? '✖ rollout-guard: FAIL' : '✔ rollout-guard: PASS';
  return `${paint(head, failed ? 'red' : 'green')} — ${countsPhrase(report)}`;
}

function contextLine(report: Report): string {
  const policy = escapeTerminal(shortShas(report.policy.source));
  return `policy ${policy} · base ${escapeTerminal(shortShas(report.base))} · head ${escapeTerminal(shortShas(report.head))}`;
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

function planCells({ judged, changes, verdict, object }: PlanRow, withStages: boolean): Cell[] {
  const { plan, environment } = judged;
  const where = `${plan.file}:${plan.line}${object !== undefined ? ` (${object})` : ''}`;
  return [
    { text: escapeTerminal(where) },
    { text: escapeTerminal(changes.join(' + ')) },
    { text: escapeTerminal(environment) },
    { text: escapeTerminal(plan.strategy) },
    ...(withStages ? [{ text: escapeTerminal(formatStagesCompact(plan)) }] : []),
    { text: plan.rollback?.automatic ? 'automatic' : 'none in manifest' },
    { text: verdict, colour: VERDICT_COLOUR[verdict] },
  ];
}

/**
 * The plans, one aligned row each. When the STAGES column would take the table past the page
 * width, each plan's stages go on a line of their own under its row instead.
 */
function planTable(report: Report, width: number, paint: Paint): string[] {
  const rows = planRows(report);
  const header = (withStages: boolean): Cell[] =>
    [
      'FILE',
      'CHANGE',
      'ENVIRONMENT',
      'STRATEGY',
      ...(withStages ? ['STAGES'] : []),
      'ROLLBACK',
      'VERDICT',
    ].map((text) => ({ text, colour: 'dim' as const }));
  const wide = [header(true), ...rows.map((row) => planCells(row, true))];
  const widths = columnWidths(wide);
  if (widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1) <= width) return table(wide, paint);
  const narrow = table([header(false), ...rows.map((row) => planCells(row, false))], paint);
  const lines = [narrow[0] ?? ''];
  rows.forEach((row, index) => {
    lines.push(
      narrow[index + 1] ?? '',
      `  ${paint('stages:', 'dim')} ${escapeTerminal(formatStagesCompact(row.judged.plan))}`,
    );
  });
  return lines;
}

/** "also at lines 57, 59 and 61": where else a merged finding's problem is. */
function alsoAt(finding: Finding): string | undefined {
  const phrase = otherPlacesPhrase(finding, {
    line: String,
    place: ({ file, line }) =>
      escapeTerminal(isLine(line) ? `${file ?? '(change)'}:${line}` : (file ?? '(change)')),
  });
  return phrase === undefined ? undefined : `also at ${phrase}`;
}

interface Layout {
  width: number;
  paint: Paint;
}

/**
 * Findings by file, as eslint's stylish format lists them: the file once, then a line per finding
 * (line, level, rule, message wrapped under itself), then what lies under it (where else the
 * problem is, who waived it).
 */
function findingBlock<F extends Finding>(
  findings: F[],
  { width, paint }: Layout,
  level: (finding: F) => Cell,
  under: (finding: F) => string[],
): string[] {
  const sorted = [...findings].sort(byLocation);
  const heads = sorted.map((finding): Cell[] => [
    { text: isLine(finding.line) && finding.file ? String(finding.line) : '' },
    level(finding),
    { text: escapeTerminal(finding.rule) },
  ]);
  const widths = columnWidths(heads);
  const indent = 2 + widths.reduce((sum, w) => sum + w + 2, 0);
  const lines: string[] = [];
  sorted.forEach((finding, index) => {
    const file = finding.file || undefined;
    const previous = sorted[index - 1];
    if (index === 0 || (previous?.file || undefined) !== file) {
      if (index > 0) lines.push('');
      lines.push(file === undefined ? '(change)' : escapeTerminal(file));
    }
    const message = `${boundMessage(finding.message)}${enforceNote(finding)}`;
    const [first = '', ...rest] = wrap(message, Math.max(40, width - indent));
    lines.push(`  ${alignedLine([...(heads[index] ?? []), { text: first }], widths, paint)}`);
    lines.push(...rest.map((line) => `${' '.repeat(indent)}${line}`));
    for (const text of under(finding)) lines.push(...hanging(text, indent, width));
  });
  return lines;
}

function activeLevel(finding: Finding): Cell {
  return { text: finding.level, colour: LEVEL_COLOUR[finding.level] };
}

function waivedLevel(finding: WaivedFinding): Cell {
  return { text: `${finding.waived.originalLevel}→${finding.level}`, colour: 'dim' };
}

function waiverLine({ waived }: WaivedFinding): string {
  const by = waived.by ? ` by ${escapeTerminal(waived.by)}` : '';
  const terms = waiverTerms(waived);
  const why = terms ? ` — ${escapeTerminal(terms)}` : '';
  return `waived${by} (${escapeTerminal(`${waived.kind}: ${waived.source}`)})${why}`;
}

/** Each rule's fix once, for the rules of the findings still in force, in the order they appear. */
function fixSection(findings: Finding[], { width, paint }: Layout): string[] {
  const rules = rulesOf([...findings].sort(byLocation)) as RuleId[];
  const ruleWidth = Math.max(...rules.map((rule) => displayWidth(rule)));
  const lines = ['', paint('How to fix:', 'dim')];
  for (const rule of rules) {
    const [first = '', ...rest] = wrap(
      escapeTerminal(ruleMeta(rule).remediation),
      Math.max(40, width - ruleWidth - 4),
    );
    lines.push(`  ${rule.padEnd(ruleWidth)}  ${first}`);
    lines.push(...rest.map((line) => `${' '.repeat(ruleWidth + 4)}${line}`));
  }
  return lines;
}

/** Waived findings and waivers not granted, after the findings that still count. */
function waiverSection(report: Report, waived: WaivedFinding[], layout: Layout): string[] {
  const lines: string[] = [];
  if (waived.length > 0) {
    lines.push(
      '',
      layout.paint('Waived:', 'dim'),
      ...findingBlock(waived, layout, waivedLevel, (finding) => [
        ...(alsoAt(finding) ? [alsoAt(finding) as string] : []),
        waiverLine(finding),
      ]),
    );
  }
  const notes = report.waivers?.notes ?? [];
  if (notes.length > 0) {
    lines.push('', layout.paint('Not applied:', 'dim'));
    for (const note of notes) {
      const [first = '', ...rest] = wrap(escapeTerminal(note), Math.max(40, layout.width - 4));
      lines.push(`  - ${first}`, ...rest.map((line) => `    ${line}`));
    }
  }
  return lines;
}

const EVIDENCE_MARK = {
  verified: { text: '✔', colour: 'green' },
  unverified: { text: '⚠', colour: 'yellow' },
  rejected: { text: '✘', colour: 'red' },
} as const;

/** The test evidence, one piece a line: what it is, then why it counts or not. */
function evidenceSection(report: Report, layout: Layout): string[] {
  const items = report.evidence ?? [];
  if (items.length === 0) return [];
  const lines = [layout.paint('Test evidence:', 'dim')];
  for (const item of items.slice(0, EVIDENCE_SHOWN)) {
    const mark = EVIDENCE_MARK[evidenceMark(item)];
    const text = `${escapeTerminal(boundMessage(evidenceLabel(item), 120))} — ${escapeTerminal(boundMessage(evidenceDetail(item)))}`;
    const [first = '', ...rest] = wrap(text, Math.max(40, layout.width - 4));
    lines.push(`  ${layout.paint(mark.text, mark.colour)} ${first}`, ...rest.map((line) => `    ${line}`));
  }
  const more = items.length - EVIDENCE_SHOWN;
  if (more > 0) lines.push(`  … ${more} more in the JSON report`);
  lines.push('');
  return lines;
}

/**
 * For people in a terminal: the verdict first, the plans, then the findings by file, each problem
 * once with the other places it was found at, each rule's fix once, then the waived findings and
 * the waivers not granted. Findings wrap to `width` columns (default 120).
 */
export function renderText(report: Report, options: RenderOptions = {}): string {
  const layout: Layout = { width: options.width ?? DEFAULT_WIDTH, paint: painter(options.color ?? false) };
  const { paint } = layout;
  const breakGlass = breakGlassLine(report, paint);
  const lines = [
    verdictLine(report, paint),
    ...indented(contextLine(report), layout.width),
    // The label line quotes a reason; it wraps under itself like a finding's message.
    ...(breakGlass ? indented(breakGlass, layout.width) : []),
    '',
  ];
  if (report.plans.length === 0) lines.push('No rollout plans in this change.');
  else lines.push(...planTable(report, layout.width, paint));
  lines.push('');
  lines.push(...evidenceSection(report, layout));
  const { active, waived } = splitWaived(report.findings);
  if (active.length > 0) {
    lines.push(
      ...findingBlock(active, layout, activeLevel, (finding) =>
        alsoAt(finding) ? [alsoAt(finding) as string] : [],
      ),
    );
    lines.push(...fixSection(active, layout));
  } else lines.push(waived.length === 0 ? 'No findings.' : 'No findings besides the waived ones below.');
  lines.push(...waiverSection(report, waived, layout));
  return `${neutralizeWorkflowCommands(lines.join('\n'))}\n`;
}
