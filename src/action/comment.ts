import type { Report } from '../core/model.js';

/** Hidden marker that identifies rollout-guard's sticky comment (together with its author). */
export const COMMENT_MARKER = '<!-- rollout-guard:sticky-comment -->';

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_MAX_CHARS = 65_000;

export interface IssueComment {
  id: number;
  body: string;
  /**
   * Null when the account was deleted: such a comment is never ours. `isBot`: a GitHub App's bot,
   * whose login GraphQL gives without the `[bot]` suffix.
   */
  author: { login: string; isBot: boolean } | null;
}

/** The comment writes the sticky comment needs, with the client and repository bound. */
export interface CommentApi {
  create(body: string): Promise<void>;
  update(id: number, body: string): Promise<void>;
}

/** What was read before writing: the pull request's comments, oldest first, and our login. */
export interface ExistingComments {
  comments: readonly IssueComment[];
  /** The login the token writes as (`name[bot]` for a GitHub App's token, GITHUB_TOKEN too). */
  identity: string;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

const withoutBotSuffix = (login: string): string => login.toLowerCase().replace(/\[bot\]$/, '');

/**
 * Ours: the comment carries the marker AND its author is `identity`. Logins compare without case;
 * `name` and `name[bot]` are the same login only when the author is a bot (GraphQL drops the
 * suffix), so a user account named like our bot is never taken for it.
 */
export function isOwnComment(comment: IssueComment, identity: string): boolean {
  if (comment.author === null || !comment.body.includes(COMMENT_MARKER)) return false;
  const { login, isBot } = comment.author;
  if (login.toLowerCase() === identity.toLowerCase()) return true;
  return isBot && withoutBotSuffix(login) === withoutBotSuffix(identity);
}

/**
 * Keeps one comment per pull request up to date. Only a comment that carries the marker AND was
 * written by our own identity is ours: a planted copy of the marker is never edited.
 */
export async function upsertStickyComment(
  api: CommentApi,
  existing: ExistingComments,
  mode: 'auto' | 'always',
  report: Report,
  summary: string,
): Promise<CommentOutcome> {
  const ours = existing.comments.find((c) => isOwnComment(c, existing.identity));
  if (!ours && mode === 'auto' && report.verdict === 'pass') return 'skipped';
  const body = commentBody(report, summary, ours !== undefined);
  if (ours) {
    if (ours.body === body) return 'unchanged';
    await api.update(ours.id, body);
    return 'updated';
  }
  await api.create(body);
  return 'created';
}

function commentBody(report: Report, summary: string, existed: boolean): string {
  const resolved =
    report.verdict === 'pass' && existed
      ? `**Resolved** on ${report.head.slice(0, 12)}: the rollout checks pass now.\n\n`
      : '';
  const room = COMMENT_MAX_CHARS - COMMENT_MARKER.length - resolved.length - 200;
  const text =
    summary.length > room
      ? `${wholeLines(summary, room)}\n\n…the report is too long for a comment; see the job summary.`
      : summary;
  return `${COMMENT_MARKER}\n${resolved}${text}`;
}

/**
 * The summary's first lines that fit in `room` characters. A cut inside a line could leave half a
 * table row, an open link or a code span to swallow the note after it; the markdown renderer makes
 * every finding one line, so a whole line is a whole finding.
 */
function wholeLines(summary: string, room: number): string {
  const end = summary.lastIndexOf('\n', room);
  return end > 0 ? summary.slice(0, end) : '';
}
