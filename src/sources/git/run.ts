/**
 * The local git source: builds a ChangeSet from two commits of a repository on disk.
 *
 * Git runs without a shell, with argument arrays, and only plumbing commands whose output does
 * not depend on the user's diff/grep/color configuration. Every path travels NUL-separated, so
 * names with newlines, tabs, quotes or non-ASCII characters come through unchanged. The number of
 * git processes is fixed, whatever the number of files.
 */
import { spawn } from 'node:child_process';
import { UserError } from '../../core/errors.js';

export class GitSourceError extends UserError {
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

function gitEnvironment(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of REPOSITORY_ENV) delete env[name];
  env.GIT_TERMINAL_PROMPT = '0';
  // Reading must never take the index lock a concurrent git command in the checkout may need.
  env.GIT_OPTIONAL_LOCKS = '0';
  return { ...env, ...extra };
}

export const runGit: GitRunner = (args, input) => spawnGit(args, input, {});

/**
 * A runner whose git sees these variables too, set after the ones above are removed: the
 * working-tree snapshot points git at its own index copy and object directory this way.
 */
export function gitRunnerWith(extra: Readonly<Record<string, string>>): GitRunner {
  return (args, input) => spawnGit(args, input, extra);
}

function spawnGit(
  args: readonly string[],
  input: Buffer | undefined,
  extra: Readonly<Record<string, string>>,
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], {
      env: gitEnvironment(extra),
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
}

/** git bound to one repository directory. */
export type Git = (args: readonly string[], input?: Buffer) => Promise<GitResult>;

export function bindGit(run: GitRunner, dir: string): Git {
  return (args, input) => run(['-C', dir, ...args], input);
}

export async function failure(
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

export function outputLines(stdout: Buffer): string[] {
  return stdout
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '');
}
