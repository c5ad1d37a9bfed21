/**
 * One section's markdown, cut out of the body and parsed with micromark (GFM), hardened so that
 * hostile input stays fast: micromark runs at about 100 KB/s here on ordinary prose and is
 * quadratic on some input (64 KB of `]` takes seconds; `>` nested a few thousand deep overflows
 * the stack). So a section is capped at MAX_SECTION_CHARS, and over-nested lines and marker-dense
 * paragraphs are escaped into plain text before the parse.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Root } from 'mdast';
import { closesFence, isBlank, measureIndent, openingFence, removeIndent } from './lines.js';
import type { Fence } from './lines.js';
import type { OutlineEntry, ParsedBody } from './types.js';

/** Section text beyond this many characters is not read; a filled-in template section is a few hundred. */
export const MAX_SECTION_CHARS = 8_192;
/**
 * Micromark's bracket, emphasis and code-span matching is quadratic per paragraph: a paragraph with
 * more of those markers is read as text. A 50-item checklist of links has about 300.
 */
const MAX_MARKERS_PER_PARAGRAPH = 512;
/** Container nesting costs micromark per level per line: lines with a longer prefix are read as text. */
const MAX_CONTAINER_PREFIX = 64;

export interface SectionSource {
  entry: OutlineEntry;
  /** The text given to micromark: reference definitions, a blank line, then the section. */
  markdown: string;
  /** Subtract from a micromark line to get the line in the body. */
  lineShift: number;
  /** Characters of the section read. */
  size: number;
}

/**
 * The markdown of the section at `position` in the outline, at most `maxChars` of it. A heading's
 * section runs to the next heading of the same or a higher level; a label's to the next heading
 * or label; a label at the start of a list item's, to the end of that item.
 *
 * A sub-section that `isCut` names (another required section, or another match of this one) is
 * blanked out, line for line so that line numbers stay right: a section is judged on its own text,
 * and one text never answers two questions.
 */
export function readSection(
  body: ParsedBody,
  position: number,
  maxChars: number,
  isCut: (entry: OutlineEntry) => boolean = () => false,
): SectionSource {
  const entry = body.outline[position]!;
  const end = outlineEnd(body, position);
  const cut = new Set<number>();
  for (let next = position + 1; next < body.outline.length; next++) {
    const inner = body.outline[next]!;
    if (inner.line - 1 >= end) break;
    if (!isCut(inner)) continue;
    const to = Math.min(end, ownEnd(body, next));
    for (let index = inner.line - 1; index < to; index++) cut.add(index);
  }
  const lines = defuse(sectionLines(body.lines, entry, end, maxChars, cut));
  const prefix = body.definitions.length > 0 ? [...body.definitions, ''] : [];
  return {
    entry,
    markdown: [...prefix, ...lines].join('\n'),
    lineShift: prefix.length - entry.start.index,
    size: lines.reduce((sum, line) => sum + line.length + 1, 0),
  };
}

/** The line index where the outline ends the entry's section: the next entry of its level or higher. */
function outlineEnd(body: ParsedBody, position: number): number {
  const entry = body.outline[position]!;
  for (let next = position + 1; next < body.outline.length; next++) {
    const candidate = body.outline[next]!;
    if (candidate.level <= entry.level) return candidate.line - 1;
  }
  return body.lines.length;
}

/** Where the entry's own section ends, a list item's label included (at the item's end). */
function ownEnd(body: ParsedBody, position: number): number {
  const entry = body.outline[position]!;
  const end = outlineEnd(body, position);
  if (entry.itemColumn === undefined) return end;
  for (let index = entry.start.index + 1; index < end; index++) {
    const line = body.lines[index]!;
    if (!isBlank(line) && measureIndent(line).columns < entry.itemColumn) return index;
  }
  return end;
}

function sectionLines(
  all: readonly string[],
  entry: OutlineEntry,
  end: number,
  maxChars: number,
  cut: ReadonlySet<number>,
): string[] {
  const lines: string[] = [];
  let size = 0;
  for (let index = entry.start.index; index < end; index++) {
    let line = cut.has(index) ? '' : all[index]!;
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

/** The section's syntax tree, or undefined if micromark throws (its words are then read as text). */
export function parseMarkdown(markdown: string): Root | undefined {
  try {
    return fromMarkdown(markdown, PARSE_OPTIONS);
  } catch {
    return undefined;
  }
}
