/**
 * HTML syntax as CommonMark and HTML define it: a tag and its attributes, element names, and
 * character references. html.ts decides what the tags mean for a reviewer.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

export interface Tag {
  name: string;
  /** Attribute values, entities decoded; names lowercase. */
  attributes: Map<string, string>;
  /** The tag as written. */
  source: string;
}

export type ReadTag = Tag & { closing: boolean; selfClosing: boolean; end: number };

/** Names of HTML elements (HTML's and obsolete ones): any other name in a tag is a placeholder. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr acronym address applet area article aside audio b base basefont bdi bdo big blink blockquote ' +
    'body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog ' +
    'dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 ' +
    'head header hgroup hr html i iframe image img input ins kbd keygen label legend li link listing main ' +
    'map mark marquee math menu menuitem meta meter multicol nav nobr noembed noframes noscript object ol ' +
    'optgroup option output p param picture plaintext pre progress q rb rbc rp rt rtc ruby s samp script ' +
    'search section select slot small source spacer span strike strong style sub summary sup svg table ' +
    'tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xmp'
  ).split(' '),
);

export function isHtmlElement(name: string): boolean {
  return HTML_ELEMENTS.has(name);
}

/**
 * A tag is read over at most this many characters. CommonMark sets no limit, but a body of
 * half-finished tags would cost time per `<`; no real tag comes near it. One that runs past it is
 * `TOO_LONG`, and what follows is hidden (fail closed).
 */
export const MAX_TAG_CHARS = 8_192;

const NAME = /[A-Za-z][A-Za-z0-9-]*/y;
const ATTRIBUTE_NAME = /[A-Za-z_:][A-Za-z0-9_.:-]*/y;
const UNQUOTED = /[^\s"'=<>`]+/y;

export const TOO_LONG = 'too long';

/**
 * A tag at `open` in CommonMark's syntax (a start tag with attributes, or an end tag), undefined if
 * the `<` is text, or TOO_LONG. Every character it looks at is charged to the state's budget.
 */
export function readTag(
  html: string,
  open: number,
  state: { budget: number },
): ReadTag | typeof TOO_LONG | undefined {
  const limit = Math.min(html.length, open + MAX_TAG_CHARS);
  let at = open + 1;
  const closing = html[at] === '/';
  if (closing) at += 1;
  const name = sticky(NAME, html, at);
  if (name === undefined) return undefined;
  at += name.length;
  const attributes = new Map<string, string>();
  for (;;) {
    const space = skipSpace(html, at, limit);
    if (html[space] === '>') return done(space + 1, false);
    if (html.startsWith('/>', space) && !closing) return done(space + 2, true);
    if (space >= limit && limit < html.length) return tooLong();
    if (closing || space === at || space >= limit) return charge(space);
    const attribute = sticky(ATTRIBUTE_NAME, html, space);
    if (attribute === undefined) return charge(space);
    at = space + attribute.length;
    let value = '';
    const equals = skipSpace(html, at, limit);
    if (html[equals] === '=') {
      const start = skipSpace(html, equals + 1, limit);
      const quote = html[start];
      if (quote === '"' || quote === "'") {
        let end = start + 1;
        while (end < limit && html[end] !== quote) end += 1;
        if (end >= limit) return limit < html.length ? tooLong() : charge(limit);
        value = html.slice(start + 1, end);
        at = end + 1;
      } else {
        const bare = sticky(UNQUOTED, html, start);
        if (bare === undefined) return charge(start);
        value = bare;
        at = start + bare.length;
      }
    }
    const key = attribute.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decodeEntities(value));
  }

  function tooLong(): typeof TOO_LONG {
    state.budget -= limit - open;
    return TOO_LONG;
  }
  function charge(to: number): undefined {
    state.budget -= to - open;
    return undefined;
  }
  function done(end: number, selfClosing: boolean) {
    state.budget -= end - open;
    const source = html.slice(open, end);
    return { name: name!.toLowerCase(), attributes, source, closing, selfClosing, end };
  }
}

function sticky(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

function skipSpace(text: string, at: number, limit: number): number {
  while (at < limit && /\s/.test(text[at]!)) at += 1;
  return at;
}

/**
 * Decodes character references as an HTML parser does: every named reference of HTML (`&colon;`,
 * `&sol;`, `&commat;`, from the table micromark itself uses) and numeric ones, with or without
 * their `;`. A host hidden behind an entity (`https&colon;//…`) is read as the browser reads it.
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
