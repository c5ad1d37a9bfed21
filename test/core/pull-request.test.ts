import { describe, expect, it } from 'vitest';
import { evidenceLinks, findSection, parsePullRequestBody } from '../../src/core/pull-request.js';
import { fixtureText } from '../helpers.js';

const ROLLBACK = { headings: ['Rollback plan', 'Rollback'], minLength: 20 };
const EVIDENCE = { headings: ['Test evidence'], minLength: 1 };
const HOSTS = ['ci.example.com', '*.githubusercontent.com'];

function section(file: string, options = ROLLBACK) {
  return findSection(parsePullRequestBody(fixtureText(`pr-bodies/${file}`)), options);
}

describe('findSection', () => {
  it('finds filled sections with their heading line', () => {
    const rollback = section('complete.md');
    expect(rollback).toMatchObject({ status: 'present', section: { heading: 'Rollback plan', line: 10 } });
    expect(section('complete.md', EVIDENCE)).toMatchObject({ status: 'present', section: { line: 5 } });
  });

  it('does not count an unfilled template: comments only, or a checklist with nothing ticked', () => {
    expect(section('template-unfilled.md', EVIDENCE)).toMatchObject({
      status: 'empty',
      reason: 'it holds only an HTML comment',
    });
    expect(section('template-unfilled.md')).toMatchObject({
      status: 'empty',
      reason: 'no box of its checklist is ticked',
    });
  });

  it('does not count placeholder text such as TBD or N/A', () => {
    expect(section('tbd.md')).toMatchObject({
      status: 'empty',
      reason: expect.stringMatching(/template text/),
    });
    expect(section('tbd.md', EVIDENCE)).toMatchObject({ status: 'empty' });
  });

  it('counts a ticked checklist item as content', () => {
    expect(section('checklist-ticked.md')).toMatchObject({
      status: 'present',
      section: { text: expect.stringContaining('checkout-v2') },
    });
  });

  it('matches headings case-insensitively, at any level, with emoji and trailing punctuation', () => {
    expect(section('heading-variants.md')).toMatchObject({
      status: 'present',
      section: { heading: '🔙 Rollback Plan:' },
    });
    expect(
      findSection(
        parsePullRequestBody('# ROLLBACK PLAN\nrevert the commit and redeploy the previous tag\n'),
        ROLLBACK,
      ).status,
    ).toBe('present');
  });

  it('accepts a bold label paragraph as a section', () => {
    const evidence = section('heading-variants.md', EVIDENCE);
    expect(evidence).toMatchObject({
      status: 'present',
      section: { links: [{ url: 'https://ci.example.com/runs/77' }] },
    });
  });

  it('includes sub-sections and resolves reference-style links', () => {
    const rollback = section('nested-sections.md');
    expect(rollback.status).toBe('present');
    if (rollback.status === 'present') expect(rollback.section.text).toMatch(/abort .*Revert/);
    const evidence = section('nested-sections.md', EVIDENCE);
    expect(evidence).toMatchObject({
      status: 'present',
      section: { links: [{ url: 'https://ci.example.com/runs/99', line: 13 }] },
    });
  });

  it('does not let zero-width characters pass for content', () => {
    expect(section('hidden-characters.md').status).toBe('empty');
  });

  it('applies the minimum length', () => {
    const body = parsePullRequestBody('## Rollback\nrevert\n');
    expect(findSection(body, ROLLBACK)).toMatchObject({
      status: 'empty',
      reason: 'it has 6 characters of content, fewer than the 20 required',
    });
    expect(findSection(body, { ...ROLLBACK, minLength: 5 }).status).toBe('present');
  });

  it('reports a missing section, and survives hostile input', () => {
    expect(findSection(parsePullRequestBody(''), ROLLBACK)).toEqual({ status: 'missing' });
    const hostile = `${'['.repeat(100_000)}\u0000${'<!--'.repeat(1000)}`;
    expect(findSection(parsePullRequestBody(hostile), ROLLBACK)).toEqual({ status: 'missing' });
  });
});

describe('evidenceLinks', () => {
  it('accepts links and uploaded images on allowed hosts', () => {
    const found = section('complete.md', EVIDENCE);
    if (found.status !== 'present') throw new Error('expected a section');
    const { accepted, rejected } = evidenceLinks(found.section, HOSTS);
    expect(accepted.map((l) => [l.kind, l.url])).toEqual([
      ['link', 'https://ci.example.com/runs/4812'],
      ['image', 'https://user-images.githubusercontent.com/1/latency.png'],
    ]);
    expect(rejected).toEqual([]);
  });

  it('rejects look-alike hosts, user-info, other schemes and relative links, saying why', () => {
    const found = section('evidence-evil-hosts.md', EVIDENCE);
    if (found.status !== 'present') throw new Error('expected a section');
    const { accepted, rejected } = evidenceLinks(found.section, HOSTS);
    expect(accepted).toEqual([]);
    expect(rejected.map((r) => r.reason)).toEqual([
      'ci.example.com.evil.io is not an allowed evidence host',
      'evil.io is not an allowed evidence host',
      'the link carries user-info before its host',
      'only https links count (this is javascript:)',
      'only https links count (this is http:)',
      'not an absolute URL',
    ]);
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
});
