import path from 'node:path';
import { resolveCommit } from './commits.js';
import { bindGit, failure, runGit } from './run.js';
import type { GitRunner } from './run.js';

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
