import type { ApprovalInput } from '../core/approvals.js';
import type { Exemption } from '../core/exemptions.js';
import type { ChangeSet, ContextFile } from '../core/model.js';
import type { Policy } from '../core/policy.js';
import type { FileReading } from '../formats/registry.js';

/** What the pipeline's phases are given (index.ts) and hand each other (judge.ts). */

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
