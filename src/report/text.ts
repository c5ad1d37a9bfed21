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
  PLACES_SHOWN,
  planRows,
  plural,
  rulesOf,
  splitWaived,
  waiverTerms,
} from './common.js';
import { boundMessage, escapeTerminal, neutralizeWorkflowCommands } from './escape.js';
import { coveredPlaces, isChangeWide } from './groups.js';
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
  const name = report.audit ? 'rollout-guard audit' : 'rollout-guard';
  const head = failed ? `✖ ${name}: FAIL` : `✔ ${name}: PASS`;
  return `${paint(head, failed ? 'red' : 'green')} — ${countsPhrase(report)}`;
}

function contextLine(report: Report): string {
  const policy = escapeTerminal(shortShas(report.policy.source));
  // An audit has no base: git's empty tree is how it read every file as new, not a commit to name.
  if (report.audit) return `policy ${policy} · every manifest at ${escapeTerminal(shortShas(report.head))}`;
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

/** Which columns the table has: no CHANGE in an audit, no ENVIRONMENT when none matched any rollout. */
interface Columns {
  change: boolean;
  environment: boolean;
  stages: boolean;
}

function planCells({ judged, changes, verdict, object }: PlanRow, columns: Columns): Cell[] {
  const { plan, environment } = judged;
  const where = `${plan.file}:${plan.line}${object !== undefined ? ` (${object})` : ''}`;
  const withStages = columns.stages;
  return [
    { text: escapeTerminal(where) },
    ...(columns.change ? [{ text: escapeTerminal(changes.join(' + ')) }] : []),
    ...(columns.environment ? [{ text: environment === 'default' ? '-' : escapeTerminal(environment) }] : []),
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
  const base: Columns = {
    change: report.audit !== true,
    // "default" names the policy's defaults, which apply where no environment matched: no column
    // when none did, and "-" in the rows where none did.
    environment: rows.some((row) => row.judged.environment !== 'default'),
    stages: true,
  };
  const header = (columns: Columns): Cell[] =>
    [
      'FILE',
      ...(columns.change ? ['CHANGE'] : []),
      ...(columns.environment ? ['ENVIRONMENT'] : []),
      'STRATEGY',
      ...(columns.stages ? ['STAGES'] : []),
      'ROLLBACK',
      'VERDICT',
    ].map((text) => ({ text, colour: 'dim' as const }));
  const wide = [header(base), ...rows.map((row) => planCells(row, base))];
  const widths = columnWidths(wide);
  if (widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1) <= width) return table(wide, paint);
  const narrowColumns = { ...base, stages: false };
  const narrow = table([header(narrowColumns), ...rows.map((row) => planCells(row, narrowColumns))], paint);
  const lines = [narrow[0] ?? ''];
  rows.forEach((row, index) => {
    lines.push(
      narrow[index + 1] ?? '',
      `  ${paint('stages:', 'dim')} ${escapeTerminal(formatStagesCompact(row.judged.plan))}`,
    );
  });
  return lines;
}

/**
 * "also at lines 57, 59 and 61": where else a merged finding's problem is; for a finding about the
 * whole change, every rollout it covers: "for deploy/a.yaml:2, deploy/b.yaml:2 and 298 more".
 */
function alsoAt(finding: Finding): string | undefined {
  const place = ({ file, line }: { file?: string; line?: number }) =>
    escapeTerminal(isLine(line) ? `${file ?? '(change)'}:${line}` : (file ?? '(change)'));
  if (isChangeWide(finding)) {
    const covered = coveredPlaces(finding);
    if (covered.length === 0) return undefined;
    const shown = covered.length <= PLACES_SHOWN ? covered : covered.slice(0, PLACES_SHOWN - 1);
    const more = covered.length - shown.length;
    return `for ${shown.map(place).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  }
  const phrase = otherPlacesPhrase(finding, { line: String, place });
  return phrase === undefined ? undefined : `also at ${phrase}`;
}

interface Layout {
  width: number;
  paint: Paint;
  /** The heading of the findings about the whole change: "(pull request)", or "(audit)". */
  wholeChange: string;
}

/**
 * Findings by file, as eslint's stylish format lists them: the file once, then a line per finding
 * (line, level, rule, message wrapped under itself), then what lies under it (where else the
 * problem is, who waived it).
 */
function findingBlock<F extends Finding>(
  findings: F[],
  { width, paint, wholeChange }: Layout,
  level: (finding: F) => Cell,
  under: (finding: F) => string[],
): string[] {
  // Findings about the whole change come first, under one heading, whatever file they start in.
  const fileOf = (finding: F) => (isChangeWide(finding) ? undefined : finding.file || undefined);
  const sorted = [
    ...findings.filter((finding) => fileOf(finding) === undefined),
    ...findings.filter((finding) => fileOf(finding) !== undefined).sort(byLocation),
  ];
  const heads = sorted.map((finding): Cell[] => [
    { text: isLine(finding.line) && fileOf(finding) !== undefined ? String(finding.line) : '' },
    level(finding),
    { text: escapeTerminal(finding.rule) },
  ]);
  const widths = columnWidths(heads);
  const indent = 2 + widths.reduce((sum, w) => sum + w + 2, 0);
  const lines: string[] = [];
  sorted.forEach((finding, index) => {
    const file = fileOf(finding);
    const previous = sorted[index - 1];
    if (index === 0 || (previous ? fileOf(previous) : undefined) !== file) {
      if (index > 0) lines.push('');
      lines.push(file === undefined ? wholeChange : escapeTerminal(file));
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
  // In the order the findings are listed: those about the whole change first.
  const rules = rulesOf([
    ...findings.filter(isChangeWide),
    ...findings.filter((finding) => !isChangeWide(finding)).sort(byLocation),
  ]) as RuleId[];
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
  const layout: Layout = {
    width: options.width ?? DEFAULT_WIDTH,
    paint: painter(options.color ?? false),
    wholeChange: report.audit ? '(audit)' : '(pull request)',
  };
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
