import type { Report } from '../core/model.js';

/** Hidden marker that identifies rollout-guard's sticky comment (together with its author). */
export const COMMENT_MARKER = '<!-- rollout-guard:sticky-comment -->';

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_MAX_CHARS = 65_000;

export interface IssueComment {
  id: number;
  body: string;
  author: string;
}

/** The comment endpoints the sticky comment needs, with the client and repository bound. */
export interface CommentApi {
  list(): Promise<IssueComment[]>;
  create(body: string): Promise<void>;
  update(id: number, body: string): Promise<void>;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

/**
 * Keeps one comment per pull request up to date. Only a comment that carries the marker AND was
 * written by our own identity is ours: a planted copy of the marker is never edited.
 */
export async function upsertStickyComment(
  api: CommentApi,
  identity: string,
  mode: 'auto' | 'always',
  report: Report,
  summary: string,
): Promise<CommentOutcome> {
  const comments = await api.list();
  const ours = comments.find((c) => c.author === identity && c.body.includes(COMMENT_MARKER));
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
      ? `${summary.slice(0, room)}\n\n…the report is too long for a comment; see the job summary.`
      : summary;
  return `${COMMENT_MARKER}\n${resolved}${text}`;
}
