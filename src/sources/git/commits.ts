import type { Git } from './run.js';
import { GitSourceError, failure, outputLines } from './run.js';

/** git's empty tree, the base of a snapshot: `git diff <it> <head>` shows every file as added. */
export const EMPTY_TREE = {
  sha1: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
  sha256: '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321',
};

export function isEmptyTree(ref: string): boolean {
  return ref === EMPTY_TREE.sha1 || ref === EMPTY_TREE.sha256;
}

/** The empty tree in the object format of the repository that `head` (a full SHA) comes from. */
export function emptyTreeFor(head: string): string {
  return head.length === 64 ? EMPTY_TREE.sha256 : EMPTY_TREE.sha1;
}

export async function resolveCommit(git: Git, dir: string, ref: string, label: string): Promise<string> {
  const result = await git(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`]);
  const sha = outputLines(result.stdout)[0];
  if (result.code === 0 && sha !== undefined) return sha;
  return failure(
    git,
    dir,
    `${label} ${ref} is not a commit`,
    result,
    'check the name; a shallow clone may need more history, e.g. fetch-depth: 0',
  );
}

/** In order of preference; a remote-tracking branch stands in when CI has no local branch. */
const DEFAULT_BRANCH_REFS = [
  'refs/remotes/origin/HEAD',
  'refs/heads/main',
  'refs/remotes/origin/main',
  'refs/heads/master',
  'refs/remotes/origin/master',
];

export async function defaultBase(git: Git, dir: string, head: string): Promise<string> {
  const refs = await git(['for-each-ref', '--format=%(refname) %(objectname)', ...DEFAULT_BRANCH_REFS]);
  if (refs.code !== 0) return failure(git, dir, 'could not list branches', refs);
  const found = new Map(
    outputLines(refs.stdout).map((line) => {
      const [name = '', sha = ''] = line.split(' ');
      return [name, sha] as const;
    }),
  );
  const branch = DEFAULT_BRANCH_REFS.find((name) => found.has(name));
  if (branch === undefined) {
    throw new GitSourceError(
      `no default branch to compare against in ${dir}: none of origin/HEAD, main or master exists` +
        ' (pass --base with the branch or commit the change is based on)',
    );
  }
  const shortName = branch.replace(/^refs\/(heads|remotes)\//, '');
  const mergeBase = await git(['merge-base', head, found.get(branch) ?? '']);
  const sha = outputLines(mergeBase.stdout)[0];
  if (mergeBase.code === 0 && sha !== undefined) return sha;
  return failure(
    git,
    dir,
    `no merge-base of ${head} and ${shortName}`,
    mergeBase,
    'unrelated histories, or a shallow clone: fetch more history or pass --base',
  );
}

export async function mergeBaseOf(
  git: Git,
  dir: string,
  base: string,
  head: string,
  label: string,
): Promise<string> {
  const result = await git(['merge-base', base, head]);
  const sha = outputLines(result.stdout)[0];
  if (result.code === 0 && sha !== undefined) return sha;
  return failure(
    git,
    dir,
    `no merge-base of ${label} and the head`,
    result,
    'unrelated histories, or a shallow clone: fetch more history',
  );
}
