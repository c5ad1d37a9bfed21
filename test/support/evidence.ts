/**
 * Evidence contexts for tests that judge a change without the GitHub API: what a source would
 * have read about the runs a description links to.
 */
import { runKey } from '../../src/core/evidence-links.js';
import type { EvidenceContext, RunFacts, RunOutcome } from '../../src/core/model.js';

/** A workflow run of `repository` that succeeded on `headSha`. */
export function passedRun(repository: string, headSha: string, overrides: Partial<RunFacts> = {}): RunFacts {
  return {
    name: 'CI',
    title: 'Roll out checkout v2',
    repository,
    headRepository: repository,
    headSha,
    status: 'completed',
    conclusion: 'success',
    completedAt: '2026-11-29T11:48:00Z',
    ...overrides,
  };
}

/**
 * The context a source gives when workflow runs `ids` of `repository` (default acme/shop, run 1)
 * succeeded on `head`.
 */
export function runsPassedOn(
  head: string,
  options: { repository?: string; ids?: number[]; serverUrl?: string } = {},
): EvidenceContext {
  const repository = options.repository ?? 'acme/shop';
  const runs = new Map<string, RunOutcome>(
    (options.ids ?? [1]).map((id) => [
      runKey('actions-run', repository, id),
      { found: passedRun(repository, head) },
    ]),
  );
  return { serverUrl: options.serverUrl ?? 'https://github.com', repository, runs };
}
