import { describe, expect, it } from 'vitest';
import { classifyLink, runKey, serverHostOf } from '../../src/core/evidence-links.js';

const classify = (link: string, serverHost = 'github.com') => classifyLink(new URL(link), serverHost);
const pageWhat = (link: string, serverHost?: string) => {
  const found = classify(link, serverHost);
  return found.kind === 'page' ? found.what : `not a page but ${found.kind}`;
};

describe('classifyLink', () => {
  describe('runs, jobs and check runs', () => {
    it('reads a workflow run, keyed by lower-case repository', () => {
      expect(classify('https://github.com/Acme/Shop/actions/runs/123')).toEqual({
        kind: 'actions-run',
        ref: { kind: 'actions-run', repository: 'Acme/Shop', id: 123, key: 'actions-run:acme/shop:123' },
        host: 'github.com',
      });
    });

    it('reads one attempt of a run', () => {
      expect(classify('https://github.com/acme/shop/actions/runs/123/attempts/2')).toEqual({
        kind: 'actions-run',
        ref: {
          kind: 'actions-run',
          repository: 'acme/shop',
          id: 123,
          attempt: 2,
          key: 'actions-run:acme/shop:123#2',
        },
        host: 'github.com',
      });
    });

    it.each(['job', 'jobs'])('reads a job under /%s/, with the run it names', (segment) => {
      expect(classify(`https://github.com/acme/shop/actions/runs/123/${segment}/456`)).toEqual({
        kind: 'job',
        ref: { kind: 'job', repository: 'acme/shop', id: 456, runId: 123, key: 'job:acme/shop:456' },
        host: 'github.com',
      });
    });

    it('reads a check run, and one named in a pull request’s checks tab', () => {
      const expected = {
        kind: 'check-run',
        ref: { kind: 'check-run', repository: 'acme/shop', id: 789, key: 'check-run:acme/shop:789' },
        host: 'github.com',
      };
      expect(classify('https://github.com/acme/shop/runs/789')).toEqual(expected);
      expect(classify('https://github.com/acme/shop/pull/5/checks?check_run_id=789')).toEqual(expected);
    });

    it('reads runs on the GitHub server the API belongs to, and on github.com', () => {
      expect(classify('https://ghes.example.com/acme/shop/actions/runs/1', 'ghes.example.com')).toMatchObject(
        {
          kind: 'actions-run',
          host: 'ghes.example.com',
        },
      );
      expect(classify('https://GitHub.com./acme/shop/actions/runs/1', 'ghes.example.com')).toMatchObject({
        kind: 'actions-run',
        host: 'github.com',
      });
      expect(classify('https://ghes.example.com/acme/shop/actions/runs/1')).toEqual({ kind: 'other' });
      expect(classify('https://github.com/alice', 'ghes.example.com')).toEqual({
        kind: 'page',
        what: 'a profile or organization page',
      });
    });

    it('ignores a query and a fragment', () => {
      expect(classify('https://github.com/acme/shop/actions/runs/123?pr=7#summary')).toMatchObject({
        kind: 'actions-run',
        ref: { id: 123 },
      });
    });

    it('decodes the path as GitHub does', () => {
      expect(classify('https://github.com/acme/shop/actions/%72uns/12')).toMatchObject({
        kind: 'actions-run',
      });
      expect(classify('https://github.com//acme//shop/actions/runs/12/')).toMatchObject({
        kind: 'actions-run',
        ref: { repository: 'acme/shop', id: 12 },
      });
    });

    it.each([
      ['https://github.com/acme/shop/actions/runs/0', 'a list of workflow runs, not one run'],
      ['https://github.com/acme/shop/actions/runs/012', 'a list of workflow runs, not one run'],
      ['https://github.com/acme/shop/actions/runs/1e3', 'a list of workflow runs, not one run'],
      ['https://github.com/acme/shop/actions/runs/99999999999999999', 'a list of workflow runs, not one run'],
      ['https://github.com/acme/shop/actions/runs', 'a list of workflow runs, not one run'],
      ['https://github.com/acme/shop/actions/runs/latest', 'a list of workflow runs, not one run'],
      [
        'https://github.com/acme/shop/actions/runs/1/attempts/0',
        'a page of a workflow run that names no run, job or attempt GitHub links to',
      ],
      [
        'https://github.com/acme/shop/actions/runs/1/attempts',
        'a page of a workflow run that names no run, job or attempt GitHub links to',
      ],
      [
        'https://github.com/acme/shop/actions/runs/1/job/x',
        'a page of a workflow run that names no run, job or attempt GitHub links to',
      ],
      [
        'https://github.com/acme/shop/actions/runs/1/jobs/2/extra',
        'a page of a workflow run that names no run, job or attempt GitHub links to',
      ],
      [
        'https://github.com/acme/shop/actions/runs/1/usage',
        'a page of a workflow run that names no run, job or attempt GitHub links to',
      ],
      ['https://github.com/acme/shop/actions', 'a list of workflow runs or a workflow, not one run'],
      [
        'https://github.com/acme/shop/actions/workflows/ci.yml',
        'a list of workflow runs or a workflow, not one run',
      ],
      ['https://github.com/acme/shop/runs/abc', 'a page that is not a run, a job or a check run'],
      ['https://github.com/acme/shop/runs/1/2', 'a page that is not a run, a job or a check run'],
      ['https://github.com/acme/shop/pull/5/checks', "a pull request's checks tab, not one check run"],
      [
        'https://github.com/acme/shop/pull/5/checks?check_run_id=x',
        "a pull request's checks tab, not one check run",
      ],
      ['https://github.com/acme/shop/pull/5', 'a pull request'],
      ['https://github.com/acme/shop/pull/5/files', 'a pull request'],
      ['https://github.com/acme/shop/pulls', 'a pull request'],
      [
        'https://github.com/acme/shop/actions/runs/1/attempts/2/logs',
        'a page of a workflow run that names no run, job or attempt GitHub links to',
      ],
      [
        'https://github.com/acme/shop/actions/runs/1/usage/5',
        'a page of a workflow run that names no run, job or attempt GitHub links to',
      ],
      [
        'https://github.com/acme/shop/issues/5/checks?check_run_id=7',
        'a page that is not a run, a job or a check run',
      ],
      ['https://github.com/acme/shop/pull/5/checks/x?check_run_id=7', 'a pull request'],
      ['https://github.com/acme/shop/wiki/runs/5', 'a file or folder in a repository'],
      ['https://github.com/acme/shop/discussions/runs/5', 'a page that is not a run, a job or a check run'],
    ])('%s is not a run: %s', (link, what) => {
      expect(pageWhat(link)).toBe(what);
    });

    it('keeps a run’s id whole up to the largest safe integer', () => {
      expect(classify('https://github.com/acme/shop/actions/runs/900719925474099')).toMatchObject({
        ref: { id: 900719925474099 },
      });
      expect(classify('https://github.com/acme/shop/runs/9007199254740993')).toMatchObject({ kind: 'page' });
    });
  });

  describe('uploads', () => {
    it.each([
      'https://user-images.githubusercontent.com/1/shot.png',
      'https://private-user-images.githubusercontent.com/1/shot.png',
      'https://github.com/user-attachments/assets/abc',
      'https://github.com/user-attachments/files/1/log.txt',
      'https://github.com/acme/shop/assets/1/abc',
      'https://github.com/acme/shop/files/1/log.txt',
    ])('%s is an attachment', (link) => {
      expect(classify(link)).toEqual({ kind: 'attachment' });
    });
  });

  describe('other GitHub pages', () => {
    it.each([
      ['https://github.com/', "the site's front page"],
      ['https://github.com/acme', 'a profile or organization page'],
      ['https://github.com/user-attachments', 'a profile or organization page'],
      ['https://github.com/acme/shop', "a repository's front page"],
      ['https://github.com/acme/assets', "a repository's front page"],
      ['https://github.com/acme/files', "a repository's front page"],
      ['https://github.com/-acme/shop/actions/runs/1', 'a page that is not a repository'],
      ['https://github.com/acme/sh%20op/actions/runs/1', 'a page that is not a repository'],
      ['https://github.com/acme/shop/blob/main/README.md', 'a file or folder in a repository'],
      ['https://github.com/acme/shop/tree/main', 'a file or folder in a repository'],
      ['https://github.com/acme/shop/raw/main/x', 'a file or folder in a repository'],
      ['https://github.com/acme/shop/wiki', 'a file or folder in a repository'],
      ['https://github.com/acme/shop/commit/abc', 'a commit or a comparison, not a run'],
      ['https://github.com/acme/shop/commits/main', 'a commit or a comparison, not a run'],
      ['https://github.com/acme/shop/compare/a...b', 'a commit or a comparison, not a run'],
      ['https://github.com/acme/shop/issues/1', 'a page that is not a run, a job or a check run'],
      ['https://github.com/acme/shop/%E0%A4%A', 'a page whose address does not decode'],
      ['https://avatars.githubusercontent.com/u/1', 'a profile picture'],
    ])('%s is %s', (link, what) => {
      expect(pageWhat(link)).toBe(what);
    });

    it('accepts the longest owner and repository names GitHub allows, and no longer', () => {
      const owner = `a${'b'.repeat(38)}`;
      const repo = 'r'.repeat(100);
      expect(classify(`https://github.com/${owner}/${repo}/actions/runs/1`)).toMatchObject({
        kind: 'actions-run',
      });
      expect(pageWhat(`https://github.com/${owner}b/${repo}/actions/runs/1`)).toBe(
        'a page that is not a repository',
      );
      expect(pageWhat(`https://github.com/${owner}/${repo}r/actions/runs/1`)).toBe(
        'a page that is not a repository',
      );
      expect(classify('https://github.com/a-b/x.y_z-1/actions/runs/1')).toMatchObject({
        kind: 'actions-run',
      });
    });
  });

  it('leaves any other host to the policy', () => {
    expect(classify('https://ci.example.com/acme/shop/actions/runs/1')).toEqual({ kind: 'other' });
    expect(classify('https://githubusercontent.com/x')).toEqual({ kind: 'other' });
    expect(classify('https://raw.githubusercontent.com/acme/shop/main/README.md')).toEqual({ kind: 'other' });
  });
});

describe('runKey', () => {
  it('ignores the repository’s case and keeps kind, id and attempt apart', () => {
    expect(runKey('actions-run', 'Acme/Shop', 1)).toBe(runKey('actions-run', 'acme/shop', 1));
    expect(runKey('actions-run', 'acme/shop', 1)).not.toBe(runKey('job', 'acme/shop', 1));
    expect(runKey('actions-run', 'acme/shop', 1)).not.toBe(runKey('actions-run', 'acme/shop', 1, 1));
    expect(runKey('actions-run', 'acme/shop', 1, 2)).toBe('actions-run:acme/shop:1#2');
  });
});

describe('serverHostOf', () => {
  it('reads the host of a server URL, lower-case and without a trailing dot', () => {
    expect(serverHostOf('https://GHES.example.com./')).toBe('ghes.example.com');
    expect(serverHostOf('https://github.com')).toBe('github.com');
  });

  it('falls back to github.com for a URL it cannot read', () => {
    expect(serverHostOf('not a url')).toBe('github.com');
  });
});
