/**
 * Text as a reader sees it: invisible characters removed, whitespace collapsed; and heading names
 * normalised for matching against the policy's names.
 */
import { stripComments } from './html.js';

/** Heading text beyond this many characters is not read. */
export const MAX_HEADING_CHARS = 300;

const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/gu;
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whitespace runs collapsed, invisible characters (zero-width, bidi controls, fillers) removed. */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** A heading as a reader sees it: without HTML comments, emphasis markers or escapes. */
export function plainHeading(raw: string): string {
  const text = stripComments(raw.slice(0, MAX_HEADING_CHARS)).text;
  return cleanText(text.replace(/[*_~`\\]/g, ''));
}

export function headingKey(text: string): string {
  const chars = Array.from(cleanText(plainHeading(text)).normalize('NFKC').toLowerCase());
  let from = 0;
  let to = chars.length;
  while (from < to && !LETTER_OR_DIGIT.test(chars[from]!)) from += 1;
  while (to > from && !LETTER_OR_DIGIT.test(chars[to - 1]!)) to -= 1;
  return chars.slice(from, to).join('');
}
