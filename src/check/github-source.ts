/**
 * A pull request read through the GitHub API, without a checkout: its files at base and head and
 * the policy at base, then the folder files and the unchanged rollout objects near the change in
 * one more query. The rest of the tree is searched (bounded, failing closed at its cap) only when
 * a changed workload is still without an answer.
 */
import type { FileContent } from '../core/model.js';
import { BUILTIN_POLICY } from '../core/policy.js';
import type { Policy } from '../core/policy.js';
import { manifestScope } from '../pipeline/select.js';
import {
  GitHubContextSearch,
  mayHoldWorkloads,
  readGitHubChangeSet,
  readNearFiles,
} from '../sources/github/index.js';
import type {
  GitHubChangeSet,
  ListedFile,
  Octokit,
  PullRequestRef,
  RepoRef,
} from '../sources/github/index.js';
import { PolicyLoadError, buildPolicy, exemptionsFrom } from '../sources/policy-file.js';
import type { SharedPolicyOptions } from '../sources/policy-file.js';
import type { ChangeSource } from './types.js';

export interface GitHubChangeSourceOptions {
  client: Octokit;
  repo: RepoRef;
  /** The pull request, and the commits to judge (a merge group's are not its own). */
  pullRequest: PullRequestRef;
  /** The pull request's files, when their listing was started already (alongside the pull request). */
  listed?: Promise<ListedFile[]> | undefined;
  /** The most a file is read of; the policy's own (smaller) limit applies before parsing. */
  maxFileBytes: number;
  /** Where the search of the tree says what it read. */
  log: (line: string) => void;
}

export function gitHubChangeSource(options: GitHubChangeSourceOptions): ChangeSource {
  return {
    async read(request) {
      const { client, repo, pullRequest } = options;
      const { baseSha, headSha } = pullRequest;
      const policyPath = request.policy.path;
      const remote = await readGitHubChangeSet(client, repo, pullRequest, {
        maxFileBytes: options.maxFileBytes,
        policyPath,
        baseFiles: [BUILTIN_POLICY.exemptions.file],
        ...(options.listed ? { listed: options.listed } : {}),
      });
      const policy =
        request.policy.given ??
        (await policyFrom(remote.policyText, policyPath, baseSha, request.policy.shared ?? {}));
      const exemptionsFile = policy.exemptions.file;
      const scope = manifestScope(policy);
      const changed = new Set(
        remote.changeSet.files.flatMap((f) => [
          f.path,
          ...(f.previousPath !== undefined ? [f.previousPath] : []),
        ]),
      );
      const maxFileBytes = policy.manifests.maxFileBytes;
      // The folder files, the exemptions file the policy names (when it is not the default one,
      // read already) and the files beside and above a changed workload: one query.
      const near = await readNearFiles(client, repo, {
        baseSha,
        headSha,
        folders: remote.folders,
        changed,
        scope,
        maxFileBytes,
        readNearby: mayHoldWorkloads(
          remote.changeSet.files.flatMap((f) => (f.head?.kind === 'text' ? [f.head.text] : [])),
        ),
        baseFiles: remote.baseFiles.has(exemptionsFile) ? [] : [exemptionsFile],
      });
      const fetched = remote.baseFiles.has(exemptionsFile)
        ? remote.baseFiles.get(exemptionsFile)
        : textOrReason(near.baseFiles.get(exemptionsFile));
      const baseExemptions = exemptionsFrom(fetched, exemptionsFile, baseSha);
      const search = new GitHubContextSearch(client, repo, {
        headSha,
        changed,
        scope,
        maxFileBytes,
        read: near.context.map((file) => file.path),
        unread: near.unread,
        log: options.log,
      });
      return {
        changeSet: { ...remote.changeSet, folderFiles: near.folderFiles, context: near.context },
        policy,
        baseExemptions,
        // Near the change first (read above), then a bounded search of the tree.
        readContext: (names, answered) => search.find(names, answered),
      };
    },
  };
}

function textOrReason(content: FileContent | undefined) {
  return content === undefined ? undefined : content.kind === 'text' ? content.text : content;
}

async function policyFrom(
  content: GitHubChangeSet['policyText'],
  file: string,
  baseSha: string,
  shared: SharedPolicyOptions,
): Promise<Policy> {
  if (content === undefined || typeof content === 'string')
    return buildPolicy(content, file, `${file}@${baseSha}`, shared);
  throw new PolicyLoadError([
    {
      file,
      line: 1,
      column: 1,
      message: `the policy at ${baseSha.slice(0, 12)} is not a readable text file (${content.kind})`,
    },
  ]);
}
