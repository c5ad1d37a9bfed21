/**
 * After the verdict: the pull request's head again, and its comments (paged, newest first), in
 * one GraphQL query per page.
 */
import type { Octokit } from './client.js';
import { checkAnswer } from './answers.js';
import { GitHubSourceError, call, isRecord, isRefusal, unexpectedAnswer } from './errors.js';
import type { RepoRef } from './types.js';

export interface PullRequestComment {
  /** The REST id (GraphQL `fullDatabaseId`: comment ids no longer fit GraphQL's 32-bit Int). */
  id: number;
  body: string;
  /**
   * Null when the account was deleted. `isBot`: a GitHub App's bot, whose login GraphQL gives
   * without the `[bot]` that REST and `viewer` add (`github-actions`, not `github-actions[bot]`).
   */
  author: { login: string; isBot: boolean } | null;
}

/** The comments as read, or the refusal (see isRefusal) that kept them from being read. */
export type PullRequestComments =
  | {
      /** The token's login, as GraphQL's `viewer` gives it (`name[bot]` for an app's token). */
      viewer: string;
      /** Oldest first: all of them, or the newest MAX_COMMENT_PAGES pages when not `complete`. */
      comments: PullRequestComment[];
      complete: boolean;
    }
  | { refused: GitHubSourceError };

export interface PullRequestState {
  /** The pull request's head commit now. */
  headSha: string;
  /** Only when asked for. */
  comments?: PullRequestComments;
}

/** GraphQL's largest page, and the most pages read: the newest 3000 comments. */
const COMMENTS_PER_PAGE = 100;
export const MAX_COMMENT_PAGES = 30;

const PULL_HEAD_QUERY = `query PullRequestHead($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) { headRefOid }
  }
}`;

const PULL_STATE_QUERY = `query PullRequestState($owner: String!, $name: String!, $number: Int!, $cursor: String) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      headRefOid
      comments(last: ${COMMENTS_PER_PAGE}, before: $cursor) {
        nodes { fullDatabaseId body author { __typename login } }
        pageInfo { hasPreviousPage startCursor }
      }
    }
  }
}`;

/**
 * The pull request's head commit and, with `comments`, its comments and the token's login: one
 * GraphQL query, then one more per 100 older comments (newest first, at most MAX_COMMENT_PAGES).
 *
 * The first query failing throws, like every read here. A refusal (see isRefusal) to read older
 * pages comes back as `comments.refused`: the head was read by then.
 */
export async function readPullRequestState(
  client: Octokit,
  repo: RepoRef,
  number: number,
  options: { comments: boolean },
): Promise<PullRequestState> {
  const what = `pull request #${number} of ${repo.owner}/${repo.repo}`;
  const variables = { owner: repo.owner, name: repo.repo, number };
  if (!options.comments) {
    const request = `POST /graphql (head of ${what})`;
    const data: unknown = await call(request, 'pull-requests: read', () =>
      client.graphql(PULL_HEAD_QUERY, variables),
    );
    return { headSha: pullRequestNode(request, data, repo, number).headRefOid };
  }

  const request = `POST /graphql (head and comments of ${what})`;
  const data: unknown = await call(request, 'pull-requests: read', () =>
    client.graphql(PULL_STATE_QUERY, { ...variables, cursor: null }),
  );
  const pullRequest = pullRequestNode(request, data, repo, number);
  const viewer = checkAnswer(request, 'withViewer', data).viewer.login;
  let page = commentsPage(request, pullRequest);
  const comments = page.comments;
  for (let pages = 1; page.before !== undefined && pages < MAX_COMMENT_PAGES; pages++) {
    const older = `POST /graphql (comments of ${what}, page ${pages + 1})`;
    const before = page.before;
    let answer: unknown;
    try {
      answer = await call(older, 'pull-requests: read', () =>
        client.graphql(PULL_STATE_QUERY, { ...variables, cursor: before }),
      );
    } catch (error) {
      if (error instanceof GitHubSourceError && isRefusal(error)) {
        return { headSha: pullRequest.headRefOid, comments: { refused: error } };
      }
      throw error;
    }
    page = commentsPage(older, pullRequestNode(older, answer, repo, number));
    comments.unshift(...page.comments);
  }
  return {
    headSha: pullRequest.headRefOid,
    comments: { viewer, comments, complete: page.before === undefined },
  };
}

function pullRequestNode(
  request: string,
  data: unknown,
  repo: RepoRef,
  number: number,
): Record<string, unknown> & { headRefOid: string } {
  if (isRecord(data) && data.repository === null) {
    throw new GitHubSourceError(
      `${request} found no repository ${repo.owner}/${repo.repo} (check the name and that the token can read it)`,
    );
  }
  const { repository } = checkAnswer(request, 'withRepository', data);
  if (repository.pullRequest === null) {
    throw new GitHubSourceError(
      `${request} found no pull request #${number} (check that it exists and the token can read it)`,
    );
  }
  return checkAnswer(request, 'pullRequestHead', repository.pullRequest);
}

/** One page of comments, oldest first, and the cursor of the page before it when there is one. */
function commentsPage(
  request: string,
  pullRequest: Record<string, unknown>,
): { comments: PullRequestComment[]; before?: string } {
  const connection = checkAnswer(request, 'comments', pullRequest.comments);
  const comments = connection.nodes.flatMap((node): PullRequestComment[] => {
    if (node === null) return [];
    const comment = checkAnswer(request, 'comment', node);
    // A BigInt: GitHub sends it as a string; the schema cannot say it is a safe positive integer.
    const id = Number(comment.fullDatabaseId);
    if (!Number.isSafeInteger(id) || id <= 0)
      throw unexpectedAnswer(request, 'a comment without an id or a body');
    const author = comment.author;
    return [
      {
        id,
        body: comment.body,
        author:
          isRecord(author) && typeof author.login === 'string' && author.login !== ''
            ? { login: author.login, isBot: author.__typename === 'Bot' }
            : null,
      },
    ];
  });
  if (connection.pageInfo.hasPreviousPage !== true) return { comments };
  return { comments, before: checkAnswer(request, 'olderComments', connection.pageInfo).startCursor };
}
