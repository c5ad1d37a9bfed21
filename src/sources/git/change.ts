import path from 'node:path';
import type { ChangeSet, ChangeStatus, ChangedFile, ContextFile, FileContent } from '../../core/model.js';
import { defaultBase, emptyTreeFor, isEmptyTree, mergeBaseOf, resolveCommit } from './commits.js';
import type { TreeEntry } from './objects.js';
import { SYMLINK_MODE, contentOf, readBlobs, readableSha } from './objects.js';
import { GitSourceError, bindGit, failure, runGit } from './run.js';
import type { Git, GitRunner } from './run.js';
import { viewTrees } from './tree.js';
import type { TreeView } from './tree.js';

export interface GitSourceOptions {
  /** Directory of the repository; any subdirectory of a work tree works. */
  repo: string;
  /**
   * Ref or SHA of the base side; the change is read against its merge-base with head, as a pull
   * request is. Default: the merge-base of head and the default branch (origin/HEAD, then main,
   * then master).
   */
  base?: string;
  /**
   * Ref or SHA of the head side. Default: `HEAD`. With `headTree`, the commit that tree stands on
   * (HEAD), or undefined on a branch with no commit yet.
   */
  head?: string;
  /**
   * A tree to judge as the head side in place of a commit: the index or the working tree, from
   * `snapshotWorking`. The base then defaults to `head` itself (the change is what is not committed
   * yet), and a `base` ref is resolved against `head` as usual.
   */
  headTree?: string;
  /**
   * Files also read as they are at the base commit (the policy and exemptions files), from the
   * listing the change reads anyway; in the result's `atBase`, null when there is no such file.
   */
  alsoAtBase?: readonly string[];
  /** Blobs larger than this are not read and come back as `{ kind: 'too-large', bytes }`. */
  maxFileBytes: number;
}

export type GitChangeSet = Omit<ChangeSet, 'pullRequest' | 'checks'> & {
  /** The files of `alsoAtBase` as they are at the base commit; null where there is none. */
  atBase?: ReadonlyMap<string, FileContent | null>;
};

interface DiffEntry {
  status: ChangeStatus;
  path: string;
  previousPath?: string;
  base?: TreeEntry;
  head?: TreeEntry;
  /** For a file seen through a symbolic link: the file it reads. */
  linkedTo?: string;
}

async function diffTrees(git: Git, dir: string, base: string, head: string): Promise<DiffEntry[]> {
  // diff-tree is plumbing: diff.renames, diff.relative, color and external diff settings from
  // the user's configuration do not change its output.
  const result = await git([
    'diff-tree',
    '-r',
    '-z',
    '--raw',
    '--no-abbrev',
    '--no-ext-diff',
    '--no-textconv',
    // Renames are followed; copies are left undetected, so a copy is an added file.
    '-M',
    base,
    head,
    '--',
  ]);
  if (result.code !== 0) return failure(git, dir, `could not compare ${base} and ${head}`, result);
  return parseRawDiff(result.stdout);
}

const isNullSha = (sha: string): boolean => /^0+$/.test(sha);

/**
 * Parses `git diff-tree -z --raw` output: `:<mode> <mode> <sha> <sha> <status>\0<path>\0`, with a
 * second path for renames and copies.
 */
function parseRawDiff(output: Buffer): DiffEntry[] {
  const fields = output.toString('utf8').split('\0');
  const entries: DiffEntry[] = [];
  let index = 0;
  while (index < fields.length) {
    const header = fields[index++] ?? '';
    if (!header.startsWith(':')) continue;
    const [baseMode = '', headMode = '', baseSha = '', headSha = '', statusField = ''] = header
      .slice(1)
      .split(' ');
    const letter = statusField.charAt(0);
    const firstPath = fields[index++] ?? '';
    const secondPath = letter === 'R' || letter === 'C' ? (fields[index++] ?? '') : undefined;
    const base = isNullSha(baseSha) ? undefined : { mode: baseMode, sha: baseSha };
    const head = isNullSha(headSha) ? undefined : { mode: headMode, sha: headSha };
    if (letter === 'R' && secondPath !== undefined) {
      entries.push({ status: 'renamed', path: secondPath, previousPath: firstPath, base, head });
    } else if (letter === 'C' && secondPath !== undefined) {
      entries.push({ status: 'added', path: secondPath, head });
    } else if (letter === 'A') {
      entries.push({ status: 'added', path: firstPath, head });
    } else if (letter === 'D') {
      entries.push({ status: 'removed', path: firstPath, base });
    } else {
      entries.push({ status: 'modified', path: firstPath, base, head });
    }
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Entry points

export async function readGitChangeSet(
  options: GitSourceOptions,
  run: GitRunner = runGit,
): Promise<GitChangeSet> {
  const dir = path.resolve(options.repo);
  const git = bindGit(run, dir);
  const headCommit =
    options.headTree !== undefined && options.head === undefined
      ? undefined
      : await resolveCommit(git, dir, options.head ?? 'HEAD', '--head');
  // headCommit is resolved whenever no head tree is given.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the rule misreads `??`
  const head = options.headTree ?? (headCommit as string);
  // Like a pull request, the change is what head adds since it branched: with a base that has
  // moved on, the diff against the merge-base does not show the base's own new commits as reverted.
  // The empty tree as base judges a repository's first commit as a change that adds every file.
  let base: string;
  if (options.base === undefined) {
    base =
      options.headTree === undefined
        ? await defaultBase(git, dir, head)
        : (headCommit ?? emptyTreeFor(options.headTree));
  } else if (isEmptyTree(options.base)) {
    base = emptyTreeFor(head);
  } else if (headCommit === undefined) {
    throw new GitSourceError(
      `--base ${options.base} has no merge-base with a branch that has no commit yet in ${dir}`,
    );
  } else {
    base = await mergeBaseOf(
      git,
      dir,
      await resolveCommit(git, dir, options.base, '--base'),
      headCommit,
      options.base,
    );
  }

  const [diff, views] = await Promise.all([
    diffTrees(git, dir, base, head),
    viewTrees(git, dir, [isEmptyTree(base) ? undefined : base, head], FOLDER_FILE_NAMES),
  ]);
  const [baseView, headView] = views as [TreeView, TreeView];
  const changes = [...throughLinks(diff, baseView, headView)];
  const folders = findFolderFiles(changes, baseView, headView);
  const alsoAtBase = (options.alsoAtBase ?? []).map((name) => [name, baseView.entry(name)] as const);
  const blobs = await readBlobs(
    git,
    dir,
    [
      ...changes.flatMap((change) => [...readableSha(change.base), ...readableSha(change.head)]),
      ...folders.map((file) => file.entry.sha),
      ...alsoAtBase.flatMap(([, entry]) => readableSha(entry)),
    ],
    options.maxFileBytes,
  );

  const files = changes.map((change): ChangedFile => {
    const file: ChangedFile = { status: change.status, path: change.path };
    if (change.previousPath !== undefined) file.previousPath = change.previousPath;
    if (change.base !== undefined) file.base = contentOf(change.base, blobs);
    if (change.head !== undefined) file.head = contentOf(change.head, blobs);
    if (change.linkedTo !== undefined) file.linkedTo = change.linkedTo;
    return file;
  });
  const folderFiles = { base: [] as ContextFile[], head: [] as ContextFile[] };
  for (const file of folders) {
    folderFiles[file.side].push({ path: file.path, content: contentOf(file.entry, blobs) });
  }
  const atBase = new Map(
    alsoAtBase.map(([name, entry]) => [name, entry === undefined ? null : contentOf(entry, blobs)] as const),
  );
  // Unchanged files are read afterwards, by readGitContext, once it is known which workloads changed.
  return { base, head, files, context: [], folderFiles, ...(alsoAtBase.length > 0 ? { atBase } : {}) };
}

/**
 * The diff as a deploy tool sees it: a symbolic link inside the repository is the file it leads
 * to (a folder link, every file under that folder), so changing a link's target file changes the
 * link too. Links that lead nowhere stay as they are, and the pipeline reports them.
 */
function* throughLinks(diff: DiffEntry[], baseView: TreeView, headView: TreeView): Generator<DiffEntry> {
  const seenThroughLinks = new Set([...baseView.linkedTo.keys(), ...headView.linkedTo.keys()]);
  const isLink = (entry: TreeEntry | undefined) => entry?.mode === SYMLINK_MODE;
  const resolves = (name: string, entry: TreeEntry | undefined, view: TreeView) =>
    !isLink(entry) || !view.brokenLinks.has(name);
  for (const entry of diff) {
    // A link that leads somewhere inside the repository on each side it exists on is replaced
    // by what it leads to (below); one that leads nowhere stays, to be reported.
    const replaced =
      (isLink(entry.base) || isLink(entry.head)) &&
      resolves(entry.previousPath ?? entry.path, entry.base, baseView) &&
      resolves(entry.path, entry.head, headView);
    if (!replaced) yield entry;
  }
  for (const name of [...seenThroughLinks].sort()) {
    const before = baseView.file(name);
    const after = headView.file(name);
    if (before !== undefined && after !== undefined && before.sha === after.sha && before.mode === after.mode)
      continue;
    const linkedTo = headView.linkedTo.get(name) ?? baseView.linkedTo.get(name);
    yield {
      status: before === undefined ? 'added' : after === undefined ? 'removed' : 'modified',
      path: name,
      ...(before !== undefined ? { base: before } : {}),
      ...(after !== undefined ? { head: after } : {}),
      ...(linkedTo !== undefined ? { linkedTo } : {}),
    };
  }
}

/** The names kustomize looks for in a folder, and Helm's chart file. */
const FOLDER_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization', 'Chart.yaml'];

/**
 * The unchanged kustomization and Chart.yaml files at or above the folders of the changed files,
 * on each side: they say where the changed objects live and what renders them.
 */
function findFolderFiles(
  changes: readonly DiffEntry[],
  baseView: TreeView,
  headView: TreeView,
): Array<{ side: 'base' | 'head'; path: string; entry: TreeEntry }> {
  const changed = new Set(
    changes.flatMap((c) => [c.path, ...(c.previousPath !== undefined ? [c.previousPath] : [])]),
  );
  const folders = new Set<string>();
  for (const file of changed) {
    for (let folder = parentOf(file); folder !== undefined; folder = parentOf(folder)) {
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  }
  const found: Array<{ side: 'base' | 'head'; path: string; entry: TreeEntry }> = [];
  for (const folder of folders) {
    for (const name of FOLDER_FILE_NAMES) {
      const candidate = folder === '' ? name : `${folder}/${name}`;
      if (changed.has(candidate)) continue;
      for (const [side, view] of [
        ['base', baseView],
        ['head', headView],
      ] as const) {
        const entry = view.files.get(candidate);
        if (entry !== undefined) found.push({ side, path: candidate, entry });
      }
    }
  }
  return found;
}

/** The folder holding a path (`''` for the root), or undefined for the root itself. */
function parentOf(name: string): string | undefined {
  if (name === '') return undefined;
  const slash = name.lastIndexOf('/');
  return slash < 0 ? '' : name.slice(0, slash);
}
