/**
 * Reads the pull request description: finds the sections a policy names ("Rollback plan",
 * "Test evidence"), decides whether the author really filled them in, and judges the links they
 * carry against an allow-list of hosts. This file is the folder's only public surface.
 *
 * Two passes, because micromark (the GFM reference parser) is exact but slow:
 * 1. `parsePullRequestBody` (outline.ts, with blocks.ts and lines.ts) scans the lines once for
 *    the outline: top-level headings and bold labels, and which of them raw HTML hides.
 * 2. `findSection` (find-section.ts) parses only the sections a policy asks about with micromark
 *    (markdown.ts: section bounds and hardening), reads what a reviewer sees of them (contents.ts,
 *    with html.ts and html-syntax.ts for raw HTML) and judges whether it says something (judge.ts).
 * `evidenceLinks` (links.ts) then checks a section's links against the allowed hosts.
 */
export { parsePullRequestBody } from './outline.js';
export { findSection } from './find-section.js';
export { DEFAULT_MIN_LENGTH } from './judge.js';
export { evidenceLinks, hostProblem, parseAllowedHost, parseEvidenceUrl } from './links.js';
export type {
  AllowedHost,
  Link,
  LinkKind,
  OutlineEntry,
  ParsedBody,
  RejectedLink,
  Section,
  SectionOptions,
  SectionResult,
} from './types.js';
