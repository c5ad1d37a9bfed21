/**
 * Whether a section's contents count. Template text is not an answer; a ticked box is, if its own
 * text says something; a link or image is, where links are the answer (the evidence section);
 * otherwise what the section says (substance.ts) must reach the minimum length.
 */
import { substance } from './substance.js';
import type { SetAside } from './substance.js';
import { LETTER_OR_DIGIT } from './text.js';
import type { Contents, OutlineEntry, Section, SectionResult } from './types.js';

/** Default for `SectionOptions.minLength`. */
export const DEFAULT_MIN_LENGTH = 20;

const MAX_SAMPLE_CHARS = 40;

export interface Judging {
  minLength: number;
  linksAreContent: boolean;
  /** Words of the policy's headings: repeating them says nothing. */
  headingWords: ReadonlySet<string>;
}

export function judgeSection(entry: OutlineEntry, contents: Contents, judging: Judging): SectionResult {
  const { minLength, headingWords } = judging;
  const text = contents.text.join(' ');
  const section: Section = { heading: entry.heading, line: entry.line, text, links: contents.links };
  const said = substance(contents.text, headingWords);
  const length = Array.from(said.words).length;
  const ticked = contents.ticked.some((box) => substance([box], headingWords).words !== '');
  const answerLinks = judging.linksAreContent ? contents.links.length - contents.asideLinks : 0;
  if (ticked || answerLinks > 0 || (length > 0 && length >= minLength)) return { status: 'present', section };
  let reason = emptyReason(contents, said.setAside);
  if (length > 0) reason = `it has ${length} characters of content, fewer than the ${minLength} required`;
  return { status: 'empty', heading: entry.heading, line: entry.line, reason, section };
}

const SET_ASIDE: Record<SetAside, string> = {
  negation: 'it only says there is none',
  deferral: 'it only puts the answer off',
  pointer: 'it only points elsewhere in the description',
  filler: 'it holds no words of its own',
};

function emptyReason(contents: Contents, setAside: ReturnType<typeof substance>['setAside']): string {
  if (contents.unticked > 0 && contents.ticked.length === 0) return 'no box of its checklist is ticked';
  const template = contents.templates[0];
  if (template !== undefined) return `it holds only template text (${template})`;
  const aside = setAside[0];
  if (aside !== undefined) return `${SET_ASIDE[aside.kind]} (${sample(aside.text)})`;
  const hidden = contents.hidden[0];
  if (hidden !== undefined && /^(?:~~|<(?:del|s|strike)>)/.test(hidden)) {
    return `it holds only struck-through text (${hidden})`;
  }
  if (hidden !== undefined) return `it holds only text a reviewer does not see (${hidden})`;
  if (contents.comments > 0) return 'it holds only an HTML comment';
  if (contents.ticked.length > 0) return 'its ticked boxes say nothing';
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
