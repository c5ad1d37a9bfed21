import path from 'node:path';
import type { ChangedFile, FileContent } from '../../core/model.js';
import { emptyTreeFor, isEmptyTree, resolveCommit } from './commits.js';
import { contentOf, parseLsTree, readBlobs, readableSha } from './objects.js';
import { viewTrees } from './tree.js';
import type { TreeView } from './tree.js';
import { bindGit, failure, runGit } from './run.js';
import type { GitRunner } from './run.js';
import type { GitChangeSet } from './change.js';

export interface GitSnapshotOptions {
  /** Directory of the repository; any subdirectory of a work tree works. */
  repo: string;
  /** Ref or SHA to read. Default: `HEAD`. */
  head?: string;
  /** Blobs larger than this are not read and come back as `{ kind: 'too-large', bytes }`. */
  maxFileBytes: number;
  /** Keeps the repository paths it returns true for; the others are never read. Default: all. */
  filter?: (path: string) => boolean;
}

/**
 * Every file at `head` as a change that adds it to an empty repository, for audits of the whole
 * tree, symbolic links read through as in a change. At most six git processes, whatever the
 * number of files.
 */
export async function readGitSnapshot(
  options: GitSnapshotOptions,
  run: GitRunner = runGit,
): Promise<GitChangeSet> {
  const dir = path.resolve(options.repo);
  const git = bindGit(run, dir);
  const head = await resolveCommit(git, dir, options.head ?? 'HEAD', '--head');
  const [view] = (await viewTrees(git, dir, [head])) as [TreeView];
  const keep = options.filter ?? (() => true);
  const entries = [...view.files, ...view.unreadable].filter(([name]) => keep(name));
  const blobs = await readBlobs(
    git,
    dir,
    entries.flatMap(([, entry]) => readableSha(entry)),
    options.maxFileBytes,
  );
  const files = entries.map(([name, entry]): ChangedFile => {
    const linkedTo = view.linkedTo.get(name);
    return { status: 'added', path: name, head: contentOf(entry, blobs), ...(linkedTo ? { linkedTo } : {}) };
  });
  return { base: emptyTreeFor(head), head, files, context: [] };
}

/**
 * Reads one file as it is at `ref` (e.g. the policy at the base commit). Undefined when no such
 * path exists there.
 */
export async function readFileAtRef(
  repo: string,
  ref: string,
  filePath: string,
  maxBytes: number,
  run: GitRunner = runGit,
): Promise<FileContent | undefined> {
  // Nothing is in the empty tree (the base of a repository's first commit).
  if (isEmptyTree(ref)) return undefined;
  const dir = path.resolve(repo);
  const git = bindGit(run, dir);
  const commit = await resolveCommit(git, dir, ref, 'ref');
  const wanted = filePath.replace(/^\.\//, '');
  // --full-tree makes the path relative to the top of the repository, not to `dir`.
  const listing = await git(['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', commit, '--', wanted]);
  if (listing.code !== 0) return failure(git, dir, `could not look up ${wanted} at ${ref}`, listing);
  const entry = parseLsTree(listing.stdout).get(wanted);
  if (entry === undefined) return undefined;
  const blobs = await readBlobs(git, dir, readableSha(entry), maxBytes);
  return contentOf(entry, blobs);
}
