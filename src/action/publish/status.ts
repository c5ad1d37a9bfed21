/** Publishing step: the verdict as a commit status (the `commit-status` input). */
import * as core from '@actions/core';
import type { Report } from '../../core/model.js';
import { GitHubSourceError, createCommitStatus, isRefusal } from '../../sources/github/index.js';
import type { Octokit } from '../../sources/github/index.js';
import type { ActionEnvironment } from '../environment.js';
import { runUrl } from '../links.js';
import type { PullRequestTarget } from '../event.js';
import type { ActionInputs } from '../inputs.js';

export /**
 * The verdict as a commit status on the judged head, so that a re-judge (whose own check is on
 * the default branch, not on the pull request) reaches the pull request. It is written after the
 * head was read again: a judgement of an older head never lands on a newer one, and statuses are
 * per commit anyway. A read-only token (a fork's pull_request run) costs the status, not the verdict.
 */
async function writeStatus(
  client: Octokit,
  inputs: ActionInputs,
  target: PullRequestTarget,
  report: Report,
  environment: ActionEnvironment,
): Promise<void> {
  const { errors, warnings } = report.summary;
  const failing = errors > 0 || (inputs.failOn === 'warning' && warnings > 0);
  const first = report.findings.find((finding) => finding.level === 'error')?.message;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  const run = runUrl(environment.run);
  try {
    await createCommitStatus(client, target.repo, report.head, {
      state: failing ? 'failure' : 'success',
      context: inputs.commitStatus,
      description: failing && first ? `${counts}: ${first}` : `${report.verdict.toUpperCase()}: ${counts}`,
      ...(run ? { targetUrl: run } : {}),
    });
    core.info(
      `Commit status "${inputs.commitStatus}": ${failing ? 'failure' : 'success'} on ${report.head.slice(0, 12)}.`,
    );
  } catch (error) {
    if (error instanceof GitHubSourceError && isRefusal(error) && !target.rejudge) {
      core.notice(
        `rollout-guard could not set the commit status "${inputs.commitStatus}" (${error.message.replace(/^could not verify: /, '')}). The verdict is unchanged; see the job summary.`,
      );
      return;
    }
    throw error;
  }
}
