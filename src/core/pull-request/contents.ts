/**
 * What a section contains, read from micromark's syntax tree as a reviewer sees it rendered: units
 * of visible text (a paragraph, list item, table cell, code block or HTML block), template text,
 * ticked and unticked boxes, and the links a reviewer can follow, with their body lines.
 *
 * Not content: anything inside an HTML comment or an element that hides it (html.ts), struck-through
 * text, image alt text (the image shows instead), a link's URL (its label shows), reference
 * definitions (`[ci]: https://…` renders nothing) and footnote definitions the section never
 * references (GitHub drops them). A code block shows, so its text counts, but a URL in it is not a
 * link. A link or image is a link only where it shows: `[](https://…)`, with no text, shows nothing.
 *
 * About 300 lines, on purpose: the walk over mdast's node types and the sink for raw HTML share
 * one reader state (what is hidden, an `<a>` waiting for its text), so they stay in one file.
 */
import type { ListItem, Nodes, PhrasingContent, Table } from 'mdast';
import {
  copyHtmlState,
  endBlock,
  hiddenBy,
  isHtmlElement,
  newHtmlState,
  scanHtml,
  stripComments,
} from './html.js';
import type { HtmlSink, HtmlState } from './html.js';
import { isTemplateText, sample } from './judge.js';
import { parseMarkdown } from './markdown.js';
import type { SectionSource } from './markdown.js';
import { cleanText } from './text.js';
import type { Contents, Link, LinkKind } from './types.js';

interface Reader {
  source: SectionSource;
  definitions: Map<string, string>;
  /** Footnotes the section references: only those render. */
  footnotes: Set<string>;
  html: HtmlState;
  /** An `<a href>` seen in raw HTML that has shown nothing yet: a link once it does. */
  anchor?: { link: Link; links: Link[] };
  /** Depth inside struck-through markdown (`~~…~~`). */
  struck: number;
}

export function emptyContents(): Contents {
  return {
    text: [],
    templates: [],
    comments: 0,
    hidden: [],
    ticked: [],
    unticked: 0,
    links: [],
    asideLinks: 0,
  };
}

export function readContents(source: SectionSource): Contents {
  const contents = emptyContents();
  const root = parseMarkdown(source.markdown);
  // The section starts inside whatever HTML the body left open before it (a comment, `<template>`).
  const html = { ...copyHtmlState(source.entry.html ?? newHtmlState(0)), budget: htmlBudget(source) };
  if (root === undefined) {
    if (hiddenBy(html) === undefined) addUnit(stripComments(source.markdown).text, false, contents);
    return contents;
  }
  const reader: Reader = { source, definitions: new Map(), footnotes: new Set(), html, struck: 0 };
  collectDefinitions(root, reader);
  readBlocks(root.children, reader, contents);
  return contents;
}

/** Characters of tag reading allowed in a section: far more than any real one uses. */
function htmlBudget(source: SectionSource): number {
  return 4 * source.markdown.length + 65_536;
}

function collectDefinitions(node: Nodes, reader: Reader): void {
  if (node.type === 'definition') {
    if (!reader.definitions.has(node.identifier)) reader.definitions.set(node.identifier, node.url);
    return;
  }
  if (node.type === 'footnoteReference') reader.footnotes.add(node.identifier);
  if ('children' in node) for (const child of node.children) collectDefinitions(child, reader);
}

function visible(reader: Reader): boolean {
  return reader.struck === 0 && hiddenBy(reader.html) === undefined;
}

/** Something showed: an `<a href>` waiting for content becomes a link. */
function shown(reader: Reader): void {
  if (reader.anchor === undefined) return;
  reader.anchor.links.push(reader.anchor.link);
  reader.anchor = undefined;
}

function readBlocks(nodes: readonly Nodes[], reader: Reader, contents: Contents): void {
  for (const node of nodes) readBlock(node, reader, contents);
}

function readBlock(node: Nodes, reader: Reader, contents: Contents): void {
  switch (node.type) {
    case 'paragraph':
    case 'tableCell':
      return readUnit(node.children, reader, contents);
    case 'heading': {
      // A sub-heading is structure, not an answer; its links are still links.
      const before = contents.links.length;
      readUnit(node.children, reader, emptyContents(), contents.links);
      contents.asideLinks += contents.links.length - before;
      return;
    }
    case 'listItem':
      return readListItem(node, reader, contents);
    case 'table':
      return readTable(node, reader, contents);
    case 'code':
      if (visible(reader)) addUnit(node.value, false, contents);
      return;
    case 'html': {
      const unit = { text: '' };
      scanHtml(
        node.value,
        lineOf(node, reader),
        reader.html,
        sinkFor(reader, unit, contents, contents.links),
      );
      endBlock(reader.html);
      return addUnit(unit.text, false, contents);
    }
    case 'footnoteDefinition':
      if (reader.footnotes.has(node.identifier)) readBlocks(node.children, reader, contents);
      return;
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
    contents.asideLinks += header.links.length;
  });
}

function readListItem(item: ListItem, reader: Reader, contents: Contents): void {
  if (item.checked === true) {
    const before = contents.text.length;
    readBlocks(item.children, reader, contents);
    contents.ticked.push(contents.text.slice(before).join(' '));
    return;
  }
  if (item.checked !== false) return readBlocks(item.children, reader, contents);
  // An unticked box is the template's option, not the author's words; links in it still count.
  contents.unticked += 1;
  const option = emptyContents();
  readBlocks(item.children, reader, option);
  for (const link of option.links) contents.links.push(link);
  contents.asideLinks += option.links.length;
  contents.comments += option.comments;
  contents.hidden.push(...option.hidden);
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
  // The tag filter's elements end with the block. An open `<a>` does not: the HTML parser carries
  // it into the next block, whose text becomes its link text.
  endBlock(reader.html);
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
      if (!visible(reader)) return;
      unit.text += node.value;
      if (cleanText(node.value) !== '') shown(reader);
      return;
    case 'break':
      unit.text += ' ';
      return;
    case 'html':
      return scanHtml(node.value, lineOf(node, reader), reader.html, sinkFor(reader, unit, contents, links));
    case 'delete':
      if (visible(reader)) contents.hidden.push(`~~struck-through~~ text on line ${lineOf(node, reader)}`);
      reader.struck += 1;
      for (const child of node.children) readInline(child, reader, unit, contents, links);
      reader.struck -= 1;
      return;
    case 'link':
    case 'linkReference': {
      const url = node.type === 'link' ? node.url : reader.definitions.get(node.identifier);
      const showing = visible(reader);
      const at = links.length;
      const before = unit.text.length;
      for (const child of node.children) readInline(child, reader, unit, contents, links);
      // A link shows as its text or its image; with neither (`[](https://…)`) there is nothing to follow.
      const label = cleanText(unit.text.slice(before)) !== '' || links.length > at;
      if (url !== undefined && showing && label) {
        links.splice(at, 0, { url, line: lineOf(node, reader), kind: linkKind(node, reader) });
      }
      return;
    }
    case 'image':
    case 'imageReference': {
      const url = node.type === 'image' ? node.url : reader.definitions.get(node.identifier);
      unit.text += ' ';
      if (url === undefined || !visible(reader)) return;
      shown(reader);
      links.push({ url, line: lineOf(node, reader), kind: 'image' });
      return;
    }
    case 'footnoteReference':
      return;
    default:
      if ('children' in node)
        for (const child of node.children) readInline(child, reader, unit, contents, links);
  }
}

/** Raw HTML's text goes to the unit; its links, to `links` once they show. */
function sinkFor(reader: Reader, unit: { text: string }, contents: Contents, links: Link[]): HtmlSink {
  return {
    text(text) {
      if (reader.struck > 0) return;
      unit.text += text;
      if (cleanText(text) !== '') shown(reader);
    },
    startTag(tag, line) {
      unit.text += ' ';
      if (reader.struck > 0) return;
      const href = tag.name === 'a' ? tag.attributes.get('href') : undefined;
      if (href !== undefined) reader.anchor = { link: { url: href, line, kind: 'link' }, links };
      const src = tag.name === 'img' ? tag.attributes.get('src') : undefined;
      if (src !== undefined) {
        shown(reader);
        links.push({ url: src, line, kind: 'image' });
      }
      // GitHub drops what is not an HTML element, `<fill in>` included: a template's placeholder.
      if (!isHtmlElement(tag.name)) contents.templates.push(sample(tag.source));
    },
    endTag(name) {
      unit.text += ' ';
      if (name === 'a') reader.anchor = undefined;
    },
    hidden(opened) {
      if (opened.why === 'an HTML comment') contents.comments += 1;
      else contents.hidden.push(`${opened.why} on line ${opened.line}`);
    },
  };
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
