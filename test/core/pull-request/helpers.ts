import { findSection, parsePullRequestBody } from '../../../src/core/pull-request/index.js';
import type { Section, SectionOptions, SectionResult } from '../../../src/core/pull-request/index.js';

/** The built-in policy's headings, each search cutting out the other's sections. */
export const ROLLBACK: SectionOptions = {
  headings: ['Rollback plan', 'Rollback'],
  otherHeadings: ['Test evidence', 'Testing', 'Evidence'],
  minLength: 20,
};
export const EVIDENCE: SectionOptions = {
  headings: ['Test evidence', 'Testing', 'Evidence'],
  otherHeadings: ['Rollback plan', 'Rollback'],
  minLength: 1,
  linksAreContent: true,
};

export function inline(markdown: string, options: SectionOptions = ROLLBACK): SectionResult {
  return findSection(parsePullRequestBody(markdown), options);
}

export function present(result: SectionResult): Section {
  if (result.status !== 'present')
    throw new Error(`expected a present section, got ${JSON.stringify(result)}`);
  return result.section;
}

/** The section as read, whether it counts or not. */
export function read(result: SectionResult): Section {
  if (result.status === 'missing') throw new Error('expected a section');
  return result.section;
}
