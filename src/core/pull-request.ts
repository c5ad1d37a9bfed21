import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Definition, Nodes, Paragraph, Root, RootContent } from 'mdast';

export interface SectionOptions {
  /** Heading texts that name the section, compared case-insensitively without punctuation or emoji. */
  headings: string[];
  /** Minimum characters of real content. */
  minLength: number;
}

export interface Link {
  url: string;
  line: number;
  kind: 'link' | 'image';
}

export interface Section {
  heading: string;
  line: number;
  /** The section's real content: no HTML comments, placeholders or unticked checklist items. */
  text: string;
  links: Link[];
}

export type SectionResult =
  | { status: 'present'; section: Section }
  | { status: 'missing' }
  | { status: 'empty'; heading: string; line: number; reason: string; section: Section };

export interface ParsedBody {
  root: Root;
  definitions: Map<string, string>;
}

// Invisible characters that could pad a section or hide text: zero-width, bidi controls, BOM.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g;
// What unfilled templates leave behind.
const PLACEHOLDER =
  /^(?:tbd|tba|todo|to do|n\/?a|none|nothing|na|-+|\.{3}|…|\?+|x+|<[^>]*>|\[[^\]]*\]|\{[^}]*\}|fill (?:me )?in|add (?:it )?here|describe (?:it )?here)[.!:]?$/i;

/**
 * GitHub caps a description at 65,536 characters; a longer text (from the CLI) is cut here so the
 * parser's cost stays bounded. Cutting can only lose evidence, never add it.
 */
export const MAX_BODY_CHARS = 4 * 65_536;

export function parsePullRequestBody(markdown: string): ParsedBody {
  const root = fromMarkdown(markdown.slice(0, MAX_BODY_CHARS).replaceAll('\u0000', ''), {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const definitions = new Map<string, string>();
  visit(root, (node) => {
    if (node.type === 'definition')
      definitions.set((node as Definition).identifier.toLowerCase(), (node as Definition).url);
  });
  return { root, definitions };
}

/** Normalises a heading for comparison: lower case, no emoji, no punctuation at either end. */
function normaliseHeading(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Finds the first section whose heading matches. A section runs from its heading to the next
 * heading of the same or a higher level. A paragraph that starts with a bold label
 * (`**Rollback plan:** revert …`) counts as a one-paragraph section too, since PR templates use both.
 */
export function findSection(body: ParsedBody, options: SectionOptions): SectionResult {
  const names = new Set(options.headings.map(normaliseHeading));
  const children = body.root.children;
  let firstEmpty: Extract<SectionResult, { status: 'empty' }> | undefined;
  for (let i = 0; i < children.length; i++) {
    const node = children[i] as RootContent;
    let heading: string | undefined;
    let content: Nodes[];
    if (node.type === 'heading') {
      heading = plainText(node);
      if (!names.has(normaliseHeading(heading))) continue;
      let j = i + 1;
      while (j < children.length) {
        const next = children[j] as RootContent;
        if (next.type === 'heading' && next.depth <= node.depth) break;
        j++;
      }
      content = children.slice(i + 1, j);
    } else if (node.type === 'paragraph') {
      const label = boldLabel(node);
      if (!label || !names.has(normaliseHeading(label))) continue;
      heading = label;
      content = [{ ...node, children: node.children.slice(1) }];
    } else {
      continue;
    }
    const section = buildSection(heading, node.position?.start.line ?? 1, content, body.definitions);
    const reason = emptiness(section, content, options.minLength);
    if (reason === undefined) return { status: 'present', section };
    firstEmpty ??= { status: 'empty', heading, line: section.line, reason, section };
  }
  return firstEmpty ?? { status: 'missing' };
}

function boldLabel(paragraph: Paragraph): string | undefined {
  const first = paragraph.children[0];
  return first?.type === 'strong' ? plainText(first) : undefined;
}

function buildSection(
  heading: string,
  line: number,
  content: Nodes[],
  definitions: Map<string, string>,
): Section {
  const parts: string[] = [];
  const links: Link[] = [];
  for (const node of content) collect(node, parts, links, definitions);
  const text = parts
    .map((p) => p.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '' && !PLACEHOLDER.test(p))
    .join(' ');
  return { heading, line, text, links };
}

/** Collects the real text (one entry per block) and the links of a node. */
function collect(node: Nodes, parts: string[], links: Link[], definitions: Map<string, string>): void {
  switch (node.type) {
    case 'html':
      parts.push(stripHtml(node.value));
      return;
    case 'listItem':
      // An unticked checklist item is template, not content.
      if (node.checked === false) return;
      break;
    case 'paragraph':
    case 'heading':
    case 'tableCell':
      parts.push(plainText(node));
      break;
    case 'code':
      parts.push(node.value);
      return;
    case 'link':
      links.push({ url: node.url, line: node.position?.start.line ?? 0, kind: 'link' });
      break;
    case 'image':
      links.push({ url: node.url, line: node.position?.start.line ?? 0, kind: 'image' });
      return;
    case 'linkReference':
    case 'imageReference': {
      const url = definitions.get(node.identifier.toLowerCase());
      if (url !== undefined) {
        links.push({
          url,
          line: node.position?.start.line ?? 0,
          kind: node.type === 'imageReference' ? 'image' : 'link',
        });
      }
      break;
    }
    case 'definition':
      return;
  }
  if ('children' in node) {
    for (const child of node.children) {
      // Paragraph text is already collected; descend only for links and nested blocks.
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        collectLinksOnly(child, links, definitions);
      } else {
        collect(child as Nodes, parts, links, definitions);
      }
    }
  }
}

function collectLinksOnly(node: Nodes, links: Link[], definitions: Map<string, string>): void {
  collect(node, [], links, definitions);
}

/** Text of a node without markup; inline HTML keeps its text, minus comments and tags. */
function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'html') return stripHtml(node.value);
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return node.children.map((c) => plainText(c as Nodes)).join('');
  return '';
}

function stripHtml(html: string): string {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/<[^>]*>/g, ' ');
}

function emptiness(section: Section, content: Nodes[], minLength: number): string | undefined {
  if (section.text === '') {
    if (content.length === 0) return 'it is empty';
    if (content.every((n) => n.type === 'html' && stripHtml(n.value).trim() === ''))
      return 'it holds only an HTML comment';
    if (hasUntickedChecklist(content)) return 'no box of its checklist is ticked';
    return 'it holds only template text (such as TBD or N/A)';
  }
  const length = [...section.text].length;
  if (length < minLength)
    return `it has ${length} characters of content, fewer than the ${minLength} required`;
  return undefined;
}

function hasUntickedChecklist(content: Nodes[]): boolean {
  let found = false;
  for (const node of content) {
    visit(node, (n) => {
      if (n.type === 'listItem' && n.checked === false) found = true;
    });
  }
  return found;
}

function visit(node: Nodes, enter: (node: Nodes) => void): void {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Nodes;
    enter(current);
    if ('children' in current) for (const child of current.children) stack.push(child as Nodes);
  }
}

/**
 * Splits a section's links into those on an allowed host and the rest, each with why. Hosts are
 * compared as the WHATWG URL parser resolves them, so `ci.example.com.evil.io`,
 * `evil.io/https://ci.example.com` and `ci.example.com@evil.io` are what they really are.
 */
export function evidenceLinks(
  section: Section,
  allowedHosts: readonly string[],
): { accepted: Link[]; rejected: { link: Link; reason: string }[] } {
  const accepted: Link[] = [];
  const rejected: { link: Link; reason: string }[] = [];
  for (const link of section.links) {
    const reason = rejection(link.url, allowedHosts);
    if (reason === undefined) accepted.push(link);
    else rejected.push({ link, reason });
  }
  return { accepted, rejected };
}

function rejection(raw: string, allowedHosts: readonly string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not an absolute URL';
  }
  if (url.protocol !== 'https:') return `only https links count (this is ${url.protocol})`;
  if (url.username !== '' || url.password !== '') return 'the link carries user-info before its host';
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const allowed = allowedHosts.some((entry) => {
    const wanted = entry.toLowerCase().replace(/\.$/, '');
    if (wanted.startsWith('*.')) return host.endsWith(wanted.slice(1)) && host.length > wanted.length - 1;
    return host === wanted;
  });
  return allowed ? undefined : `${host} is not an allowed evidence host`;
}
