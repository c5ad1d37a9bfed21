/**
 * After the verdict, in named steps: the pull request's head read again (a verdict is only good
 * for the commit it judged) with its comments, then annotations, report files and job summary,
 * outputs, the sticky comment, and the commit status.
 */
import type { Report } from '../../core/model.js';
import { renderComment } from '../../report/index.js';
import { GitHubSourceError, isRefusal, readPullRequestState } from '../../sources/github/index.js';
import type { Octokit, PullRequestComments, PullRequestState } from '../../sources/github/index.js';
import type { ActionEnvironment } from '../environment.js';
import type { PullRequestTarget } from '../event.js';
import type { ActionInputs } from '../inputs.js';
import { runLinks } from '../links.js';
import { StaleHeadError } from '../stale-head.js';
import { writeAnnotations } from './annotations.js';
import { writeComment } from './comment.js';
import { makeReportFolder, writeReportFiles } from './files.js';
import { setReportOutputs } from './outputs.js';
import { writeStatus } from './status.js';

export { setNoVerdictOutput, setVerdictOutputs } from './outputs.js';

export async function publish(
  client: Octokit,
  inputs: ActionInputs,
  target: PullRequestTarget,
  report: Report,
  environment: ActionEnvironment,
): Promise<void> {
  const [existing, links] = await Promise.all([
    readAfterVerdict(client, inputs, target, report.head),
    runLinks(client, target.repo, environment.run),
  ]);
  const serverUrl = environment.serverUrl;
  const blobUrlBase = `${serverUrl}/${target.repo.owner}/${target.repo.repo}/blob/${report.head}/`;
  const dir = await makeReportFolder(environment);
  const annotationNote = writeAnnotations(report);
  const files = await writeReportFiles(report, dir, { inputs, environment, blobUrlBase, annotationNote });
  setReportOutputs(report, files);

  if (inputs.comment !== 'never') {
    await writeComment(client, inputs.comment, target, report, existing, (room) =>
      renderComment(report, { blobUrlBase, links, maxChars: room }),
    );
  }
  if (inputs.commitStatus !== '') await writeStatus(client, inputs, target, report, environment);
}

/**
 * One GraphQL query after the verdict: the pull request's head, which must still be the commit
 * judged (report.head), and, when a comment may be written, the comments and the token's login.
 * A merge group's run judges the queue's commits, not the head: it reads only the comments, so a
 * refusal to read them costs the comment, not the verdict. Any failure to read the head fails the
 * run ("could not verify").
 */
async function readAfterVerdict(
  client: Octokit,
  inputs: ActionInputs,
  target: PullRequestTarget,
  judged: string,
): Promise<PullRequestComments | undefined> {
  const checkHead = target.mergeGroup === undefined;
  const comments = inputs.comment !== 'never';
  if (!checkHead && !comments) return undefined;
  let state: PullRequestState;
  try {
    state = await readPullRequestState(client, target.repo, target.number, { comments });
  } catch (error) {
    if (!checkHead && error instanceof GitHubSourceError && isRefusal(error)) return { refused: error };
    throw error;
  }
  if (checkHead && state.headSha !== judged) {
    throw new StaleHeadError(
      `the pull request's head moved from ${judged.slice(0, 12)} to ${state.headSha.slice(0, 12)} during the run; the run for the new head judges it`,
    );
  }
  return state.comments;
}
