/**
 * A change in a local git repository (the CLI; the Action with a checkout): between two commits,
 * or uncommitted work on top of HEAD. The unchanged files a changed workload needs are grepped
 * from the head tree once the changed files are read.
 */
import type { CheckRun } from '../core/model.js';
import { BUILTIN_POLICY } from '../core/policy.js';
import { readGitChangeSet, readGitContext, snapshotWorking } from '../sources/git/index.js';
import type { GitChangeSet, WorkingSide, WorkingSnapshot } from '../sources/git/index.js';
import { loadExemptionsAtBase, loadPolicyAtBase } from '../sources/policy-file.js';
import type { ChangeSource, CheckRequest, ReadChange } from './types.js';

export interface GitChangeSourceOptions {
  /** The repository's folder. */
  repo: string;
  /** Default: the merge-base with the default branch; git's empty tree judges a first commit. */
  base?: string | undefined;
  /** Default: HEAD. */
  head?: string | undefined;
  /** Judge uncommitted work on top of HEAD instead of a commit (`--staged`, `--worktree`). */
  working?: WorkingSide | undefined;
  /** With `working: 'staged'`, the index to read instead of the repository's (a hook's GIT_INDEX_FILE). */
  indexFile?: string | undefined;
  /** The change, when it was read already (the Action reads it to learn whether the checkout holds it). */
  changeSet?: GitChangeSet | undefined;
  /**
   * Read the policy and exemptions files with the change, from the listing it reads anyway (no git
   * process of their own). Default: false.
   */
  readPolicyWithChange?: boolean | undefined;
  /**
   * The commit the policy and exemptions files are read at. Default: the change's base (the
   * merge-base). The Action reads them at the pull request's base commit, as GitHub names it.
   */
  policyAt?: string | undefined;
  /** The CI results on the head commit, when they can be read (the Action, through the API). */
  checks?: ((head: string) => Promise<CheckRun[]>) | undefined;
  /** The most a file is read of; the policy's own (smaller) limit applies before parsing. */
  maxFileBytes: number;
}

export function gitChangeSource(options: GitChangeSourceOptions): ChangeSource {
  return { read: (request) => readGitChange(options, request) };
}

async function readGitChange(options: GitChangeSourceOptions, request: CheckRequest): Promise<ReadChange> {
  const { repo } = options;
  const snapshot: WorkingSnapshot | undefined =
    options.working === undefined
      ? undefined
      : await snapshotWorking({
          repo,
          side: options.working,
          ...(options.indexFile !== undefined ? { indexFile: options.indexFile } : {}),
        });
  try {
    const policyPath = request.policy.path;
    const changeSet =
      options.changeSet ??
      (await readGitChangeSet(
        {
          repo,
          maxFileBytes: options.maxFileBytes,
          ...(options.readPolicyWithChange === true
            ? { alsoAtBase: [policyPath, (request.policy.given ?? BUILTIN_POLICY).exemptions.file] }
            : {}),
          ...(options.base !== undefined ? { base: options.base } : {}),
          ...(snapshot !== undefined
            ? { headTree: snapshot.tree, ...(snapshot.parent !== undefined ? { head: snapshot.parent } : {}) }
            : options.head !== undefined
              ? { head: options.head }
              : {}),
        },
        snapshot?.run,
      ));
    const checks = options.checks === undefined ? undefined : await options.checks(changeSet.head);
    const policyAt = options.policyAt ?? changeSet.base;
    // Read with the change, at its base: of no use when the policy is read at another commit.
    const atBase = options.policyAt === undefined ? changeSet.atBase : undefined;
    const policy =
      request.policy.given ??
      (await loadPolicyAtBase(repo, policyAt, policyPath, request.policy.shared, atBase?.get(policyPath)));
    const baseExemptions = await loadExemptionsAtBase(
      repo,
      policyAt,
      policy.exemptions.file,
      atBase?.get(policy.exemptions.file),
    );
    return {
      changeSet: { ...changeSet, pullRequest: request.pullRequest, ...(checks ? { checks } : {}) },
      policy,
      baseExemptions,
      readContext: (names) =>
        readGitContext(
          {
            repo,
            head: changeSet.head,
            names,
            exclude: new Set(changeSet.files.map((file) => file.path)),
            maxFileBytes: options.maxFileBytes,
          },
          snapshot?.run,
        ),
      ...(snapshot !== undefined ? { dispose: () => snapshot.dispose() } : {}),
    };
  } catch (error) {
    await snapshot?.dispose();
    throw error;
  }
}
