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
import { copyHtmlState, endBlock, hiddenBy, newHtmlState, scanHtml } from './html.js';
import type { HtmlSink, HtmlState, Opened } from './html.js';
import { closesFence, isBlank, measureIndent, openingFence, runLength } from './lines.js';
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
  /** What hid the paragraph's first line, if anything: a setext heading made of it is hidden too. */
  hidden: Opened | undefined;
}

/** The outline scanner only needs the HTML state, not what the HTML says. */
const QUIET: HtmlSink = { text() {}, startTag() {}, endTag() {}, hidden() {} };

/**
 * Reads the outline of a pull request description. Total: any string (or a missing body, which
 * GitHub sends as null) gives a ParsedBody; the cost is linear in the length.
 */
export function parsePullRequestBody(markdown: string | null | undefined): ParsedBody {
  const text = typeof markdown === 'string' ? markdown.replace(/^\uFEFF/, '') : '';
  const lines = text.split(/\r\n|\r|\n/);
  return { lines, ...scanOutline(lines, newHtmlState(4 * text.length + 65_536)) };
}

/**
 * Scans the lines for the outline. Alongside, it follows the body's raw HTML (html.ts) the way the
 * rendered page will: a heading after an unclosed comment or `<template>` in an earlier block is
 * in the outline (it still ends the section before it) but marked hidden. HTML blocks are read
 * whole; other lines as markdown text, where only complete tags count and code spans are not
 * HTML. Code spans that run over lines and HTML blocks inside list items are read as text: a tag
 * in them may mark what follows hidden (fail closed).
 */
function scanOutline(
  lines: readonly string[],
  state: HtmlState,
): { outline: OutlineEntry[]; definitions: string[] } {
  const outline: OutlineEntry[] = [];
  const definitions: string[] = [];
  let definitionChars = 0;
  let fence: Fence | undefined;
  let htmlEnd: string | undefined;
  let paragraph: OpenParagraph | undefined;
  let itemColumn: number | undefined;
  let htmlBlock: { index: number; text: string } | undefined;
  const readHtmlBlock = (): void => {
    if (htmlBlock === undefined) return;
    scanHtml(htmlBlock.text, htmlBlock.index + 1, state, QUIET);
    endBlock(state);
    htmlBlock = undefined;
  };
  const readText = (index: number, text: string): void => {
    scanHtml(withoutCode(text), index + 1, state, QUIET, 'inline');
    endBlock(state);
  };
  const push = (entry: OutlineEntry, hidden: Opened | undefined, open: HtmlState): void => {
    if (hidden !== undefined) entry.hidden = hidden;
    if (hiddenBy(open) !== undefined) entry.html = copyHtmlState(open);
    outline.push(entry);
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const blank = isBlank(line);
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    if (htmlEnd !== undefined) {
      if (htmlEnd === BLANK_LINE_ENDS ? blank : line.toLowerCase().includes(htmlEnd)) htmlEnd = undefined;
      if (!blank || htmlEnd !== undefined) htmlBlock!.text += `\n${line}`;
      if (htmlEnd === undefined) readHtmlBlock();
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
        paragraph = openingFence(rest.trimStart()) ? undefined : nested(index, outline, state);
        readText(index, rest);
        continue;
      }
      if (paragraph !== undefined && !paragraph.topLevel && !startsBlock(rest)) {
        readText(index, rest);
        continue;
      }
      itemColumn = undefined;
    }
    if (indent.columns >= 4) {
      if (paragraph !== undefined) readText(index, rest); // a paragraph's continuation, not code
      continue;
    }

    const opened = openingFence(rest);
    if (opened !== undefined) {
      fence = opened;
      paragraph = undefined;
      continue;
    }
    const atx = atxHeading(rest);
    if (atx !== undefined) {
      const hidden = hiddenBy(state);
      readText(index, atx.text);
      push(entryOf('heading', atx.level, atx.text, index, { index: index + 1, column: 0 }), hidden, state);
      paragraph = undefined;
      continue;
    }
    const setext = paragraph?.topLevel && !paragraph.definitionsOnly ? setextLevel(rest) : undefined;
    if (setext !== undefined && paragraph !== undefined) {
      outline.length = paragraph.outlineAt;
      const text = joinLines(lines, paragraph.index, index);
      const entry = entryOf('heading', setext, text, paragraph.index, { index: index + 1, column: 0 });
      push(entry, paragraph.hidden, state);
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
      htmlBlock = { index, text: rest };
      if (html === BLANK_LINE_ENDS || !rest.toLowerCase().includes(html, 2)) htmlEnd = html;
      else readHtmlBlock();
      continue;
    }
    if (rest.startsWith('>')) {
      paragraph = nested(index, outline, state);
      readText(index, rest.replace(/^(?:>[ \t]?)+/, ''));
      continue;
    }
    const item = listItemStart(rest, paragraph !== undefined);
    if (item !== undefined) {
      itemColumn = indent.columns + item.columns;
      paragraph = nested(index, outline, state);
      const content = rest.slice(item.chars);
      const label = /^\[[ xX]\]/.test(content) ? undefined : readLabel(content);
      if (label !== undefined) {
        const column = indent.chars + item.chars + label.end;
        const entry = { ...entryOf('label', 7, label.text, index, { index, column }), itemColumn };
        push(entry, hiddenBy(state), state);
      }
      readText(index, content);
      continue;
    }

    if (paragraph !== undefined && !paragraph.topLevel) {
      readText(index, rest); // lazy continuation of a quote or item
      continue;
    }
    paragraph ??= {
      topLevel: true,
      index,
      outlineAt: outline.length,
      definitionsOnly: true,
      hidden: hiddenBy(state),
    };
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
      const entry = entryOf('label', 7, label.text, index, { index, column: indent.chars + label.end });
      push(entry, hiddenBy(state), state);
    }
    readText(index, rest);
  }
  readHtmlBlock();
  return { outline, definitions };
}

function nested(index: number, outline: readonly OutlineEntry[], html: HtmlState): OpenParagraph {
  return {
    topLevel: false,
    index,
    outlineAt: outline.length,
    definitionsOnly: false,
    hidden: hiddenBy(html),
  };
}

/**
 * A markdown line with its code spans and backslash escapes blanked out: neither is HTML. Code
 * spans are matched within the line, a backtick run to the next run of the same length, in
 * linear time.
 */
function withoutCode(line: string): string {
  if (!line.includes('`') && !line.includes('\\')) return line;
  const text = line.replace(/\\[\s\S]/g, '  ');
  const runs: { at: number; size: number }[] = [];
  for (let at = 0; at < text.length;) {
    const size = text[at] === '`' ? runLength(text, '`', at) : 0;
    if (size > 0) runs.push({ at, size });
    at += Math.max(size, 1);
  }
  const chars = text.split('');
  const next = new Map<number, number>(); // run size -> where the search for its closer resumes
  for (let open = 0; open < runs.length; open++) {
    const run = runs[open]!;
    let close = Math.max(next.get(run.size) ?? 0, open + 1);
    while (close < runs.length && runs[close]!.size !== run.size) close += 1;
    next.set(run.size, close);
    if (close >= runs.length) continue;
    chars.fill(' ', run.at, runs[close]!.at + run.size);
    open = close;
  }
  return chars.join('');
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
