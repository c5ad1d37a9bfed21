/**
 * The local git source: builds a ChangeSet from two commits of a repository on disk.
 *
 * Git runs without a shell, with argument arrays, and only plumbing commands whose output does
 * not depend on the user's diff/grep/color configuration. Every path travels NUL-separated, so
 * names with newlines, tabs, quotes or non-ASCII characters come through unchanged. The number of
 * git processes is fixed, whatever the number of files.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { ChangeSet, ChangeStatus, ChangedFile, ContextFile, FileContent } from '../core/model.js';

export interface GitSourceOptions {
  /** Directory of the repository; any subdirectory of a work tree works. */
  repo: string;
  /**
   * Ref or SHA of the base side; the change is read against its merge-base with head, as a pull
   * request is. Default: the merge-base of head and the default branch (origin/HEAD, then main,
   * then master).
   */
  base?: string;
  /** Ref or SHA of the head side. Default: `HEAD`. */
  head?: string;
  /** Blobs larger than this are not read and come back as `{ kind: 'too-large', bytes }`. */
  maxFileBytes: number;
}

export type GitChangeSet = Omit<ChangeSet, 'pullRequest' | 'checks'>;

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

/** Same limit git itself uses to tell binary from text. */
const BINARY_SNIFF_BYTES = 8000;

export class GitSourceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GitSourceError';
  }
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs `git <args>` with `input` on stdin; resolves whatever the exit code. */
export type GitRunner = (args: readonly string[], input?: Buffer) => Promise<GitResult>;

const MAX_STDERR_CHARS = 4000;

/**
 * Variables that would point git at another repository than the one asked for (they are set
 * inside git hooks), so `-C <repo>` stays authoritative.
 */
const REPOSITORY_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR'];

function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of REPOSITORY_ENV) delete env[name];
  env.GIT_TERMINAL_PROMPT = '0';
  // Reading must never take the index lock a concurrent git command in the checkout may need.
  env.GIT_OPTIONAL_LOCKS = '0';
  return env;
}

export const runGit: GitRunner = (args, input) =>
  new Promise((resolve, reject) => {
    const child = spawn('git', [...args], {
      env: gitEnvironment(),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < MAX_STDERR_CHARS) stderr += chunk;
    });
    // git may exit before reading all its input (e.g. a bad ref); the exit code tells why.
    child.stdin.on('error', () => undefined);
    child.on('error', (error: NodeJS.ErrnoException) => {
      const message =
        error.code === 'ENOENT'
          ? 'git is not installed or not on PATH: install git, or run where it is available'
          : `could not run git: ${error.message}`;
      reject(new GitSourceError(message, { cause: error }));
    });
    child.on('close', (code) => {
      resolve({ code: code ?? 1, stdout: Buffer.concat(stdout), stderr: stderr.trim() });
    });
    child.stdin.end(input);
  });

/** git bound to one repository directory. */
type Git = (args: readonly string[], input?: Buffer) => Promise<GitResult>;

function bindGit(run: GitRunner, dir: string): Git {
  return (args, input) => run(['-C', dir, ...args], input);
}

async function failure(
  git: Git,
  dir: string,
  what: string,
  result: GitResult,
  hint?: string,
): Promise<never> {
  const repoCheck = await git(['rev-parse', '--git-dir']);
  if (repoCheck.code !== 0) {
    throw new GitSourceError(
      `${dir} is not a git repository git can read: ${repoCheck.stderr}` +
        ' (pass --repo with the directory of a checkout)',
    );
  }
  const reason = result.stderr || `git exited with ${result.code}`;
  throw new GitSourceError(`${what} in ${dir}: ${reason}${hint === undefined ? '' : ` (${hint})`}`);
}

function outputLines(stdout: Buffer): string[] {
  return stdout
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '');
}

// ---------------------------------------------------------------------------------------------
// Commits

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

async function resolveCommit(git: Git, dir: string, ref: string, label: string): Promise<string> {
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

async function defaultBase(git: Git, dir: string, head: string): Promise<string> {
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

async function mergeBaseOf(
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

// ---------------------------------------------------------------------------------------------
// Changed files

const REGULAR_FILE_MODES = new Set(['100644', '100755', '100664']);
const SYMLINK_MODE = '120000';

/** One side of a change: the tree entry's mode and object. */
interface TreeEntry {
  mode: string;
  sha: string;
}

interface DiffEntry {
  status: ChangeStatus;
  path: string;
  previousPath?: string;
  base?: TreeEntry;
  head?: TreeEntry;
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

/** Parses `git ls-tree -z` output: `<mode> <type> <sha>\t<path>\0`. */
function parseLsTree(output: Buffer): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>();
  for (const record of output.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', , sha = ''] = record.slice(0, tab).split(' ');
    entries.set(record.slice(tab + 1), { mode, sha });
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Blobs

/**
 * Reads the blobs by SHA with two processes: `cat-file --batch-check` for the sizes, then
 * `cat-file --batch` for the ones small enough to read. SHAs (unlike paths) are safe in the
 * line protocol.
 */
async function readBlobs(
  git: Git,
  dir: string,
  shas: readonly string[],
  maxBytes: number,
): Promise<Map<string, FileContent>> {
  const contents = new Map<string, FileContent>();
  const unique = [...new Set(shas)];
  if (unique.length === 0) return contents;

  const check = await git(
    ['cat-file', '--batch-check'],
    Buffer.from(unique.map((sha) => `${sha}\n`).join('')),
  );
  if (check.code !== 0) return failure(git, dir, 'could not read file sizes', check);
  const toRead: string[] = [];
  for (const line of outputLines(check.stdout)) {
    const [sha = '', type = '', size = ''] = line.split(' ');
    if (type !== 'blob') {
      throw new GitSourceError(
        `object ${sha} is missing or not a file in ${dir}: the repository may be incomplete`,
      );
    }
    const bytes = Number(size);
    if (bytes > maxBytes) contents.set(sha, { kind: 'too-large', bytes });
    else toRead.push(sha);
  }
  if (toRead.length === 0) return contents;

  const batch = await git(['cat-file', '--batch'], Buffer.from(toRead.map((sha) => `${sha}\n`).join('')));
  if (batch.code !== 0) return failure(git, dir, 'could not read files', batch);
  for (const [sha, bytes] of parseBatch(batch.stdout)) contents.set(sha, classifyBlob(bytes));
  return contents;
}

/** Parses `git cat-file --batch` output: `<sha> <type> <size>\n<bytes>\n` per object. */
function parseBatch(output: Buffer): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  let offset = 0;
  while (offset < output.length) {
    const newline = output.indexOf(0x0a, offset);
    if (newline < 0) break;
    const [sha = '', type = '', size = ''] = output.toString('utf8', offset, newline).split(' ');
    offset = newline + 1;
    if (type === 'missing') continue;
    const bytes = Number(size);
    blobs.set(sha, output.subarray(offset, offset + bytes));
    offset += bytes + 1;
  }
  return blobs;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Text keeps its exact characters (a BOM, CRLF); NUL bytes or invalid UTF-8 make it binary. */
function classifyBlob(bytes: Uint8Array): FileContent {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { kind: 'binary' };
  try {
    return { kind: 'text', text: utf8.decode(bytes) };
  } catch {
    return { kind: 'binary' };
  }
}

function contentOf(entry: TreeEntry, blobs: ReadonlyMap<string, FileContent>): FileContent {
  // A symlink's blob is its target path: never read, so a link to /etc/passwd leaks nothing.
  if (entry.mode === SYMLINK_MODE) return { kind: 'symlink' };
  if (!REGULAR_FILE_MODES.has(entry.mode)) return { kind: 'not-a-file' };
  return blobs.get(entry.sha) ?? { kind: 'not-a-file' };
}

const readableSha = (entry: TreeEntry | undefined): string[] =>
  entry !== undefined && REGULAR_FILE_MODES.has(entry.mode) ? [entry.sha] : [];

// ---------------------------------------------------------------------------------------------
// Entry points

export async function readGitChangeSet(
  options: GitSourceOptions,
  run: GitRunner = runGit,
): Promise<GitChangeSet> {
  const dir = path.resolve(options.repo);
  const git = bindGit(run, dir);
  const head = await resolveCommit(git, dir, options.head ?? 'HEAD', '--head');
  // Like a pull request, the change is what head adds since it branched: with a base that has
  // moved on, the diff against the merge-base does not show the base's own new commits as reverted.
  // The empty tree as base judges a repository's first commit as a change that adds every file.
  const base =
    options.base === undefined
      ? await defaultBase(git, dir, head)
      : isEmptyTree(options.base)
        ? emptyTreeFor(head)
        : await mergeBaseOf(
            git,
            dir,
            await resolveCommit(git, dir, options.base, '--base'),
            head,
            options.base,
          );

  const changes = await diffTrees(git, dir, base, head);
  const blobs = await readBlobs(
    git,
    dir,
    changes.flatMap((change) => [...readableSha(change.base), ...readableSha(change.head)]),
    options.maxFileBytes,
  );

  const files = changes.map((change): ChangedFile => {
    const file: ChangedFile = { status: change.status, path: change.path };
    if (change.previousPath !== undefined) file.previousPath = change.previousPath;
    if (change.base !== undefined) file.base = contentOf(change.base, blobs);
    if (change.head !== undefined) file.head = contentOf(change.head, blobs);
    return file;
  });
  const kustomizations = await readKustomizations(git, dir, { base, head }, changes, options.maxFileBytes);
  // Unchanged files are read afterwards, by readGitContext, once it is known which workloads changed.
  return { base, head, files, context: [], ...(kustomizations ? { kustomizations } : {}) };
}

/** The names kustomize looks for in a folder, in its order. */
const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const MANIFEST_NAME = /\.(?:ya?ml|json)$/i;

/**
 * The unchanged kustomization files at or above the folders of the changed manifests, on both
 * sides: their `namespace:` establishes where the changed objects live. Undefined when no
 * manifest changed (no git process runs then). Two processes whatever the number of folders: one
 * `cat-file --batch-check` names every candidate as `<commit>:<path>`, one reads those that exist.
 */
async function readKustomizations(
  git: Git,
  dir: string,
  commits: { base: string; head: string },
  changes: readonly DiffEntry[],
  maxBytes: number,
): Promise<{ base: ContextFile[]; head: ContextFile[] } | undefined> {
  const changed = new Set(
    changes.flatMap((c) => [c.path, ...(c.previousPath !== undefined ? [c.previousPath] : [])]),
  );
  const folders = new Set<string>();
  for (const file of changed) {
    if (!MANIFEST_NAME.test(file) && !KUSTOMIZATION_NAMES.some((name) => file.endsWith(name))) continue;
    for (let folder = parentOf(file); folder !== undefined; folder = parentOf(folder)) {
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  }
  if (folders.size === 0) return undefined;
  const candidates = [...folders]
    .flatMap((folder) => KUSTOMIZATION_NAMES.map((name) => (folder === '' ? name : `${folder}/${name}`)))
    .filter((candidate) => !changed.has(candidate) && !/[\n\r]/.test(candidate));
  const sides = (['base', 'head'] as const).filter((side) => !isEmptyTree(commits[side]));
  const names = sides.flatMap((side) => candidates.map((candidate) => ({ side, path: candidate })));
  if (names.length === 0) return { base: [], head: [] };

  // `<commit>:<path>` resolves a symlink to the link's own blob (its target path), never the target.
  const check = await git(
    ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'],
    Buffer.from(names.map(({ side, path: name }) => `${commits[side]}:${name}\n`).join('')),
  );
  if (check.code !== 0) return failure(git, dir, 'could not look up kustomization files', check);
  const found: Array<{ side: 'base' | 'head'; path: string; sha: string; bytes: number }> = [];
  outputLines(check.stdout).forEach((line, index) => {
    const [sha = '', type = '', size = ''] = line.split(' ');
    const name = names[index];
    if (name !== undefined && type === 'blob') found.push({ ...name, sha, bytes: Number(size) });
  });
  const small = found.filter((f) => f.bytes <= maxBytes).map((f) => f.sha);
  const blobs = new Map<string, FileContent>();
  if (small.length > 0) {
    const batch = await git(
      ['cat-file', '--batch'],
      Buffer.from([...new Set(small)].map((sha) => `${sha}\n`).join('')),
    );
    if (batch.code !== 0) return failure(git, dir, 'could not read kustomization files', batch);
    for (const [sha, bytes] of parseBatch(batch.stdout)) blobs.set(sha, classifyBlob(bytes));
  }
  const result: { base: ContextFile[]; head: ContextFile[] } = { base: [], head: [] };
  for (const file of found) {
    const content = blobs.get(file.sha) ?? { kind: 'too-large' as const, bytes: file.bytes };
    result[file.side].push({ path: file.path, content });
  }
  return result;
}

/** The folder holding a path (`''` for the root), or undefined for the root itself. */
function parentOf(path: string): string | undefined {
  if (path === '') return undefined;
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
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
 * tree. Four git processes, whatever the number of files.
 */
export async function readGitSnapshot(
  options: GitSnapshotOptions,
  run: GitRunner = runGit,
): Promise<GitChangeSet> {
  const dir = path.resolve(options.repo);
  const git = bindGit(run, dir);
  const head = await resolveCommit(git, dir, options.head ?? 'HEAD', '--head');
  const tree = await git(['ls-tree', '-r', '-z', '--full-tree', head]);
  if (tree.code !== 0) return failure(git, dir, `could not list the files of ${head}`, tree);
  const keep = options.filter ?? (() => true);
  const entries = [...parseLsTree(tree.stdout)].filter(([name]) => keep(name));
  const blobs = await readBlobs(
    git,
    dir,
    entries.flatMap(([, entry]) => readableSha(entry)),
    options.maxFileBytes,
  );
  const files = entries.map(([name, entry]): ChangedFile => ({
    status: 'added',
    path: name,
    head: contentOf(entry, blobs),
  }));
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

export interface HistoryOptions {
  /** Directory of the repository; any subdirectory of a work tree works. */
  repo: string;
  /** The newest commit. */
  head: string;
  /** At most this many commits. */
  max: number;
  /** Only commits made on or after this day (YYYY-MM-DD). */
  since?: string;
  /** Only commits that touch these git pathspecs (all commits when empty). */
  paths: readonly string[];
}

export interface HistoryCommit {
  sha: string;
  /** The first parent; undefined for a repository's first commit. */
  parent?: string;
  /** Committer date, YYYY-MM-DD. */
  date: string;
  subject: string;
}

/**
 * The changes that reached `head`, newest first, along the first-parent line: on a branch that
 * merges pull requests, each merge is one change, judged against the branch as it was before it.
 */
export async function listHistory(
  options: HistoryOptions,
  run: GitRunner = runGit,
): Promise<HistoryCommit[]> {
  const dir = path.resolve(options.repo);
  const git = bindGit(run, dir);
  const head = await resolveCommit(git, dir, options.head, '--head');
  const result = await git([
    'log',
    '--first-parent',
    '-z',
    '--no-color',
    `--max-count=${options.max}`,
    ...(options.since !== undefined ? [`--since=${options.since}T00:00:00Z`] : []),
    '--format=%H %P%x1f%cs%x1f%s',
    head,
    '--',
    ...options.paths,
  ]);
  if (result.code !== 0) return failure(git, dir, `could not list the history of ${options.head}`, result);
  return result.stdout
    .toString('utf8')
    .split('\0')
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [shas = '', date = '', subject = ''] = record.replace(/^\n/, '').split('\x1f');
      const [sha = '', parent] = shas.split(' ');
      return { sha, ...(parent ? { parent } : {}), date, subject };
    });
}
