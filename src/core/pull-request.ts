/**
 * Reads the pull request description: finds the sections a policy names ("Rollback plan",
 * "Test evidence"), decides whether the author really filled them in, and judges the links they
 * carry against an allow-list of hosts.
 *
 * Two passes, because micromark (the GFM reference parser) is exact but slow: about 100 KB/s here
 * on ordinary prose, and quadratic on hostile input (64 KB of `]` takes seconds; `>` nested a few
 * thousand deep overflows the stack). So:
 * 1. `parsePullRequestBody` runs a linear line scanner that finds the outline: top-level ATX and
 *    setext headings and bold labels, skipping fenced code, HTML blocks and HTML comments, the way
 *    CommonMark's block structure does. A test checks it against micromark on every fixture.
 * 2. `findSection` parses only the sections a policy asks about with micromark: each capped at
 *    MAX_SECTION_CHARS, with over-nested lines and marker-dense paragraphs defused first.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { ListItem, Nodes, PhrasingContent, Root, Table } from 'mdast';

/** Default for `SectionOptions.minLength`. */
export const DEFAULT_MIN_LENGTH = 20;

/** Section text beyond this many characters is not read; a filled-in template section is a few hundred. */
const MAX_SECTION_CHARS = 8_192;
/**
 * Characters parsed by one findSection call across all matching sections, and the number of
 * matches examined: a body repeating one heading 60,000 times must stay fast.
 */
const MAX_PARSED_CHARS = 16_384;
const MAX_CANDIDATES = 16;
/** Reference definitions (`[ci]: https://…`) carried into each section's parse, in characters. */
const MAX_DEFINITION_CHARS = 8_192;
/**
 * Micromark's bracket, emphasis and code-span matching is quadratic per paragraph: a paragraph with
 * more of those markers is read as text. A 50-item checklist of links has about 300.
 */
const MAX_MARKERS_PER_PARAGRAPH = 512;
/** Container nesting costs micromark per level per line: lines with a longer prefix are read as text. */
const MAX_CONTAINER_PREFIX = 64;
const MAX_LABEL_CHARS = 120;
const MAX_HEADING_CHARS = 300;
const MAX_SAMPLE_CHARS = 40;

export interface SectionOptions {
  /**
   * Heading texts that name the section, e.g. `['Rollback plan', 'Rollback']`. Compared with the
   * body's headings and labels case-insensitively, ignoring markup and any punctuation or emoji
   * before and after the words (`### 🔙 Rollback plan:` matches "rollback plan").
   */
  headings: string[];
  /** Minimum characters of real content. Default: 20. */
  minLength?: number;
}

export type LinkKind = 'link' | 'image' | 'autolink';

export interface Link {
  /** The destination as written (entities and escapes decoded), not yet validated. */
  url: string;
  /** 1-based line in the body. */
  line: number;
  /** `autolink` covers `<https://…>` and bare URLs (GFM literal autolinks). */
  kind: LinkKind;
}

export interface Section {
  /** The heading or label as written, without markup, e.g. "🔙 Rollback plan:". */
  heading: string;
  /** 1-based line of the heading or label. */
  line: number;
  /**
   * The real content as plain text: without HTML comments, template text, unticked boxes,
   * sub-headings or table headers; a link reads as its label followed by its URL in parentheses.
   */
  text: string;
  /** Links and images in the section (outside HTML comments), in document order. */
  links: Link[];
}

export type SectionResult =
  | { status: 'present'; section: Section }
  | { status: 'missing' }
  /** The section is there but does not count; `reason` says why, for the person who wrote it. */
  | { status: 'empty'; heading: string; line: number; reason: string; section: Section };

export interface OutlineEntry {
  /** `label` is a paragraph or list item that opens with bold text: `**Rollback plan:** revert`. */
  kind: 'heading' | 'label';
  /** 1-6 for headings; 7 for labels, which rank below every heading. */
  level: number;
  /** As written, without markup. */
  heading: string;
  /** 1-based line. */
  line: number;
  /** The heading normalised for matching. */
  key: string;
  /** Where the section's content starts: 0-based line index and character column. */
  start: { index: number; column: number };
  /** For a label at the start of a list item: the item's content column; the section is that item. */
  itemColumn?: number;
}

export interface ParsedBody {
  /** Headings and labels in document order. */
  outline: OutlineEntry[];
  lines: string[];
  /** Top-level reference definition lines, so that `[run][ci]` resolves inside any section. */
  definitions: string[];
}

export interface RejectedLink {
  link: Link;
  reason: string;
}

/** An allow-list entry: `ci.example.com` (that host only) or `*.example.com` (subdomains, not the apex). */
export interface AllowedHost {
  host: string;
  subdomains: boolean;
}

/**
 * Reads the outline of a pull request description. Total: any string (or a missing body, which
 * GitHub sends as null) gives a ParsedBody; the cost is linear in the length.
 */
export function parsePullRequestBody(markdown: string | null | undefined): ParsedBody {
  const text = typeof markdown === 'string' ? markdown.replace(/^\uFEFF/, '') : '';
  const lines = text.split(/\r\n|\r|\n/);
  return { lines, ...scanOutline(lines) };
}

/**
 * Finds the first matching section that has real content. When every match is empty, the first
 * match is reported with the reason it does not count.
 *
 * A heading's section runs to the next heading of the same or a higher level, so sub-headings
 * belong to it. A bold label opening a paragraph (`**Rollback plan:** text`, `**Rollback plan**`
 * on its own line, or followed by ` - `) is accepted too, because many templates use it; its
 * section runs to the next heading or label. A label opening a list item
 * (`- **Rollback plan:** text`) covers that item only. A label inside a heading's section is part
 * of that section (`**Automatic:** …` under "Rollback plan"). Headings inside quotes or list
 * items, code blocks and HTML do not name sections. Only the first 8 KB of a section is read.
 *
 * Real content excludes: HTML comments; template text (a paragraph, list item, table cell or HTML
 * block that is only TBD, TODO…, N/A, none, `-`, `...`, `<fill in>`, `[describe here]`, or is
 * entirely in italics: `_Describe the rollback_` is how templates phrase instructions); the text of
 * unticked task-list items; sub-headings and table header rows. A ticked box counts whatever its
 * length: ticking a template's option is the author's answer. Otherwise the rest must reach
 * `minLength` characters once whitespace runs are collapsed and invisible characters (zero-width,
 * bidi controls, fillers) are removed.
 */
export function findSection(body: ParsedBody, options: SectionOptions): SectionResult {
  const wanted = new Set(options.headings.map(headingKey).filter((key) => key !== ''));
  const minLength = options.minLength ?? DEFAULT_MIN_LENGTH;
  let firstEmpty: SectionResult | undefined;
  let examined = 0;
  let budget = MAX_PARSED_CHARS;
  for (let position = 0; position < body.outline.length; position++) {
    const entry = body.outline[position]!;
    if (!wanted.has(entry.key)) continue;
    if (examined === MAX_CANDIDATES || budget <= 0) break;
    examined += 1;
    const source = readSection(body, position, Math.min(budget, MAX_SECTION_CHARS));
    budget -= source.size;
    const result = judgeSection(entry, source, minLength);
    if (result.status === 'present') return result;
    firstEmpty ??= result;
  }
  return firstEmpty ?? { status: 'missing' };
}

/**
 * Splits a section's links into those that point at an allowed host and those that do not, each
 * rejection with its reason. Only `https:` links count: evidence behind plain http can be altered
 * in transit, and an allow-list entry names a host, not a scheme. The host is compared in the form
 * the WHATWG URL parser gives it (lowercase ASCII, punycode for international names, one trailing
 * dot removed), so look-alike letters and `ci.example.com.evil.io` do not pass.
 */
export function evidenceLinks(
  section: Section,
  allowedHosts: readonly string[],
): { accepted: Link[]; rejected: RejectedLink[] } {
  const allowed = allowedHosts.map(parseAllowedHost).filter((entry) => entry !== undefined);
  const accepted: Link[] = [];
  const rejected: RejectedLink[] = [];
  for (const link of section.links) {
    const reason = linkProblem(link.url, allowed);
    if (reason === undefined) accepted.push(link);
    else rejected.push({ link, reason });
  }
  return { accepted, rejected };
}

/**
 * Reads an allow-list entry: a host name, or `*.` and a host name. Anything else (a scheme, a
 * path, a port, a pattern) is undefined: entries are never treated as patterns.
 */
export function parseAllowedHost(entry: string): AllowedHost | undefined {
  let name = entry.trim().toLowerCase();
  const subdomains = name.startsWith('*.');
  if (subdomains) name = name.slice(2);
  if (name === '' || /[^\p{L}\p{N}.-]/u.test(name)) return undefined;
  let host: string;
  try {
    host = withoutTrailingDot(new URL(`https://${name}/`).hostname);
  } catch {
    return undefined;
  }
  if (host === '' || host.startsWith('.') || host.includes('..')) return undefined;
  return { host, subdomains };
}

// ---------------------------------------------------------------------------------------------
// Outline: a linear scan of the lines, following CommonMark's block structure closely enough to
// know which lines are top-level headings and labels.

const BLANK_LINE_ENDS = '';

/** HTML block names that start a block ending at a blank line (CommonMark type 6). */
const HTML_BLOCK_NAMES = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir ' +
    'div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html ' +
    'iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary ' +
    'table tbody td tfoot th thead title tr track ul'
  ).split(' '),
);

interface OpenParagraph {
  /** False for a paragraph inside a quote or list item: its lazy continuation lines are not top-level. */
  topLevel: boolean;
  index: number;
  /** Outline length when the paragraph opened: its labels are dropped if it becomes a setext heading. */
  outlineAt: number;
  definitionsOnly: boolean;
}

interface Fence {
  char: string;
  size: number;
}

function scanOutline(lines: readonly string[]): { outline: OutlineEntry[]; definitions: string[] } {
  const outline: OutlineEntry[] = [];
  const definitions: string[] = [];
  let definitionChars = 0;
  let fence: Fence | undefined;
  let htmlEnd: string | undefined;
  let paragraph: OpenParagraph | undefined;
  let itemColumn: number | undefined;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const blank = isBlank(line);
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    if (htmlEnd !== undefined) {
      if (htmlEnd === BLANK_LINE_ENDS ? blank : line.toLowerCase().includes(htmlEnd)) htmlEnd = undefined;
      continue;
    }
    if (blank) {
      paragraph = undefined;
      continue;
    }
    const indent = measureIndent(line);
    const rest = line.slice(indent.chars);

    if (itemColumn !== undefined) {
      if (indent.columns >= itemColumn) {
        // Inside a list item: nothing here names a section. Fences and HTML inside it end with
        // the item, so they need no tracking.
        paragraph = openingFence(rest.trimStart()) ? undefined : nested(index, outline);
        continue;
      }
      if (paragraph !== undefined && !paragraph.topLevel && !startsBlock(rest)) continue;
      itemColumn = undefined;
    }
    if (indent.columns >= 4) continue; // indented code, or a paragraph's continuation line

    const opened = openingFence(rest);
    if (opened !== undefined) {
      fence = opened;
      paragraph = undefined;
      continue;
    }
    const atx = atxHeading(rest);
    if (atx !== undefined) {
      outline.push(entryOf('heading', atx.level, atx.text, index, { index: index + 1, column: 0 }));
      paragraph = undefined;
      continue;
    }
    const setext = paragraph?.topLevel && !paragraph.definitionsOnly ? setextLevel(rest) : undefined;
    if (setext !== undefined && paragraph !== undefined) {
      outline.length = paragraph.outlineAt;
      const text = joinLines(lines, paragraph.index, index);
      outline.push(entryOf('heading', setext, text, paragraph.index, { index: index + 1, column: 0 }));
      paragraph = undefined;
      continue;
    }
    if (isThematicBreak(rest)) {
      paragraph = undefined;
      continue;
    }
    const html = htmlBlockEnd(rest, paragraph !== undefined);
    if (html !== undefined) {
      paragraph = undefined;
      if (html === BLANK_LINE_ENDS || !rest.toLowerCase().includes(html, 2)) htmlEnd = html;
      continue;
    }
    if (rest.startsWith('>')) {
      paragraph = nested(index, outline);
      continue;
    }
    const item = listItemStart(rest, paragraph !== undefined);
    if (item !== undefined) {
      itemColumn = indent.columns + item.columns;
      paragraph = nested(index, outline);
      const content = rest.slice(item.chars);
      const label = /^\[[ xX]\]/.test(content) ? undefined : readLabel(content);
      if (label !== undefined) {
        const column = indent.chars + item.chars + label.end;
        outline.push({ ...entryOf('label', 7, label.text, index, { index, column }), itemColumn });
      }
      continue;
    }

    if (paragraph !== undefined && !paragraph.topLevel) continue; // lazy continuation of a quote or item
    paragraph ??= { topLevel: true, index, outlineAt: outline.length, definitionsOnly: true };
    if (paragraph.definitionsOnly && isDefinition(rest)) {
      if (definitionChars + rest.length <= MAX_DEFINITION_CHARS) {
        definitions.push(rest);
        definitionChars += rest.length + 1;
      }
      continue;
    }
    paragraph.definitionsOnly = false;
    const label = readLabel(rest);
    if (label !== undefined) {
      outline.push(entryOf('label', 7, label.text, index, { index, column: indent.chars + label.end }));
    }
  }
  return { outline, definitions };
}

function nested(index: number, outline: readonly OutlineEntry[]): OpenParagraph {
  return { topLevel: false, index, outlineAt: outline.length, definitionsOnly: false };
}

function entryOf(
  kind: OutlineEntry['kind'],
  level: number,
  raw: string,
  index: number,
  start: OutlineEntry['start'],
): OutlineEntry {
  const heading = plainHeading(raw);
  return { kind, level, heading, line: index + 1, key: headingKey(heading), start };
}

function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

/** Leading whitespace, in columns (tabs to the next multiple of 4) and in characters. */
function measureIndent(line: string): { columns: number; chars: number } {
  let columns = 0;
  let chars = 0;
  for (; chars < line.length; chars++) {
    const ch = line[chars];
    if (ch === ' ') columns += 1;
    else if (ch === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return { columns, chars };
}

/** Removes up to `columns` columns of leading whitespace, splitting a tab if it straddles the cut. */
function removeIndent(line: string, columns: number): string {
  let seen = 0;
  let chars = 0;
  while (chars < line.length && seen < columns) {
    const ch = line[chars];
    if (ch === ' ') seen += 1;
    else if (ch === '\t') seen += 4 - (seen % 4);
    else break;
    chars += 1;
  }
  return ' '.repeat(Math.max(0, seen - columns)) + line.slice(chars);
}

function runLength(text: string, char: string, from = 0): number {
  let end = from;
  while (text[end] === char) end += 1;
  return end - from;
}

function openingFence(rest: string): Fence | undefined {
  const char = rest[0];
  if (char !== '`' && char !== '~') return undefined;
  const size = runLength(rest, char);
  if (size < 3) return undefined;
  if (char === '`' && rest.includes('`', size)) return undefined;
  return { char, size };
}

function closesFence(line: string, fence: Fence): boolean {
  const indent = measureIndent(line);
  if (indent.columns >= 4) return false;
  const size = runLength(line, fence.char, indent.chars);
  return size >= fence.size && isBlank(line.slice(indent.chars + size));
}

function atxHeading(rest: string): { level: number; text: string } | undefined {
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

function setextLevel(rest: string): number | undefined {
  const trimmed = rest.trimEnd();
  if (trimmed === '') return undefined;
  if (runLength(trimmed, '=') === trimmed.length) return 1;
  if (runLength(trimmed, '-') === trimmed.length) return 2;
  return undefined;
}

function isThematicBreak(rest: string): boolean {
  return /^(?:-{3,}|\*{3,}|_{3,})$/.test(rest.replace(/[ \t]/g, ''));
}

/** The end marker of an HTML block starting here (BLANK_LINE_ENDS for blocks that end at a blank line). */
function htmlBlockEnd(rest: string, interruptsParagraph: boolean): string | undefined {
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
function startsBlock(rest: string): boolean {
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
function listItemStart(
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

function isDefinition(rest: string): boolean {
  const match = /^\[((?:[^[\]\\]|\\.){1,999})\]:[ \t]*\S/.exec(rest);
  return match !== null && match[1]!.trim() !== '';
}

/**
 * A bold label at the start of `text`: `**Name:**`, `**Name**:`, `**Name** - …`, or `**Name**`
 * alone. Bold text that runs on into a sentence (`**Note** this…`) is not a label.
 */
function readLabel(text: string): { text: string; end: number } | undefined {
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

function joinLines(lines: readonly string[], from: number, to: number): string {
  let text = '';
  for (let index = from; index < to && text.length < MAX_HEADING_CHARS; index++) text += ` ${lines[index]}`;
  return text;
}

// ---------------------------------------------------------------------------------------------
// Heading names.

const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whitespace runs collapsed, invisible characters (zero-width, bidi controls, fillers) removed. */
function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** A heading as a reader sees it: without HTML comments, emphasis markers or escapes. */
function plainHeading(raw: string): string {
  const text = stripComments(raw.slice(0, MAX_HEADING_CHARS)).text;
  return cleanText(text.replace(/[*_~`\\]/g, ''));
}

function headingKey(text: string): string {
  const chars = Array.from(cleanText(plainHeading(text)).normalize('NFKC').toLowerCase());
  let from = 0;
  let to = chars.length;
  while (from < to && !LETTER_OR_DIGIT.test(chars[from]!)) from += 1;
  while (to > from && !LETTER_OR_DIGIT.test(chars[to - 1]!)) to -= 1;
  return chars.slice(from, to).join('');
}

// ---------------------------------------------------------------------------------------------
// Reading one section with micromark.

interface SectionSource {
  entry: OutlineEntry;
  /** The text given to micromark: reference definitions, a blank line, then the section. */
  markdown: string;
  /** Subtract from a micromark line to get the line in the body. */
  lineShift: number;
  /** Characters of the section read. */
  size: number;
}

function readSection(body: ParsedBody, position: number, maxChars: number): SectionSource {
  const entry = body.outline[position]!;
  let end = body.lines.length;
  for (let next = position + 1; next < body.outline.length; next++) {
    const candidate = body.outline[next]!;
    if (candidate.level <= entry.level) {
      end = candidate.line - 1;
      break;
    }
  }
  const lines = defuse(sectionLines(body.lines, entry, end, maxChars));
  const prefix = body.definitions.length > 0 ? [...body.definitions, ''] : [];
  return {
    entry,
    markdown: [...prefix, ...lines].join('\n'),
    lineShift: prefix.length - entry.start.index,
    size: lines.reduce((sum, line) => sum + line.length + 1, 0),
  };
}

function sectionLines(all: readonly string[], entry: OutlineEntry, end: number, maxChars: number): string[] {
  const lines: string[] = [];
  let size = 0;
  for (let index = entry.start.index; index < end; index++) {
    let line = all[index]!;
    if (index === entry.start.index && entry.start.column > 0) {
      line = line.slice(entry.start.column).trimStart();
    } else if (entry.itemColumn !== undefined) {
      if (!isBlank(line) && measureIndent(line).columns < entry.itemColumn) break;
      line = removeIndent(line, entry.itemColumn);
    }
    if (size + line.length > maxChars) {
      lines.push(line.slice(0, Math.max(0, maxChars - size)));
      break;
    }
    lines.push(line);
    size += line.length + 1;
  }
  return lines;
}

/** Markers whose matching is quadratic; escaping them escapes backslashes too, so `\\[` stays inert. */
const QUADRATIC_MARKERS = /[[\]*_~`]/g;
const ESCAPED_MARKERS = /[\\[\]*_~`]/g;
const CONTAINER_PREFIX = /^[ \t>*+\-0-9.)]*/;

/**
 * Keeps micromark linear on hostile input: a line nested deeper than MAX_CONTAINER_PREFIX and a
 * paragraph with more than MAX_MARKERS_PER_PARAGRAPH inline markers are escaped into plain text.
 * Ordinary sections are untouched; fenced code is never touched.
 */
function defuse(lines: string[]): string[] {
  let fence: Fence | undefined;
  let paragraph: number[] = [];
  let markers = 0;
  const flush = (): void => {
    if (markers > MAX_MARKERS_PER_PARAGRAPH) {
      for (const index of paragraph) lines[index] = lines[index]!.replace(ESCAPED_MARKERS, '\\$&');
    }
    paragraph = [];
    markers = 0;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    if (isBlank(line)) {
      flush();
      continue;
    }
    const indent = measureIndent(line);
    const opened = indent.columns < 4 ? openingFence(line.slice(indent.chars)) : undefined;
    if (opened !== undefined) {
      flush();
      fence = opened;
      continue;
    }
    if (CONTAINER_PREFIX.exec(line)![0].length > MAX_CONTAINER_PREFIX) {
      lines[index] = `${line.slice(0, indent.chars)}\\${line.slice(indent.chars)}`;
    }
    paragraph.push(index);
    markers += lines[index]!.match(QUADRATIC_MARKERS)?.length ?? 0;
  }
  flush();
  return lines;
}

const PARSE_OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

function parseMarkdown(markdown: string): Root | undefined {
  try {
    return fromMarkdown(markdown, PARSE_OPTIONS);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// What a section contains.

interface Contents {
  /** Units of real content, each already cleaned. */
  text: string[];
  /** Units of template text, as samples for the reason. */
  templates: string[];
  comments: number;
  ticked: number;
  unticked: number;
  links: Link[];
}

interface Reader {
  source: SectionSource;
  definitions: Map<string, string>;
}

function judgeSection(entry: OutlineEntry, source: SectionSource, minLength: number): SectionResult {
  const contents = readContents(source);
  const text = contents.text.join(' ');
  const section: Section = { heading: entry.heading, line: entry.line, text, links: contents.links };
  if (contents.ticked > 0 || (text !== '' && Array.from(text).length >= minLength)) {
    return { status: 'present', section };
  }
  return {
    status: 'empty',
    heading: entry.heading,
    line: entry.line,
    reason: emptyReason(contents, text, minLength),
    section,
  };
}

function emptyReason(contents: Contents, text: string, minLength: number): string {
  if (text !== '') {
    return `it has ${Array.from(text).length} characters of content, fewer than the ${minLength} required`;
  }
  if (contents.unticked > 0) return 'no box of its checklist is ticked';
  const sample = contents.templates[0];
  if (sample !== undefined) return `it holds only template text (${sample})`;
  if (contents.comments > 0) return 'it holds only an HTML comment';
  return 'it is empty';
}

function emptyContents(): Contents {
  return { text: [], templates: [], comments: 0, ticked: 0, unticked: 0, links: [] };
}

function readContents(source: SectionSource): Contents {
  const contents = emptyContents();
  const root = parseMarkdown(source.markdown);
  if (root === undefined) {
    addUnit(stripComments(source.markdown).text, false, contents);
    return contents;
  }
  const reader: Reader = { source, definitions: new Map() };
  collectDefinitions(root, reader.definitions);
  readBlocks(root.children, reader, contents);
  return contents;
}

function collectDefinitions(node: Nodes, definitions: Map<string, string>): void {
  if (node.type === 'definition') {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    return;
  }
  if ('children' in node) for (const child of node.children) collectDefinitions(child, definitions);
}

function readBlocks(nodes: readonly Nodes[], reader: Reader, contents: Contents): void {
  for (const node of nodes) readBlock(node, reader, contents);
}

function readBlock(node: Nodes, reader: Reader, contents: Contents): void {
  switch (node.type) {
    case 'paragraph':
    case 'tableCell':
      return readUnit(node.children, reader, contents);
    case 'heading':
      // A sub-heading is structure, not an answer; its links still count.
      return readUnit(node.children, reader, emptyContents(), contents.links);
    case 'listItem':
      return readListItem(node, reader, contents);
    case 'table':
      return readTable(node, reader, contents);
    case 'code':
      return addUnit(node.value, false, contents);
    case 'html':
      return addUnit(readHtml(node.value, lineOf(node, reader), contents), false, contents);
    case 'definition':
    case 'thematicBreak':
      return;
    default:
      if ('children' in node) readBlocks(node.children, reader, contents);
  }
}

/** A table's header row is structure, like a sub-heading: a template's empty table is not an answer. */
function readTable(table: Table, reader: Reader, contents: Contents): void {
  table.children.forEach((row, index) => {
    if (index > 0) return readBlocks(row.children, reader, contents);
    const header = emptyContents();
    readBlocks(row.children, reader, header);
    for (const link of header.links) contents.links.push(link);
  });
}

function readListItem(item: ListItem, reader: Reader, contents: Contents): void {
  if (item.checked === true) contents.ticked += 1;
  if (item.checked !== false) return readBlocks(item.children, reader, contents);
  // An unticked box is the template's option, not the author's words; links in it still count.
  contents.unticked += 1;
  const option = emptyContents();
  readBlocks(item.children, reader, option);
  for (const link of option.links) contents.links.push(link);
  contents.comments += option.comments;
}

/**
 * One unit of text (a paragraph, table cell or heading): real content unless it is all template
 * text. `links` receives the links (the contents' own list unless given).
 */
function readUnit(
  children: readonly PhrasingContent[],
  reader: Reader,
  contents: Contents,
  links = contents.links,
): void {
  const unit = { text: '' };
  let italicOnly = false;
  let other = false;
  for (const child of children) {
    readInline(child, reader, unit, contents, links);
    if (child.type === 'emphasis') italicOnly = true;
    else if (!isSilent(child)) other = true;
  }
  addUnit(unit.text, italicOnly && !other, contents);
}

/** Whitespace, comments and line breaks: nodes that do not change whether a unit is all italics. */
function isSilent(node: PhrasingContent): boolean {
  if (node.type === 'break') return true;
  if (node.type === 'text') return cleanText(node.value) === '';
  return node.type === 'html' && stripComments(node.value).text.trim() === '';
}

function readInline(
  node: PhrasingContent,
  reader: Reader,
  unit: { text: string },
  contents: Contents,
  links: Link[],
): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      unit.text += node.value;
      return;
    case 'break':
      unit.text += ' ';
      return;
    case 'html':
      unit.text += readHtml(node.value, lineOf(node, reader), contents, links);
      return;
    case 'link':
    case 'linkReference': {
      const url = node.type === 'link' ? node.url : reader.definitions.get(node.identifier);
      if (url !== undefined) links.push({ url, line: lineOf(node, reader), kind: linkKind(node, reader) });
      const before = unit.text.length;
      for (const child of node.children) readInline(child, reader, unit, contents, links);
      if (url !== undefined && unit.text.slice(before).trim() !== url) unit.text += ` (${url})`;
      return;
    }
    case 'image':
    case 'imageReference': {
      const url = node.type === 'image' ? node.url : reader.definitions.get(node.identifier);
      if (url !== undefined) links.push({ url, line: lineOf(node, reader), kind: 'image' });
      unit.text += ` ${node.alt ?? ''} (${url ?? ''}) `;
      return;
    }
    case 'footnoteReference':
      return;
    default:
      if ('children' in node)
        for (const child of node.children) readInline(child, reader, unit, contents, links);
  }
}

function lineOf(node: Nodes, reader: Reader): number {
  return (node.position?.start.line ?? 1) - reader.source.lineShift;
}

/** `[text](url)` and `[text][ref]` are links; `<https://…>` and bare URLs are autolinks. */
function linkKind(node: Nodes, reader: Reader): LinkKind {
  const offset = node.position?.start.offset;
  return offset !== undefined && reader.source.markdown[offset] === '[' ? 'link' : 'autolink';
}

function addUnit(raw: string, italicOnly: boolean, contents: Contents): void {
  const text = cleanText(raw);
  if (text === '') return;
  if (italicOnly || isTemplateText(text)) contents.templates.push(sample(text));
  else contents.text.push(text);
}

function sample(text: string): string {
  const chars = Array.from(text);
  return chars.length > MAX_SAMPLE_CHARS ? `${chars.slice(0, MAX_SAMPLE_CHARS).join('')}…` : text;
}

const TEMPLATE_WORDS = new Set([
  'tbd',
  'tba',
  'todo',
  'to do',
  'fixme',
  'wip',
  'n/a',
  'n.a.',
  'na',
  'none',
  'nil',
  'null',
  'nothing',
  'pending',
  'xxx',
]);

/** A unit that only holds a template's placeholder. */
function isTemplateText(text: string): boolean {
  if (!LETTER_OR_DIGIT.test(text)) return true; // "-", "...", "???", "—"
  const lower = text.toLowerCase();
  if (/^(?:tbd|tba|todo|fixme)\b/.test(lower)) return true; // "TODO: describe the rollback"
  if (/^<[^<>]*>$/.test(text) || /^\[[^[\]]*\]$/.test(text)) return true;
  let end = lower.length;
  while (end > 0 && '.:!'.includes(lower[end - 1]!)) end -= 1;
  return TEMPLATE_WORDS.has(lower) || TEMPLATE_WORDS.has(lower.slice(0, end));
}

// ---------------------------------------------------------------------------------------------
// HTML: comments are dropped; tags of real elements are dropped, keeping the links of <a> and
// <img>; anything else in angle brackets (`<fill in>`) stays as text.

const HTML_ELEMENTS = new Set(
  (
    'a abbr address article aside b bdi bdo blockquote br caption center cite code col colgroup dd del ' +
    'details dfn div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 header hr i img input ins kbd ' +
    'label li main mark nav ol p picture pre q rp rt ruby s samp section small source span strike strong sub ' +
    'summary sup table tbody td tfoot th thead time tr tt u ul var video wbr'
  ).split(' '),
);

const LINK_TAGS: Record<string, { attribute: string; kind: LinkKind }> = {
  a: { attribute: 'href', kind: 'link' },
  img: { attribute: 'src', kind: 'image' },
  source: { attribute: 'src', kind: 'image' },
  video: { attribute: 'src', kind: 'image' },
};

/** Text outside comments; an unterminated comment runs to the end, as in HTML. */
function stripComments(html: string): { text: string; comments: number } {
  let text = '';
  let comments = 0;
  let from = 0;
  for (;;) {
    const open = html.indexOf('<!--', from);
    if (open === -1) return { text: text + html.slice(from), comments };
    text += html.slice(from, open);
    comments += 1;
    const close = html.indexOf('-->', open + 2);
    if (close === -1) return { text, comments };
    from = close + 3;
  }
}

/** The visible text of raw HTML; counts its comments and collects the links of its tags. */
function readHtml(html: string, line: number, contents: Contents, links = contents.links): string {
  const stripped = stripComments(html);
  contents.comments += stripped.comments;
  const text = stripped.text;
  let visible = '';
  let from = 0;
  let lineAt = line;
  let counted = 0;
  while (from < text.length) {
    const open = text.indexOf('<', from);
    if (open === -1) break;
    visible += text.slice(from, open);
    let end = open + 1;
    while (end < text.length && text[end] !== '>' && text[end] !== '<') end += 1;
    if (text[end] !== '>') {
      visible += '<';
      from = open + 1;
      continue;
    }
    const tag = text.slice(open, end + 1);
    const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(tag)?.[1]?.toLowerCase();
    if (name === undefined || !HTML_ELEMENTS.has(name)) {
      visible += tag;
    } else {
      visible += ' ';
      const target = LINK_TAGS[name];
      const url = target && tag[1] !== '/' ? attributeValue(tag, target.attribute) : undefined;
      if (target && url !== undefined) {
        for (; counted < open; counted++) if (text[counted] === '\n') lineAt += 1;
        links.push({ url, line: lineAt, kind: target.kind });
      }
    }
    from = end + 1;
  }
  return visible + text.slice(from);
}

function attributeValue(tag: string, attribute: string): string | undefined {
  const pattern = /[\s/]([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
  for (const match of tag.matchAll(pattern)) {
    if (match[1]!.toLowerCase() === attribute) return decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return undefined;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, hex: string) => codePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]{1,7});/g, (_, decimal: string) => codePoint(parseInt(decimal, 10)))
    .replace(/&(amp|quot|apos|lt|gt);/g, (_, name: string) => ENTITIES[name] ?? '');
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function codePoint(value: number): string {
  return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : '\uFFFD';
}

// ---------------------------------------------------------------------------------------------
// Links against the allow-list.

function linkProblem(raw: string, allowed: readonly AllowedHost[]): string | undefined {
  const text = raw.trim();
  if (text === '') return 'the link is empty';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'not an absolute URL';
  }
  if (url.protocol !== 'https:') return `only https links count (this is ${url.protocol})`;
  if (url.username !== '' || url.password !== '') return 'the link carries user-info before its host';
  const host = withoutTrailingDot(url.hostname);
  if (allowed.some((entry) => hostMatches(host, entry))) return undefined;
  const idn = host.split('.').some((label) => label.startsWith('xn--'));
  return `${host} is not an allowed evidence host${idn ? ' (an international name, shown as punycode)' : ''}`;
}

function hostMatches(host: string, entry: AllowedHost): boolean {
  return entry.subdomains ? host.endsWith(`.${entry.host}`) : host === entry.host;
}

function withoutTrailingDot(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}
