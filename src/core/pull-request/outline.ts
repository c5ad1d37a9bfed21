/**
 * The outline of a pull request description: its top-level headings and bold labels, found by a
 * linear scan of the lines that follows CommonMark's block structure closely enough to know which
 * lines are top-level (skipping fenced and indented code, HTML blocks and comments, quotes and
 * list items). micromark, the GFM reference parser, is exact but slow and quadratic on hostile
 * input, so it only ever sees the sections a policy asks about (markdown.ts); a test checks this
 * scanner against micromark on every fixture.
 */
import {
  BLANK_LINE_ENDS,
  atxHeading,
  htmlBlockEnd,
  isDefinition,
  isThematicBreak,
  listItemStart,
  readLabel,
  setextLevel,
  startsBlock,
} from './blocks.js';
import { closesFence, isBlank, measureIndent, openingFence } from './lines.js';
import type { Fence } from './lines.js';
import { MAX_HEADING_CHARS, headingKey, plainHeading } from './text.js';
import type { OutlineEntry, ParsedBody } from './types.js';

/** Reference definitions (`[ci]: https://…`) carried into each section's parse, in characters. */
const MAX_DEFINITION_CHARS = 8_192;

interface OpenParagraph {
  /** False for a paragraph inside a quote or list item: its lazy continuation lines are not top-level. */
  topLevel: boolean;
  index: number;
  /** Outline length when the paragraph opened: its labels are dropped if it becomes a setext heading. */
  outlineAt: number;
  definitionsOnly: boolean;
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

function joinLines(lines: readonly string[], from: number, to: number): string {
  let text = '';
  for (let index = from; index < to && text.length < MAX_HEADING_CHARS; index++) text += ` ${lines[index]}`;
  return text;
}
