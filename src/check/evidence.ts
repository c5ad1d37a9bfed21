/**
 * The reads the pure judgement of test evidence leaves out: which runs, jobs and check runs the
 * evidence section links to is core's to say (`runsToRead`), what GitHub says about them is the
 * sources' (`RunReader`), and, with `evidence.freshness: unchanged`, what changed since the older
 * commits they ran on. The result is the change set's `evidence` context.
 */
import { PullRequestEvidence } from '../core/evidence.js';
import { olderCommitsOf } from '../core/evidence-runs.js';
import type { ChangeSet, CommitFacts, EvidenceContext } from '../core/model.js';
import type { Policy } from '../core/policy.js';
import { judgedPaths } from '../pipeline/select.js';
import type { RunReader } from '../sources/github/index.js';

export interface EvidenceSource {
  /** The GitHub server's web address (`GITHUB_SERVER_URL`). */
  serverUrl: string;
  /** owner/name of the repository; undefined when unknown (a local run without --github-repo). */
  repository: string | undefined;
  fromFork: boolean;
  /** The commit runs must have tested, when it is not the change's head (a merge group's). */
  head?: string;
  /** Reads runs through the API; undefined when there is no token (`unread` says so). */
  reader: RunReader | undefined;
  /** Why runs are not read, when `reader` is undefined. */
  unread?: string;
  /** Reads the facts of older commits runs ran on, for `evidence.freshness: unchanged`. */
  commits?: (shas: string[], paths: string[]) => Promise<Map<string, CommitFacts>>;
}

/** Whether any environment of the policy asks for test evidence. */
export function policyWantsEvidence(policy: Policy): boolean {
  return (
    policy.defaultEnvironment.evidence.required || policy.environments.some((env) => env.evidence.required)
  );
}

/**
 * What the evidence section's runs are, as the evaluation needs it. Nothing is read when the
 * change has no judged file or no environment asks for evidence (no plan can need it then).
 */
export async function readEvidenceContext(
  changeSet: ChangeSet,
  policy: Policy,
  source: EvidenceSource,
): Promise<EvidenceContext> {
  const context: EvidenceContext = {
    serverUrl: source.serverUrl,
    ...(source.repository !== undefined ? { repository: source.repository } : {}),
    fromFork: source.fromFork,
    ...(source.head !== undefined ? { head: source.head } : {}),
  };
  if (source.reader === undefined || source.repository === undefined) {
    return { ...context, unread: source.unread ?? 'the GitHub API was not asked' };
  }
  const paths = judgedPaths(changeSet, policy);
  if (paths.length === 0 || !policyWantsEvidence(policy)) return { ...context, runs: new Map() };
  const refs = new PullRequestEvidence(changeSet.pullRequest.body, policy).runsToRead(context);
  const runs = await source.reader.read(refs);
  const shas = olderCommitsOf(refs, runs, source.repository, source.head ?? changeSet.head, policy.evidence);
  if (shas.length === 0) return { ...context, runs };
  const commits = source.commits
    ? await source.commits(shas, paths)
    : new Map(
        shas.map((sha): [string, CommitFacts] => [
          sha,
          {
            inPullRequest: undefined,
            changedSince: [],
            error: 'the commits of this change cannot be read here',
          },
        ]),
      );
  return { ...context, runs, commits };
}
