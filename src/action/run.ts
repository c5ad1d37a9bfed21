/**
 * The action: judge the pull request the event names (or, on a completed run, every pull request
 * whose head it tested) and publish the verdict. The only place that calls setFailed: a
 * UserError says what to fix, anything else is reported as a failure to verify the change.
 */
import * as core from '@actions/core';
import { UserError } from '../core/errors.js';
import type { Report } from '../core/model.js';
import {
  createClient,
  listOpenPullRequestsByHead,
  listPullRequestsForCommit,
} from '../sources/github/index.js';
import type { Octokit } from '../sources/github/index.js';
import { readEnvironment } from './environment.js';
import type { ActionEnvironment } from './environment.js';
import { REJUDGE_EVENTS, eventName, eventRepo, pullRequestTarget, rejudgeTrigger } from './event.js';
import type { PullRequestTarget } from './event.js';
import { readInputs } from './inputs.js';
import type { ActionInputs } from './inputs.js';
import { judge } from './judge.js';
import { publish, setNoVerdictOutput, setVerdictOutputs } from './publish/index.js';
import { StaleHeadError } from './stale-head.js';

export { StaleHeadError };

export async function run(readWorker?: URL): Promise<void> {
  try {
    const inputs = readInputs();
    const environment = readEnvironment();
    const client = createClient(inputs.token, {
      ...(environment.apiUrl ? { baseUrl: environment.apiUrl } : {}),
    });
    if (REJUDGE_EVENTS.has(eventName())) {
      await rejudge(client, inputs, environment, readWorker);
      return;
    }
    const target = pullRequestTarget();
    const report = await judge(client, inputs, target, environment, readWorker);
    await publish(client, inputs, target, report, environment);
    conclude(inputs, report);
  } catch (error) {
    core.setFailed(failureMessage(error));
  }
}

/**
 * workflow_run, check_suite or check_run: a run that a pull request may link to as evidence
 * completed, so every open pull request whose head is the commit it ran on is judged again, through
 * the API only (this workflow runs in the base repository: a checkout here would not be the pull
 * request's, and its code must never run). A pull request whose head moved since is left to the run
 * for its new head (stale: nothing is published for it). The verdict reaches the pull request
 * through the comment and the `commit-status` status on its head.
 */
async function rejudge(
  client: Octokit,
  inputs: ActionInputs,
  environment: ActionEnvironment,
  readWorker: URL | undefined,
): Promise<void> {
  const trigger = rejudgeTrigger();
  const repo = eventRepo();
  if (inputs.commitStatus === '') {
    core.warning(
      `rollout-guard: on ${eventName()} events the verdict reaches the pull request only as a comment unless the commit-status input names a status for it; the job's own check is not on the pull request.`,
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
    setNoVerdictOutput();
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
      const report = await judge(client, forced, target, environment, readWorker);
      await publish(client, forced, target, report, environment);
      reports.push(report);
    } catch (error) {
      if (!(error instanceof StaleHeadError)) throw error;
      core.notice(`rollout-guard: pull request #${number} is not judged again: ${error.message}`);
    }
  }
  if (reports.length === 0) return;
  setVerdictOutputs(reports);
  for (const report of reports) conclude(inputs, report);
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
