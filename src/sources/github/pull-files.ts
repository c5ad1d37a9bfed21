/** The files a pull request changes (`GET /repos/{owner}/{repo}/pulls/{number}/files`). */
import type { ChangeStatus } from '../../core/model.js';
import type { Octokit } from './client.js';
import { TooManyFilesError, call, isRecord, unexpectedAnswer } from './errors.js';
import type { RepoRef } from './types.js';

export interface ListedFile {
  status: ChangeStatus;
  path: string;
  /** The path at base, for renames. */
  previousPath?: string;
}

export interface ListChangedFilesOptions {
  /** GitHub's listing stops here; a listing of this many files may be truncated. Default: 3000. */
  maxFiles?: number;
  /** The pull request's `changed_files`, when known: saves listing a pull request that is too big. */
  expectedCount?: number;
}

export const MAX_LISTED_FILES = 3000;

/** Copies come out as added files and mode-only changes as modified, as the git source does. */
const STATUS_OF: Record<string, ChangeStatus> = {
  added: 'added',
  copied: 'added',
  modified: 'modified',
  changed: 'modified',
  unchanged: 'modified',
  removed: 'removed',
  renamed: 'renamed',
};

export async function listChangedFiles(
  client: Octokit,
  repo: RepoRef,
  number: number,
  options: ListChangedFilesOptions = {},
): Promise<ListedFile[]> {
  const maxFiles = options.maxFiles ?? MAX_LISTED_FILES;
  if (options.expectedCount !== undefined && options.expectedCount >= maxFiles) {
    throw new TooManyFilesError(number, options.expectedCount, maxFiles);
  }
  const request = `GET /repos/${repo.owner}/${repo.repo}/pulls/${number}/files`;
  const items: unknown[] = await call(request, 'pull-requests: read', () =>
    client.paginate(client.rest.pulls.listFiles, {
      owner: repo.owner,
      repo: repo.repo,
      pull_number: number,
      per_page: 100,
    }),
  );
  if (items.length >= maxFiles) throw new TooManyFilesError(number, undefined, maxFiles);
  return items.map((item): ListedFile => {
    if (!isRecord(item) || typeof item.filename !== 'string' || item.filename === '') {
      throw unexpectedAnswer(request, 'a file entry without a file name');
    }
    const status = STATUS_OF[String(item.status)] ?? 'modified';
    const file: ListedFile = { status, path: item.filename };
    if (status === 'renamed' && typeof item.previous_filename === 'string') {
      file.previousPath = item.previous_filename;
    }
    return file;
  });
}
