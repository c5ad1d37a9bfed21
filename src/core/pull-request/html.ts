/**
 * Raw HTML in a description, read for what a reviewer sees once GitHub has rendered it. The state
 * runs on from one piece of HTML to the next, because the rendered page is one HTML document: a
 * comment opened in one HTML block hides the markdown after it up to a `-->` in later raw HTML,
 * and `<template>` opened in one block hides what follows up to `</template>`.
 *
 * What GitHub does, as github.com renders it (rehypejs/rehype-github,
 * packages/sanitize-schema/test/fixtures/{tag-names,tag-name-div,tag-name-source,comments}.html,
 * generated from github.com with create-gfm-fixtures, November 2024; the GFM spec's "Disallowed
 * Raw HTML" for the tag filter):
 * - comments never show; `<!-->` and `<!--->` are empty comments;
 * - the `hidden` and `style` attributes are dropped from every element, so GitHub itself would
 *   show `<div hidden>` text; it is refused anyway, because an author who writes them means to
 *   hide the text, no real answer needs them, and other renderers (mail, editors) honour them;
 * - `<template>`, `<noscript>`, `<svg>`, `<math>`, `<select>`, `<object>`, `<video>`, `<audio>`
 *   and `<canvas>` are dropped; what becomes of their content is not verifiable, so it is hidden
 *   up to their end tag (fail closed);
 * - the tag filter escapes `<script>`, `<style>`, `<textarea>`, `<title>`, `<xmp>`, `<iframe>`,
 *   `<noembed>`, `<noframes>` and `<plaintext>` into literal text: they hide nothing after them,
 *   but their content, up to their end tag or the end of the markdown block, is not counted;
 * - `<source src>` loses its `src` and `<video>` is dropped: neither is a link;
 * - `<del>`, `<s>`, `<strike>` show struck-through text: withdrawn, so not counted.
 */
import { MAX_TAG_CHARS, TOO_LONG, decodeEntities, readTag } from './html-syntax.js';
import type { ReadTag, Tag } from './html-syntax.js';

/** Where HTML left a reader: in a comment, inside an element that hides its content, or in view. */
export interface HtmlState {
  comment?: Opened;
  /** The outermost element still open that hides its content. */
  hiding?: Hiding;
  /** Characters left for reading tags; past it the rest is hidden (HTML too convoluted to read). */
  budget: number;
  /** Where the budget ran out. */
  overflow?: Opened;
}

export interface Opened {
  /** What hides the content, for the author: `an HTML comment`, `<div hidden>`. */
  why: string;
  /** 1-based body line where it opened. */
  line: number;
}

interface Hiding extends Opened {
  name: string;
  depth: number;
  /** Its content is text: only its end tag ends it. */
  raw: boolean;
  /** It ends with the markdown block it opened in (the tag filter's elements). */
  block: boolean;
}

/** What the reader of the HTML is told: visible text and the tags around it. */
export interface HtmlSink {
  text(text: string): void;
  startTag(tag: Tag, line: number): void;
  endTag(name: string): void;
  /** Content from here on is hidden by this (a comment, an element), first seen on `line`. */
  hidden(opened: Opened): void;
}

const TAG_FILTERED = new Set([
  'title',
  'textarea',
  'style',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'script',
  'plaintext',
]);
const HIDING_ELEMENTS = new Set([
  'template',
  'noscript',
  'svg',
  'math',
  'select',
  'object',
  'video',
  'audio',
  'canvas',
]);
const STRUCK = new Set(['del', 's', 'strike']);
const RAW_TEXT = new Set([...TAG_FILTERED, 'noscript']);
const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input keygen link meta param source track wbr'.split(' '),
);
export type { Tag } from './html-syntax.js';
export { decodeEntities, isHtmlElement } from './html-syntax.js';

export function newHtmlState(budget: number): HtmlState {
  return { budget };
}

export function copyHtmlState(state: HtmlState): HtmlState {
  return { ...state, ...(state.hiding ? { hiding: { ...state.hiding } } : {}) };
}

/** What hides content at this point, if anything. */
export function hiddenBy(state: HtmlState): Opened | undefined {
  return state.overflow ?? state.comment ?? state.hiding;
}

/** Ends what the tag filter opened in the markdown block that just ended. */
export function endBlock(state: HtmlState): void {
  if (state.hiding?.block) state.hiding = undefined;
}

/**
 * Reads raw HTML that starts on body line `line`, updating `state`. In `inline` mode (the outline
 * scanner's reading of markdown lines) a comment that is not closed on the line is literal text,
 * as in CommonMark, unless it starts the line (an HTML block inside a list item or quote).
 */
export function scanHtml(
  html: string,
  line: number,
  state: HtmlState,
  sink: HtmlSink,
  mode: 'block' | 'inline' = 'block',
): void {
  let at = 0;
  let lineAt = line;
  let counted = 0;
  const lineOf = (position: number): number => {
    for (; counted < position; counted++) if (html[counted] === '\n') lineAt += 1;
    return lineAt;
  };
  const lineStart = html.length - html.trimStart().length;
  const next = nextIndex(html);
  let textFrom = 0;
  const flush = (to: number): void => {
    if (to > textFrom && hiddenBy(state) === undefined) sink.text(decodeEntities(html.slice(textFrom, to)));
  };
  while (at < html.length && state.overflow === undefined) {
    if (state.comment !== undefined) {
      const end = mode === 'inline' ? inlineCommentEnd(html, at) : commentEnd(html, at, at);
      if (end === -1) return;
      state.comment = undefined;
      at = textFrom = end;
      continue;
    }
    const open = html.indexOf('<', at);
    if (open === -1) break;
    if (state.hiding?.raw) {
      const close = indexOfIgnoringCase(html, `</${state.hiding.name}`, open);
      if (close === -1) return;
      state.hiding = undefined;
      at = textFrom = close;
      continue;
    }
    const bogus = bogusEnd(html, open, next);
    if (bogus !== undefined) {
      const unclosed = bogus.end === -1;
      // On a markdown line, an unclosed comment is text unless it opens an HTML block there.
      if (unclosed && (mode === 'inline' ? open !== lineStart || !bogus.comment : !bogus.comment)) {
        at = open + 1;
        continue;
      }
      flush(open);
      const opened: Opened = {
        why: bogus.comment ? 'an HTML comment' : 'an HTML declaration',
        line: lineOf(open),
      };
      if (hiddenBy(state) === undefined) sink.hidden(opened);
      if (unclosed) {
        state.comment = opened;
        return;
      }
      at = textFrom = bogus.end;
      continue;
    }
    const tag = readTag(html, open, state);
    if (state.budget <= 0 || tag === TOO_LONG) {
      flush(open);
      const why =
        tag === TOO_LONG ? `a tag longer than ${MAX_TAG_CHARS} characters` : 'HTML too convoluted to read';
      state.overflow = { why, line: lineOf(open) };
      sink.hidden(state.overflow);
      return;
    }
    if (tag === undefined) {
      at = open + 1;
      continue;
    }
    flush(open);
    at = textFrom = tag.end;
    onTag(tag, lineOf(open), state, sink);
  }
  flush(html.length);
}

function onTag(tag: ReadTag, line: number, state: HtmlState, sink: HtmlSink): void {
  const hiding = state.hiding;
  const opens = !tag.closing && !VOID_ELEMENTS.has(tag.name) && !(tag.selfClosing && isForeign(tag.name));
  if (hiding !== undefined) {
    if (tag.name !== hiding.name) return;
    if (tag.closing) hiding.depth -= 1;
    else if (opens) hiding.depth += 1;
    if (hiding.depth === 0) state.hiding = undefined;
    return;
  }
  if (tag.closing) return sink.endTag(tag.name);
  const why = hidingWhy(tag);
  if (why === undefined) return sink.startTag(tag, line);
  sink.hidden({ why, line });
  if (!opens) return; // `<img hidden>`: that element alone
  const block = TAG_FILTERED.has(tag.name);
  state.hiding = { why, line, name: tag.name, depth: 1, raw: RAW_TEXT.has(tag.name), block };
}

/**
 * A comment (`<!--`), declaration (`<!DOCTYPE …>`, `<![CDATA[…]]>`) or processing instruction
 * (`<?…?>`) at `open`: where it ends (-1 if it does not), or undefined if there is none here.
 */
function bogusEnd(
  html: string,
  open: number,
  next: NextIndex,
): { end: number; comment: boolean } | undefined {
  if (html.startsWith('<!--', open)) {
    const arrow = next('-->', open + 2);
    const banged = next('--!>', open + 4);
    const end =
      banged !== -1 && (arrow === -1 || banged < arrow) ? banged + 4 : arrow === -1 ? -1 : arrow + 3;
    return { end, comment: true };
  }
  const close = html.startsWith('<![CDATA[', open) ? ']]>' : html.startsWith('<?', open) ? '?>' : '>';
  if (close === '>' && !/^<![A-Za-z]/.test(html.slice(open, open + 3))) return undefined;
  const end = next(close, open + 2);
  return { end: end === -1 || end - open > MAX_TAG_CHARS ? -1 : end + close.length, comment: false };
}

type NextIndex = (marker: string, from: number) => number;

/**
 * `indexOf` that remembers, per marker, the last answer: a body of a thousand `<?` without `?>`
 * is searched once, not a thousand times.
 */
function nextIndex(html: string): NextIndex {
  const found = new Map<string, { from: number; at: number }>();
  return (marker, from) => {
    const known = found.get(marker);
    if (known !== undefined && known.from <= from && (known.at === -1 || known.at >= from)) return known.at;
    const at = html.indexOf(marker, from);
    found.set(marker, { from, at });
    return at;
  };
}

function indexOfIgnoringCase(text: string, needle: string, from: number): number {
  const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'gi');
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

function hidingWhy(tag: Tag): string | undefined {
  if (TAG_FILTERED.has(tag.name) || HIDING_ELEMENTS.has(tag.name) || STRUCK.has(tag.name)) {
    return `<${tag.name}>`;
  }
  if (tag.attributes.has('hidden')) return `<${tag.name} hidden>`;
  if (tag.attributes.has('style')) return `<${tag.name} style>`;
  return undefined;
}

function isForeign(name: string): boolean {
  return name === 'svg' || name === 'math';
}

/** Where a comment whose text starts at `from` ends: after `-->`, or after `--!>` (searched from `bang`), as in HTML. */
function commentEnd(html: string, from: number, bang: number): number {
  const arrow = html.indexOf('-->', from);
  const banged = html.indexOf('--!>', bang);
  if (banged !== -1 && (arrow === -1 || banged < arrow)) return banged + 4;
  return arrow === -1 ? -1 : arrow + 3;
}

/** On a markdown line, only a whole inline comment is raw HTML: its `-->` ends an open comment. */
function inlineCommentEnd(html: string, from: number): number {
  const open = html.indexOf('<!--', from);
  return open === -1 ? -1 : commentEnd(html, open + 2, open + 4);
}

/** Text outside comments; an unterminated comment runs to the end, as in HTML. */
export function stripComments(html: string): { text: string; comments: number } {
  let text = '';
  let comments = 0;
  let from = 0;
  for (;;) {
    const open = html.indexOf('<!--', from);
    if (open === -1) return { text: text + html.slice(from), comments };
    text += html.slice(from, open);
    comments += 1;
    const close = commentEnd(html, open + 2, open + 4);
    if (close === -1) return { text, comments };
    from = close;
  }
}
