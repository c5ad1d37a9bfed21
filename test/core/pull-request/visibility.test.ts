import { describe, expect, it } from 'vitest';
import { parsePullRequestBody } from '../../../src/core/pull-request/index.js';
import { fixtureText } from '../../helpers.js';
import { EVIDENCE, ROLLBACK, inline, present, read } from './helpers.js';

const PLAN = 'Revert this pull request; Argo CD syncs the previous image within two minutes.';
const RUN = 'https://github.com/acme/shop/actions/runs/123';

function rollback(content: string) {
  return inline(`## Rollback plan\n\n${content}\n`, ROLLBACK);
}

function evidenceLinks(content: string) {
  return read(inline(`## Test evidence\n\n${content}\n`, EVIDENCE)).links.map((link) => link.url);
}

describe('content a reviewer sees rendered', () => {
  it.each([
    ['a plain paragraph', PLAN],
    [
      'a <details> block, which a reviewer opens',
      `<details><summary>Steps</summary>\n\n${PLAN}\n\n</details>`,
    ],
    ['text after a closed comment', `<!-- fill this in -->\n${PLAN}`],
    ['text after an empty comment <!-->', `<!-->${PLAN}`],
    ['text after a comment closed by --!>, as HTML closes it', `<!-- note --!> ${PLAN}`],
    ['a code block', '```sh\nkubectl argo rollouts undo checkout --to-revision=41\n```'],
    ['a footnote the section references', `Revert this pull request[^1].\n\n[^1]: ${PLAN}`],
    ['text after a <style> element, which the tag filter shows as text', `<style>x</style> ${PLAN}`],
    ['a paragraph after one with an unclosed <style>', `a <style> b\n\n${PLAN}`],
    ['text after a hidden element closes', `<div hidden>x</div>\n\n${PLAN}`],
    ['text after nested hidden divs close', `<div hidden><div>x</div>y</div>\n\n${PLAN}`],
  ])('counts %s', (_name, content) => {
    expect(rollback(content).status).toBe('present');
  });

  it.each([
    ['an HTML comment', `<!-- ${PLAN} -->`, 'it holds only an HTML comment'],
    ['a comment never closed', `<!--\n\n${PLAN}`, 'it holds only an HTML comment'],
    [
      'a comment opened in an HTML block, over the paragraphs after it',
      `<div>\n<!--\n</div>\n\n${PLAN}\n\n-->`,
      'it holds only an HTML comment',
    ],
    [
      '<div hidden> (GitHub drops `hidden`; the author asked for it)',
      `<div hidden>\n\n${PLAN}\n\n</div>`,
      'it holds only text a reviewer does not see (<div hidden> on line 3)',
    ],
    [
      '<span style="display:none">',
      `<span style="display:none">${PLAN}</span>`,
      'it holds only text a reviewer does not see (<span style> on line 3)',
    ],
    ['<template>', `<template>\n\n${PLAN}\n\n</template>`, expect.stringContaining('(<template> on line 3)')],
    ['<noscript>', `<noscript>${PLAN}</noscript>`, expect.stringContaining('(<noscript> on line 3)')],
    ['<script>', `<script>\n${PLAN}\n</script>`, expect.stringContaining('(<script> on line 3)')],
    ['<style>', `<style>${PLAN}</style>`, expect.stringContaining('(<style> on line 3)')],
    ['<svg> text', `<svg><text>${PLAN}</text></svg>`, expect.stringContaining('(<svg> on line 3)')],
    [
      'struck-through markdown',
      `~~${PLAN}~~`,
      'it holds only struck-through text (~~struck-through~~ text on line 3)',
    ],
    ['a <del> element', `<del>${PLAN}</del>`, 'it holds only struck-through text (<del> on line 3)'],
    ['image alt text', `![${PLAN}](https://github.com/user-attachments/assets/1)`, 'it is empty'],
    [
      'a link reference definition',
      `[plan]: https://wiki.example.com/${'runbooks/'.repeat(4)}`,
      'it is empty',
    ],
    ['a footnote nobody references', `[^1]: ${PLAN}`, 'it is empty'],
    ['zero-width characters as entities', `<div>${'&#8203;'.repeat(30)}</div>`, 'it is empty'],
    [
      'a placeholder tag, which GitHub drops',
      '<describe the rollback here>',
      'it holds only template text (<describe the rollback here>)',
    ],
  ])('does not count %s', (_name, content, reason) => {
    expect(rollback(content)).toMatchObject({ status: 'empty', reason });
  });

  it('does not count a section whose heading an earlier block hides', () => {
    const result = inline(`<div>\n<!--\n</div>\n\n## Rollback plan\n\n${PLAN}\n`, ROLLBACK);
    expect(result).toMatchObject({
      status: 'empty',
      line: 5,
      reason: 'it is inside an HTML comment opened on line 2',
      section: { text: '', links: [] },
    });
  });

  it('reads the same from a fixture: the comment hides both sections after it', () => {
    const body = parsePullRequestBody(fixtureText('pr-bodies/comment-across-blocks.md'));
    expect(body.outline.map((entry) => [entry.heading, entry.hidden?.line])).toEqual([
      ['Summary', undefined],
      ['Rollback plan', 6],
      ['Test evidence', 6],
    ]);
  });

  it.each([
    [
      '<template> in an earlier block',
      `<template>\n\n## Rollback plan\n\n${PLAN}\n\n</template>`,
      '<template>',
    ],
    ['an unclosed comment in a list item', `- <!--\n\n## Rollback plan\n\n${PLAN}`, 'an HTML comment'],
    ["<template> opened on a label's line", `**Rollback plan:** <template>\n\n${PLAN}`, undefined],
  ])('marks what %s hides', (_name, markdown, why) => {
    const result = inline(markdown, ROLLBACK);
    expect(result.status).toBe('empty');
    if (why !== undefined) expect(result).toMatchObject({ reason: expect.stringContaining(`inside ${why}`) });
  });

  it.each([
    [
      'a comment closed by a later inline comment',
      `<div>\n<!--\n</div>\n\nx <!-- y -->\n\n## Rollback plan\n\n${PLAN}`,
    ],
    [
      'a tag name in a code span',
      `Replaces \`<template>\` and \`<div hidden>\`.\n\n## Rollback plan\n\n${PLAN}`,
    ],
    ['an escaped tag', `Mentions \\<template> in passing.\n\n## Rollback plan\n\n${PLAN}`],
    [
      'a <style> mention, which the tag filter shows as text',
      `Drops the <style> block.\n\n## Rollback plan\n\n${PLAN}`,
    ],
    ['a closed hidden element', `<div hidden>\n\nold plan\n\n</div>\n\n## Rollback plan\n\n${PLAN}`],
  ])('still counts a heading after %s', (_name, markdown) => {
    expect(inline(markdown, ROLLBACK).status).toBe('present');
  });

  it('keeps nothing of the hidden-elements fixture but the image, which shows', () => {
    const body = parsePullRequestBody(fixtureText('pr-bodies/hidden-elements.md'));
    expect(inline(fixtureText('pr-bodies/hidden-elements.md'), ROLLBACK)).toMatchObject({
      status: 'empty',
      reason: 'it holds only text a reviewer does not see (<div hidden> on line 3)',
      section: { text: '', links: [{ url: 'https://github.com/user-attachments/assets/1', line: 19 }] },
    });
    expect(body.outline.every((entry) => entry.hidden === undefined)).toBe(true);
    expect(inline(fixtureText('pr-bodies/hidden-elements.md'), EVIDENCE)).toMatchObject({
      status: 'empty',
      section: { links: [] },
    });
  });
});

describe('links a reviewer can follow', () => {
  it.each([
    ['a markdown link with text', `[CI run](${RUN})`],
    ['a bare URL', RUN],
    ['an autolink', `<${RUN}>`],
    ['an image with no alt text', '![](https://github.com/user-attachments/assets/1)'],
    ['an image inside an empty-text link', `[![](https://github.com/user-attachments/assets/1)](${RUN})`],
    ['an <a> with text', `<a href="${RUN}">CI run</a>`],
    ['an <a> with its text in markdown', `<a href="${RUN}">\n\nCI run\n\n</a>`],
    ['an <img>', '<img src="https://github.com/user-attachments/assets/1">'],
  ])('finds %s', (_name, content) => {
    expect(evidenceLinks(content).length).toBeGreaterThan(0);
  });

  it.each([
    ['a link with no text', `[](${RUN})`],
    ['a link whose text is invisible', `[\u200B\u2060](${RUN})`],
    ['an empty <a>', `<a href="${RUN}"></a>`],
    ['an <a> holding only a comment', `<a href="${RUN}"><!-- run --></a>`],
    ['a link in a comment', `<!-- ${RUN} -->`],
    ['a link in a hidden element', `<div hidden>\n\n${RUN}\n\n</div>`],
    ['an image marked hidden', '<img hidden src="https://github.com/user-attachments/assets/1">'],
    ['a struck-through link', `~~[CI run](${RUN})~~`],
    ['a URL in a code block', `\`\`\`\n${RUN}\n\`\`\``],
    ['a URL in a code span', `\`${RUN}\``],
    ['a reference definition', `[ci]: ${RUN}`],
    ['a <video> (GitHub drops it)', `<video src="${RUN}"></video>`],
    ['a <source src> (GitHub drops src)', `<source src="${RUN}">`],
    ['a link in a footnote nobody references', `[^1]: [CI run](${RUN})`],
  ])('does not find %s', (_name, content) => {
    expect(evidenceLinks(content)).toEqual([]);
  });

  it('counts an image alone as evidence, since it shows, but not an unticked option with a link', () => {
    expect(
      inline('## Test evidence\n![](https://github.com/user-attachments/assets/1)\n', EVIDENCE).status,
    ).toBe('present');
    expect(inline(`## Test evidence\n- [ ] CI run: ${RUN}\n`, EVIDENCE)).toMatchObject({
      status: 'empty',
      reason: 'no box of its checklist is ticked',
    });
  });

  it('gives a link its own line, and a raw <a> the line of its tag', () => {
    expect(
      present(inline(`## Test evidence\nRuns:\n<a href="${RUN}">\nfirst\n</a>\n`, EVIDENCE)).links,
    ).toEqual([{ url: RUN, line: 3, kind: 'link' }]);
  });
});

describe('hostile HTML', () => {
  const size = 262_144; // four times GitHub's limit on a description, the most the sources pass on
  it.each([
    ['unclosed attribute quotes', `## Rollback plan\n${'<a x="'.repeat(size / 6)}`],
    ['comment openers on one line', `## Rollback plan\nx ${'<!--'.repeat(size / 4)}`],
    ['comment openers in list items', '- <!--\n'.repeat(size / 7)],
    ['processing instructions', `## Rollback plan\nx ${'<?a'.repeat(size / 3)}`],
    ['half-open tags of attribute-like words', `${'<a b c d e f g h i j k l m n o p '.repeat(size / 32)}`],
    ['hiding elements', `${'<template>'.repeat(size / 10)}\n## Rollback plan\nRevert`],
    ['backtick runs of every length', Array.from({ length: 700 }, (_, i) => '`'.repeat(i + 1)).join(' <x> ')],
  ])('scans %s in linear time', (_name, markdown) => {
    const started = performance.now();
    const body = parsePullRequestBody(markdown);
    // About 70 ms here; the bound only catches a quadratic scan (minutes).
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(['present', 'empty', 'missing']).toContain(inline(markdown, ROLLBACK).status);
    expect(body.lines.length).toBeGreaterThan(0);
  });

  it('hides what follows a tag too long to read, rather than reading it as text', () => {
    const long = `<template ${'a '.repeat(5_000)}>`;
    expect(inline(`${long}\n\n## Rollback plan\n\n${PLAN}\n`, ROLLBACK)).toMatchObject({
      status: 'empty',
      reason: 'it is inside a tag longer than 8192 characters opened on line 1',
    });
  });
});
