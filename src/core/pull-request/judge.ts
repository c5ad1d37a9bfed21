/**
 * Whether a section's contents count: template text is not an answer, a ticked box is, and
 * otherwise the real content must reach the minimum length.
 */
import type { Contents } from './contents.js';
import { LETTER_OR_DIGIT } from './text.js';
import type { OutlineEntry, Section, SectionResult } from './types.js';

/** Default for `SectionOptions.minLength`. */
export const DEFAULT_MIN_LENGTH = 20;

const MAX_SAMPLE_CHARS = 40;

export function judgeSection(
  entry: OutlineEntry,
  contents: Contents,
  options: { minLength: number; linksAreContent: boolean },
): SectionResult {
  const { minLength } = options;
  const text = contents.text.join(' ');
  const section: Section = { heading: entry.heading, line: entry.line, text, links: contents.links };
  const answerLinks = options.linksAreContent ? contents.links.length - contents.asideLinks : 0;
  if (contents.ticked > 0 || answerLinks > 0 || (text !== '' && Array.from(text).length >= minLength)) {
    return { status: 'present', section };
  }
  return {
    status: 'empty',
    heading: entry.heading,
    line: entry.line,
    reason: emptyReason(contents, text, minLength),
    section,
  };
}

function emptyReason(contents: Contents, text: string, minLength: number): string {
  if (text !== '') {
    return `it has ${Array.from(text).length} characters of content, fewer than the ${minLength} required`;
  }
  if (contents.unticked > 0) return 'no box of its checklist is ticked';
  const sample = contents.templates[0];
  if (sample !== undefined) return `it holds only template text (${sample})`;
  const hidden = contents.hidden[0];
  if (hidden !== undefined) return `it holds only text a reviewer does not see (${hidden})`;
  if (contents.comments > 0) return 'it holds only an HTML comment';
  return 'it is empty';
}

export function sample(text: string): string {
  const chars = Array.from(text);
  return chars.length > MAX_SAMPLE_CHARS ? `${chars.slice(0, MAX_SAMPLE_CHARS).join('')}…` : text;
}

const TEMPLATE_WORDS = new Set([
  'tbd',
  'tba',
  'todo',
  'to do',
  'fixme',
  'wip',
  'n/a',
  'n.a.',
  'na',
  'none',
  'nil',
  'null',
  'nothing',
  'pending',
  'xxx',
]);

/** A unit that only holds a template's placeholder. */
export function isTemplateText(text: string): boolean {
  if (!LETTER_OR_DIGIT.test(text)) return true; // "-", "...", "???", "—"
  const lower = text.toLowerCase();
  if (/^(?:tbd|tba|todo|fixme)\b/.test(lower)) return true; // "TODO: describe the rollback"
  if (/^<[^<>]*>$/.test(text) || /^\[[^[\]]*\]$/.test(text)) return true;
  let end = lower.length;
  while (end > 0 && '.:!'.includes(lower[end - 1]!)) end -= 1;
  return TEMPLATE_WORDS.has(lower) || TEMPLATE_WORDS.has(lower.slice(0, end));
}
