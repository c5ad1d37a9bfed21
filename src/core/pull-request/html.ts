/**
 * Raw HTML in a description: comments are dropped; tags of real elements are dropped, keeping the
 * links of <a> and <img>; anything else in angle brackets (`<fill in>`) stays as text.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Link, LinkKind } from './types.js';

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
export function stripComments(html: string): { text: string; comments: number } {
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

/**
 * The visible text of raw HTML that starts on body line `line`, and how many comments it holds;
 * the links of its tags are added to `links`.
 */
export function readHtml(html: string, line: number, links: Link[]): { text: string; comments: number } {
  const stripped = stripComments(html);
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
  return { text: visible + text.slice(from), comments: stripped.comments };
}

function attributeValue(tag: string, attribute: string): string | undefined {
  const pattern = /[\s/]([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
  for (const match of tag.matchAll(pattern)) {
    if (match[1]!.toLowerCase() === attribute) return decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return undefined;
}

/**
 * Decodes character references as an HTML parser does in an attribute value: every named reference
 * of HTML (`&colon;`, `&sol;`, `&commat;`, from the table micromark itself uses) and numeric ones,
 * with or without their `;`. A host hidden behind an entity (`https&colon;//…`) is read as the
 * browser will read it.
 */
export function decodeEntities(value: string): string {
  return value.replace(CHARACTER_REFERENCE, (whole, hex?: string, decimal?: string, name?: string) => {
    if (hex !== undefined) return codePoint(parseInt(hex, 16));
    if (decimal !== undefined) return codePoint(parseInt(decimal, 10));
    return decodeNamedCharacterReference(name!) || whole;
  });
}

/** One pass, so that `&#38;colon;` gives `&colon;` as in HTML, not `:`. */
const CHARACTER_REFERENCE = /&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([A-Za-z][A-Za-z0-9]*);)/g;

/** What HTML gives for a numeric reference: U+FFFD for zero, surrogates and values past Unicode. */
function codePoint(value: number): string {
  if (value <= 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(value);
}
