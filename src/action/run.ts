import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { ChangeSet, Report } from '../core/model.js';
import type { Policy } from '../core/policy.js';
import { BUILTIN_POLICY } from '../core/policy.js';
import { checkChangeSet, checkLocalChange } from '../local-check.js';
import type { CheckOptions } from '../pipeline/index.js';
import { renderers } from '../report/index.js';
import { readGitChangeSet, GitSourceError } from '../sources/git/index.js';
import { createClient } from '../sources/github-client.js';
import type { Octokit } from '../sources/github-client.js';
import {
  GitHubSourceError,
  blobKey,
  getPullRequest,
  isRefusal,
  listChangedFiles,
  listCheckResults,
  listReviews,
  listTeamMembers,
  readBlobs,
  readGitHubChangeSet,
  readPullRequestState,
} from '../sources/github.js';
import type {
  GitHubChangeSet,
  ListedFile,
  PullRequestComments,
  PullRequestState,
  RepoRef,
} from '../sources/github.js';
import {
  PolicyLoadError,
  exemptionsFrom,
  loadExemptionsAtBase,
  loadPolicyAtBase,
  policyFromText,
} from '../sources/policy-file.js';
import type { ApprovalInput } from '../core/approvals.js';
import type { Exemption } from '../core/exemptions.js';
import { EXEMPT_ANNOTATION } from '../formats/inline-exemptions.js';
import { RenderedReadError, readRenderedManifests } from '../sources/rendered.js';
import { planAnnotations } from './annotations.js';
import { upsertStickyComment } from './comment.js';
import type { CommentApi } from './comment.js';
import { InputError, readInputs } from './inputs.js';
import type { ActionInputs } from './inputs.js';

/** Markdown job summaries over 1 MiB are rejected by the runner. */
const SUMMARY_MAX_BYTES = 1_000_000;
const READ_LIMIT_BYTES = 100 * 1024 * 1024;

/** The run is judging a commit that is no longer the pull request's head. */
export class StaleHeadError extends Error {
  override name = 'StaleHeadError';
}

interface PullRequestTarget {
  repo: RepoRef;
  number: number;
  /** The head SHA that the triggering event names; the API's head must still be this one. */
  eventHeadSha?: string;
  /** The number of changed files the triggering event names. */
  eventChangedFiles?: number;
  /** For merge_group: the commits to judge instead of the pull request's. */
  mergeGroup?: { baseSha: string; headSha: string };
}

/**
 * The action: judge the pull request named by the event and report in the job summary,
 * annotations, outputs and (optionally) a sticky comment. The only place that calls setFailed.
 */
export async function run(readWorker?: URL): Promise<void> {
  try {
    const inputs = readInputs();
    const target = pullRequestTarget();
    const client = createClient(inputs.token, {
      ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
    });
    const report = await judge(client, inputs, target, readWorker);
    await publish(client, inputs, target, report);
    conclude(inputs, report);
  } catch (error) {
    core.setFailed(failureMessage(error));
  }
}

function pullRequestTarget(): PullRequestTarget {
  const { eventName, payload } = github.context;
  const repo = github.context.repo;
  if (
    eventName === 'pull_request' ||
    eventName === 'pull_request_target' ||
    eventName === 'pull_request_review'
  ) {
    const pr = payload.pull_request;
    if (!pr) throw new InputError(`the ${eventName} event has no pull_request payload`);
    return {
      repo,
      number: pr.number as number,
      eventHeadSha: (pr.head as { sha?: string } | undefined)?.sha,
      ...(typeof pr.changed_files === 'number' ? { eventChangedFiles: pr.changed_files } : {}),
    };
  }
  if (eventName === 'merge_group') {
    const group = payload.merge_group as
      { base_sha?: string; head_sha?: string; head_ref?: string } | undefined;
    const numbers = [...(group?.head_ref ?? '').matchAll(/pr-(\d+)-/g)].map((m) => Number(m[1]));
    const number = numbers[numbers.length - 1];
    if (!group?.base_sha || !group.head_sha || number === undefined) {
      throw new InputError(
        'the merge_group event does not name its pull request (head_ref gh-readonly-queue/<branch>/pr-<n>-<sha>)',
      );
    }
    return { repo, number, mergeGroup: { baseSha: group.base_sha, headSha: group.head_sha } };
  }
  throw new InputError(
    `rollout-guard runs on pull_request, pull_request_target, pull_request_review and merge_group events, not ${eventName}`,
  );
}

async function judge(
  client: Octokit,
  inputs: ActionInputs,
  target: PullRequestTarget,
  readWorker: URL | undefined,
): Promise<Report> {
  const checkoutDir = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory);
  const listed = listFilesEarly(client, inputs, target, checkoutDir);
  const pr = await getPullRequest(client, target.repo, target.number);
  if (target.eventHeadSha && pr.headSha !== target.eventHeadSha) {
    throw new StaleHeadError(
      `the pull request's head moved from ${target.eventHeadSha.slice(0, 12)} to ${pr.headSha.slice(0, 12)} since this run was triggered; the run for the new head judges it`,
    );
  }
  const baseSha = target.mergeGroup?.baseSha ?? pr.baseSha;
  const headSha = target.mergeGroup?.headSha ?? pr.headSha;
  const pullRequest = {
    number: pr.number,
    title: pr.title,
    body: pr.body,
    labels: pr.labels,
    author: pr.author,
  };

  let changeSet: ChangeSet;
  let policy: Policy;
  let baseExemptions: Exemption[];
  const local = await tryCheckout(inputs, checkoutDir, baseSha, headSha);
  if (local) {
    const checks = await listCheckResults(client, target.repo, headSha);
    changeSet = { ...local, pullRequest, checks };
    policy = await loadPolicyAtBase(checkoutDir, baseSha, inputs.policy);
    baseExemptions = await loadExemptionsAtBase(checkoutDir, baseSha, policy.exemptions.file);
  } else if (target.mergeGroup) {
    throw new InputError(
      inputs.useCheckout === 'false'
        ? 'on merge_group events rollout-guard reads the change from a checkout, but use-checkout is "false"'
        : 'on merge_group events rollout-guard reads the change from a checkout: add actions/checkout with fetch-depth: 0 before it',
    );
  } else {
    const remote = await readGitHubChangeSet(
      client,
      target.repo,
      { ...pullRequest, baseSha, headSha, changedFiles: pr.changedFiles },
      {
        maxFileBytes: READ_LIMIT_BYTES,
        policyPath: inputs.policy,
        baseFiles: [BUILTIN_POLICY.exemptions.file],
        ...(listed ? { listed } : {}),
      },
    );
    changeSet = remote.changeSet;
    policy = policyFrom(remote.policyText, inputs.policy, baseSha);
    const exemptionsFile = policy.exemptions.file;
    const fetched = remote.baseFiles.has(exemptionsFile)
      ? remote.baseFiles.get(exemptionsFile)
      : await readOneAtBase(client, target.repo, baseSha, exemptionsFile);
    baseExemptions = exemptionsFrom(fetched, exemptionsFile, baseSha);
  }

  if (inputs.renderedManifests) {
    const location = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.renderedManifests);
    changeSet = { ...changeSet, rendered: await readRenderedManifests(location, READ_LIMIT_BYTES) };
  }

  const approvals = needsApproval(changeSet, policy, inputs.policy)
    ? await readApprovals(client, target.repo, target.number, policy)
    : undefined;

  const options: CheckOptions = {
    changeSet,
    policy,
    baseExemptions,
    ...(approvals ? { approvals } : {}),
    policyPath: inputs.policy,
    now: new Date(),
    ownCheckNames: ['rollout-guard', process.env.GITHUB_JOB ?? ''].filter(Boolean),
  };
  // Through the API, unchanged files cannot be searched; a checkout can look them up.
  const report = local
    ? await checkLocalChange({ ...options, repo: checkoutDir, readWorker, maxFileBytes: READ_LIMIT_BYTES })
    : await checkChangeSet({ ...options, readWorker });

  // The verdict is only good for the commit it judged: publish reads the head again first.
  return report;
}

/**
 * Reviews are read only when something could be approved: the break-glass label, an edit to the
 * policy or exemptions file, or an exemption annotation in a changed file.
 */
function needsApproval(changeSet: ChangeSet, policy: Policy, policyPath: string): boolean {
  if (changeSet.pullRequest.labels.includes(policy.breakGlass.label)) return true;
  return changeSet.files.some(
    (f) =>
      f.path === policyPath ||
      f.path === policy.exemptions.file ||
      (f.head?.kind === 'text' && f.head.text.includes(EXEMPT_ANNOTATION)),
  );
}

async function readApprovals(
  client: Octokit,
  repo: RepoRef,
  number: number,
  policy: Policy,
): Promise<ApprovalInput> {
  const reviews = await listReviews(client, repo, number);
  const teamMembers: Record<string, string[]> = {};
  for (const team of policy.approvers.teams) {
    try {
      teamMembers[team] = await listTeamMembers(client, team);
    } catch (error) {
      // Without the membership, nobody approves through that team: the waiver is refused, not granted.
      core.warning(`rollout-guard could not read the members of team ${team}: ${(error as Error).message}`);
      teamMembers[team] = [];
    }
  }
  return { reviews, teamMembers };
}

async function readOneAtBase(client: Octokit, repo: RepoRef, baseSha: string, file: string) {
  const blobs = await readBlobs(client, repo, [{ commit: baseSha, path: file }], READ_LIMIT_BYTES);
  const content = blobs.get(blobKey({ commit: baseSha, path: file }));
  return content === undefined ? undefined : content.kind === 'text' ? content.text : content;
}

function policyFrom(content: GitHubChangeSet['policyText'], file: string, baseSha: string): Policy {
  if (content === undefined) return BUILTIN_POLICY;
  if (typeof content === 'string') return policyFromText(content, file, `${file}@${baseSha}`);
  throw new PolicyLoadError([
    {
      file,
      line: 1,
      column: 1,
      message: `the policy at ${baseSha.slice(0, 12)} is not a readable text file (${content.kind})`,
    },
  ]);
}

/**
 * Without a checkout the files are read through the API: their listing needs only the pull
 * request's number, so it starts alongside the pull request's own read (a round trip less). The
 * listing is of the head the event names; should the head have moved, the pull request's read
 * says so and the run stops as stale.
 */
function listFilesEarly(
  client: Octokit,
  inputs: ActionInputs,
  target: PullRequestTarget,
  checkoutDir: string,
): Promise<ListedFile[]> | undefined {
  if (!checkoutRuledOut(inputs, checkoutDir) || target.mergeGroup || target.eventChangedFiles === undefined) {
    return undefined;
  }
  const listed = listChangedFiles(client, target.repo, target.number, {
    expectedCount: target.eventChangedFiles,
  });
  // Awaited (and its error reported) where the change is read; not an unhandled rejection before.
  listed.catch(() => undefined);
  return listed;
}

/** The inputs forbid a checkout, or (use-checkout: auto) there is none. */
function checkoutRuledOut(inputs: ActionInputs, dir: string): boolean {
  return (
    inputs.useCheckout === 'false' || (inputs.useCheckout === 'auto' && !existsSync(path.join(dir, '.git')))
  );
}

/** The change read from a local checkout, when one holds both commits (and the inputs allow it). */
async function tryCheckout(inputs: ActionInputs, dir: string, base: string, head: string) {
  if (checkoutRuledOut(inputs, dir)) return undefined;
  try {
    return await readGitChangeSet({ repo: dir, base, head, maxFileBytes: READ_LIMIT_BYTES });
  } catch (error) {
    if (inputs.useCheckout === 'true') throw error;
    core.info(
      `The checkout in ${dir} cannot be used (${(error as Error).message}); reading through the API.`,
    );
    return undefined;
  }
}

async function publish(
  client: Octokit,
  inputs: ActionInputs,
  target: PullRequestTarget,
  report: Report,
): Promise<void> {
  const existing = await readAfterVerdict(client, inputs, target, report.head);
  const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const blobUrlBase = `${serverUrl}/${target.repo.owner}/${target.repo.repo}/blob/${report.head}/`;
  const outDir = process.env.RUNNER_TEMP ?? tmpdir();

  const { annotations, omitted } = planAnnotations(report);
  for (const a of annotations) {
    const properties = {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.startLine ? { startLine: a.startLine } : {}),
    };
    if (a.level === 'error') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
  const breakGlass = report.waivers?.breakGlass;
  if (breakGlass?.approved) {
    core.notice(
      `Break-glass: label "${breakGlass.label}" approved by ${breakGlass.by} on ${breakGlass.at}; ${breakGlass.waived} finding(s) turned into warnings.`,
      { title: 'rollout-guard break-glass' },
    );
  }
  const more = omitted.error + omitted.warning + omitted.notice;
  let summary = renderers.markdown(report, { blobUrlBase, maxBytes: SUMMARY_MAX_BYTES - 2000 });
  if (more > 0) {
    summary += `\n> GitHub shows at most 10 annotations of each level; ${more} more finding${more === 1 ? ' is' : 's are'} listed above but not annotated.\n`;
  }

  const reportPath = path.join(outDir, 'rollout-guard-report.json');
  const summaryPath = path.join(outDir, 'rollout-guard-summary.md');
  await writeFile(reportPath, renderers.json(report), 'utf8');
  await writeFile(summaryPath, summary, 'utf8');
  if (inputs.sarif) {
    await writeFile(
      path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.sarif),
      renderers.sarif(report),
      'utf8',
    );
  }
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
  core.info(renderers.text(report));

  core.setOutput('verdict', report.verdict);
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('report-path', reportPath);
  core.setOutput('summary-path', summaryPath);

  if (inputs.comment !== 'never') {
    await writeComment(
      client,
      inputs.comment,
      target,
      report,
      renderers.markdown(report, { blobUrlBase, maxBytes: 60_000 }),
      existing,
    );
  }
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

async function writeComment(
  client: Octokit,
  mode: 'auto' | 'always',
  target: PullRequestTarget,
  report: Report,
  body: string,
  read: PullRequestComments | undefined,
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
      await client.rest.issues.createComment({ owner, repo, issue_number: target.number, body: text });
    },
    update: async (id, text) => {
      await client.rest.issues.updateComment({ owner, repo, comment_id: id, body: text });
    },
  };
  try {
    const existing = { comments: read.comments, identity: read.viewer };
    const outcome = await upsertStickyComment(api, existing, mode, report, body);
    core.info(`Pull request comment: ${outcome}.`);
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

function conclude(inputs: ActionInputs, report: Report): void {
  const { errors, warnings } = report.summary;
  const failing = errors > 0 || (inputs.failOn === 'warning' && warnings > 0);
  if (!failing) return;
  const what = `${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}`;
  if (inputs.mode === 'warn') {
    core.warning(`rollout-guard found ${what}; mode is "warn", so the job does not fail.`);
    return;
  }
  core.setFailed(
    `rollout-guard: the change does not meet the rollout policy (${what}). See the job summary.`,
  );
}

function failureMessage(error: unknown): string {
  if (error instanceof PolicyLoadError) return `rollout-guard: the policy is not valid:\n${error.message}`;
  if (error instanceof StaleHeadError) return `rollout-guard: stale: ${error.message}`;
  if (
    error instanceof GitHubSourceError ||
    error instanceof GitSourceError ||
    error instanceof InputError ||
    error instanceof RenderedReadError
  ) {
    return `rollout-guard: ${error.message}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `rollout-guard: could not verify the change: ${message}`;
}
