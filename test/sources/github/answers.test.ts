/**
 * GraphQL answers that are not what GitHub sends: each is refused with the same message, naming
 * the request and what was missing, and never read as an empty or partial answer.
 */
import { describe, expect, it } from 'vitest';
import { readCommitFacts, readPullRequestState } from '../../../src/sources/github/index.js';
import type { Octokit } from '../../../src/sources/github/index.js';

const REPO = { owner: 'octo', repo: 'deploys' };
const HEAD = 'a'.repeat(40);
const STATE = 'POST /graphql (head and comments of pull request #7 of octo/deploys)';
const HEAD_ONLY = 'POST /graphql (head of pull request #7 of octo/deploys)';

/** A client whose GraphQL answers are the given ones, in turn. */
function answering(...answers: unknown[]): Octokit {
  let next = 0;
  return { graphql: async () => answers[Math.min(next++, answers.length - 1)] } as unknown as Octokit;
}

const unexpected = (request: string, what: string) =>
  `could not verify: ${request} answered with ${what}, not what GitHub sends (re-run the job; check GITHUB_API_URL if it persists)`;

const page = (nodes: unknown[], pageInfo: unknown = { hasPreviousPage: false, startCursor: null }) => ({
  viewer: { login: 'github-actions[bot]' },
  repository: { pullRequest: { headRefOid: HEAD, comments: { nodes, pageInfo } } },
});

describe('the answer about a pull request and its comments', () => {
  it.each([
    ['no repository at all', {}, HEAD_ONLY, unexpected(HEAD_ONLY, 'no repository')],
    [
      'a repository that is not an object',
      { repository: 'x' },
      HEAD_ONLY,
      unexpected(HEAD_ONLY, 'no repository'),
    ],
    [
      'no pull request object',
      { repository: { pullRequest: 3 } },
      HEAD_ONLY,
      unexpected(HEAD_ONLY, 'no head commit'),
    ],
    [
      'an empty head commit',
      { repository: { pullRequest: { headRefOid: '' } } },
      HEAD_ONLY,
      unexpected(HEAD_ONLY, 'no head commit'),
    ],
  ])('(comments: false) refuses %s', async (_name, answer, _request, message) => {
    await expect(readPullRequestState(answering(answer), REPO, 7, { comments: false })).rejects.toThrow(
      message,
    );
  });

  it('says when the repository or the pull request is not found', async () => {
    await expect(
      readPullRequestState(answering({ repository: null }), REPO, 7, { comments: false }),
    ).rejects.toThrow(
      `could not verify: ${HEAD_ONLY} found no repository octo/deploys (check the name and that the token can read it)`,
    );
    await expect(
      readPullRequestState(answering({ repository: { pullRequest: null } }), REPO, 7, { comments: true }),
    ).rejects.toThrow(
      `could not verify: ${STATE} found no pull request #7 (check that it exists and the token can read it)`,
    );
  });

  it.each([
    ['no viewer', { ...page([]), viewer: undefined }, 'no viewer login'],
    ['an empty viewer login', { ...page([]), viewer: { login: '' } }, 'no viewer login'],
    [
      'no comments',
      { viewer: { login: 'me' }, repository: { pullRequest: { headRefOid: HEAD } } },
      'no comments',
    ],
    ['comments without nodes', page(undefined as unknown as unknown[]), 'no comments'],
    ['comments without page info', page([], null), 'no comments'],
    ['a comment without a body', page([{ fullDatabaseId: '5' }]), 'a comment without an id or a body'],
    ['a comment with id 0', page([{ fullDatabaseId: 0, body: 'x' }]), 'a comment without an id or a body'],
    [
      'a comment whose id is no number',
      page([{ fullDatabaseId: 'x', body: 'x' }]),
      'a comment without an id or a body',
    ],
    ['a comment that is a string', page(['x']), 'a comment without an id or a body'],
    [
      'older comments with no cursor',
      page([], { hasPreviousPage: true, startCursor: '' }),
      'older comments but no cursor to read them',
    ],
  ])('(comments: true) refuses %s', async (_name, answer, what) => {
    await expect(readPullRequestState(answering(answer), REPO, 7, { comments: true })).rejects.toThrow(
      unexpected(STATE, what),
    );
  });

  it('reads null comments as none and any author it cannot use as a deleted account', async () => {
    const answer = page([
      null,
      { fullDatabaseId: '12', body: 'a', author: { __typename: 'Bot', login: 'github-actions' } },
      { fullDatabaseId: 13, body: 'b', author: { login: '' } },
      { fullDatabaseId: '14', body: 'c', author: 'x' },
    ]);
    expect(await readPullRequestState(answering(answer), REPO, 7, { comments: true })).toEqual({
      headSha: HEAD,
      comments: {
        viewer: 'github-actions[bot]',
        complete: true,
        comments: [
          { id: 12, body: 'a', author: { login: 'github-actions', isBot: true } },
          { id: 13, body: 'b', author: null },
          { id: 14, body: 'c', author: null },
        ],
      },
    });
  });

  it('names the page whose answer is malformed', async () => {
    const first = page([], { hasPreviousPage: true, startCursor: 'c1' });
    const second = { repository: { pullRequest: { headRefOid: HEAD, comments: { nodes: [] } } } };
    const request = 'POST /graphql (comments of pull request #7 of octo/deploys, page 2)';
    await expect(readPullRequestState(answering(first, second), REPO, 7, { comments: true })).rejects.toThrow(
      unexpected(request, 'no comments'),
    );
  });
});

describe('the answer about the commits evidence ran on', () => {
  const older = 'b'.repeat(40);
  it.each([
    ['no repository', {}],
    ['no commits of the pull request', { repository: { pullRequest: { commits: { nodes: [] } } } }],
  ])('records %s as an error for every commit, never as facts', async (what, answer) => {
    const facts = await readCommitFacts(answering(answer), REPO, 7, HEAD, [older], ['a.yaml']);
    const request = 'POST /graphql (commits of pull request #7 of octo/deploys)';
    expect(facts.get(older)).toEqual({
      inPullRequest: undefined,
      changedSince: [],
      error: `${request} answered with ${what}, not what GitHub sends (re-run the job; check GITHUB_API_URL if it persists)`,
    });
  });
});
