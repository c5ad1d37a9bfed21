import type { Report } from '../core/model.js';
import { LINKS_LINE_PREFIX } from '../report/index.js';

/** Hidden marker that identifies rollout-guard's sticky comment (together with its author). */
export const COMMENT_MARKER = '<!-- rollout-guard:sticky-comment -->';

/** GitHub rejects comment bodies over 65,536 characters; the rest is room for a margin. */
export const COMMENT_MAX_CHARS = 65_000;

/** The state (core.saveState) in which the main step hands the comment it wrote to the post step. */
export const COMMENT_STATE = 'comment';

/** Characters kept free for the link to the run's artifact, which the post step may add. */
export const ARTIFACT_LINK_ROOM = 400;

/**
 * The comment with a link to the artifact that holds the JSON report and the SARIF added to its
 * links line; undefined when it has no such line or already links an artifact.
 */
export function withArtifactLink(body: string, url: string): string | undefined {
  const start = body.indexOf(`\n${LINKS_LINE_PREFIX}`);
  if (start < 0) return undefined;
  const end = body.indexOf('\n', start + 1);
  const line = body.slice(start + 1, end < 0 ? undefined : end);
  if (line.includes('JSON and SARIF reports')) return undefined;
  const added = `${line} · [JSON and SARIF reports](${url})`;
  return `${body.slice(0, start + 1)}${added}${end < 0 ? '' : body.slice(end)}`;
}

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
  /** Returns the new comment's id. */
  create(body: string): Promise<number>;
  update(id: number, body: string): Promise<void>;
}

/** What was read before writing: the pull request's comments, oldest first, and our login. */
export interface ExistingComments {
  comments: readonly IssueComment[];
  /** The login the token writes as (`name[bot]` for a GitHub App's token, GITHUB_TOKEN too). */
  identity: string;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

/** What was done, and the comment as it now stands (none when skipped). */
export interface CommentResult {
  outcome: CommentOutcome;
  comment?: { id: number; body: string };
}

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
  render: (room: number) => string,
): Promise<CommentResult> {
  const ours = existing.comments.find((c) => isOwnComment(c, existing.identity));
  if (!ours && mode === 'auto' && report.verdict === 'pass') return { outcome: 'skipped' };
  const body = commentBody(report, render, ours !== undefined);
  if (ours) {
    if (ours.body === body) return { outcome: 'unchanged', comment: { id: ours.id, body } };
    await api.update(ours.id, body);
    return { outcome: 'updated', comment: { id: ours.id, body } };
  }
  const id = await api.create(body);
  return { outcome: 'created', comment: { id, body } };
}

/**
 * The marker, the "resolved" line when a failure turned into a pass, and the report rendered for
 * the room that is left (the renderer gives up detail to fit; see renderComment). Should a
 * renderer still overrun, it is cut at a line, and says so.
 */
function commentBody(report: Report, render: (room: number) => string, existed: boolean): string {
  const resolved =
    report.verdict === 'pass' && existed
      ? `**Resolved** on ${report.head.slice(0, 12)}: the rollout checks pass now.\n\n`
      : '';
  const room = COMMENT_MAX_CHARS - COMMENT_MARKER.length - 1 - resolved.length - ARTIFACT_LINK_ROOM;
  const summary = render(room);
  const note = '\n\n…the report is too long for a comment; see the job summary.';
  const text = summary.length > room ? `${wholeLines(summary, room - note.length)}${note}` : summary;
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
