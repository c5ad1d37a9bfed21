import type { Rollback } from '../../core/model.js';
import type { PathSegment, SourceDocument } from '../types.js';

/** Something in a pipeline that rolls back or rejects when a job it watches fails. */
export interface RollbackRunner<J> {
  /** Jobs whose failure makes it run. */
  covers: Set<J>;
  how: string;
  at: PathSegment[];
}

/**
 * Automatic when some runner rolls back on the failure of every job of the rollout before its
 * promote; runners that watch only part of it are reported with why they fall short.
 */
export function rollbackFromRunners<J, R extends RollbackRunner<J>>(
  doc: SourceDocument,
  runners: R[],
  chain: J[],
  promoteJob: J | undefined,
  whyNot: (runner: R, missed: J[]) => string,
  none: string,
  notes: string[],
): Rollback {
  const how: string[] = [];
  const partial: string[] = [];
  let line: number | undefined;
  const watched = [...chain, ...(promoteJob === undefined ? [] : [promoteJob])];
  for (const runner of runners) {
    if (!watched.some((job) => runner.covers.has(job))) continue;
    const missed = chain.filter((job) => !runner.covers.has(job));
    if (missed.length === 0) {
      how.push(runner.how);
      line ??= doc.lineOf(runner.at);
    } else {
      partial.push(`${runner.how}; ${whyNot(runner, missed)}`);
    }
  }
  if (how.length > 0) {
    notes.push(...partial);
    return line === undefined ? { automatic: true, how } : { automatic: true, how, line };
  }
  return { automatic: false, how: partial.length > 0 ? partial : [none] };
}
