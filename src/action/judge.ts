/**
 * From the event's pull request to a report: the pull request's read, the source its change is
 * read from (the checkout when it holds both commits and the inputs allow it, else the API), and
 * the one check (src/check) with what only the Action can give it: reviews, evidence runs read
 * through the API, its own check's names.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { check, gitChangeSource, gitHubChangeSource, readEvidenceContext } from '../check/index.js';
import type { ChangeSource } from '../check/index.js';
import type { ApprovalInput } from '../core/approvals.js';
import { PullRequestEvidence } from '../core/evidence.js';
import type { ChangeSet, Report } from '../core/model.js';
import { BUILTIN_POLICY } from '../core/policy.js';
import type { Policy } from '../core/policy.js';
import { isPinned, parseReference } from '../core/policy-extends.js';
import { EXEMPT_ANNOTATION } from '../formats/inline-exemptions.js';
import { manifestScope } from '../pipeline/select.js';
import { readGitChangeSet } from '../sources/git/index.js';
import {
  RunReader,
  createClient,
  getPullRequest,
  listChangedFiles,
  listCheckResults,
  listReviews,
  listTeamMembers,
  readCommitFacts,
} from '../sources/github/index.js';
import type { ListedFile, Octokit, RepoRef } from '../sources/github/index.js';
import type { SharedPolicyOptions } from '../sources/policy-file.js';
import { readRenderedManifests } from '../sources/rendered.js';
import { githubPolicySource } from '../sources/shared-policy.js';
import { inWorkspace } from './environment.js';
import type { ActionEnvironment } from './environment.js';
import type { PullRequestTarget } from './event.js';
import { InputError } from './inputs.js';
import type { ActionInputs } from './inputs.js';
import { StaleHeadError } from './stale-head.js';

const READ_LIMIT_BYTES = 100 * 1024 * 1024;

export async function judge(
  client: Octokit,
  inputs: ActionInputs,
  target: PullRequestTarget,
  environment: ActionEnvironment,
  readWorker: URL | undefined,
): Promise<Report> {
  const checkoutDir = inWorkspace(environment, inputs.workingDirectory);
  const listed = listFilesEarly(client, inputs, target, checkoutDir);
  const pr = await getPullRequest(client, target.repo, target.number);
  if (target.eventHeadSha && pr.headSha !== target.eventHeadSha) {
    throw new StaleHeadError(
      `the pull request's head moved from ${target.eventHeadSha.slice(0, 12)} to ${pr.headSha.slice(0, 12)} since this run was triggered; the run for the new head judges it`,
    );
  }
  const repository = `${target.repo.owner}/${target.repo.repo}`;
  const serverUrl = environment.serverUrl;
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

  const local = await tryCheckout(inputs, checkoutDir, baseSha, headSha);
  let source: ChangeSource;
  if (local) {
    source = gitChangeSource({
      repo: checkoutDir,
      changeSet: local,
      policyAt: baseSha,
      checks: (head) => listCheckResults(client, target.repo, head),
      maxFileBytes: READ_LIMIT_BYTES,
    });
  } else if (target.mergeGroup) {
    throw new InputError(
      inputs.useCheckout === 'false'
        ? 'on merge_group events rollout-guard reads the change from a checkout, but use-checkout is "false"'
        : 'on merge_group events rollout-guard reads the change from a checkout: add actions/checkout with fetch-depth: 0 before it',
    );
  } else {
    source = gitHubChangeSource({
      client,
      repo: target.repo,
      pullRequest: { ...pullRequest, baseSha, headSha, changedFiles: pr.changedFiles },
      ...(listed ? { listed } : {}),
      maxFileBytes: READ_LIMIT_BYTES,
      log: (line) => core.info(line),
    });
  }

  // The evidence's head is the pull request's: a merge group's commit is new, the runs tested the head.
  const evidenceHead = pr.headSha;
  // The verdict is only good for the commit it judged: publish reads the head again first.
  return check(
    {
      policy: { path: inputs.policy, shared: sharedPolicyOptions(client, inputs, environment) },
      pullRequest,
      now: new Date(),
      onPolicy: logSharedPolicies,
      rendered: async () =>
        inputs.renderedManifests
          ? readRenderedManifests(inWorkspace(environment, inputs.renderedManifests), READ_LIMIT_BYTES)
          : undefined,
      approvals: (changeSet, policy) =>
        needsApproval(changeSet, policy, inputs.policy)
          ? readApprovals(client, target.repo, target.number, policy)
          : Promise.resolve(undefined),
      evidence: (changeSet, policy) =>
        readEvidenceContext(changeSet, policy, {
          serverUrl,
          repository,
          fromFork: pr.isFork,
          reader: runs,
          ...(evidenceHead !== changeSet.head ? { head: evidenceHead } : {}),
          commits: (shas, paths) =>
            readCommitFacts(client, target.repo, target.number, evidenceHead, shas, paths),
        }),
      ownCheckNames: ['rollout-guard', environment.job ?? ''].filter(Boolean),
      readWorker,
    },
    source,
  );
}

/** The shared policies the policy builds on, and a warning for each read at a ref that can move. */
function logSharedPolicies(policy: Policy): void {
  for (const text of policy.shared ?? []) {
    const reference = parseReference(text);
    core.info(`rollout-guard: the policy builds on the shared policy ${text}.`);
    if (reference && !isPinned(reference)) {
      core.notice(
        `rollout-guard: the shared policy ${text} is read at "${reference.ref}", which can move: pin it to a tag or a commit SHA so that a change to the shared policy reaches this repository when you choose.`,
      );
    }
  }
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

/**
 * Shared policies are read through the API, with `shared-policy-token` when given (a private policy
 * repository), else with the action's token; `shared-policy` imposes one.
 */
function sharedPolicyOptions(
  client: Octokit,
  inputs: ActionInputs,
  environment: ActionEnvironment,
): SharedPolicyOptions {
  const reader =
    inputs.sharedPolicyToken === ''
      ? client
      : createClient(inputs.sharedPolicyToken, {
          ...(environment.apiUrl ? { baseUrl: environment.apiUrl } : {}),
        });
  return {
    shared: githubPolicySource(reader),
    ...(inputs.sharedPolicy !== '' ? { impose: inputs.sharedPolicy } : {}),
  };
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
