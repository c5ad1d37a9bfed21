/**
 * What a section contains, read from micromark's syntax tree: units of text (a paragraph, list
 * item, table cell, code block or HTML block), template text, ticked and unticked boxes, HTML
 * comments, and links with their body lines.
 */
import type { ListItem, Nodes, PhrasingContent, Table } from 'mdast';
import { readHtml, stripComments } from './html.js';
import { isTemplateText, sample } from './judge.js';
import { parseMarkdown } from './markdown.js';
import type { SectionSource } from './markdown.js';
import { cleanText } from './text.js';
import type { Link, LinkKind } from './types.js';

export interface Contents {
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

export function emptyContents(): Contents {
  return { text: [], templates: [], comments: 0, ticked: 0, unticked: 0, links: [] };
}

export function readContents(source: SectionSource): Contents {
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
    case 'html': {
      const html = readHtml(node.value, lineOf(node, reader), contents.links);
      contents.comments += html.comments;
      return addUnit(html.text, false, contents);
    }
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
    case 'html': {
      const html = readHtml(node.value, lineOf(node, reader), links);
      contents.comments += html.comments;
      unit.text += html.text;
      return;
    }
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
