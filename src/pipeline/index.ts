/**
 * From a change to a report, in phases that each return a value: select the files that are
 * manifests, read the head side, look up the unchanged files that the head's workloads need (the
 * caller overlaps that lookup with the next phase), read the base side, then judge.
 */
import type { ApprovalInput } from '../core/approvals.js';
import type { Exemption } from '../core/exemptions.js';
import type { ChangeSet, ContextFile, Report } from '../core/model.js';
import type { Policy } from '../core/policy.js';
import type { FileReading } from '../formats/registry.js';
import { answeredBy, contextNames, judgeChange } from './judge.js';
import { ChangeReader } from './read.js';

export { parseLimits } from './read.js';
export { readRequests } from './select.js';
export type { ReadRequest } from './select.js';

export interface CheckOptions {
  changeSet: ChangeSet;
  policy: Policy;
  /** Repository path of the policy file, to notice edits to it. */
  policyPath: string;
  now: Date;
  ownCheckNames?: string[];
  /** Exemptions from the base commit's exemptions file. */
  baseExemptions?: Exemption[];
  /** Reviews and approver-team members; undefined where they cannot be seen (the CLI). */
  approvals?: ApprovalInput;
  /** Files already parsed (on worker threads), by {@link ReadRequest} key; the rest are parsed here. */
  readings?: ReadonlyMap<string, FileReading>;
}

/**
 * The names, among those asked, that the files read so far answer: a rollout object among them,
 * among the changed files or in the change set's context delivers every changed workload of that
 * name, linked as the judge links them (a source that searches step by step stops there).
 */
export type Answered = (files: readonly ContextFile[]) => ReadonlySet<string>;

/**
 * Reads the unchanged files at head that may be rollout objects (Canaries, Rollouts) naming one
 * of the workloads. A source that can grep the whole tree at once (git) ignores `answered`.
 */
export type ContextReader = (
  workloadNames: ReadonlySet<string>,
  answered: Answered,
) => Promise<ContextFile[]>;

/** Judges a change whose change set holds every file it can use (`changeSet.context` included). Pure. */
export function checkChange(options: CheckOptions): Report {
  const reader = new ChangeReader(options.changeSet, options.policy, options.readings);
  const head = reader.readHead();
  const base = reader.readBase();
  return judgeChange({ head, base }, options.changeSet.context, options);
}

/**
 * The same, with the unchanged files looked up on demand: only once the head side is read is it
 * known which workloads changed, and only files naming one of them are read (none when no
 * workload changed). The lookup runs while the base side is read; a second one runs only when
 * the change removes a rollout object whose workload was not named yet.
 */
export async function checkChangeReadingContext(
  options: CheckOptions,
  readContext: ContextReader,
): Promise<Report> {
  const reader = new ChangeReader(options.changeSet, options.policy, options.readings);
  const head = reader.readHead();
  const asked = contextNames(head.plans, []);
  const answered = answeredBy(head.plans, options.changeSet, options.policy);
  const first = asked.size > 0 ? readContext(asked, answered) : Promise.resolve([]);
  const base = reader.readBase();
  const more = [...contextNames(head.plans, base.plans)].filter((name) => !asked.has(name));
  const [context, extra] = await Promise.all([
    first,
    more.length > 0 ? readContext(new Set(more), answered) : Promise.resolve([]),
  ]);
  return judgeChange({ head, base }, [...options.changeSet.context, ...context, ...extra], options);
}
