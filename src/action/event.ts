/**
 * The event that started the run, as github.context gives it: the pull request to judge
 * (pull_request, pull_request_target, pull_request_review, merge_group), or the commit a completed
 * run tested (workflow_run, check_suite, check_run), whose pull requests are judged again.
 */
import * as github from '@actions/github';
import type { RepoRef } from '../sources/github/index.js';
import { InputError } from './inputs.js';

export interface PullRequestTarget {
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
export const REJUDGE_EVENTS = new Set(['workflow_run', 'check_suite', 'check_run']);

/** The name of the event that started the run. */
export const eventName = (): string => github.context.eventName;

/** The repository the workflow runs in. */
export const eventRepo = (): RepoRef => github.context.repo;

export /** The commit a completed run tested, and where its branch lives, from a re-judging event. */
interface RejudgeTrigger {
  sha: string;
  /** For a fork's branch, whose commit GitHub does not associate with this repository's pull requests. */
  head?: { owner: string; branch: string };
  /** "workflow run "CI" (completed)", for the log. */
  what: string;
}

export function rejudgeTrigger(): RejudgeTrigger {
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

export function pullRequestTarget(): PullRequestTarget {
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
      number: pr.number,
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
