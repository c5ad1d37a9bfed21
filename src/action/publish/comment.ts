/** Publishing step: the sticky pull request comment. */
import * as core from '@actions/core';
import type { Report } from '../../core/model.js';
import type { Octokit, PullRequestComments } from '../../sources/github/index.js';
import { COMMENT_STATE, upsertStickyComment } from '../comment.js';
import type { CommentApi } from '../comment.js';
import type { PullRequestTarget } from '../event.js';

export async function writeComment(
  client: Octokit,
  mode: 'auto' | 'always',
  target: PullRequestTarget,
  report: Report,
  read: PullRequestComments | undefined,
  render: (room: number) => string,
): Promise<void> {
  const readOnly = (what: string) =>
    // Fork pull requests get a read-only token: the verdict stands, only the comment is lost.
    core.notice(`rollout-guard could not ${what}. The verdict is unchanged; see the job summary.`);
  if (read === undefined) return;
  if ('refused' in read) {
    readOnly(
      `read the pull request's comments to find its own (${read.refused.message.replace(/^could not verify: /, '')})`,
    );
    return;
  }
  if (!read.complete) {
    core.info(
      `Pull request #${target.number} has more than ${read.comments.length} comments: rollout-guard looked for its own comment among the newest ${read.comments.length} only, and treats it as not found if it is older.`,
    );
  }
  const { owner, repo } = target.repo;
  const api: CommentApi = {
    create: async (text) => {
      const created = await client.rest.issues.createComment({
        owner,
        repo,
        issue_number: target.number,
        body: text,
      });
      return created.data.id;
    },
    update: async (id, text) => {
      await client.rest.issues.updateComment({ owner, repo, comment_id: id, body: text });
    },
  };
  try {
    const existing = { comments: read.comments, identity: read.viewer };
    const { outcome, comment } = await upsertStickyComment(api, existing, mode, report, render);
    core.info(`Pull request comment: ${outcome}.`);
    // The post step links the artifact a later step of the job uploads the reports as.
    if (comment) core.saveState(COMMENT_STATE, JSON.stringify(comment));
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) {
      readOnly(
        `write its pull request comment (HTTP ${status}: the token is read-only, as on pull requests from forks)`,
      );
      return;
    }
    throw error;
  }
}
