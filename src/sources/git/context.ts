import path from 'node:path';
import type { ContextFile } from '../../core/model.js';
import type { TreeEntry } from './objects.js';
import { REGULAR_FILE_MODES, contentOf, parseLsTree, readBlobs, readableSha } from './objects.js';
import { bindGit, failure, runGit } from './run.js';
import type { Git, GitRunner } from './run.js';

/**
 * A `kind: Canary` or `kind: Rollout` line, in YAML (block, flow or list item) or JSON. Broad on
 * purpose (`workloadKind: Rollout` matches too): the pipeline parses what it finds and keeps only
 * the objects that deliver a changed workload.
 */
const CONTEXT_PATTERN = 'kind["\']?[[:space:]]*:[[:space:]]*["\']?(Canary|Rollout)([^A-Za-z0-9]|$)';

/** Names longer than a Kubernetes name, or with other characters, can never be matched as one. */
const CONTEXT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/;

/**
 * Bounds on the alternation of names handed to git. Names come from the pull request, and git's
 * regular expressions grow with them: 4,000 names of 253 characters took 92 s and 856 MB of
 * memory; within these bounds a search takes about 0.4 s and 70 MB on a 10,000-manifest tree.
 * Past them the search looks for the kind alone and the pipeline filters by name.
 */
const MAX_CONTEXT_NAMES = 1000;
const MAX_CONTEXT_PATTERN_CHARS = 32 * 1024;

// ---------------------------------------------------------------------------------------------
// Context files

async function findContextEntries(
  git: Git,
  dir: string,
  head: string,
  changedPaths: ReadonlySet<string>,
  namePattern: string | undefined,
): Promise<Array<{ path: string; entry: TreeEntry }>> {
  // With --all-match a file must have a line matching each pattern: the kind, and (read from
  // stdin) one of the names.
  const byName = namePattern !== undefined ? ['--all-match', '-f', '-'] : [];
  const grep = await git(
    [
      'grep',
      '-z',
      '-l',
      '-I',
      '-E',
      '--full-name',
      '--no-color',
      '--no-textconv',
      '--no-recurse-submodules',
      '-e',
      CONTEXT_PATTERN,
      ...byName,
      head,
      '--',
      ':(top)',
    ],
    namePattern !== undefined ? Buffer.from(`${namePattern}\n`) : undefined,
  );
  // Exit code 1 means no line matched.
  if (grep.code === 1) return [];
  if (grep.code !== 0) return failure(git, dir, `could not search ${head} for rollout objects`, grep);
  const prefix = `${head}:`;
  const paths = grep.stdout
    .toString('utf8')
    .split('\0')
    .filter((name) => name.startsWith(prefix))
    .map((name) => name.slice(prefix.length))
    .filter((name) => !changedPaths.has(name));
  if (paths.length === 0) return [];

  const tree = await git(['ls-tree', '-r', '-z', '--full-tree', head]);
  if (tree.code !== 0) return failure(git, dir, `could not list the files of ${head}`, tree);
  const entries = parseLsTree(tree.stdout);
  return paths.flatMap((name) => {
    const entry = entries.get(name);
    return entry !== undefined && REGULAR_FILE_MODES.has(entry.mode) ? [{ path: name, entry }] : [];
  });
}

export interface GitContextOptions {
  /** Directory of the repository; any subdirectory of a work tree works. */
  repo: string;
  /** The commit to read (the change's head, as a SHA). */
  head: string;
  /** Names of the changed workloads: only files that mention one are read. */
  names: ReadonlySet<string>;
  /** Paths never returned (the changed files, which the change set already holds). */
  exclude: ReadonlySet<string>;
  /** Blobs larger than this are not read and come back as `{ kind: 'too-large', bytes }`. */
  maxFileBytes: number;
}

/**
 * The unchanged files at head that may deliver one of the named workloads: a `kind: Canary` or
 * `kind: Rollout` line and one of the names, both found by one `git grep` over the tree, so only
 * those few files are read. No git process runs when there is no name.
 */
export async function readGitContext(
  options: GitContextOptions,
  run: GitRunner = runGit,
): Promise<ContextFile[]> {
  const names = [...options.names].filter((name) => CONTEXT_NAME.test(name));
  if (names.length === 0) return [];
  const dir = path.resolve(options.repo);
  const git = bindGit(run, dir);
  // One alternation: one regular expression is far faster in git than one pattern per name.
  const alternation = `(${names.map((name) => name.replace(/\./g, '\\.')).join('|')})`;
  const bounded = names.length <= MAX_CONTEXT_NAMES && alternation.length <= MAX_CONTEXT_PATTERN_CHARS;
  const entries = await findContextEntries(
    git,
    dir,
    options.head,
    options.exclude,
    bounded ? alternation : undefined,
  );
  const blobs = await readBlobs(
    git,
    dir,
    entries.flatMap(({ entry }) => readableSha(entry)),
    options.maxFileBytes,
  );
  return entries.map(({ path: name, entry }) => ({ path: name, content: contentOf(entry, blobs) }));
}
