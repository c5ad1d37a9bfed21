/**
 * Finding a section the policy names: each heading or label in the outline whose name matches is
 * read and judged, within a budget that keeps a body repeating one heading 60,000 times fast.
 */
import { readContents } from './contents.js';
import { DEFAULT_MIN_LENGTH, judgeSection } from './judge.js';
import { MAX_SECTION_CHARS, readSection } from './markdown.js';
import type { Opened } from './html.js';
import { wordsOf } from './substance.js';
import { headingKey } from './text.js';
import type { OutlineEntry, ParsedBody, SectionOptions, SectionResult } from './types.js';

/** Characters parsed by one findSection call across all matching sections. */
const MAX_PARSED_CHARS = 16_384;
/** Matching headings examined by one findSection call. */
const MAX_CANDIDATES = 16;

/**
 * Finds the first matching section that counts. When none does, the first match is reported with
 * the reason it does not count.
 *
 * Where a section is: a heading's section runs to the next heading of the same or a higher level,
 * so sub-headings belong to it, except a sub-section that names a required section (`headings` or
 * `otherHeadings`), which is cut out: `### Test evidence` under `## Rollback plan` is the evidence,
 * and its text is not the rollback plan's too. A bold label opening a paragraph
 * (`**Rollback plan:** text`, `**Rollback plan**` on its own line, or followed by ` - `) is
 * accepted too, because many templates use it; its section runs to the next heading or label. A
 * label opening a list item (`- **Rollback plan:** text`) covers that item only. A label inside a
 * heading's section is part of it (`**Automatic:** …` under "Rollback plan"). Headings inside
 * quotes, list items, code blocks and HTML do not name sections, nor does one that a comment or a
 * hiding element opened earlier hides (html.ts). Only the first 8 KB of a section is read.
 *
 * What counts: only what a reviewer sees rendered (contents.ts: no comments, hidden elements,
 * struck text, alt text, unreferenced footnotes), minus template text (a unit that is only TBD,
 * N/A, `-`, `<fill in>`, `[describe here]`, or all in italics: `_Describe the rollback_` is how
 * templates phrase instructions), unticked boxes, sub-headings and table headers; and of that,
 * only what says something (substance.ts: no negations, deferrals, pointers or padding), in
 * characters of distinct words, at least `minLength`. A ticked box whose text says something
 * counts whatever its length; with `linksAreContent`, so does a link or image that shows.
 */
export function findSection(body: ParsedBody, options: SectionOptions): SectionResult {
  const wanted = new Set(options.headings.map(headingKey).filter((key) => key !== ''));
  const others = (options.otherHeadings ?? []).map(headingKey).filter((key) => key !== '');
  const required = new Set([...wanted, ...others]);
  const isCut = (entry: OutlineEntry): boolean => required.has(entry.key);
  const minLength = options.minLength ?? DEFAULT_MIN_LENGTH;
  const linksAreContent = options.linksAreContent ?? false;
  const headingWords = wordsOf([...options.headings, ...(options.otherHeadings ?? [])]);
  let firstEmpty: SectionResult | undefined;
  let examined = 0;
  let budget = MAX_PARSED_CHARS;
  for (let position = 0; position < body.outline.length; position++) {
    const entry = body.outline[position]!;
    if (!wanted.has(entry.key)) continue;
    if (entry.hidden !== undefined) {
      firstEmpty ??= hiddenSection(entry, entry.hidden);
      continue;
    }
    if (examined === MAX_CANDIDATES || budget <= 0) break;
    examined += 1;
    const source = readSection(body, position, Math.min(budget, MAX_SECTION_CHARS), isCut);
    budget -= source.size;
    const result = judgeSection(entry, readContents(source), { minLength, linksAreContent, headingWords });
    if (result.status === 'present') return result;
    firstEmpty ??= result;
  }
  return firstEmpty ?? { status: 'missing' };
}

/** A heading a reviewer does not see: nothing under it counts. */
function hiddenSection(entry: OutlineEntry, hidden: Opened): SectionResult {
  const reason = `it is inside ${hidden.why} opened on line ${hidden.line}`;
  const section = { heading: entry.heading, line: entry.line, text: '', links: [] };
  return { status: 'empty', heading: entry.heading, line: entry.line, reason, section };
}
