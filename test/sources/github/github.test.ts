import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/sources/github/index.js';
import type { ClientOptions, Octokit } from '../../../src/sources/github/index.js';
import {
  GitHubSourceError,
  MAX_COMMENT_PAGES,
  TooManyFilesError,
  getPullRequest,
  isRefusal,
  listChangedFiles,
  listCheckResults,
  readBlobs,
  readGitHubChangeSet,
  readPullRequestState,
} from '../../../src/sources/github/index.js';
import { fakeScenario, startFakeGitHub } from '../../support/fake-github.js';
import type { FakeComment, FakeGitHub, FakeRoute, FakeScenario } from '../../support/fake-github.js';

const REPO = { owner: 'octo', repo: 'deploys' };
const BASE = 'b'.repeat(40);
const HEAD = 'h'.repeat(40);
const POLICY = '.github/rollout-guard.yml';
const MAX_BYTES = 1_000_000;

const servers: FakeGitHub[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function start(
  overrides: Parameters<typeof fakeScenario>[0] = {},
  clientOptions: ClientOptions = {},
): Promise<{ fake: FakeGitHub; client: Octokit }> {
  const fake = await startFakeGitHub(fakeScenario(overrides));
  servers.push(fake);
  const client = createClient('test-token', {
    baseUrl: fake.url,
    retryAfterBaseMs: 1,
    maxRetries: 2,
    requestTimeoutMs: 5000,
    ...clientOptions,
  });
  return { fake, client };
}

const count = (fake: FakeGitHub, route: FakeRoute) => fake.requests.filter((r) => r.route === route).length;

function rollout(name: string, weight: number): string {
  return [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Rollout',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  strategy:',
    '    canary:',
    '      steps:',
    `        - setWeight: ${weight}`,
    '        - pause: { duration: 10m }',
    '',
  ].join('\n');
}

async function readPull(client: Octokit, maxFileBytes = MAX_BYTES) {
  const pr = await getPullRequest(client, REPO, 7);
  return readGitHubChangeSet(client, REPO, pr, { maxFileBytes, policyPath: POLICY });
}

async function caught(promise: Promise<unknown>): Promise<GitHubSourceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitHubSourceError);
  expect((error as Error).message).toMatch(/^could not verify: /);
  return error as GitHubSourceError;
}

describe('getPullRequest', () => {
  it('maps the pull request and sends the token', async () => {
    const { fake, client } = await start({ pull: { labels: ['deploy', 'risky'], body: null } });
    const pr = await getPullRequest(client, REPO, 7);
    expect(pr).toEqual({
      number: 7,
      title: 'Roll out checkout v2',
      body: '',
      labels: ['deploy', 'risky'],
      author: 'alice',
      baseSha: BASE,
      headSha: HEAD,
      baseRef: 'main',
      headRepoFullName: 'octo/deploys',
      isFork: false,
      changedFiles: 0,
    });
    expect(fake.requests[0]?.headers.authorization).toBe('token test-token');
  });

  it('tells a fork, and a deleted fork, from a branch of the repository', async () => {
    const fork = await start({
      pull: { head: { sha: HEAD, ref: 'main', repo: { full_name: 'mallory/deploys', fork: true } } },
    });
    expect(await getPullRequest(fork.client, REPO, 7)).toMatchObject({
      isFork: true,
      headRepoFullName: 'mallory/deploys',
    });
    const gone = await start({ pull: { head: { sha: HEAD, ref: 'main', repo: null }, user: null } });
    const pr = await getPullRequest(gone.client, REPO, 7);
    expect(pr.isFork).toBe(true);
    expect(pr.headRepoFullName).toBeUndefined();
    expect(pr.author).toBeUndefined();
  });

  it('says what was not found and what to check', async () => {
    const { client } = await start();
    const error = await caught(getPullRequest(client, REPO, 8));
    expect(error.message).toContain('GET /repos/octo/deploys/pulls/8 found nothing (404');
    expect(error.message).toContain('the token can read them');
    expect(error.cause).toBeDefined();
  });
});

describe('listChangedFiles', () => {
  it('pages through 250 files, 100 at a time', async () => {
    const head = Object.fromEntries(
      Array.from({ length: 250 }, (_, i) => [`apps/app-${i}.yaml`, `n: ${i}\n`]),
    );
    const { fake, client } = await start({ files: { head } });
    const files = await listChangedFiles(client, REPO, 7);
    expect(files).toHaveLength(250);
    expect(new Set(files.map((f) => f.path))).toEqual(new Set(Object.keys(head)));
    expect(files.every((f) => f.status === 'added')).toBe(true);
    const pages = fake.requests.filter((r) => r.route === 'pull-files');
    expect(pages.map((r) => [r.query.per_page, r.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3'],
    ]);
  });

  it('maps every GitHub status to added, modified, removed or renamed', async () => {
    const { client } = await start({
      changedFiles: [
        { filename: 'new.yaml', status: 'added' },
        { filename: 'gone.yaml', status: 'removed' },
        { filename: 'moved/app.yaml', status: 'renamed', previous_filename: 'app.yaml' },
        { filename: 'copy.yaml', status: 'copied', previous_filename: 'orig.yaml' },
        { filename: 'mode.sh', status: 'changed' },
        { filename: 'same.yaml', status: 'unchanged' },
        { filename: 'edit.yaml', status: 'modified' },
      ],
    });
    expect(await listChangedFiles(client, REPO, 7)).toEqual([
      { status: 'added', path: 'new.yaml' },
      { status: 'removed', path: 'gone.yaml' },
      { status: 'renamed', path: 'moved/app.yaml', previousPath: 'app.yaml' },
      { status: 'added', path: 'copy.yaml' },
      { status: 'modified', path: 'mode.sh' },
      { status: 'modified', path: 'same.yaml' },
      { status: 'modified', path: 'edit.yaml' },
    ]);
  });

  const huge = Array.from({ length: 3001 }, (_, i) => ({ filename: `f${i}.yaml`, status: 'added' as const }));

  it('refuses a pull request of 3000 files or more before listing it, when the count is known', async () => {
    const { fake, client } = await start({ changedFiles: huge });
    const pr = await getPullRequest(client, REPO, 7);
    expect(pr.changedFiles).toBe(3001);
    const error = await caught(listChangedFiles(client, REPO, 7, { expectedCount: pr.changedFiles }));
    expect(error).toBeInstanceOf(TooManyFilesError);
    expect(error.message).toContain('changes 3001 files');
    expect(error.message).toContain('actions/checkout');
    expect(count(fake, 'pull-files')).toBe(0);
  });

  it('treats a listing that stops at 3000 files as truncated', async () => {
    const { fake, client } = await start({ changedFiles: huge });
    const error = await caught(listChangedFiles(client, REPO, 7));
    expect(error).toBeInstanceOf(TooManyFilesError);
    expect(error.message).toContain('at least 3000 files');
    expect(count(fake, 'pull-files')).toBe(30);
  });

  it('refuses through readGitHubChangeSet too, without reading any file', async () => {
    const { fake, client } = await start({ changedFiles: huge });
    await expect(readPull(client)).rejects.toBeInstanceOf(TooManyFilesError);
    expect(count(fake, 'graphql')).toBe(0);
  });
});

describe('readGitHubChangeSet', () => {
  it('reads 50 changed manifests and the policy in 6 requests', async () => {
    const base: FakeScenario['files']['base'] = { [POLICY]: 'environments: {}\n' };
    const head: FakeScenario['files']['head'] = { [POLICY]: 'environments: { loosened: true }\n' };
    for (let i = 0; i < 50; i++) {
      base[`deploy/svc-${i}/rollout.yaml`] = rollout(`svc-${i}`, 10);
      head[`deploy/svc-${i}/rollout.yaml`] = rollout(`svc-${i}`, 50);
    }
    const { fake, client } = await start({
      files: { base, head },
      checkRuns: [{ name: 'test', conclusion: 'success' }],
    });

    const { changeSet, policyText } = await readPull(client);

    expect(fake.requests.map((r) => r.route).sort()).toEqual(
      ['check-runs', 'graphql', 'graphql', 'pull', 'pull-files', 'status'].sort(),
    );
    // The pull request changes the policy too, but it is read at base.
    expect(policyText).toBe('environments: {}\n');
    expect(changeSet.files).toHaveLength(51);
    const file = changeSet.files.find((f) => f.path === 'deploy/svc-42/rollout.yaml');
    expect(file).toEqual({
      status: 'modified',
      path: 'deploy/svc-42/rollout.yaml',
      base: { kind: 'text', text: rollout('svc-42', 10) },
      head: { kind: 'text', text: rollout('svc-42', 50) },
    });
    expect(changeSet).toMatchObject({
      base: BASE,
      head: HEAD,
      context: [],
      pullRequest: { number: 7, title: 'Roll out checkout v2', labels: [], author: 'alice' },
      checks: [{ name: 'test', conclusion: 'success', app: 'github-actions', headSha: HEAD }],
    });
    // Paths travel as variables, never spliced into the query text.
    const query = String((fake.requests.find((r) => r.route === 'graphql')?.body as { query: string }).query);
    expect(query).not.toContain('svc-42');
  });

  it('reads a renamed file at base under its old name, and each side only where it exists', async () => {
    const { client } = await start({
      files: {
        base: { 'old/app.yaml': rollout('app', 5), 'gone.yaml': rollout('gone', 5) },
        head: { 'new/app.yaml': rollout('app', 100), 'added.yaml': rollout('added', 20) },
      },
      changedFiles: [
        { filename: 'new/app.yaml', status: 'renamed', previous_filename: 'old/app.yaml' },
        { filename: 'gone.yaml', status: 'removed' },
        { filename: 'added.yaml', status: 'added' },
      ],
    });
    const { changeSet, policyText } = await readPull(client);
    expect(policyText).toBeUndefined();
    expect(changeSet.files).toEqual([
      {
        status: 'renamed',
        path: 'new/app.yaml',
        previousPath: 'old/app.yaml',
        base: { kind: 'text', text: rollout('app', 5) },
        head: { kind: 'text', text: rollout('app', 100) },
      },
      { status: 'removed', path: 'gone.yaml', base: { kind: 'text', text: rollout('gone', 5) } },
      { status: 'added', path: 'added.yaml', head: { kind: 'text', text: rollout('added', 20) } },
    ]);
  });

  it('reports a symlink as a symlink and never returns its target', async () => {
    const { fake, client } = await start({
      files: {
        base: { 'deploy/app.yaml': rollout('app', 5) },
        head: {
          'deploy/app.yaml': { symlink: '/etc/passwd' },
          'link.yaml': { symlink: '../../secret.yaml' },
        },
      },
    });
    const { changeSet } = await readPull(client);
    expect(changeSet.files.find((f) => f.path === 'deploy/app.yaml')?.head).toEqual({ kind: 'symlink' });
    expect(changeSet.files.find((f) => f.path === 'link.yaml')?.head).toEqual({ kind: 'symlink' });
    expect(JSON.stringify(changeSet)).not.toMatch(/passwd|secret/);
    expect(count(fake, 'contents')).toBe(0);
  });

  it('reads the policy as a symlink when it is one, without its target', async () => {
    const { client } = await start({ files: { base: { [POLICY]: { symlink: '/etc/shadow' } }, head: {} } });
    const { policyText } = await readPull(client);
    expect(policyText).toEqual({ kind: 'symlink' });
  });

  it('tells binary, too large and submodule entries apart from text', async () => {
    const big = `${'x: 1\n'.repeat(300)}`;
    const { client } = await start({
      files: {
        base: {},
        head: {
          'chart.tgz': { binary: true, size: 100 },
          'big.yaml': big,
          'vendor/lib': { submodule: 'c'.repeat(40) },
          'ok.yaml': 'a: 1\n',
        },
      },
    });
    const { changeSet } = await readPull(client, 1000);
    const head = Object.fromEntries(changeSet.files.map((f) => [f.path, f.head]));
    expect(head).toEqual({
      'chart.tgz': { kind: 'binary' },
      'big.yaml': { kind: 'too-large', bytes: big.length },
      'vendor/lib': { kind: 'not-a-file' },
      'ok.yaml': { kind: 'text', text: 'a: 1\n' },
    });
  });

  it('downloads text that GraphQL truncates, and checks downloaded bytes are UTF-8', async () => {
    const long = `# ${'é'.repeat(300_000)}\nkind: Rollout\n`;
    const { fake, client } = await start({
      files: {
        base: {},
        head: {
          'deploy/long.yaml': long,
          'latin1.yaml': { bytes: Buffer.from([0x6b, 0x3a, 0x20, 0xe9, 0x0a]) },
          'plain.yaml': { bytes: Buffer.from('kind: Canary\n') },
        },
      },
    });
    const { changeSet } = await readPull(client);
    const head = Object.fromEntries(changeSet.files.map((f) => [f.path, f.head]));
    expect(head['deploy/long.yaml']).toEqual({ kind: 'text', text: long });
    expect(head['latin1.yaml']).toEqual({ kind: 'binary' });
    expect(head['plain.yaml']).toEqual({ kind: 'text', text: 'kind: Canary\n' });
    const downloads = fake.requests.filter((r) => r.route === 'contents');
    expect(downloads.map((r) => r.query.ref)).toEqual([HEAD, HEAD, HEAD]);
    expect(downloads.every((r) => /raw/.test(r.headers.accept ?? ''))).toBe(true);
  });

  it('does not download a file GitHub reports as too large', async () => {
    const { fake, client } = await start({
      files: { base: {}, head: { 'odd.yaml': { bytes: Buffer.alloc(5000, 0x61) } } },
    });
    const contents = await readBlobs(client, REPO, [{ commit: HEAD, path: 'odd.yaml' }], 4000);
    expect(contents.get(`${HEAD}:odd.yaml`)).toEqual({ kind: 'too-large', bytes: 5000 });
    expect(count(fake, 'contents')).toBe(0);
  });

  it('reads paths with quotes, backslashes, spaces and other characters as they are', async () => {
    const names = ['we ird/q"uote\\back.yaml', 'root #1?.yaml', 'ünï/cödé.yaml', 'new\nline.yaml'];
    const head = Object.fromEntries(names.map((name, i) => [name, `n: ${i}\n`]));
    head['spaced dir/long #2.yaml'] = `# ${'y'.repeat(600_000)}\n`;
    const { client } = await start({ files: { base: {}, head } });
    const { changeSet } = await readPull(client);
    for (const [i, name] of names.entries()) {
      expect(changeSet.files.find((f) => f.path === name)?.head).toEqual({ kind: 'text', text: `n: ${i}\n` });
    }
    expect(changeSet.files.find((f) => f.path === 'spaced dir/long #2.yaml')?.head).toEqual({
      kind: 'text',
      text: head['spaced dir/long #2.yaml'],
    });
  });

  it('fails when a file listed at head is not there (the pull request moved)', async () => {
    const { client } = await start({
      files: { base: {}, head: {} },
      changedFiles: [{ filename: 'deploy/app.yaml', status: 'added' }],
    });
    const error = await caught(readPull(client));
    expect(error.message).toContain(
      'deploy/app.yaml is listed as added in pull request #7 but does not exist',
    );
  });

  it('reads a modified file missing at base as new', async () => {
    const { client } = await start({
      files: { base: {}, head: { 'app.yaml': 'a: 1\n' } },
      changedFiles: [{ filename: 'app.yaml', status: 'modified' }],
    });
    const { changeSet } = await readPull(client);
    expect(changeSet.files).toEqual([
      { status: 'modified', path: 'app.yaml', head: { kind: 'text', text: 'a: 1\n' } },
    ]);
  });

  it('batches 100 lookups a query and runs at most 2 queries at once', async () => {
    const head = Object.fromEntries(
      Array.from({ length: 450 }, (_, i) => [`d${i % 7}/f${i}.yaml`, `i: ${i}\n`]),
    );
    const { fake, client } = await start({ files: { base: {}, head }, delayMs: 50 });
    const wanted = Object.keys(head).map((path) => ({ commit: HEAD, path }));
    const contents = await readBlobs(client, REPO, wanted, MAX_BYTES);
    expect(contents.size).toBe(450);
    expect(contents.get(`${HEAD}:d3/f3.yaml`)).toEqual({ kind: 'text', text: 'i: 3\n' });
    const queries = fake.requests.filter((r) => r.route === 'graphql');
    expect(queries).toHaveLength(5);
    const overlapping = queries.map(
      (q) => queries.filter((o) => o.receivedAt < q.answeredAt && q.receivedAt < o.answeredAt).length,
    );
    expect(Math.max(...overlapping)).toBe(2);
  });
});

describe('listCheckResults', () => {
  it('reports check runs and statuses as GitHub gives them', async () => {
    const { fake, client } = await start({
      checkRuns: [
        { name: 'unit', conclusion: 'success' },
        { name: 'unit', conclusion: 'success', app: 'some-other-app' },
        { name: 'e2e', conclusion: 'success', headSha: 'a'.repeat(40) },
        { name: 'lint', conclusion: 'neutral' },
        { name: 'deploy-preview', conclusion: null },
        { name: 'orphan', conclusion: 'failure', app: null },
      ],
      statuses: [
        { context: 'ci/jenkins', state: 'success' },
        { context: 'ci/flaky', state: 'error' },
        { context: 'ci/slow', state: 'pending' },
      ],
    });
    expect(await listCheckResults(client, REPO, HEAD)).toEqual([
      { name: 'unit', conclusion: 'success', app: 'github-actions', headSha: HEAD },
      { name: 'unit', conclusion: 'success', app: 'some-other-app', headSha: HEAD },
      { name: 'e2e', conclusion: 'success', app: 'github-actions', headSha: 'a'.repeat(40) },
      { name: 'lint', conclusion: 'neutral', app: 'github-actions', headSha: HEAD },
      { name: 'deploy-preview', conclusion: null, app: 'github-actions', headSha: HEAD },
      { name: 'orphan', conclusion: 'failure', headSha: HEAD },
      { name: 'ci/jenkins', conclusion: 'success', headSha: HEAD },
      { name: 'ci/flaky', conclusion: 'error', headSha: HEAD },
      { name: 'ci/slow', conclusion: null, headSha: HEAD },
    ]);
    expect(fake.requests.find((r) => r.route === 'check-runs')?.path).toBe(
      `/repos/octo/deploys/commits/${HEAD}/check-runs`,
    );
  });

  it('pages through check runs and statuses', async () => {
    const { fake, client } = await start({
      checkRuns: Array.from({ length: 130 }, (_, i) => ({ name: `job-${i}`, conclusion: 'success' })),
      statuses: Array.from({ length: 105 }, (_, i) => ({ context: `ctx-${i}`, state: 'success' as const })),
    });
    const results = await listCheckResults(client, REPO, HEAD);
    expect(results).toHaveLength(235);
    expect(results.at(-1)).toEqual({ name: 'ctx-104', conclusion: 'success', headSha: HEAD });
    expect(count(fake, 'check-runs')).toBe(2);
    expect(count(fake, 'status')).toBe(2);
  });

  it('names the missing permission when the token may not read checks', async () => {
    const { fake, client } = await start({
      faults: {
        'check-runs': {
          status: 403,
          message: 'Resource not accessible by integration',
          headers: { 'x-ratelimit-remaining': '4000' },
        },
      },
    });
    const error = await caught(listCheckResults(client, REPO, HEAD));
    expect(error.message).toContain('was refused (403 Resource not accessible by integration)');
    expect(error.message).toContain('checks: read');
    expect(count(fake, 'check-runs')).toBe(1);
  });
});

describe('readPullRequestState', () => {
  const MARKER = '<!-- rollout-guard:sticky-comment -->';
  const comments = (count: number, firstId = 1): FakeComment[] =>
    Array.from({ length: count }, (_, i) => ({
      id: firstId + i,
      body: `comment ${firstId + i}`,
      user: { login: 'bob', type: 'User' },
    }));
  const variables = (fake: FakeGitHub) =>
    fake.requests
      .filter((r) => r.route === 'graphql-pull-state')
      .map((r) => (r.body as { variables: Record<string, unknown> }).variables);

  it('(comments: false) reads only the head, in one query', async () => {
    const { fake, client } = await start({ comments: comments(3) });
    expect(await readPullRequestState(client, REPO, 7, { comments: false })).toEqual({ headSha: HEAD });
    expect(count(fake, 'graphql-pull-state')).toBe(1);
    const query = (fake.requests[0]?.body as { query: string }).query;
    expect(query).toContain('headRefOid');
    expect(query).not.toMatch(/comments|viewer/);
  });

  it('reads the head, the viewer and every comment, oldest first, paging backwards 100 at a time', async () => {
    const world: FakeScenario['comments'] = [
      { id: 1, body: `${MARKER} by the bot`, user: { login: 'github-actions[bot]', type: 'Bot' } },
      { id: 2, body: `${MARKER} by a deleted account`, user: null },
      ...comments(248, 3),
    ];
    const { fake, client } = await start({ comments: world });
    const state = await readPullRequestState(client, REPO, 7, { comments: true });
    expect(state.headSha).toBe(HEAD);
    const read = state.comments;
    if (read === undefined || 'refused' in read) throw new Error('comments not read');
    expect(read.viewer).toBe('github-actions[bot]');
    expect(read.complete).toBe(true);
    expect(read.comments.map((c) => c.id)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    // GraphQL gives a bot's login without "[bot]"; a deleted account has no author.
    expect(read.comments[0]).toEqual({
      id: 1,
      body: `${MARKER} by the bot`,
      author: { login: 'github-actions', isBot: true },
    });
    expect(read.comments[1]?.author).toBeNull();
    expect(read.comments[2]?.author).toEqual({ login: 'bob', isBot: false });
    const cursors = variables(fake).map((v) => v.cursor);
    expect(cursors).toHaveLength(3);
    expect(cursors[0]).toBeNull();
    expect(cursors.slice(1)).toEqual([expect.any(String), expect.any(String)]);
  });

  it('keeps comment ids past 2^31 (GraphQL fullDatabaseId), as REST needs them to update', async () => {
    const { client } = await start({ comments: comments(2, 2_250_077_004) });
    const read = (await readPullRequestState(client, REPO, 7, { comments: true })).comments;
    if (read === undefined || 'refused' in read) throw new Error('comments not read');
    expect(read.comments.map((c) => c.id)).toEqual([2_250_077_004, 2_250_077_005]);
  });

  it(`stops after ${MAX_COMMENT_PAGES} pages with the newest comments, and says it did not read them all`, async () => {
    const { fake, client } = await start({ comments: comments(MAX_COMMENT_PAGES * 100 + 50) });
    const read = (await readPullRequestState(client, REPO, 7, { comments: true })).comments;
    if (read === undefined || 'refused' in read) throw new Error('comments not read');
    expect(read.complete).toBe(false);
    expect(read.comments).toHaveLength(MAX_COMMENT_PAGES * 100);
    expect(read.comments[0]?.id).toBe(51);
    expect(read.comments.at(-1)?.id).toBe(MAX_COMMENT_PAGES * 100 + 50);
    expect(count(fake, 'graphql-pull-state')).toBe(MAX_COMMENT_PAGES);
  });

  it('gives the head and the refusal when older comments may not be read', async () => {
    let pages = 0;
    const { client } = await start({
      comments: comments(150),
      beforeAnswer: (request, world) => {
        if (request.route === 'graphql-pull-state' && ++pages === 2) {
          world.faults['graphql-pull-state'] = {
            status: 200,
            graphqlErrors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
          };
        }
      },
    });
    const state = await readPullRequestState(client, REPO, 7, { comments: true });
    expect(state.headSha).toBe(HEAD);
    expect(state.comments).toEqual({ refused: expect.any(GitHubSourceError) });
    if (state.comments && 'refused' in state.comments) {
      expect(state.comments.refused.message).toMatch(/page 2\) returned errors: Resource not accessible/);
    }
  });

  it('fails when older comments cannot be read for any other reason', async () => {
    let pages = 0;
    const { client } = await start({
      comments: comments(150),
      beforeAnswer: (request, world) => {
        if (request.route === 'graphql-pull-state' && ++pages === 2) {
          world.faults['graphql-pull-state'] = { status: 500 };
        }
      },
    });
    const error = await caught(readPullRequestState(client, REPO, 7, { comments: true }));
    expect(error.message).toContain('failed with 500');
    expect(isRefusal(error)).toBe(false);
  });

  it('fails, as a refusal, when the first query is refused or the pull request is not there', async () => {
    const forbidden = await start({
      faults: {
        'graphql-pull-state': {
          status: 200,
          graphqlErrors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
        },
      },
    });
    const refused = await caught(readPullRequestState(forbidden.client, REPO, 7, { comments: false }));
    expect(refused.message).toContain(
      'POST /graphql (head of pull request #7 of octo/deploys) returned errors',
    );
    expect(refused.message).toContain('pull-requests: read');
    expect(isRefusal(refused)).toBe(true);

    const { client } = await start();
    const missing = await caught(readPullRequestState(client, REPO, 8, { comments: true }));
    expect(missing.message).toContain('Could not resolve to a PullRequest with the number of 8');
    expect(isRefusal(missing)).toBe(true);
  });
});

describe('isRefusal', () => {
  it('is a 403 or 404 that is no rate limit, or GraphQL errors that are all FORBIDDEN or NOT_FOUND', async () => {
    const refusal = async (fault: NonNullable<FakeScenario['faults']['pull']>) => {
      const { client } = await start({ faults: { pull: fault } }, { maxRetries: 0 });
      return isRefusal(await caught(getPullRequest(client, REPO, 7)));
    };
    expect(await refusal({ status: 404 })).toBe(true);
    expect(await refusal({ status: 403, headers: { 'x-ratelimit-remaining': '4000' } })).toBe(true);
    expect(await refusal({ status: 403, times: 3 })).toBe(false); // a primary rate limit
    expect(await refusal({ status: 403, secondary: true, times: 3 })).toBe(false);
    expect(await refusal({ status: 500 })).toBe(false);
    expect(isRefusal(new Error('x'))).toBe(false);
  });
});

describe('failures', () => {
  it('retries a server error and succeeds', async () => {
    const { fake, client } = await start({ faults: { pull: { status: 500, times: 2 } } });
    expect((await getPullRequest(client, REPO, 7)).headSha).toBe(HEAD);
    expect(count(fake, 'pull')).toBe(3);
  });

  it('gives up on a server error that persists, after the retries', async () => {
    const { fake, client } = await start({ faults: { pull: { status: 502 } } });
    const started = Date.now();
    const error = await caught(getPullRequest(client, REPO, 7));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.message).toContain('GET /repos/octo/deploys/pulls/7 failed with 502');
    expect(error.message).toContain('re-run the job');
    expect(count(fake, 'pull')).toBe(3);
  });

  it('never returns a partial change set when one GraphQL query keeps failing', async () => {
    const head = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`f${i}.yaml`, 'a: 1\n']));
    const { client } = await start({ files: { base: {}, head }, faults: { graphql: { status: 500 } } });
    const error = await caught(readPull(client));
    expect(error.message).toContain('POST /graphql');
  });

  it('fails on GraphQL errors', async () => {
    const { client } = await start({
      files: { base: {}, head: { 'a.yaml': 'a: 1\n' } },
      faults: {
        graphql: { status: 200, graphqlErrors: [{ type: 'FORBIDDEN', message: 'Resource not accessible' }] },
      },
    });
    const error = await caught(readPull(client));
    expect(error.message).toContain('returned errors: Resource not accessible');
    expect(error.message).toContain('contents: read');
  });

  it('retries a GraphQL rate limit twice, then fails saying when it resets', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 1);
    const { fake, client } = await start({
      faults: {
        graphql: {
          status: 200,
          graphqlErrors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded' }],
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
        },
      },
    });
    const error = await caught(readBlobs(client, REPO, [{ commit: HEAD, path: 'a.yaml' }], 10));
    expect(error.message).toMatch(/hit GitHub's GraphQL rate limit \(it resets at \d{4}-/);
    expect(count(fake, 'graphql')).toBe(3);
  });

  it('fails when the repository is not there', async () => {
    const { client } = await start({ files: { base: {}, head: { 'a.yaml': 'a: 1\n' } } });
    const error = await caught(
      readBlobs(client, { owner: 'octo', repo: 'other' }, [{ commit: HEAD, path: 'a.yaml' }], 10),
    );
    expect(error.message).toContain('Could not resolve to a Repository');
  });

  it('waits out a primary rate limit and succeeds', async () => {
    const { fake, client } = await start({ faults: { 'pull-files': { status: 403, times: 1 } } });
    expect(await listChangedFiles(client, REPO, 7)).toEqual([]);
    expect(count(fake, 'pull-files')).toBe(2);
  });

  it('retries a rate limit at most twice, then fails saying when it resets', async () => {
    const { fake, client } = await start({ faults: { 'pull-files': { status: 403 } } });
    const error = await caught(listChangedFiles(client, REPO, 7));
    expect(error.message).toMatch(/hit GitHub's API rate limit \(it resets at \d{4}-/);
    expect(count(fake, 'pull-files')).toBe(3);
  });

  it('does not wait for a rate limit that resets in an hour', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const logs: string[] = [];
    const { fake, client } = await start(
      { faults: { pull: { status: 403, headers: { 'x-ratelimit-reset': reset } } } },
      { log: (msg) => logs.push(msg) },
    );
    await caught(getPullRequest(client, REPO, 7));
    expect(count(fake, 'pull')).toBe(1);
    expect(logs.join('\n')).toContain('more than this run waits');
  });

  it('retries a 429 secondary rate limit and succeeds', async () => {
    const { fake, client } = await start({ faults: { status: { status: 429, times: 2 } } });
    expect(await listCheckResults(client, REPO, HEAD)).toEqual([]);
    expect(count(fake, 'status')).toBe(3);
  });

  it('fails on a 429 that persists, after two retries in all', async () => {
    const { fake, client } = await start({ faults: { status: { status: 429 } } });
    const error = await caught(listCheckResults(client, REPO, HEAD));
    expect(error.message).toContain(
      `GET /repos/octo/deploys/commits/${HEAD}/status hit GitHub's secondary rate limit`,
    );
    expect(count(fake, 'status')).toBe(3);
  });

  it('fails on a secondary rate limit that persists, after two retries', async () => {
    const { fake, client } = await start({ faults: { graphql: { status: 403, secondary: true } } });
    const error = await caught(readBlobs(client, REPO, [{ commit: HEAD, path: 'a.yaml' }], 10));
    expect(error.message).toContain("hit GitHub's secondary rate limit");
    expect(count(fake, 'graphql')).toBe(3);
  });

  it('times out a request that gets no answer, within bounded retries', async () => {
    const { fake, client } = await start({ delayMs: 400 }, { requestTimeoutMs: 50, maxRetries: 1 });
    const started = Date.now();
    const error = await caught(getPullRequest(client, REPO, 7));
    expect(error.message).toContain('GET /repos/octo/deploys/pulls/7 got no answer in time');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(count(fake, 'pull')).toBe(2);
  });
});

describe('GitHub Enterprise Server', () => {
  it('uses the base URL it is given for REST and GraphQL', async () => {
    const files = { base: { 'a.yaml': 'a: 1\n' }, head: { 'a.yaml': 'a: 2\n' } };
    const fake = await startFakeGitHub(fakeScenario({ files }));
    servers.push(fake);
    const client = createClient('t', { baseUrl: `${fake.url}/api/v3`, retryAfterBaseMs: 1 });
    const { changeSet } = await readPull(client);
    expect(changeSet.files[0]?.head).toEqual({ kind: 'text', text: 'a: 2\n' });
    expect(fake.requests.map((r) => r.path).filter((p) => !p.startsWith('/api/v3/repos/'))).toEqual([
      '/api/graphql',
    ]);
  });

  it('uses GITHUB_API_URL when no base URL is given', async () => {
    const fake = await startFakeGitHub(fakeScenario());
    servers.push(fake);
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = `${fake.url}/api/v3`;
    try {
      const client = createClient('t', { retryAfterBaseMs: 1 });
      expect((await getPullRequest(client, REPO, 7)).number).toBe(7);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
    expect(fake.requests[0]?.path).toBe('/api/v3/repos/octo/deploys/pulls/7');
  });
});
