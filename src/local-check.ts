/**
 * The checks with the I/O that the pure pipeline leaves out: large changes are parsed on worker
 * threads, and, for a change in a local git repository (the CLI, the action with a checkout), the
 * unchanged files that deliver a changed workload are looked up with git once the changed files
 * are read.
 */
import type { Report } from './core/model.js';
import { readChangeInParallel } from './parallel/read-pool.js';
import { checkChange, checkChangeReadingContext } from './pipeline/index.js';
import type { CheckOptions, ContextReader } from './pipeline/index.js';
import { readGitContext } from './sources/git/index.js';
import type { GitRunner } from './sources/git/index.js';

export interface LocalCheckOptions extends CheckOptions {
  /** The repository the change set was read from. */
  repo: string;
  /** The bundled parser thread; without it every file is parsed in the calling thread. */
  readWorker?: URL | undefined;
  /** The most bytes read of one unchanged file. */
  maxFileBytes: number;
  /** git for the repository: a working-tree snapshot's runner sees its objects. Default: plain git. */
  run?: GitRunner | undefined;
}

export async function checkLocalChange(options: LocalCheckOptions): Promise<Report> {
  const { changeSet } = options;
  const readings = await readChangeInParallel(changeSet, options.policy, options.readWorker);
  return checkChangeReadingContext({ ...options, ...(readings ? { readings } : {}) }, (names) =>
    readGitContext(
      {
        repo: options.repo,
        head: changeSet.head,
        names,
        exclude: new Set(changeSet.files.map((file) => file.path)),
        maxFileBytes: options.maxFileBytes,
      },
      options.run,
    ),
  );
}

/**
 * A change read through the API: the unchanged files that deliver a changed workload are looked up
 * by `readContext` (sources/github/context.ts: near the change first, then a bounded search of the tree).
 */
export async function checkRemoteChange(
  options: Omit<LocalCheckOptions, 'repo' | 'maxFileBytes'>,
  readContext: ContextReader,
): Promise<Report> {
  const readings = await readChangeInParallel(options.changeSet, options.policy, options.readWorker);
  return checkChangeReadingContext({ ...options, ...(readings ? { readings } : {}) }, readContext);
}

/** A check whose change set holds every file it can use: an audit of every file at one commit. */
export async function checkChangeSet(
  options: Omit<LocalCheckOptions, 'repo' | 'maxFileBytes'>,
): Promise<Report> {
  const readings = await readChangeInParallel(options.changeSet, options.policy, options.readWorker);
  return checkChange({ ...options, ...(readings ? { readings } : {}) });
}
