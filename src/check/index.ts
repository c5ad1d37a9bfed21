/**
 * The one check both entry points run: a request (what to judge it with) and a source (where the
 * change is read: a git repository or the GitHub API, behind one interface). The source reads the
 * change, the policy and the base's exemptions; the check then reads rendered manifests, reviews
 * and evidence as the request says, parses large changes on worker threads, and judges, looking up
 * the unchanged files a changed workload needs through the source.
 */
import type { ChangeSet, Report, RuleId } from '../core/model.js';
import type { Policy } from '../core/policy.js';
import { readChangeInParallel } from '../parallel/read-pool.js';
import { checkChange, checkChangeReadingContext } from '../pipeline/index.js';
import type { CheckOptions } from '../pipeline/index.js';
import type { ChangeSource, CheckRequest } from './types.js';

export type { ChangeSource, CheckRequest, PolicyRequest, ReadChange } from './types.js';
export { gitChangeSource } from './git-source.js';
export type { GitChangeSourceOptions } from './git-source.js';
export { gitAuditSource, readAudit } from './audit-source.js';
export type { GitAuditSourceOptions } from './audit-source.js';
export { gitHubChangeSource } from './github-source.js';
export type { GitHubChangeSourceOptions } from './github-source.js';
export { readEvidenceContext } from './evidence.js';
export type { EvidenceSource } from './evidence.js';

/** Judges the change a source reads, as the request says. */
export async function check(request: CheckRequest, source: ChangeSource): Promise<Report> {
  const read = await source.read(request);
  try {
    const rulesOff = request.policy.rulesOff;
    const policy = rulesOff === undefined ? read.policy : withRulesOff(read.policy, rulesOff);
    request.onPolicy?.(policy);
    const rendered = request.rendered === undefined ? undefined : await request.rendered();
    let changeSet: ChangeSet = rendered ? { ...read.changeSet, rendered } : read.changeSet;
    const [approvals, evidence] = await Promise.all([
      request.approvals?.(changeSet, policy),
      request.evidence?.(changeSet, policy),
    ]);
    if (evidence !== undefined) changeSet = { ...changeSet, evidence };
    const readings = await readChangeInParallel(changeSet, policy, request.readWorker);
    const options: CheckOptions = {
      changeSet,
      policy,
      baseExemptions: read.baseExemptions,
      ...(approvals ? { approvals } : {}),
      policyPath: request.policy.path,
      now: request.now,
      ...(request.ownCheckNames !== undefined ? { ownCheckNames: request.ownCheckNames } : {}),
      ...(readings ? { readings } : {}),
    };
    return read.readContext === undefined
      ? checkChange(options)
      : await checkChangeReadingContext(options, read.readContext);
  } finally {
    await read.dispose?.();
  }
}

function withRulesOff(policy: Policy, rules: readonly RuleId[]): Policy {
  return {
    ...policy,
    rules: { ...policy.rules, ...Object.fromEntries(rules.map((rule) => [rule, { level: 'off' }])) },
  };
}
