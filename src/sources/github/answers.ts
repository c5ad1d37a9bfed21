/**
 * GitHub's GraphQL answers, checked against answers.schema.json (compiled at build time, as the
 * policy schema is) before they are read. Each check is one definition of the schema, refused
 * with its own message: "… answered with no head commit, not what GitHub sends".
 */
import {
  comment,
  comments,
  olderComments,
  pullRequestCommits,
  pullRequestHead,
  withRepository,
  withViewer,
} from './generated/answers-validator.js';
import { unexpectedAnswer } from './errors.js';

type Json = Record<string, unknown>;

/** What a value that passed each check is known to hold. */
interface Checked {
  withRepository: { repository: Json };
  pullRequestHead: Json & { headRefOid: string };
  withViewer: { viewer: { login: string } };
  comments: { nodes: unknown[]; pageInfo: Json };
  comment: Json & { fullDatabaseId: unknown; body: string };
  olderComments: { startCursor: string };
  pullRequestCommits: { pullRequest: { commits: { nodes: unknown[]; totalCount: number } } };
}

const CHECKS = {
  withRepository: { validate: withRepository, refused: 'no repository' },
  pullRequestHead: { validate: pullRequestHead, refused: 'no head commit' },
  withViewer: { validate: withViewer, refused: 'no viewer login' },
  comments: { validate: comments, refused: 'no comments' },
  comment: { validate: comment, refused: 'a comment without an id or a body' },
  olderComments: { validate: olderComments, refused: 'older comments but no cursor to read them' },
  pullRequestCommits: { validate: pullRequestCommits, refused: 'no commits of the pull request' },
} satisfies Record<keyof Checked, unknown>;

/** `value`, when it passes `check`; else the GitHubSourceError that says the request's answer was not GitHub's. */
export function checkAnswer<K extends keyof Checked>(request: string, check: K, value: unknown): Checked[K] {
  const { validate, refused } = CHECKS[check];
  if (!validate(value)) throw unexpectedAnswer(request, refused);
  return value as Checked[K];
}
