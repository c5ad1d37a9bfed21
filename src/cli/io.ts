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
export class UsageError extends Error {
  override name = 'UsageError';
}
