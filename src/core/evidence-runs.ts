/**
 * Whether a run, job or check run the description links to is evidence for this change: it is
 * this repository's (or one the policy lists), it is not a fork's workflow the policy does not
 * trust, it completed with `success`, and it tested the head commit (or, with `freshness:
 * unchanged`, a commit of the pull request after which no judged file changed). Pure: the facts
 * come from the sources; every reason is worded for the person who linked it.
 */
import type { CommitFacts, RunFacts, RunOutcome, RunRef } from './model.js';
import type { EvidencePolicy } from './policy.js';

export interface RunContext {
  /** owner/name of the pull request's repository. */
  repository: string;
  head: string;
  policy: EvidencePolicy;
  /** The pull request comes from a fork. */
  fromFork: boolean;
  commits?: ReadonlyMap<string, CommitFacts>;
}

export interface RunJudgement {
  verified: boolean;
  /** A verb phrase about the subject: "ran on 1a2b3c4, not on the head 9f8e7d6". */
  reason: string;
  facts?: RunFacts;
  /** The commit the run tested, as far as it is known. */
  testedSha?: string;
}

const FULL_SHA = /\b[0-9a-f]{40}\b/gi;

export const shortSha = (sha: string): string => sha.slice(0, 7);

const sameRepository = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** "run 123", "job 456", "check run 789", with "of owner/name" for another repository's. */
export function runSubject(ref: RunRef, repository: string | undefined): string {
  const noun = ref.kind === 'actions-run' ? 'run' : ref.kind === 'job' ? 'job' : 'check run';
  const attempt = ref.attempt === undefined ? '' : ` (attempt ${ref.attempt})`;
  const of =
    repository !== undefined && sameRepository(ref.repository, repository) ? '' : ` of ${ref.repository}`;
  return `${noun} ${ref.id}${attempt}${of}`;
}

/** Whether runs of `ref`'s repository can count at all: this repository's, or one the policy lists. */
export function repositoryAccepted(ref: RunRef, repository: string, policy: EvidencePolicy): boolean {
  return (
    sameRepository(ref.repository, repository) ||
    policy.repositories.some((r) => sameRepository(r, ref.repository))
  );
}

const STILL: Record<string, string> = {
  queued: 'is still queued',
  waiting: 'is still waiting (for an approval or a runner)',
  pending: 'is still pending',
  requested: 'is still queued',
};

const CONCLUDED: Record<string, string> = {
  failure: 'failed',
  cancelled: 'was cancelled',
  skipped: 'was skipped',
  timed_out: 'timed out',
  action_required: 'stopped: it needs an action from someone',
  startup_failure: 'failed to start',
  stale: 'went stale (GitHub marked it so)',
  neutral: 'concluded neutral, not success',
};

/** Judges one run link from what the source read about it (`outcome`). */
export function judgeRun(ref: RunRef, outcome: RunOutcome, context: RunContext): RunJudgement {
  if ('notFound' in outcome) {
    const own = sameRepository(ref.repository, context.repository);
    return {
      verified: false,
      reason: own
        ? `was not found (${outcome.notFound})`
        : `was not found (${outcome.notFound}): it does not exist, or the token cannot read ${ref.repository}`,
    };
  }
  if ('error' in outcome) return { verified: false, reason: `could not be verified: ${outcome.error}` };
  const facts = outcome.found;
  const fail = (reason: string): RunJudgement => ({ verified: false, reason, facts });
  const own = sameRepository(ref.repository, context.repository);

  if (
    ref.kind === 'job' &&
    ref.runId !== undefined &&
    facts.runId !== undefined &&
    facts.runId !== ref.runId
  ) {
    return fail(`is not a job of run ${ref.runId} (it belongs to run ${facts.runId})`);
  }
  if (ref.kind === 'check-run' && facts.app !== context.policy.checkApp) {
    return fail(
      `was produced by ${facts.app === undefined ? 'no app' : `the app ${facts.app}`}, not ${context.policy.checkApp} (evidence.checkApp)`,
    );
  }
  if (own && !context.policy.trustForkRuns) {
    const forkRun =
      ref.kind === 'actions-run'
        ? facts.headRepository !== undefined && !sameRepository(facts.headRepository, facts.repository)
        : context.fromFork;
    if (forkRun) {
      const whose = ref.kind === 'actions-run' ? `the fork ${facts.headRepository}` : 'a fork';
      return fail(
        `ran the workflow of ${whose}, which the fork's author controls; the policy does not trust it (evidence.trustForkRuns)`,
      );
    }
  }
  if (facts.status !== 'completed') return fail(STILL[facts.status] ?? 'is still in progress');
  if (facts.conclusion !== 'success') {
    return fail(
      facts.conclusion === null
        ? 'completed without a conclusion'
        : (CONCLUDED[facts.conclusion] ?? `concluded ${facts.conclusion}, not success`),
    );
  }

  const tested = own ? facts.headSha : testedByTitle(facts.title ?? '', context);
  if (tested === undefined) {
    return fail(
      `does not name the commit it tested in its title (run-name): a run of another repository counts only when its title holds the head's full SHA, ${context.head}`,
    );
  }
  const withSha = (verdict: RunJudgement): RunJudgement => ({ ...verdict, testedSha: tested });
  if (tested.toLowerCase() === context.head.toLowerCase()) {
    return withSha({ verified: true, reason: `succeeded on the head, ${shortSha(tested)}`, facts });
  }
  const onOld = `ran on ${shortSha(tested)}`;
  if (context.policy.freshness === 'head') {
    return withSha(fail(`${onOld}, not on the head ${shortSha(context.head)}`));
  }
  const commit = context.commits?.get(tested.toLowerCase());
  if (commit === undefined) return withSha(fail(`${onOld}, and the commits after it could not be read`));
  if (commit.error !== undefined)
    return withSha(fail(`${onOld}; could not verify the commits after it: ${commit.error}`));
  if (commit.inPullRequest === undefined) {
    return withSha(
      fail(
        `${onOld}; could not tell whether that is a commit of this pull request (it has too many commits)`,
      ),
    );
  }
  if (!commit.inPullRequest) return withSha(fail(`${onOld}, which is not a commit of this pull request`));
  if (commit.changedSince.length > 0) {
    const [first, ...more] = commit.changedSince;
    const others =
      more.length === 0 ? '' : ` and ${more.length} more judged file${more.length === 1 ? '' : 's'}`;
    return withSha(fail(`${onOld}; ${first}${others} changed after it`));
  }
  return withSha({
    verified: true,
    reason: `succeeded on ${shortSha(tested)}, a commit of this pull request after which no judged file changed`,
    facts,
  });
}

/**
 * The commit another repository's run tested: the head when its title names it, otherwise (with
 * `freshness: unchanged`) the first full SHA its title names.
 */
function testedByTitle(title: string, context: RunContext): string | undefined {
  const named = [...title.matchAll(FULL_SHA)].map((m) => m[0].toLowerCase());
  if (named.includes(context.head.toLowerCase())) return context.head;
  return context.policy.freshness === 'unchanged' ? named[0] : undefined;
}

/**
 * The older commits the runs ran on, whose commit facts `judgeRun` needs (only with `freshness:
 * unchanged`): the head's own runs need none.
 */
export function olderCommitsOf(
  refs: readonly RunRef[],
  runs: ReadonlyMap<string, RunOutcome>,
  repository: string,
  head: string,
  policy: EvidencePolicy,
): string[] {
  if (policy.freshness !== 'unchanged') return [];
  const shas = new Set<string>();
  for (const ref of refs) {
    const outcome = runs.get(ref.key);
    if (outcome === undefined || !('found' in outcome)) continue;
    const own = sameRepository(ref.repository, repository);
    const tested = own
      ? outcome.found.headSha
      : testedByTitle(outcome.found.title ?? '', { repository, head, policy, fromFork: false });
    if (
      tested !== undefined &&
      /^[0-9a-f]{40}$/i.test(tested) &&
      tested.toLowerCase() !== head.toLowerCase()
    ) {
      shas.add(tested.toLowerCase());
    }
  }
  return [...shas];
}
