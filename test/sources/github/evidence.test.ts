/**
 * The reads behind verified test evidence, against the local fake GitHub API: one request per run
 * link, facts as GitHub gives them, 404 as "not found" and every other failure as an error (never a
 * pass), the pull requests of a commit, the commit status, and the older commits' facts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { runKey } from '../../../src/core/evidence-links.js';
import type { RunRef } from '../../../src/core/model.js';
import { createClient } from '../../../src/sources/github/index.js';
import type { Octokit } from '../../../src/sources/github/index.js';
import { RunReader, readCommitFacts, readRun } from '../../../src/sources/github/index.js';
import {
  createCommitStatus,
  listOpenPullRequestsByHead,
  listPullRequestsForCommit,
} from '../../../src/sources/github/index.js';
import { parseRemoteUrl, readCommitFactsFromGit } from '../../../src/sources/git/evidence.js';
import { fakeScenario, startFakeGitHub } from '../../support/fake-github.js';
import type { FakeGitHub, FakeRoute } from '../../support/fake-github.js';

const REPO = { owner: 'octo', repo: 'deploys' };
const HEAD = 'h'.repeat(40);
const OLD = 'c'.repeat(40);

const servers: FakeGitHub[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function start(
  overrides: Parameters<typeof fakeScenario>[0] = {},
): Promise<{ fake: FakeGitHub; client: Octokit }> {
  const fake = await startFakeGitHub(fakeScenario(overrides));
  servers.push(fake);
  const client = createClient('test-token', { baseUrl: fake.url, retryAfterBaseMs: 1, maxRetries: 1 });
  return { fake, client };
}

const ref = (
  kind: RunRef['kind'],
  id: number,
  extra: Partial<RunRef> = {},
  repository = 'octo/deploys',
): RunRef => ({
  kind,
  repository,
  id,
  ...extra,
  key: runKey(kind, repository, id, extra.attempt),
});
const count = (fake: FakeGitHub, route: FakeRoute) => fake.requests.filter((r) => r.route === route).length;

describe('reading a run link', () => {
  it('reads a workflow run, one attempt of it, a job and a check run, as GitHub describes them', async () => {
    const { client } = await start({
      runs: [
        { id: 11, conclusion: 'success', displayTitle: `e2e for ${HEAD}`, attempts: 2 },
        { id: 12, conclusion: null, headRepository: 'mallory/deploys' },
      ],
      jobs: [{ id: 21, runId: 11, name: 'e2e', conclusion: 'failure' }],
      checkRuns: [{ id: 31, name: 'lint', conclusion: 'success', app: 'circleci' }],
    });
    expect(await readRun(client, ref('actions-run', 11))).toEqual({
      found: {
        name: 'CI',
        title: `e2e for ${HEAD}`,
        repository: 'octo/deploys',
        headRepository: 'octo/deploys',
        headSha: HEAD,
        status: 'completed',
        conclusion: 'success',
        completedAt: '2026-01-01T00:12:00Z',
      },
    });
    expect(await readRun(client, ref('actions-run', 11, { attempt: 2 }))).toMatchObject({
      found: { status: 'completed' },
    });
    expect(await readRun(client, ref('actions-run', 12))).toMatchObject({
      found: { status: 'in_progress', conclusion: null, headRepository: 'mallory/deploys' },
    });
    expect((await readRun(client, ref('actions-run', 12))) as object).not.toHaveProperty('found.completedAt');
    expect(await readRun(client, ref('job', 21, { runId: 11 }))).toEqual({
      found: {
        name: 'CI / e2e',
        repository: 'octo/deploys',
        headSha: HEAD,
        status: 'completed',
        conclusion: 'failure',
        app: 'github-actions',
        runId: 11,
        completedAt: '2026-01-01T00:10:00Z',
      },
    });
    expect(await readRun(client, ref('check-run', 31))).toMatchObject({
      found: { name: 'lint', app: 'circleci', conclusion: 'success' },
    });
  });

  it("reads another repository's run where the token can read it", async () => {
    const { client } = await start({ runs: [{ id: 9, repository: 'octo/e2e', conclusion: 'success' }] });
    expect(await readRun(client, ref('actions-run', 9, {}, 'octo/e2e'))).toMatchObject({
      found: { repository: 'octo/e2e' },
    });
  });

  it('gives "not found" for a 404 and the error for anything else, never facts', async () => {
    const { client } = await start({ faults: { 'check-run': { status: 502 } } });
    expect(await readRun(client, ref('actions-run', 404))).toEqual({ notFound: 'GitHub answered 404' });
    expect(await readRun(client, ref('check-run', 1))).toEqual({
      error: expect.stringMatching(/^GET \/repos\/octo\/deploys\/check-runs\/1 failed with 502/),
    });
  });

  it('explains a refusal: the token needs actions: read', async () => {
    const { client } = await start({
      runs: [{ id: 1, conclusion: 'success' }],
      faults: {
        'actions-run': {
          status: 403,
          secondary: false,
          message: 'Resource not accessible by integration',
          headers: { 'x-ratelimit-remaining': '4999' },
        },
      },
    });
    expect(await readRun(client, ref('actions-run', 1))).toEqual({
      error: expect.stringMatching(
        /was refused \(403 Resource not accessible by integration\) \(give the token the actions: read permission/,
      ),
    });
  });

  it('reads each link once, however often it is asked for, all at once', async () => {
    const { fake, client } = await start({
      delayMs: 30,
      runs: [
        { id: 1, conclusion: 'success' },
        { id: 2, conclusion: 'success' },
      ],
    });
    const reader = new RunReader(client);
    reader.prefetch([ref('actions-run', 1)]);
    const answers = await reader.read([ref('actions-run', 1), ref('actions-run', 2), ref('actions-run', 1)]);
    expect([...answers.keys()]).toEqual([ref('actions-run', 1).key, ref('actions-run', 2).key]);
    expect(count(fake, 'actions-run')).toBe(2);
    const [first, second] = fake.requests;
    expect(second?.receivedAt).toBeLessThan(first?.answeredAt ?? 0);
  });
});

describe('older commits (evidence.freshness: unchanged)', () => {
  const files = { 'deploy/a.yaml': 'a: 1\n', 'deploy/b.yaml': 'b: 1\n', 'README.md': 'old\n' };

  it("says in one query whether a commit is the pull request's and which judged files changed since", async () => {
    const { fake, client } = await start({
      files: { base: {}, head: { ...files, 'deploy/b.yaml': 'b: 2\n', 'README.md': 'new\n' } },
      commits: [{ sha: OLD, files }],
    });
    const facts = await readCommitFacts(
      client,
      REPO,
      7,
      HEAD,
      [OLD, 'f'.repeat(40)],
      ['deploy/a.yaml', 'deploy/b.yaml'],
    );
    expect(facts.get(OLD)).toEqual({ inPullRequest: true, changedSince: ['deploy/b.yaml'] });
    expect(facts.get('f'.repeat(40))).toEqual({
      inPullRequest: false,
      changedSince: ['deploy/a.yaml', 'deploy/b.yaml'],
    });
    expect(count(fake, 'graphql-evidence-commits')).toBe(1);
  });

  it('records an error for every commit when the query fails (never fresh)', async () => {
    const { client } = await start({ faults: { 'graphql-evidence-commits': { status: 502 } } });
    const facts = await readCommitFacts(client, REPO, 7, HEAD, [OLD], ['deploy/a.yaml']);
    expect(facts.get(OLD)).toMatchObject({
      inPullRequest: undefined,
      error: expect.stringMatching(/failed with 502/),
    });
  });

  it('reads the same facts from a local clone', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rollout-guard-evidence-'));
    try {
      const git = (...args: string[]) =>
        execFileSync('git', ['-C', dir, ...args], {
          encoding: 'utf8',
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@x',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@x',
          },
        }).trim();
      git('init', '-q', '-b', 'main');
      const commit = (name: string, text: string) => {
        writeFileSync(path.join(dir, name), text);
        git('add', '.');
        git('commit', '-q', '-m', name);
        return git('rev-parse', 'HEAD');
      };
      const base = commit('README.md', 'readme\n');
      const tested = commit('deploy.yaml', 'a: 1\n');
      const docs = commit('README.md', 'docs\n');
      const head = commit('other.yaml', 'b: 1\n');
      return readCommitFactsFromGit(dir, base, head, [tested, docs, base], ['deploy.yaml', 'other.yaml'])
        .then((facts) => {
          expect(facts.get(tested)).toEqual({ inPullRequest: true, changedSince: ['other.yaml'] });
          expect(facts.get(docs)).toEqual({ inPullRequest: true, changedSince: ['other.yaml'] });
          expect(facts.get(base)).toEqual({
            inPullRequest: false,
            changedSince: ['deploy.yaml', 'other.yaml'],
          });
        })
        .finally(() => rmSync(dir, { recursive: true, force: true }));
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  });
});

describe('re-judging: the pull requests of a commit, and the verdict as a status', () => {
  it('finds the open pull request whose head is the commit, for a branch of this repository', async () => {
    const { client } = await start();
    expect(await listPullRequestsForCommit(client, REPO, HEAD)).toEqual([{ number: 7, headSha: HEAD }]);
    expect(await listPullRequestsForCommit(client, REPO, 'e'.repeat(40))).toEqual([]);
  });

  it("finds a fork's pull request by its branch, as GitHub does not associate a fork's commit", async () => {
    const { client } = await start({
      pull: { head: { sha: HEAD, ref: 'fix', repo: { full_name: 'mallory/deploys', fork: true } } },
    });
    expect(await listPullRequestsForCommit(client, REPO, HEAD)).toEqual([]);
    expect(await listOpenPullRequestsByHead(client, REPO, 'mallory', 'fix', HEAD)).toEqual([
      { number: 7, headSha: HEAD },
    ]);
    // The branch moved on: its pull request is not this commit's.
    expect(await listOpenPullRequestsByHead(client, REPO, 'mallory', 'fix', 'e'.repeat(40))).toEqual([]);
  });

  it('sets a commit status, its description cut to the 140 characters GitHub takes', async () => {
    const { fake, client } = await start();
    await createCommitStatus(client, REPO, HEAD, {
      state: 'failure',
      context: 'rollout-guard/verdict',
      description: 'x'.repeat(200),
      targetUrl: 'https://github.com/octo/deploys/actions/runs/1',
    });
    const [request] = fake.requests;
    expect(request).toMatchObject({ route: 'create-status', path: `/repos/octo/deploys/statuses/${HEAD}` });
    const body = request?.body as { state: string; context: string; description: string; target_url: string };
    expect(body).toMatchObject({ state: 'failure', context: 'rollout-guard/verdict' });
    expect([...body.description]).toHaveLength(140);
  });
});

describe('the origin remote', () => {
  it.each([
    ['https://github.com/acme/shop.git', { host: 'github.com', repository: 'acme/shop' }],
    ['https://github.com/acme/shop', { host: 'github.com', repository: 'acme/shop' }],
    ['git@github.com:acme/shop.git', { host: 'github.com', repository: 'acme/shop' }],
    ['ssh://git@ghes.example.com/acme/shop.git', { host: 'ghes.example.com', repository: 'acme/shop' }],
    ['/srv/git/shop.git', undefined],
    ['https://gitlab.com/group/sub/shop.git', undefined],
  ])('%s names %o', (url, expected) => {
    expect(parseRemoteUrl(url)).toEqual(expected);
  });
});
