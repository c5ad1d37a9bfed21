import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import { fsProblem } from '../sources/fs-errors.js';

/** Where a command writes, and what it reads from the process: passed in so tests run in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  cwd: string;
  /** Today, for `enforceFrom` dates. */
  now: () => Date;
  /**
   * The process environment: GITHUB_TOKEN and GITHUB_SERVER_URL for verifying evidence, and what
   * git hands a hook (GIT_INDEX_FILE names the index being committed). Default: the process's.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * The bundled parser thread (dist/read-worker.js), for large changes and full scans; without it
   * every file is parsed in the calling thread.
   */
  readWorker?: URL;
}

export const EXIT = { pass: 0, fail: 1, usage: 2 } as const;

/** A failure the user can fix: printed as one message, exit code 2, no stack trace. */
export class UsageError extends UserError {
  override name = 'UsageError';
}

/** Writes a report where `--output` says, or says (exit 2) why it cannot, naming the path. */
export async function writeOutput(io: CliIo, file: string, text: string, flag = '--output'): Promise<void> {
  const target = path.resolve(io.cwd, file);
  try {
    await writeFile(target, text, 'utf8');
  } catch (error) {
    throw new UsageError(`${flag} ${file}: cannot write there: ${fsProblem(error, file, 'write')}`);
  }
}

/** Reads a file a flag names, or says (exit 2) why it cannot, naming the path. */
export async function readInput(io: CliIo, file: string, flag: string): Promise<string> {
  try {
    return await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`${flag} ${file}: cannot read it: ${fsProblem(error, file, 'read')}`);
  }
}

/** Says (exit 2) before any work that `--output` names a file in a folder that is not there. */
export async function checkOutputFolder(io: CliIo, file: string, flag = '--output'): Promise<void> {
  const folder = path.dirname(path.resolve(io.cwd, file));
  const found = await stat(folder).catch((error: unknown) => error as NodeJS.ErrnoException);
  if (found instanceof Error) {
    throw new UsageError(`${flag} ${file}: cannot write there: ${fsProblem(found, file, 'write')}`);
  }
  if (!found.isDirectory()) {
    throw new UsageError(
      `${flag} ${file}: cannot write there: ${path.dirname(file)} is a file, not a folder`,
    );
  }
}
