/** What the one check is asked (a request) and where it reads the change (a source). */
import type { ApprovalInput } from '../core/approvals.js';
import type { Exemption } from '../core/exemptions.js';
import type { ChangeSet, ContextFile, EvidenceContext, PullRequestContext, RuleId } from '../core/model.js';
import type { Policy } from '../core/policy.js';
import type { ContextReader } from '../pipeline/index.js';
import type { SharedPolicyOptions } from '../sources/policy-file.js';

/** Where the policy comes from. */
export interface PolicyRequest {
  /** Repository path of the policy file: read at the base commit, and an edit to it is noticed. */
  path: string;
  /** A policy given instead of the file (the CLI's --policy). */
  given?: Policy | undefined;
  /** Where the shared policies it extends are read, and one imposed on it. */
  shared?: SharedPolicyOptions | undefined;
  /** Rules turned off whatever the policy says (those only a pull request can satisfy, before there is one). */
  rulesOff?: readonly RuleId[] | undefined;
}

/** What to judge the change with, besides the change itself. */
export interface CheckRequest {
  policy: PolicyRequest;
  /** The pull request's description and labels (and number, title, author when there is one). */
  pullRequest: PullRequestContext;
  /** Today, for `enforceFrom` dates and expiries. */
  now: Date;
  /** Rendered manifests (helm template, kustomize build), read once the policy is known. */
  rendered?: (() => Promise<ContextFile[] | undefined>) | undefined;
  /** Told the policy as soon as it is loaded (the Action logs the shared policies it builds on). */
  onPolicy?: ((policy: Policy) => void) | undefined;
  /** Reviews and approver teams, when something could be approved; undefined where they cannot be seen. */
  approvals?: ((changeSet: ChangeSet, policy: Policy) => Promise<ApprovalInput | undefined>) | undefined;
  /** What GitHub says about the runs the description links to as evidence; undefined: not read. */
  evidence?: ((changeSet: ChangeSet, policy: Policy) => Promise<EvidenceContext>) | undefined;
  /** Names of this check's own check runs, never evidence of themselves. */
  ownCheckNames?: string[] | undefined;
  /** The bundled parser thread; without it every file is parsed in the calling thread. */
  readWorker?: URL | undefined;
}

/** A change as a source read it, with the policy that judges it. */
export interface ReadChange {
  changeSet: ChangeSet;
  policy: Policy;
  /** Exemptions from the base commit's exemptions file. */
  baseExemptions: Exemption[];
  /**
   * Looks up the unchanged files the changed workloads need, once they are known; undefined when
   * the change set holds every file it can use (an audit of every file at one commit).
   */
  readContext?: ContextReader | undefined;
  /** Releases what the read holds (a working-tree snapshot), once the check is done. */
  dispose?: (() => Promise<void>) | undefined;
}

/** Where a change is read from: a git repository, or a pull request through the GitHub API. */
export interface ChangeSource {
  read(request: CheckRequest): Promise<ReadChange>;
}
