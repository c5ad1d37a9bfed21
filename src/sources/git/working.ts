/**
 * The staged index or the working tree as a tree git could commit, so that the same change-set code
 * that reads two commits can judge uncommitted work (`check --staged`, `check --worktree`, the
 * pre-commit hook).
 *
 * Nothing in the repository is touched: a copy of the index takes the changes (`git add -A` for the
 * working tree) and `git write-tree` makes the tree, and every object they write goes to a temporary
 * object directory that borrows the repository's own as an alternate. The runner returned sees both,
 * and the folder is removed by `dispose`.
 */
import { copyFile, mkdir, mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitSourceError, bindGit, failure, gitRunnerWith, outputLines, runGit } from './run.js';
import type { GitRunner } from './run.js';

/** `staged`: the index, as the next commit takes it. `worktree`: every file on disk, as `git add -A` would stage it. */
export type WorkingSide = 'staged' | 'worktree';

export interface WorkingOptions {
  /** Directory of the repository; any subdirectory of a work tree works. */
  repo: string;
  side: WorkingSide;
  /**
   * The index to read, when it is not the repository's own: inside a pre-commit hook, git names the
   * index being committed in GIT_INDEX_FILE (with `git commit -a` it is not `.git/index` yet).
   */
  indexFile?: string;
}

export interface WorkingSnapshot {
  side: WorkingSide;
  /** The tree judged as the head side. */
  tree: string;
  /** HEAD, the commit the tree stands on; undefined on a branch with no commit yet. */
  parent?: string;
  /** git with the snapshot's objects in view (and the repository's). */
  run: GitRunner;
  /** Removes the temporary index and objects. */
  dispose: () => Promise<void>;
}

export async function snapshotWorking(
  options: WorkingOptions,
  run: GitRunner = runGit,
): Promise<WorkingSnapshot> {
  const dir = path.resolve(options.repo);
  const git = bindGit(run, dir);
  const located = await git([
    'rev-parse',
    '--path-format=absolute',
    '--show-toplevel',
    '--git-path',
    'index',
    '--git-path',
    'objects',
  ]);
  const [top, index, objects] = outputLines(located.stdout);
  if (located.code !== 0 || top === undefined || index === undefined || objects === undefined) {
    return failure(
      git,
      dir,
      `--${options.side} needs a work tree`,
      located,
      'run it in a checkout, not a bare repository',
    );
  }
  const head = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  const parent = head.code === 0 ? outputLines(head.stdout)[0] : undefined;

  const scratch = await mkdtemp(path.join(tmpdir(), 'rollout-guard-worktree-'));
  const dispose = () => rm(scratch, { recursive: true, force: true });
  try {
    const scratchIndex = path.join(scratch, 'index');
    const scratchObjects = path.join(scratch, 'objects');
    await mkdir(scratchObjects);
    // A branch with nothing staged yet has no index file: git starts from an empty one.
    const copied = await copyFile(options.indexFile ?? index, scratchIndex).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT' || options.indexFile !== undefined) {
          throw new GitSourceError(
            `could not read the index ${options.indexFile ?? index}: ${error.message}`,
          );
        }
        return false;
      },
    );
    // git trusts an entry's stat data only for a file older than the index holding it ("racy git"):
    // a copy made now would be newer than a file edited in the same instant it was staged, and the
    // edit would go unseen. The copy keeps the index's time (rounded down: more entries are re-read).
    if (copied) {
      const { atimeMs, mtimeMs } = await stat(options.indexFile ?? index);
      await utimes(scratchIndex, new Date(Math.floor(atimeMs)), new Date(Math.floor(mtimeMs)));
    }
    const snapshotRun = gitRunnerWith({
      GIT_INDEX_FILE: scratchIndex,
      GIT_OBJECT_DIRECTORY: scratchObjects,
      GIT_ALTERNATE_OBJECT_DIRECTORIES: quoteAlternate(objects),
    });
    const inTop = bindGit(snapshotRun, top);
    if (options.side === 'worktree') {
      // Tracked changes, deletions and untracked files that .gitignore does not exclude, from the top
      // of the work tree whatever the directory asked for; clean filters and line-ending rules apply
      // as they would on commit.
      const added = await inTop(['add', '--all', '--', ':/']);
      if (added.code !== 0) return failure(inTop, top, 'could not read the working tree', added);
    }
    const written = await inTop(['write-tree']);
    const tree = outputLines(written.stdout)[0];
    if (written.code !== 0 || tree === undefined) {
      return failure(
        inTop,
        top,
        'could not read the staged changes',
        written,
        'resolve merge conflicts and stage the result first',
      );
    }
    return {
      side: options.side,
      tree,
      ...(parent !== undefined ? { parent } : {}),
      run: snapshotRun,
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/**
 * An entry of GIT_ALTERNATE_OBJECT_DIRECTORIES: the list is split at the path separator unless an
 * entry is a double-quoted C string, so a path with a separator or quote in it is quoted.
 */
function quoteAlternate(directory: string): string {
  if (!directory.includes(path.delimiter) && !directory.startsWith('"')) return directory;
  return `"${directory.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

/**
 * How many paths `git status` lists as changed or untracked: what a check of the commits alone
 * leaves out. Zero outside a work tree.
 */
export async function countUncommitted(repo: string, run: GitRunner = runGit): Promise<number> {
  const dir = path.resolve(repo);
  const git = bindGit(run, dir);
  const status = await git(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ':/']);
  if (status.code !== 0) return 0;
  const fields = status.stdout.toString('utf8').split('\0');
  let count = 0;
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index] ?? '';
    if (field.length < 4) continue;
    count++;
    // A rename or copy names its source in the next field.
    if (/^[RC]|^.[RC]/.test(field)) index++;
  }
  return count;
}
