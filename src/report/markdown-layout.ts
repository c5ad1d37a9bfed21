import { Buffer } from 'node:buffer';
import { plural } from './common.js';

/**
 * How the job summary and the comment fit their size limits: each rollout's text is rendered at
 * every level of detail once (markdown.ts), and the layout chosen here gives detail up from the
 * end until the document fits.
 */

/**
 * The job summary (`summary`): every rollout with its findings by rule, the details of each, the
 * charts. The pull request comment (`comment`): the same, read in a minute, with no charts, and
 * with the job summary one click away for what it leaves out.
 */
export type Profile = 'summary' | 'comment';

/** How much of each rollout a document shows (see GroupPieces). */
export const enum Detail {
  Hidden = 0,
  /** One line: the verdict and the first finding, no links. */
  Brief = 1,
  /** The same line, linked to the file. */
  BriefLinked = 2,
  /** The verdict line and one line per rule. */
  Rules = 3,
  /** And the details: the stages, every finding, the chart. */
  Details = 4,
}

/** Each rollout's text at every level of detail, rendered once, composed many times. */
export interface GroupPieces {
  header: string;
  rules: string;
  details: string | undefined;
  detailsWithChart: string | undefined;
  brief: string;
  briefLinked: string;
}

export interface Parts {
  head: string[];
  changeHeading: string;
  /** Findings about the whole change, one line each. */
  change: string[];
  evidence: string[];
  groups: GroupPieces[];
  /** The rollouts with nothing to say, one line each (and a chart, in the summary). */
  passing: string[];
  passingCharts: string[];
  fixes: string[];
  waived: string[];
  notes: string[];
  /** The indexes of the rollouts with findings that have a chart, to count those left out. */
  charted: number[];
  empty: string;
  more: string;
  profile: Profile;
}

/**
 * How much the document shows. Rollouts get less detail from the end of the list: those before
 * `details` show everything, those before `rules` their rule lines, those before `linked` and
 * `shown` one line (linked, then plain); the rest are counted.
 */
interface Layout {
  /** Rollouts (from the start of the list) whose details keep their chart. */
  charts: number;
  waived: number;
  notes: number;
  passing: number;
  /** Change-wide findings shown after the first. */
  change: number;
  details: number;
  rules: number;
  linked: number;
  shown: number;
}

function notice(count: number, what: string, more: string): string {
  return `_${count} more ${what}${count === 1 ? '' : 's'} not shown; ${more}._`;
}

/** The first `shown` items as one list, and how many more there are. */
function list(items: string[], shown: number, what: string, more: string): string[] {
  const rest = items.length - shown;
  return [items.slice(0, shown).join('\n'), rest > 0 ? notice(rest, what, more) : ''];
}

function levelOf(index: number, layout: Layout): Detail {
  if (index < layout.details) return Detail.Details;
  if (index < layout.rules) return Detail.Rules;
  if (index < layout.linked) return Detail.BriefLinked;
  if (index < layout.shown) return Detail.Brief;
  return Detail.Hidden;
}

function composeGroups(parts: Parts, layout: Layout): string[] {
  const blocks: string[] = [];
  let briefs: string[] = [];
  const flush = () => {
    if (briefs.length > 0) blocks.push(briefs.join('\n'));
    briefs = [];
  };
  parts.groups.forEach((pieces, index) => {
    const level = levelOf(index, layout);
    if (level === Detail.Hidden) return;
    if (level <= Detail.BriefLinked) {
      briefs.push(level === Detail.Brief ? pieces.brief : pieces.briefLinked);
      return;
    }
    flush();
    blocks.push([pieces.header, pieces.rules].filter(Boolean).join('\n'));
    const details = index < layout.charts ? pieces.detailsWithChart : pieces.details;
    if (level === Detail.Details && details !== undefined) blocks.push(details);
  });
  flush();
  const hidden = parts.groups.length - Math.min(layout.shown, parts.groups.length);
  if (hidden > 0) {
    blocks.push(
      `_${hidden} more ${hidden === 1 ? 'rollout' : 'rollouts'} or files with findings not shown; ${parts.more}._`,
    );
  }
  return blocks;
}

function compose(parts: Parts, layout: Layout): string {
  const blocks = [parts.head.join('\n\n')];
  if (parts.change.length > 0) {
    // The first is always shown: a document cut for size never hides every finding.
    blocks.push(parts.changeHeading, ...list(parts.change, 1 + layout.change, 'finding', parts.more));
  }
  blocks.push(...parts.evidence);
  if (parts.groups.length > 0) blocks.push('### Rollouts, worst first', ...composeGroups(parts, layout));
  // The rollouts with no findings keep their charts only while every rollout with findings does.
  const chartsKept = layout.charts >= parts.groups.length;
  if (parts.passing.length > 0) {
    const shown = Math.min(layout.passing, parts.passing.length);
    const lines = parts.passing
      .slice(0, shown)
      .map((line, index) =>
        chartsKept && parts.passingCharts[index] ? `${line}\n\n${parts.passingCharts[index]}` : line,
      );
    // A chart between two items needs blank lines around it; without charts the list stays tight.
    const list = lines.join(lines.some((line) => line.includes('\n')) ? '\n\n' : '\n');
    const rest = parts.passing.length - shown;
    const summary = `<details><summary>${plural(parts.passing.length, 'rollout')} with no findings</summary>`;
    blocks.push(
      [summary, list, ...(rest > 0 ? [notice(rest, 'rollout', parts.more)] : []), '</details>'].join('\n\n'),
    );
  }
  if (parts.groups.length === 0 && parts.passing.length === 0) blocks.push(parts.empty);
  const chartsLeft = parts.charted.filter(
    (index) => index >= layout.charts && levelOf(index, layout) === Detail.Details,
  ).length;
  const chartsGone = chartsLeft + (chartsKept ? 0 : parts.passingCharts.filter(Boolean).length);
  if (chartsGone > 0) {
    blocks.push(
      `_${plural(chartsGone, 'exposure chart')} left out to keep this summary within its size limit._`,
    );
  }
  if (parts.fixes.length > 0) {
    if (parts.profile === 'comment') {
      blocks.push(
        ['<details><summary>How to fix</summary>', parts.fixes.join('\n'), '</details>'].join('\n\n'),
      );
    } else blocks.push('### How to fix', parts.fixes.join('\n'));
  }
  if (parts.waived.length > 0)
    blocks.push('### Waived', ...list(parts.waived, layout.waived, 'waived finding', parts.more));
  if (parts.notes.length > 0)
    blocks.push('### Not applied', ...list(parts.notes, layout.notes, 'note', parts.more));
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

/** The start of the text that fits in maxBytes and maxChars, cut at a line (never in a link). */
function cutToFit(text: string, maxBytes: number, maxChars: number): string {
  let end = Math.min(text.length, maxChars);
  while (end > 0 && Buffer.byteLength(text.slice(0, end), 'utf8') > maxBytes) end = Math.floor(end * 0.9);
  const cut = text.lastIndexOf('\n', end);
  return cut > 0 ? `${text.slice(0, cut)}\n` : '';
}

/**
 * Gives up detail until the document fits: the charts first, then the tail of the waived findings
 * (they no longer fail the check), of the notes on waivers not granted, of the rollouts with no
 * findings; then, from the end of the rollouts, their details, their rule lines (one line each is
 * left: the first finding), the links of those lines; only then rollouts themselves, counted, and
 * last the change-wide findings after the first.
 */
export function fit(parts: Parts, maxBytes: number, maxChars: number): string {
  const fits = (layout: Layout) => {
    const text = compose(parts, layout);
    return text.length <= maxChars && Buffer.byteLength(text, 'utf8') <= maxBytes;
  };
  const groups = parts.groups.length;
  let layout: Layout = {
    charts: parts.profile === 'summary' ? groups : 0,
    waived: parts.waived.length,
    notes: parts.notes.length,
    passing: parts.passing.length,
    change: Math.max(0, parts.change.length - 1),
    details: groups,
    rules: groups,
    linked: groups,
    shown: groups,
  };
  if (fits(layout)) return compose(parts, layout);
  for (const key of [
    'charts',
    'waived',
    'notes',
    'passing',
    'details',
    'rules',
    'linked',
    'shown',
    'change',
  ] as const) {
    if (layout[key] === 0) continue; // nothing to give up: it would not fit any better
    const count = largest(layout[key], (n) => fits({ ...layout, [key]: n }));
    if (count !== undefined) return compose(parts, { ...layout, [key]: count });
    layout = { ...layout, [key]: 0 };
  }
  return cutToFit(compose(parts, layout), maxBytes, maxChars);
}
