import type { FileContent } from '../../core/model.js';
import { classifyBytes } from '../file-content.js';
import type { Git } from './run.js';
import { GitSourceError, failure, outputLines } from './run.js';

export const REGULAR_FILE_MODES = new Set(['100644', '100755', '100664']);
export const SYMLINK_MODE = '120000';

/** One side of a change: the tree entry's mode and object. */
export interface TreeEntry {
  mode: string;
  sha: string;
}

/** Parses `git ls-tree -z` output: `<mode> <type> <sha>\t<path>\0`. */
export function parseLsTree(output: Buffer): Map<string, TreeEntry> {
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
export async function readBlobs(
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
  for (const [sha, bytes] of parseBatch(batch.stdout)) contents.set(sha, classifyBytes(bytes));
  return contents;
}

/** Parses `git cat-file --batch` output: `<sha> <type> <size>\n<bytes>\n` per object. */
export function parseBatch(output: Buffer): Map<string, Buffer> {
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

export function contentOf(entry: TreeEntry, blobs: ReadonlyMap<string, FileContent>): FileContent {
  // A symlink's blob is its target path: never read, so a link to /etc/passwd leaks nothing.
  if (entry.mode === SYMLINK_MODE) return { kind: 'symlink' };
  if (!REGULAR_FILE_MODES.has(entry.mode)) return { kind: 'not-a-file' };
  return blobs.get(entry.sha) ?? { kind: 'not-a-file' };
}

export const readableSha = (entry: TreeEntry | undefined): string[] =>
  entry !== undefined && REGULAR_FILE_MODES.has(entry.mode) ? [entry.sha] : [];
