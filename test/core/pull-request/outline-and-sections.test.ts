import { readdirSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MIN_LENGTH,
  evidenceLinks,
  findSection,
  parseAllowedHost,
  parsePullRequestBody,
} from '../../../src/core/pull-request/index.js';
import type { Section, SectionOptions, SectionResult } from '../../../src/core/pull-request/index.js';
import { FIXTURES, fixtureText } from '../../helpers.js';

const ROLLBACK = { headings: ['Rollback plan', 'Rollback'], minLength: 20 };
// As PullRequestEvidence asks: a link that shows is an answer on its own.
const EVIDENCE = { headings: ['Test evidence', 'Testing', 'Evidence'], minLength: 1, linksAreContent: true };
const HOSTS = ['ci.example.com', '*.githubusercontent.com'];
const UPLOAD_HOSTS = ['github.com', '*.githubusercontent.com'];

function section(file: string, options: SectionOptions = ROLLBACK): SectionResult {
  return findSection(parsePullRequestBody(fixtureText(`pr-bodies/${file}`)), options);
}

function inline(markdown: string, options: SectionOptions = ROLLBACK): SectionResult {
  return findSection(parsePullRequestBody(markdown), options);
}

function presentSection(result: SectionResult): Section {
  if (result.status !== 'present')
    throw new Error(`expected a present section, got ${JSON.stringify(result)}`);
  return result.section;
}

function sectionWithLinks(...urls: string[]): Section {
  return {
    heading: 'Test evidence',
    line: 1,
    text: '',
    links: urls.map((url, index) => ({ url, line: index + 2, kind: 'link' as const })),
  };
}

describe('findSection', () => {
  it('finds filled sections with their heading line', () => {
    const rollback = section('complete.md');
    expect(rollback).toMatchObject({ status: 'present', section: { heading: 'Rollback plan', line: 10 } });
    expect(section('complete.md', EVIDENCE)).toMatchObject({ status: 'present', section: { line: 5 } });
    expect(presentSection(rollback).text).toBe(
      'Revert this pull request; the previous image is still cached on every node, so the rollback takes under two minutes.',
    );
  });

  it('does not count an unfilled template: comments only, or a checklist with nothing ticked', () => {
    expect(section('template-unfilled.md', EVIDENCE)).toMatchObject({
      status: 'empty',
      heading: 'Test evidence',
      line: 5,
      reason: 'it holds only an HTML comment',
    });
    expect(section('template-unfilled.md')).toMatchObject({
      status: 'empty',
      line: 9,
      reason: 'no box of its checklist is ticked',
    });
  });

  it('does not count sections that hold only comments, ignoring the links inside them', () => {
    const evidence = section('comment-only.md', EVIDENCE);
    expect(evidence).toMatchObject({ status: 'empty', line: 4, reason: 'it holds only an HTML comment' });
    if (evidence.status === 'empty') expect(evidence.section.links).toEqual([]);
    expect(section('comment-only.md')).toMatchObject({
      status: 'empty',
      line: 11,
      reason: 'it holds only an HTML comment',
    });
  });

  it('does not count an unfilled setext-style template with italic instructions and a <fill in> tag', () => {
    expect(section('github-template.md', EVIDENCE)).toMatchObject({
      status: 'empty',
      line: 10,
      reason: 'it holds only template text (Link the CI run or attach a screenshot.)',
    });
    expect(section('github-template.md')).toMatchObject({
      status: 'empty',
      line: 15,
      reason: 'no box of its checklist is ticked',
    });
  });

  it('does not count placeholder text such as TBD or N/A, and quotes it', () => {
    expect(section('tbd.md')).toMatchObject({ status: 'empty', reason: 'it holds only template text (TBD)' });
    expect(section('tbd.md', EVIDENCE)).toMatchObject({
      status: 'empty',
      line: 5,
      reason: 'it holds only template text (N/A)',
    });
  });

  it.each([
    ['TBD'],
    ['tbd.'],
    ['TODO: write the rollback plan before merging'],
    ['N/A'],
    ['n/a'],
    ['None.'],
    ['—'],
    ['...'],
    ['…'],
    ['???'],
    ['<fill in>'],
    ['[describe the rollback here]'],
    ['_Describe how to roll back this change_'],
    ['*Describe how to roll back this change*'],
    ['- TBD\n- N/A'],
    ['| Step | Owner |\n| --- | --- |\n| TBD | - |'],
  ])('counts %j as template text', (placeholder) => {
    expect(inline(`## Rollback plan\n\n${placeholder}\n`)).toMatchObject({
      status: 'empty',
      reason: expect.stringMatching(/^it holds only template text \(.+\)$/),
    });
  });

  it.each([
    ['N/A: a config-only change; revert the commit'],
    ['None needed: the flag is off by default'],
    ['**Revert** the pull request, then redeploy'],
    ['Revert the pull request. _Argo CD_ syncs the previous image.'],
    ['`kubectl argo rollouts undo checkout`'],
    ['```sh\nkubectl argo rollouts undo checkout\n```'],
    ['| Step | Command |\n| --- | --- |\n| 1 | revert the pull request |'],
    ['> Revert the pull request and redeploy the previous tag.'],
  ])('counts %j as real content', (content) => {
    expect(inline(`## Rollback plan\n\n${content}\n`).status).toBe('present');
  });

  it('does not count the text of an HTML comment towards the length, even an unterminated one', () => {
    expect(
      inline('## Rollback plan\nRevert <!-- the comment is long enough to pass on its own --> it\n'),
    ).toMatchObject({
      status: 'empty',
      reason: 'it has 9 characters of content, fewer than the 20 required',
    });
    expect(
      inline('## Rollback plan\n<!-- forgot to close\n\nRevert the pull request and redeploy v1.4\n'),
    ).toMatchObject({ status: 'empty', reason: 'it holds only an HTML comment' });
  });

  it('counts a ticked checklist item as content, whatever its length', () => {
    expect(section('checklist-ticked.md')).toMatchObject({
      status: 'present',
      section: { text: 'Turn off the checkout-v2 flag in the flag service; traffic returns to v1 at once' },
    });
    expect(inline('## Rollback plan\n- [x] Revert\n- [ ] Flag off\n')).toMatchObject({
      status: 'present',
      section: { text: 'Revert' },
    });
  });

  it('keeps the links of an unticked item but not its text', () => {
    const result = inline('## Test evidence\n- [ ] CI run: https://ci.example.com/runs/8\n', EVIDENCE);
    expect(result).toMatchObject({ status: 'empty', reason: 'no box of its checklist is ticked' });
    if (result.status === 'empty') {
      expect(result.section.links).toEqual([
        { url: 'https://ci.example.com/runs/8', line: 2, kind: 'autolink' },
      ]);
    }
  });

  it('says "it is empty" when nothing follows the heading, or only an empty bullet', () => {
    expect(
      inline('## Rollback plan\n\n## Summary\nA long summary that is not the rollback plan.\n'),
    ).toMatchObject({
      status: 'empty',
      line: 1,
      reason: 'it is empty',
    });
    expect(inline('## Rollback plan\n-\n')).toMatchObject({ status: 'empty', reason: 'it is empty' });
  });

  it('does not count a table header as content, but does count its rows', () => {
    const template = '## Rollback plan\n| Step | Owner and command to run |\n| --- | --- |\n';
    expect(inline(template)).toMatchObject({ status: 'empty', reason: 'it is empty' });
    expect(inline(`${template}| 1 | on-call: revert the pull request |\n`)).toMatchObject({
      status: 'present',
      section: { text: '1 on-call: revert the pull request' },
    });
  });

  it.each([
    ['## Rollback Plan:'],
    ['### 🔙 Rollback'],
    ['# ROLLBACK PLAN'],
    ['## Rollback plan ##'],
    ['#### rollback plan!'],
    ['## **Rollback plan**'],
    ['## Rollback plan <!-- required -->'],
    ['## ✅ Rollback plan ✅'],
    ['## Ｒｏｌｌｂａｃｋ plan'],
    ['## Roll\u200Bback plan'],
    ['Rollback plan\n-------------'],
    ['Rollback plan\n============='],
  ])('matches the heading %j', (heading) => {
    const result = inline(`${heading}\n\nRevert the pull request and redeploy v1.4.\n`);
    expect(result).toMatchObject({ status: 'present', section: { line: 1 } });
  });

  it.each([['## Rollback plans'], ['## Rollback plan (optional)'], ['## Plan'], ['## No rollback plan']])(
    'does not match the heading %j',
    (heading) => {
      expect(inline(`${heading}\n\nRevert the pull request and redeploy v1.4.\n`)).toEqual({
        status: 'missing',
      });
    },
  );

  it('reports the heading as written, without markup', () => {
    expect(section('heading-variants.md')).toMatchObject({
      status: 'present',
      section: { heading: '🔙 Rollback Plan:', line: 1 },
    });
    expect(inline('## **Rollback** plan\n\nRevert the pull request and redeploy v1.4.\n')).toMatchObject({
      section: { heading: 'Rollback plan' },
    });
  });

  it('ignores headings inside code, comments, quotes, list items and HTML blocks', () => {
    expect(section('hidden-headings.md')).toEqual({ status: 'missing' });
  });

  it('follows CommonMark where a tag alone on a line swallows the next heading until a blank line', () => {
    const body = '## Rollback plan\n<fill in>\n## Test evidence\nhttps://ci.example.com/runs/1\n';
    expect(inline(body, EVIDENCE)).toEqual({ status: 'missing' });
    expect(inline('## Rollback plan\n<fill in>\n\n## Test evidence\n')).toMatchObject({
      status: 'empty',
      reason: 'it holds only template text (<fill in>)',
    });
  });

  it('includes sub-sections and resolves reference-style links', () => {
    const rollback = presentSection(section('nested-sections.md'));
    expect(rollback.text).toBe(
      'Abort the canary with kubectl argo rollouts abort checkout. Revert this pull request and let Argo CD sync.',
    );
    const evidence = section('nested-sections.md', EVIDENCE);
    expect(evidence).toMatchObject({
      status: 'present',
      section: { links: [{ url: 'https://ci.example.com/runs/99', line: 13, kind: 'link' }] },
    });
  });

  it('ends a section at the next heading of the same or a higher level, not a lower one', () => {
    const body = [
      '## Rollback plan',
      '### Steps',
      'Revert the pull request.',
      '# Notes',
      'Revert is cheap because the image is cached on every node.',
    ].join('\n');
    expect(inline(body)).toMatchObject({ status: 'present', section: { text: 'Revert the pull request.' } });
    expect(inline('## Rollback plan\nRevert.\n## Summary\nA summary long enough to count.\n').status).toBe(
      'empty',
    );
  });

  it('does not count sub-headings as content', () => {
    expect(inline('## Rollback plan\n### Revert the pull request and redeploy\n')).toMatchObject({
      status: 'empty',
      reason: 'it is empty',
    });
  });

  it('accepts a bold label paragraph as a section', () => {
    const evidence = section('heading-variants.md', EVIDENCE);
    expect(evidence).toMatchObject({
      status: 'present',
      section: {
        heading: 'Test evidence:',
        line: 5,
        links: [{ url: 'https://ci.example.com/runs/77', line: 5, kind: 'link' }],
      },
    });
  });

  it('reads labels on consecutive lines of one paragraph as separate sections', () => {
    expect(section('labels.md')).toMatchObject({
      status: 'present',
      section: {
        heading: 'Rollback plan:',
        line: 3,
        text: 'turn the checkout-v2 flag off; traffic returns to v1 at once.',
        links: [],
      },
    });
    expect(section('labels.md', EVIDENCE)).toMatchObject({
      status: 'present',
      section: { line: 4, links: [{ url: 'https://ci.example.com/runs/501', line: 4, kind: 'link' }] },
    });
  });

  it('reads a label that opens a list item as that item only', () => {
    expect(section('list-labels.md')).toMatchObject({
      status: 'present',
      section: {
        line: 3,
        text: 'revert this pull request; Argo CD syncs the previous image. The database migration is additive, so no down-migration is needed.',
      },
    });
    const evidence = section('list-labels.md', EVIDENCE);
    expect(evidence).toMatchObject({ status: 'empty', line: 5, reason: 'it holds only template text (TBD)' });
    if (evidence.status === 'empty') expect(evidence.section.links).toEqual([]);
  });

  it.each([
    ['**Rollback plan:** revert the pull request and redeploy'],
    ['**Rollback plan**: revert the pull request and redeploy'],
    ['**Rollback plan** - revert the pull request and redeploy'],
    ['__Rollback plan:__ revert the pull request and redeploy'],
    ['**Rollback plan**\n\nRevert the pull request and redeploy.'],
    ['**Rollback plan:**\nRevert the pull request and redeploy.'],
  ])('accepts the label form %j', (markdown) => {
    expect(inline(markdown)).toMatchObject({ status: 'present', section: { line: 1 } });
  });

  it.each([
    ['**Rollback plan** is in the runbook, revert the pull request'],
    ['- [x] **Rollback plan:** revert the pull request and redeploy'],
    ['Our **Rollback plan:** revert the pull request and redeploy'],
  ])('does not read %j as a label', (markdown) => {
    expect(inline(markdown)).toEqual({ status: 'missing' });
  });

  it('turns a bold line over a setext underline into a heading, not a label', () => {
    const body = parsePullRequestBody('**Rollback plan**\n---\nRevert the pull request and redeploy.\n');
    expect(body.outline).toMatchObject([{ kind: 'heading', level: 2, line: 1, heading: 'Rollback plan' }]);
    expect(findSection(body, ROLLBACK).status).toBe('present');
  });

  it('does not let invisible characters pass for content', () => {
    expect(section('hidden-characters.md')).toMatchObject({ status: 'empty', reason: 'it is empty' });
    const padded = `## Rollback plan\nrevert${'\u2066\u2069\u202E\u200B\u00AD'.repeat(10)}\n`;
    expect(inline(padded)).toMatchObject({
      status: 'empty',
      reason: 'it has 6 characters of content, fewer than the 20 required',
    });
    expect(inline(`## Rollback plan\nre${' '.repeat(40)}vert\n`)).toMatchObject({
      reason: 'it has 7 characters of content, fewer than the 20 required',
    });
  });

  it('applies the minimum length, 20 characters by default', () => {
    const body = parsePullRequestBody('## Rollback\nrevert\n');
    expect(findSection(body, ROLLBACK)).toMatchObject({
      status: 'empty',
      reason: 'it has 6 characters of content, fewer than the 20 required',
    });
    expect(findSection(body, { ...ROLLBACK, minLength: 5 }).status).toBe('present');
    expect(DEFAULT_MIN_LENGTH).toBe(20);
    const twenty = parsePullRequestBody('## Rollback plan\nRevert the commit ok\n');
    expect(findSection(twenty, { headings: ['Rollback plan'] }).status).toBe('present');
    const nineteen = parsePullRequestBody('## Rollback plan\nRevert the commit o\n');
    expect(findSection(nineteen, { headings: ['Rollback plan'] }).status).toBe('empty');
  });

  it('takes the first filled section when several match, and otherwise reports the first', () => {
    const body = '## Rollback plan\nTBD\n\n## Rollback\nRevert the pull request and redeploy v1.4.\n';
    expect(inline(body)).toMatchObject({ status: 'present', section: { heading: 'Rollback', line: 4 } });
    expect(inline('## Rollback plan\nTBD\n\n## Rollback\n<!-- later -->\n')).toMatchObject({
      status: 'empty',
      line: 1,
      reason: 'it holds only template text (TBD)',
    });
  });

  it('reads only the first 8 KB of a section', () => {
    const early = inline(
      `## Test evidence\nhttps://ci.example.com/runs/1\n${'padding text.\n'.repeat(1000)}`,
      EVIDENCE,
    );
    expect(presentSection(early).links).toHaveLength(1);
    const late = inline(
      `## Test evidence\n${'padding text.\n'.repeat(1000)}https://ci.example.com/runs/2\n`,
      EVIDENCE,
    );
    expect(presentSection(late).links).toEqual([]);
  });

  it('reports a missing section, and survives hostile input', () => {
    expect(findSection(parsePullRequestBody(''), ROLLBACK)).toEqual({ status: 'missing' });
    expect(findSection(parsePullRequestBody(null), ROLLBACK)).toEqual({ status: 'missing' });
    const hostile = `${'['.repeat(100_000)}\u0000${'<!--'.repeat(1000)}`;
    expect(findSection(parsePullRequestBody(hostile), ROLLBACK)).toEqual({ status: 'missing' });
  });

  it.each([
    ['1 MB of brackets', '['.repeat(1 << 20)],
    ['nul bytes', '## Rollback plan\n\u0000\u0000 revert \u0000 the pull request and redeploy\n'],
    ['brackets under the heading', `## Rollback plan\n${'[['.repeat(200_000)}`],
    ['closing brackets under the heading', `## Rollback plan\n${']'.repeat(200_000)}`],
    ['emphasis runs under the heading', `## Rollback plan\n${'*a_b~'.repeat(100_000)}`],
    ['quotes nested 20,000 deep', `## Rollback plan\n${'>'.repeat(20_000)} revert the pull request`],
    ['list items nested 20,000 deep', `## Rollback plan\n${'- '.repeat(20_000)}revert the pull request`],
    [
      'indented lists',
      `## Rollback plan\n${Array.from({ length: 500 }, (_, i) => `${' '.repeat(2 * i)}- revert`).join('\n')}`,
    ],
    ['a heading 60,000 times', '## Rollback plan\n'.repeat(60_000)],
    ['an unclosed fence', '## Rollback plan\n```\n## Test evidence\n'],
    ['lone surrogates', '## Rollback plan\n\uD800\uDC00\uDFFF revert the pull request and redeploy\n'],
  ])('returns a verdict for %s without throwing', (_name, markdown) => {
    const body = parsePullRequestBody(markdown);
    for (const options of [ROLLBACK, EVIDENCE]) {
      const result = findSection(body, options);
      expect(['present', 'empty', 'missing']).toContain(result.status);
      if (result.status !== 'missing') expect(() => evidenceLinks(result.section, HOSTS)).not.toThrow();
    }
  });

  it('still reads the words of a section nested too deep to parse as markdown', () => {
    const deep = inline(`## Rollback plan\n${'>'.repeat(5_000)} revert the pull request\n`);
    expect(presentSection(deep).text).toMatch(/revert the pull request$/);
  });
});

describe('parsePullRequestBody', () => {
  const OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

  /** Top-level headings as the reference parser sees them. */
  function micromarkHeadings(markdown: string): { line: number; level: number }[] {
    return fromMarkdown(markdown, OPTIONS)
      .children.filter((node) => node.type === 'heading')
      .map((node) => ({ line: node.position!.start.line, level: node.depth }));
  }

  function scannedHeadings(markdown: string): { line: number; level: number }[] {
    return parsePullRequestBody(markdown)
      .outline.filter((entry) => entry.kind === 'heading')
      .map(({ line, level }) => ({ line, level }));
  }

  const fixtures = readdirSync(`${FIXTURES}pr-bodies`).filter((file) => file.endsWith('.md'));

  it('has fixtures to compare', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(14);
  });

  it.each(fixtures)('finds the same top-level headings as micromark in %s', (file) => {
    const text = fixtureText(`pr-bodies/${file}`);
    expect(scannedHeadings(text)).toEqual(micromarkHeadings(text));
  });

  it.each([
    ['setext h1', 'Rollback plan\n===\ntext'],
    ['two-line setext', 'Rollback\nplan\n---\n'],
    ['setext underline with trailing space', 'Heading\n=== \n'],
    ['thematic break after a list', '- item\n---\n'],
    ['thematic break after a lazy line', '- item\nlazy\n---\n'],
    ['thematic break after a quote', '> quote\n---\n'],
    ['spaced dashes', 'para\n- - -\n'],
    ['underline after a definition', '[ci]: https://ci.example.com\n===\n'],
    [
      'closing hashes, hashtags, seven hashes, tabs',
      '## closed ##\n#hashtag\n####### seven\n#\tTab\n   ### three\n    #### four\n',
    ],
    ['tilde fences', '~~~\n# in tilde fence\n```\n# still\n~~~~\n# after\n'],
    ['longer backtick fences', '````\n```\n# inside\n````\n# out\n'],
    ['backtick in a fence info string', '```js `tick`\n# heading after a paragraph\n'],
    ['block HTML until a blank line', '<div>\n# swallowed\n\n# free\n'],
    ['a custom tag until a blank line', '<fill in>\n# swallowed\n\n# free\n'],
    ['a custom tag cannot interrupt a paragraph', 'text\n<fill in>\n# heading\n'],
    ['a comment over lines', '<!-- a\n# in comment\n-->\n# out\n'],
    ['a script over blank lines', '<script>\n# in script\n\n# still in script\n</script>\n# out\n'],
    ['a processing instruction', '<?php\n# x\n?>\n# y\n'],
    ['an ordered item', '1. item\n   # in item\n# out\n'],
    ['an item after a blank line', '- a\n\n  # in item after blank\n# out\n'],
    ['a heading after a break', '* * *\n# after break\n'],
    ['indented code', '    code\n# after code\n'],
    ['a paragraph continuation', 'para\n    # continuation\n'],
    ['a table', '| a | b |\n|---|---|\n| # x | y |\n# after table\n'],
    ['an escaped hash', '\\# escaped\n'],
    ['a lazy quote line', '> # quoted\nlazy\n# out\n'],
    ['a fence in an item', '- item\n  ```\n  # in fenced item\n  ```\n# out\n'],
    ['an ordered list not starting at 1 cannot interrupt', 'para\n2. not a list\n# h\n'],
    ['CRLF line endings', 'a\r\n# crlf\r\nb\r\n---\r\n'],
    ['CR line endings', 'a\r# cr\rb\r===\r'],
    ['an empty heading', '#\n##   \n### ###\n'],
  ])('finds the same top-level headings as micromark: %s', (_name, markdown) => {
    expect(scannedHeadings(markdown)).toEqual(micromarkHeadings(markdown));
  });

  it('lists headings and labels in document order', () => {
    const body = parsePullRequestBody(fixtureText('pr-bodies/list-labels.md'));
    expect(body.outline.map(({ kind, level, line, heading }) => ({ kind, level, line, heading }))).toEqual([
      { kind: 'heading', level: 2, line: 1, heading: 'Checklist' },
      { kind: 'label', level: 7, line: 3, heading: 'Rollback plan' },
      { kind: 'label', level: 7, line: 5, heading: 'Test evidence' },
    ]);
  });
});

describe('evidenceLinks', () => {
  it('accepts links and uploaded images on allowed hosts', () => {
    const found = section('complete.md', EVIDENCE);
    if (found.status !== 'present') throw new Error('expected a section');
    const { accepted, rejected } = evidenceLinks(found.section, HOSTS);
    expect(accepted).toEqual([
      { kind: 'autolink', url: 'https://ci.example.com/runs/4812', line: 7 },
      { kind: 'image', url: 'https://user-images.githubusercontent.com/1/latency.png', line: 8 },
    ]);
    expect(rejected).toEqual([]);
  });

  it('finds uploads as markdown images, <img> tags and bare video links', () => {
    const found = presentSection(section('evidence-image-upload.md', EVIDENCE));
    const { accepted, rejected } = evidenceLinks(found, UPLOAD_HOSTS);
    expect(accepted.map(({ kind, line }) => ({ kind, line }))).toEqual([
      { kind: 'image', line: 5 },
      { kind: 'image', line: 7 },
      { kind: 'image', line: 9 },
      { kind: 'autolink', line: 11 },
      { kind: 'image', line: 13 },
    ]);
    expect(accepted[1]!.url).toBe(
      'https://github.com/user-attachments/assets/7c1d2e3f-aaaa-4bbb-8ccc-123456789abc',
    );
    expect(rejected).toEqual([
      {
        link: { url: 'https://i.imgur.com/abcd.png', line: 15, kind: 'image' },
        reason: 'i.imgur.com is not an allowed evidence host',
      },
    ]);
  });

  it('rejects look-alike hosts, user-info, other schemes and relative links, saying why', () => {
    const found = section('evidence-evil-hosts.md', EVIDENCE);
    if (found.status !== 'present') throw new Error('expected a section');
    const { accepted, rejected } = evidenceLinks(found.section, HOSTS);
    expect(accepted).toEqual([]);
    expect(rejected.map((r) => [r.link.line, r.reason])).toEqual([
      [3, 'ci.example.com.evil.io is not an allowed evidence host'],
      [4, 'evil.io is not an allowed evidence host'],
      [5, 'the link carries user-info before its host'],
      [6, 'only https links count (this is javascript:)'],
      [7, 'only https links count (this is http:)'],
      [8, 'not an absolute URL'],
    ]);
  });

  it.each([
    ['https://ci.example.com/runs/1'],
    ['https://CI.Example.COM/runs/1'],
    ['https://ci.example.com./runs/1'],
    ['https://ci.example.com:8443/runs/1'],
    ['  https://ci.example.com/runs/1  '],
    ['https://a.githubusercontent.com/x.png'],
    ['https://a.b.githubusercontent.com/x.png'],
  ])('accepts %j', (url) => {
    expect(evidenceLinks(sectionWithLinks(url), HOSTS)).toMatchObject({ accepted: [{ url }], rejected: [] });
  });

  it.each([
    ['https://ci.example.com.evil.io/runs/1', 'ci.example.com.evil.io is not an allowed evidence host'],
    ['https://evil.io/https://ci.example.com/runs/1', 'evil.io is not an allowed evidence host'],
    ['https://evil.io/?u=https://ci.example.com', 'evil.io is not an allowed evidence host'],
    ['https://ci.example.com@evil.io/runs/1', 'the link carries user-info before its host'],
    ['https://user:secret@ci.example.com/runs/1', 'the link carries user-info before its host'],
    [
      'https://ci.ex\u0430mple.com/runs/1',
      'ci.xn--exmple-4nf.com is not an allowed evidence host (an international name, shown as punycode)',
    ],
    ['https://githubusercontent.com/x.png', 'githubusercontent.com is not an allowed evidence host'],
    ['https://evilgithubusercontent.com/x.png', 'evilgithubusercontent.com is not an allowed evidence host'],
    ['http://ci.example.com/runs/1', 'only https links count (this is http:)'],
    ['javascript:alert(1)', 'only https links count (this is javascript:)'],
    ['data:text/html,<script>alert(1)</script>', 'only https links count (this is data:)'],
    ['mailto:ci@example.com', 'only https links count (this is mailto:)'],
    ['/runs/1', 'not an absolute URL'],
    ['//ci.example.com/runs/1', 'not an absolute URL'],
    ['ci.example.com/runs/1', 'not an absolute URL'],
    ['evil.io/https://ci.example.com', 'not an absolute URL'],
    ['#test-evidence', 'not an absolute URL'],
    ['', 'the link is empty'],
  ])('rejects %j: %s', (url, reason) => {
    expect(evidenceLinks(sectionWithLinks(url), HOSTS)).toEqual({
      accepted: [],
      rejected: [{ link: { url, line: 2, kind: 'link' }, reason }],
    });
  });

  it('treats *.domain as subdomains only, and ignores a trailing dot', () => {
    const body = parsePullRequestBody(
      '## Test evidence\nhttps://githubusercontent.com/x https://a.githubusercontent.com./y\n',
    );
    const found = findSection(body, EVIDENCE);
    if (found.status !== 'present') throw new Error('expected a section');
    const { accepted, rejected } = evidenceLinks(found.section, HOSTS);
    expect(accepted.map((l) => l.url)).toEqual(['https://a.githubusercontent.com./y']);
    expect(rejected.map((r) => r.link.url)).toEqual(['https://githubusercontent.com/x']);
  });

  it('treats allow-list entries as names, never as patterns or URLs', () => {
    const links = sectionWithLinks('https://ci.example.com/runs/1');
    for (const entry of [
      'https://ci.example.com',
      'ci.example.com/runs',
      'ci.*.com',
      '*',
      'ci.example.c.m',
      '.*',
    ]) {
      expect(evidenceLinks(links, [entry]).accepted).toEqual([]);
    }
    expect(evidenceLinks(links, [' CI.Example.COM. ']).accepted).toHaveLength(1);
  });

  it('reads links from markdown, HTML tags, references and autolinks, with their lines, but not from comments', () => {
    const found = presentSection(
      inline(
        [
          '## Test evidence',
          '<!-- https://ci.example.com/runs/0 -->',
          'Runs: [first](https://ci.example.com/runs/1 "title"),',
          '<https://ci.example.com/runs/2>, [third][ci], [ci][] and',
          '<a href="https://ci.example.com/runs/4?a=1&amp;b=2">fourth</a>',
          "<img src='https://a.githubusercontent.com/5.png' alt='fifth'> www.ci.example.com",
          '',
          '[ci]: https://ci.example.com/runs/3',
        ].join('\n'),
        EVIDENCE,
      ),
    );
    expect(found.links).toEqual([
      { url: 'https://ci.example.com/runs/1', line: 3, kind: 'link' },
      { url: 'https://ci.example.com/runs/2', line: 4, kind: 'autolink' },
      { url: 'https://ci.example.com/runs/3', line: 4, kind: 'link' },
      { url: 'https://ci.example.com/runs/3', line: 4, kind: 'link' },
      { url: 'https://ci.example.com/runs/4?a=1&b=2', line: 5, kind: 'link' },
      { url: 'https://a.githubusercontent.com/5.png', line: 6, kind: 'image' },
      { url: 'http://www.ci.example.com', line: 6, kind: 'autolink' },
    ]);
    expect(evidenceLinks(found, HOSTS).rejected).toEqual([
      {
        link: { url: 'http://www.ci.example.com', line: 6, kind: 'autolink' },
        reason: 'only https links count (this is http:)',
      },
    ]);
  });
  it.each([
    ['https&colon;//ci.example.com/runs/1', 'https://ci.example.com/runs/1'],
    ['https&#58//ci.example.com/runs/1', 'https://ci.example.com/runs/1'],
    ['https://ci.example.com&sol;runs&sol;1', 'https://ci.example.com/runs/1'],
    ['https://ci.example.com&commat;evil.io/', 'https://ci.example.com@evil.io/'],
    ['https://ci.example.com/?a=1&#38;colon;', 'https://ci.example.com/?a=1&colon;'],
    ['https://ci.example.com/&nosuchname;', 'https://ci.example.com/&nosuchname;'],
    ['https://ci.example.com/&#0;&#xD800;', 'https://ci.example.com/\uFFFD\uFFFD'],
  ])('decodes the character references of <a href="%s"> once, as a browser does', (href, url) => {
    const found = presentSection(inline(`## Test evidence\n<a href="${href}">run</a>\n`, EVIDENCE));
    expect(found.links).toEqual([{ url, line: 2, kind: 'link' }]);
  });
});

describe('parseAllowedHost', () => {
  it.each([
    ['ci.example.com', { host: 'ci.example.com', subdomains: false }],
    [' CI.Example.COM. ', { host: 'ci.example.com', subdomains: false }],
    ['*.githubusercontent.com', { host: 'githubusercontent.com', subdomains: true }],
    ['bücher.example', { host: 'xn--bcher-kva.example', subdomains: false }],
  ])('reads %j', (entry, expected) => {
    expect(parseAllowedHost(entry)).toEqual(expected);
  });

  it.each([
    ['https://ci.example.com'],
    ['ci.example.com/runs'],
    ['ci.example.com:443'],
    ['user@ci.example.com'],
    ['ci.*.com'],
    ['*'],
    ['*.'],
    [''],
    ['^ci\\.example\\.com$'],
    ['ci..example.com'],
  ])('refuses %j', (entry) => {
    expect(parseAllowedHost(entry)).toBeUndefined();
  });
});
