/**
 * A pull request's change read through the API: one listing of its files, GraphQL queries of
 * ⌈lookups / 100⌉ for their contents, and two requests for the CI results on its head. A modified
 * file is two lookups (base and head); the policy file is one.
 */
import type { ChangeSet, ChangedFile, FileContent } from '../../core/model.js';
import { blobKey, readObjects } from './blobs.js';
import type { BlobWanted, TreeEntry } from './blobs.js';
import { listCheckResults } from './checks.js';
import type { Octokit } from './client.js';
import { GitHubSourceError } from './errors.js';
import { listChangedFiles } from './pull-files.js';
import type { ListedFile } from './pull-files.js';
import type { RepoRef } from './types.js';

export interface PullRequestRef {
  number: number;
  /** The commit the base side (and the policy) is read at. */
  baseSha: string;
  headSha: string;
  body: string;
  labels: string[];
  author?: string;
  title?: string;
  /** The pull request's `changed_files`: a pull request GitHub cannot list fully fails before listing. */
  changedFiles?: number;
}

export interface GitHubChangeSetOptions {
  /** Files larger than this are not read and come back as `{ kind: 'too-large', bytes }`. */
  maxFileBytes: number;
  /** Repository path of the policy file, read at the base commit (also limited by maxFileBytes). */
  policyPath: string;
  /** More files read at the base commit in the same query (the exemptions file). */
  baseFiles?: string[];
  /** Default: 3000, GitHub's own limit. */
  maxFiles?: number;
  /** The pull request's files, when their listing was started already (alongside the pull request). */
  listed?: Promise<ListedFile[]>;
}

/** The entries of the changed files' folders and every folder above them, by folder (`''` is the root). */
export interface FolderListing {
  base: Map<string, TreeEntry[] | undefined>;
  head: Map<string, TreeEntry[] | undefined>;
}

export interface GitHubChangeSet {
  changeSet: ChangeSet;
  /**
   * The folders at and above the changed files, listed at base and head in the same queries as the
   * files: where kustomization and Chart.yaml files, and the unchanged rollout objects that usually
   * deliver a changed workload, are looked for first (see context.ts).
   */
  folders: FolderListing;
  /** The policy file at the base commit: its text, why it cannot be read, or undefined when absent. */
  policyText?: string | Exclude<FileContent, { kind: 'text' }>;
  /** `baseFiles` as read at the base commit: text, why not, or undefined when absent. */
  baseFiles: Map<string, string | Exclude<FileContent, { kind: 'text' }> | undefined>;
}

/**
 * Reads a pull request's change through the API: the changed files, their contents at base and
 * head (renamed files at base under their old name), the policy at base (in the first GraphQL
 * query) and the CI results on the head commit.
 *
 * `context` is empty here: the folders above the changed files come back listed (`folders`), and
 * context.ts reads from them the folder files and the unchanged rollout objects nearby, then
 * searches the rest of the tree if it must.
 *
 * A file listed as present at head but missing there means the pull request moved while it was
 * read: that fails. A file missing at base (the base branch deleted it since the pull request
 * branched) is read as added, the stricter reading.
 */
export async function readGitHubChangeSet(
  client: Octokit,
  repo: RepoRef,
  pr: PullRequestRef,
  options: GitHubChangeSetOptions,
): Promise<GitHubChangeSet> {
  const policyPath = options.policyPath.replace(/^\.\//, '');
  const policyWanted = { commit: pr.baseSha, path: policyPath };
  const extraWanted = (options.baseFiles ?? []).map((file) => ({
    commit: pr.baseSha,
    path: file.replace(/^\.\//, ''),
  }));

  const readFiles = async () => {
    const listed = await (options.listed ??
      listChangedFiles(client, repo, pr.number, {
        maxFiles: options.maxFiles,
        expectedCount: pr.changedFiles,
      }));
    const wanted: BlobWanted[] = [policyWanted, ...extraWanted];
    for (const file of listed) {
      if (file.status !== 'added') wanted.push({ commit: pr.baseSha, path: file.previousPath ?? file.path });
      if (file.status !== 'removed') wanted.push({ commit: pr.headSha, path: file.path });
    }
    // The policy and exemptions file travel on top of a full batch of changed files, so that a
    // pull request of 50 changed files costs one query, not two; so do the listings of the
    // folders above the changed files.
    const folders = foldersAbove(
      listed.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]),
    );
    const trees = [pr.baseSha, pr.headSha].flatMap((sha) => folders.map((folder) => `${sha}:${folder}`));
    const read = await readObjects(client, repo, wanted, options.maxFileBytes, {
      extraInFirstQuery: 1 + extraWanted.length,
      trees,
    });
    const listing: FolderListing = { base: new Map(), head: new Map() };
    for (const folder of folders) {
      listing.base.set(folder, read.trees.get(`${pr.baseSha}:${folder}`));
      listing.head.set(folder, read.trees.get(`${pr.headSha}:${folder}`));
    }
    return { listed, blobs: read.blobs, folders: listing };
  };
  const [{ listed, blobs, folders }, checks] = await Promise.all([
    readFiles(),
    listCheckResults(client, repo, pr.headSha),
  ]);

  const files = listed.map((file): ChangedFile => {
    const changed: ChangedFile = { status: file.status, path: file.path };
    if (file.previousPath !== undefined) changed.previousPath = file.previousPath;
    if (file.status !== 'added') {
      const base = blobs.get(blobKey({ commit: pr.baseSha, path: file.previousPath ?? file.path }));
      if (base !== undefined) changed.base = base;
    }
    if (file.status !== 'removed') {
      const head = blobs.get(blobKey({ commit: pr.headSha, path: file.path }));
      if (head === undefined) {
        throw new GitHubSourceError(
          `${file.path} is listed as ${file.status} in pull request #${pr.number} but does not exist at ` +
            `${pr.headSha.slice(0, 12)} (the pull request probably changed while it was read; re-run the job)`,
        );
      }
      changed.head = head;
    }
    return changed;
  });

  const policy = blobs.get(blobKey(policyWanted));
  const changeSet: ChangeSet = {
    base: pr.baseSha,
    head: pr.headSha,
    files,
    context: [],
    pullRequest: {
      number: pr.number,
      body: pr.body,
      labels: pr.labels,
      ...(pr.title === undefined ? {} : { title: pr.title }),
      ...(pr.author === undefined ? {} : { author: pr.author }),
    },
    checks,
  };
  const asText = (content: FileContent | undefined) =>
    content === undefined ? undefined : content.kind === 'text' ? content.text : content;
  const baseFiles = new Map(extraWanted.map((wanted) => [wanted.path, asText(blobs.get(blobKey(wanted)))]));
  const policyText = asText(policy);
  return policyText === undefined
    ? { changeSet, folders, baseFiles }
    : { changeSet, folders, policyText, baseFiles };
}

/** Every folder holding one of the paths, and every folder above those (`''`, the root, last of all). */
export function foldersAbove(paths: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const path of paths) {
    for (let slash = path.lastIndexOf('/'); ; slash = path.lastIndexOf('/', slash - 1)) {
      const folder = slash < 0 ? '' : path.slice(0, slash);
      if (folders.has(folder)) break;
      folders.add(folder);
      if (slash < 0) break;
    }
  }
  const depth = (folder: string) => (folder === '' ? 0 : folder.split('/').length);
  return [...folders].sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : 1));
}
