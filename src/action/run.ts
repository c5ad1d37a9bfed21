import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { UserError } from '../core/errors.js';
import type { ChangeSet, FileContent, Level, Report } from '../core/model.js';
import type { Policy } from '../core/policy.js';
import { BUILTIN_POLICY } from '../core/policy.js';
import { PullRequestEvidence } from '../core/evidence.js';
import { readEvidenceContext } from '../evidence-facts.js';
import { checkLocalChange, checkRemoteChange } from '../local-check.js';
import { manifestScope } from '../pipeline/select.js';
import type { CheckOptions } from '../pipeline/index.js';
import { renderComment, renderers } from '../report/index.js';
import { readGitChangeSet } from '../sources/git/index.js';
import { createClient } from '../sources/github/index.js';
import type { Octokit } from '../sources/github/index.js';
import { RunReader, readCommitFacts } from '../sources/github/index.js';
import { GitHubContextSearch, mayHoldWorkloads, readNearFiles } from '../sources/github/index.js';
import {
  GitHubSourceError,
  createCommitStatus,
  getPullRequest,
  isRefusal,
  listChangedFiles,
  listCheckResults,
  listOpenPullRequestsByHead,
  listPullRequestsForCommit,
  listReviews,
  listTeamMembers,
  readGitHubChangeSet,
  readPullRequestState,
} from '../sources/github/index.js';
import type {
  GitHubChangeSet,
  ListedFile,
  PullRequestComments,
  PullRequestState,
  RepoRef,
} from '../sources/github/index.js';
import {
  PolicyLoadError,
  buildPolicy,
  exemptionsFrom,
  loadExemptionsAtBase,
  loadPolicyAtBase,
} from '../sources/policy-file.js';
import type { SharedPolicyOptions } from '../sources/policy-file.js';
import { isPinned, parseReference } from '../core/policy-extends.js';
import { githubPolicySource } from '../sources/shared-policy.js';
import type { ApprovalInput } from '../core/approvals.js';
import type { Exemption } from '../core/exemptions.js';
import { EXEMPT_ANNOTATION } from '../formats/inline-exemptions.js';
import { readRenderedManifests } from '../sources/rendered.js';
import { ANNOTATIONS_PER_LEVEL, planAnnotations } from './annotations.js';
import { runLinks } from './links.js';
import { upsertStickyComment } from './comment.js';
import { COMMENT_STATE } from './comment.js';
import type { CommentApi } from './comment.js';
import { InputError, readInputs } from './inputs.js';
import type { ActionInputs } from './inputs.js';

/** Markdown job summaries over 1 MiB are rejected by the runner. */
const SUMMARY_MAX_BYTES = 1_000_000;
const READ_LIMIT_BYTES = 100 * 1024 * 1024;

/** The run is judging a commit that is no longer the pull request's head. */
export class StaleHeadError extends UserError {
  override name = 'StaleHeadError';

  override describe(): string {
    return `rollout-guard: stale: ${this.message}`;
  }
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
  /**
   * Judged again because a run it may link to as evidence completed (workflow_run, check_suite,
   * check_run): read through the API only, from the base repository's workflow.
   */
  rejudge?: string;
}

/** Events that re-judge the pull requests whose head a completed run tested. */
const REJUDGE_EVENTS = new Set(['workflow_run', 'check_suite', 'check_run']);

/**
 * The action: judge the pull request named by the event and report in the job summary,
 * annotations, outputs and (optionally) a sticky comment. The only place that calls setFailed.
 */
export async function run(readWorker?: URL): Promise<void> {
  try {
    const inputs = readInputs();
    const client = createClient(inputs.token, {
      ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
    });
    if (REJUDGE_EVENTS.has(github.context.eventName)) {
      await rejudge(client, inputs, readWorker);
      return;
    }
    const target = pullRequestTarget();
    const report = await judge(client, inputs, target, readWorker);
    await publish(client, inputs, target, report);
    conclude(inputs, report);
  } catch (error) {
    core.setFailed(failureMessage(error));
  }
}

/** The commit a completed run tested, and where its branch lives, from a re-judging event. */
interface RejudgeTrigger {
  sha: string;
  /** For a fork's branch, whose commit GitHub does not associate with this repository's pull requests. */
  head?: { owner: string; branch: string };
  /** "workflow run "CI" (completed)", for the log. */
  what: string;
}

function rejudgeTrigger(): RejudgeTrigger {
  const { eventName, payload, repo } = github.context;
  const record = (value: unknown) =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const subject = record(payload[eventName]);
  const sha = typeof subject.head_sha === 'string' ? subject.head_sha : '';
  if (!/^[0-9a-f]{40}$/i.test(sha)) {
    throw new InputError(`the ${eventName} event names no head commit (${eventName}.head_sha)`);
  }
  const name = typeof subject.name === 'string' && subject.name !== '' ? ` "${subject.name}"` : '';
  const trigger: RejudgeTrigger = {
    sha,
    what: `${eventName.replace('_', ' ')}${name} (${String(payload.action ?? 'event')}) on ${sha.slice(0, 12)}`,
  };
  // Only a workflow run says which repository its branch is in; a fork's is found by branch.
  const headRepository = record(subject.head_repository);
  const owner = record(headRepository.owner).login;
  const branch = subject.head_branch;
  const fullName = headRepository.full_name;
  if (
    typeof owner === 'string' &&
    typeof branch === 'string' &&
    branch !== '' &&
    typeof fullName === 'string' &&
    fullName.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase()
  ) {
    trigger.head = { owner, branch };
  }
  return trigger;
}

/**
 * workflow_run, check_suite or check_run: a run that a pull request may link to as evidence
 * completed, so every open pull request whose head is the commit it ran on is judged again, through
 * the API only (this workflow runs in the base repository: a checkout here would not be the pull
 * request's, and its code must never run). A pull request whose head moved since is left to the run
 * for its new head (stale: nothing is published for it). The verdict reaches the pull request
 * through the comment and the `commit-status` status on its head.
 */
async function rejudge(client: Octokit, inputs: ActionInputs, readWorker: URL | undefined): Promise<void> {
  const trigger = rejudgeTrigger();
  const repo = github.context.repo;
  if (inputs.commitStatus === '') {
    core.warning(
      `rollout-guard: on ${github.context.eventName} events the verdict reaches the pull request only as a comment unless the commit-status input names a status for it; the job's own check is not on the pull request.`,
    );
  }
  const [own, fork] = await Promise.all([
    listPullRequestsForCommit(client, repo, trigger.sha),
    trigger.head
      ? listOpenPullRequestsByHead(client, repo, trigger.head.owner, trigger.head.branch, trigger.sha)
      : Promise.resolve([]),
  ]);
  const numbers = [...new Set([...own, ...fork].map((pull) => pull.number))].sort((a, b) => a - b);
  if (numbers.length === 0) {
    core.info(
      `rollout-guard: ${trigger.what}: no open pull request of ${repo.owner}/${repo.repo} has this commit as its head; nothing to judge.`,
    );
    core.setOutput('verdict', 'none');
    return;
  }
  core.info(
    `rollout-guard: ${trigger.what}: judging pull request${numbers.length === 1 ? '' : 's'} #${numbers.join(', #')} again.`,
  );
  const forced: ActionInputs = { ...inputs, useCheckout: 'false', renderedManifests: '' };
  if (inputs.renderedManifests !== '') {
    core.warning(
      'rollout-guard: rendered-manifests is ignored when judging again: this workflow did not render the pull request.',
    );
  }
  const reports: Report[] = [];
  for (const number of numbers) {
    const target: PullRequestTarget = { repo, number, eventHeadSha: trigger.sha, rejudge: trigger.what };
    try {
      const report = await judge(client, forced, target, readWorker);
      await publish(client, forced, target, report);
      reports.push(report);
    } catch (error) {
      if (!(error instanceof StaleHeadError)) throw error;
      core.notice(`rollout-guard: pull request #${number} is not judged again: ${error.message}`);
    }
  }
  if (reports.length === 0) return;
  const errors = reports.reduce((sum, report) => sum + report.summary.errors, 0);
  const warnings = reports.reduce((sum, report) => sum + report.summary.warnings, 0);
  const verdict = reports.some((report) => report.verdict === 'fail') ? 'fail' : 'pass';
  core.setOutput('verdict', verdict);
  core.setOutput('errors', String(errors));
  core.setOutput('warnings', String(warnings));
  for (const report of reports) conclude(inputs, report);
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
  const repository = `${target.repo.owner}/${target.repo.repo}`;
  const serverUrl = process.env.GITHUB_SERVER_URL || 'https://github.com';
  const runs = new RunReader(client);
  if (listed) prefetchEvidence(runs, listed, pr.body, { serverUrl, repository });
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
  let search: GitHubContextSearch | undefined;
  const shared = sharedPolicyOptions(client, inputs);
  const local = await tryCheckout(inputs, checkoutDir, baseSha, headSha);
  if (local) {
    const checks = await listCheckResults(client, target.repo, headSha);
    changeSet = { ...local, pullRequest, checks };
    policy = await loadPolicyAtBase(checkoutDir, baseSha, inputs.policy, shared);
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
    policy = await policyFrom(remote.policyText, inputs.policy, baseSha, shared);
    const exemptionsFile = policy.exemptions.file;
    const scope = manifestScope(policy);
    const changed = new Set(
      remote.changeSet.files.flatMap((f) => [
        f.path,
        ...(f.previousPath !== undefined ? [f.previousPath] : []),
      ]),
    );
    const maxFileBytes = policy.manifests.maxFileBytes;
    // The folder files, the exemptions file the policy names (when it is not the default one,
    // read already) and the files beside and above a changed workload: one query.
    const near = await readNearFiles(client, target.repo, {
      baseSha,
      headSha,
      folders: remote.folders,
      changed,
      scope,
      maxFileBytes,
      readNearby: mayHoldWorkloads(
        remote.changeSet.files.flatMap((f) => (f.head?.kind === 'text' ? [f.head.text] : [])),
      ),
      baseFiles: remote.baseFiles.has(exemptionsFile) ? [] : [exemptionsFile],
    });
    changeSet = { ...remote.changeSet, folderFiles: near.folderFiles, context: near.context };
    const fetched = remote.baseFiles.has(exemptionsFile)
      ? remote.baseFiles.get(exemptionsFile)
      : textOrReason(near.baseFiles.get(exemptionsFile));
    baseExemptions = exemptionsFrom(fetched, exemptionsFile, baseSha);
    search = new GitHubContextSearch(client, target.repo, {
      headSha,
      changed,
      scope,
      maxFileBytes,
      read: near.context.map((file) => file.path),
      unread: near.unread,
      log: (line) => core.info(line),
    });
  }

  for (const text of policy.shared ?? []) {
    const reference = parseReference(text);
    core.info(`rollout-guard: the policy builds on the shared policy ${text}.`);
    if (reference && !isPinned(reference)) {
      core.notice(
        `rollout-guard: the shared policy ${text} is read at "${reference.ref}", which can move: pin it to a tag or a commit SHA so that a change to the shared policy reaches this repository when you choose.`,
      );
    }
  }

  if (inputs.renderedManifests) {
    const location = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.renderedManifests);
    changeSet = { ...changeSet, rendered: await readRenderedManifests(location, READ_LIMIT_BYTES) };
  }

  // The evidence's head is the pull request's: a merge group's commit is new, the runs tested the head.
  const evidenceHead = pr.headSha;
  const [approvals, evidence] = await Promise.all([
    needsApproval(changeSet, policy, inputs.policy)
      ? readApprovals(client, target.repo, target.number, policy)
      : Promise.resolve(undefined),
    readEvidenceContext(changeSet, policy, {
      serverUrl,
      repository,
      fromFork: pr.isFork,
      reader: runs,
      ...(evidenceHead !== changeSet.head ? { head: evidenceHead } : {}),
      commits: (shas, paths) =>
        readCommitFacts(client, target.repo, target.number, evidenceHead, shas, paths),
    }),
  ]);
  changeSet = { ...changeSet, evidence };

  const options: CheckOptions = {
    changeSet,
    policy,
    baseExemptions,
    ...(approvals ? { approvals } : {}),
    policyPath: inputs.policy,
    now: new Date(),
    ownCheckNames: ['rollout-guard', process.env.GITHUB_JOB ?? ''].filter(Boolean),
  };
  // A checkout greps the unchanged files; through the API they are looked for near the change
  // first, then in a bounded search of the tree (which fails closed at its cap).
  const report = search
    ? await checkRemoteChange({ ...options, readWorker }, (names, answered) =>
        (search as GitHubContextSearch).find(names, answered),
      )
    : await checkLocalChange({ ...options, repo: checkoutDir, readWorker, maxFileBytes: READ_LIMIT_BYTES });

  // The verdict is only good for the commit it judged: publish reads the head again first.
  return report;
}

/**
 * Starts reading the run links of the description's evidence section as soon as the pull request
 * and its file list are in, alongside the reads of the change: the policy (which may name other
 * headings or repositories) is not known yet, so the built-in policy's headings pick the links, and
 * only when a changed file may be judged (else no evidence is needed). What the policy then asks
 * for reuses these reads; a link it does not want was read for nothing.
 */
function prefetchEvidence(
  runs: RunReader,
  listed: Promise<ListedFile[]>,
  body: string,
  github: { serverUrl: string; repository: string },
): void {
  const scope = manifestScope(BUILTIN_POLICY);
  listed.then(
    (files) => {
      if (!files.some((file) => scope.reads(file.path) || scope.reads(file.previousPath ?? ''))) return;
      runs.prefetch(new PullRequestEvidence(body, BUILTIN_POLICY).runsToRead(github));
    },
    () => undefined,
  );
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

function textOrReason(content: FileContent | undefined) {
  return content === undefined ? undefined : content.kind === 'text' ? content.text : content;
}

/**
 * Shared policies are read through the API, with `shared-policy-token` when given (a private policy
 * repository), else with the action's token; `shared-policy` imposes one.
 */
function sharedPolicyOptions(client: Octokit, inputs: ActionInputs): SharedPolicyOptions {
  const reader =
    inputs.sharedPolicyToken === ''
      ? client
      : createClient(inputs.sharedPolicyToken, {
          ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
        });
  return {
    shared: githubPolicySource(reader),
    ...(inputs.sharedPolicy !== '' ? { impose: inputs.sharedPolicy } : {}),
  };
}

async function policyFrom(
  content: GitHubChangeSet['policyText'],
  file: string,
  baseSha: string,
  shared: SharedPolicyOptions,
): Promise<Policy> {
  if (content === undefined || typeof content === 'string')
    return buildPolicy(content, file, `${file}@${baseSha}`, shared);
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
  const [existing, links] = await Promise.all([
    readAfterVerdict(client, inputs, target, report.head),
    runLinks(client, target.repo, process.env),
  ]);
  const serverUrl = process.env.GITHUB_SERVER_URL || 'https://github.com';
  const blobUrlBase = `${serverUrl}/${target.repo.owner}/${target.repo.repo}/blob/${report.head}/`;
  // A folder of its own, so that an upload-artifact step can take the reports and nothing else.
  const outDir = path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'rollout-guard');
  await mkdir(outDir, { recursive: true });

  const { annotations, omitted, total } = planAnnotations(report);
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
  let summary = renderers.markdown(report, { blobUrlBase, maxBytes: SUMMARY_MAX_BYTES - 2000 });
  const note = annotationNote(omitted, total);
  if (note !== undefined) summary += `\n${note}\n`;

  const reportPath = path.join(outDir, 'rollout-guard-report.json');
  const summaryPath = path.join(outDir, 'rollout-guard-summary.md');
  const sarifPath = path.join(outDir, 'rollout-guard.sarif');
  const sarif = renderers.sarif(report);
  await writeFile(reportPath, renderers.json(report), 'utf8');
  await writeFile(summaryPath, summary, 'utf8');
  await writeFile(sarifPath, sarif, 'utf8');
  if (inputs.sarif) {
    await writeFile(path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.sarif), sarif, 'utf8');
  }
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
  core.info(renderers.text(report));

  core.setOutput('verdict', report.verdict);
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('report-dir', outDir);
  core.setOutput('report-path', reportPath);
  core.setOutput('summary-path', summaryPath);
  core.setOutput('sarif-path', sarifPath);

  if (inputs.comment !== 'never') {
    await writeComment(client, inputs.comment, target, report, existing, (room) =>
      renderComment(report, { blobUrlBase, links, maxChars: room }),
    );
  }
  if (inputs.commitStatus !== '') await writeStatus(client, inputs, target, report, serverUrl);
}

/**
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
  serverUrl: string,
): Promise<void> {
  const { errors, warnings } = report.summary;
  const failing = errors > 0 || (inputs.failOn === 'warning' && warnings > 0);
  const first = report.findings.find((finding) => finding.level === 'error')?.message;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  const runId = process.env.GITHUB_RUN_ID;
  try {
    await createCommitStatus(client, target.repo, report.head, {
      state: failing ? 'failure' : 'success',
      context: inputs.commitStatus,
      description: failing && first ? `${counts}: ${first}` : `${report.verdict.toUpperCase()}: ${counts}`,
      ...(runId
        ? { targetUrl: `${serverUrl}/${target.repo.owner}/${target.repo.repo}/actions/runs/${runId}` }
        : {}),
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

/**
 * What the annotations left out, counted exactly: GitHub shows ten of each level per step, and
 * each annotation is one rule in one file. Undefined when every finding has its annotation.
 */
function annotationNote(omitted: Record<Level, number>, total: Record<Level, number>): string | undefined {
  const all = total.error + total.warning + total.notice;
  const left = omitted.error + omitted.warning + omitted.notice;
  if (left === 0) return undefined;
  return `> Annotations show ${all - left} of the ${all} findings: GitHub shows ${ANNOTATIONS_PER_LEVEL} of each level per step, and each annotation is one rule in one file. Every finding is in the JSON report.`;
}

async function writeComment(
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
  if (error instanceof UserError) return error.describe();
  const message = error instanceof Error ? error.message : String(error);
  return `rollout-guard: could not verify the change: ${message}`;
}
