/**
 * Recognisers for the CommonMark blocks that start on a line (ATX and setext headings, thematic
 * breaks, HTML blocks, list items, reference definitions) and for bold labels. Each looks at one
 * line with its indentation already removed (`rest`); the outline scanner strings them together.
 */
import { isBlank, measureIndent, openingFence, runLength } from './lines.js';

/** The HTML block end marker of blocks that end at a blank line (CommonMark types 6 and 7). */
export const BLANK_LINE_ENDS = '';

const MAX_LABEL_CHARS = 120;

/** HTML block names that start a block ending at a blank line (CommonMark type 6). */
const HTML_BLOCK_NAMES = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir ' +
    'div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html ' +
    'iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary ' +
    'table tbody td tfoot th thead title tr track ul'
  ).split(' '),
);

export function atxHeading(rest: string): { level: number; text: string } | undefined {
  const level = runLength(rest, '#');
  if (level === 0 || level > 6) return undefined;
  const after = rest[level];
  if (after !== undefined && after !== ' ' && after !== '\t') return undefined;
  const text = rest.slice(level).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  if (end === 0) return { level, text: '' };
  const closed = end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t');
  return { level, text: closed ? text.slice(0, end).trimEnd() : text };
}

export function setextLevel(rest: string): number | undefined {
  const trimmed = rest.trimEnd();
  if (trimmed === '') return undefined;
  if (runLength(trimmed, '=') === trimmed.length) return 1;
  if (runLength(trimmed, '-') === trimmed.length) return 2;
  return undefined;
}

export function isThematicBreak(rest: string): boolean {
  return /^(?:-{3,}|\*{3,}|_{3,})$/.test(rest.replace(/[ \t]/g, ''));
}

/** The end marker of an HTML block starting here (BLANK_LINE_ENDS for blocks that end at a blank line). */
export function htmlBlockEnd(rest: string, interruptsParagraph: boolean): string | undefined {
  if (rest[0] !== '<') return undefined;
  const head = rest.slice(0, 16).toLowerCase();
  if (head.startsWith('<!--')) return '-->';
  const raw = /^<(script|pre|style|textarea)(?:[ \t>]|$)/.exec(head);
  if (raw) return `</${raw[1]}>`;
  if (head.startsWith('<?')) return '?>';
  if (head.startsWith('<![cdata[')) return ']]>';
  if (/^<![a-z]/.test(head)) return '>';
  const tag = /^<\/?([a-z][a-z0-9-]*)(?:[ \t>]|\/>|$)/.exec(head);
  if (tag && HTML_BLOCK_NAMES.has(tag[1]!)) return BLANK_LINE_ENDS;
  // Any other complete tag alone on its line, e.g. `<fill in>`, opens a block too, but only
  // outside a paragraph.
  if (!interruptsParagraph && /^<\/?[A-Za-z][A-Za-z0-9-]*(?:[ \t][^<>]*)?\/?>$/.test(rest.trimEnd())) {
    return BLANK_LINE_ENDS;
  }
  return undefined;
}

/** Whether a line opens a block, so it cannot continue a paragraph lazily. */
export function startsBlock(rest: string): boolean {
  return (
    openingFence(rest) !== undefined ||
    atxHeading(rest) !== undefined ||
    isThematicBreak(rest) ||
    htmlBlockEnd(rest, true) !== undefined ||
    rest.startsWith('>') ||
    listItemStart(rest, true) !== undefined
  );
}

/** A list marker: its width up to the content, in columns (from the marker) and characters. */
export function listItemStart(
  rest: string,
  interruptsParagraph: boolean,
): { columns: number; chars: number } | undefined {
  let marker = 0;
  if (rest[0] === '-' || rest[0] === '+' || rest[0] === '*') {
    marker = 1;
  } else {
    while (marker < 10 && rest[marker] !== undefined && rest[marker]! >= '0' && rest[marker]! <= '9')
      marker += 1;
    if (marker === 0 || marker > 9 || (rest[marker] !== '.' && rest[marker] !== ')')) return undefined;
    if (interruptsParagraph && rest.slice(0, marker) !== '1') return undefined;
    marker += 1;
  }
  const after = rest.slice(marker);
  if (after !== '' && after[0] !== ' ' && after[0] !== '\t') return undefined;
  if (isBlank(after)) return interruptsParagraph ? undefined : { columns: marker + 1, chars: rest.length };
  const gap = measureIndent(after);
  // Five or more spaces after the marker: the item starts with indented code one column in.
  if (gap.columns > 4) return { columns: marker + 1, chars: marker + 1 };
  return { columns: marker + gap.columns, chars: marker + gap.chars };
}

export function isDefinition(rest: string): boolean {
  const match = /^\[((?:[^[\]\\]|\\.){1,999})\]:[ \t]*\S/.exec(rest);
  return match !== null && match[1]!.trim() !== '';
}

/**
 * A bold label at the start of `text`: `**Name:**`, `**Name**:`, `**Name** - …`, or `**Name**`
 * alone. Bold text that runs on into a sentence (`**Note** this…`) is not a label.
 */
export function readLabel(text: string): { text: string; end: number } | undefined {
  const delimiter = text.slice(0, 2);
  if (delimiter !== '**' && delimiter !== '__') return undefined;
  const close = text.indexOf(delimiter, 2);
  if (close === -1 || close - 2 > MAX_LABEL_CHARS) return undefined;
  const inner = text.slice(2, close);
  if (inner.trim() === '' || /^\s/.test(inner) || /\s$/.test(inner)) return undefined;
  const after = close + 2;
  const gap = measureIndent(text.slice(after)).chars;
  const next = text[after + gap];
  if (inner.endsWith(':') || next === undefined) return { text: inner, end: after + gap };
  if (next === ':') return { text: inner, end: after + gap + 1 };
  const dash = next === '-' || next === '–' || next === '—';
  const spaced = text[after + gap + 1] === undefined || /\s/.test(text[after + gap + 1]!);
  if (dash && gap > 0 && spaced) return { text: inner, end: after + gap + 1 };
  return undefined;
}
