/**
 * The local git source: builds a ChangeSet from two commits of a repository on disk.
 *
 * Git runs without a shell, with argument arrays, and only plumbing commands whose output does
 * not depend on the user's diff/grep/color configuration. Every path travels NUL-separated, so
 * names with newlines, tabs, quotes or non-ASCII characters come through unchanged. The number of
 * git processes is fixed, whatever the number of files.
 */
export { GitSourceError, gitRunnerWith, runGit } from './run.js';
export type { GitResult, GitRunner } from './run.js';
export { EMPTY_TREE, emptyTreeFor, isEmptyTree } from './commits.js';
export { readGitChangeSet } from './change.js';
export type { GitChangeSet, GitSourceOptions } from './change.js';
export { readGitContext } from './context.js';
export type { GitContextOptions } from './context.js';
export { readFileAtRef, readGitSnapshot } from './snapshot.js';
export type { GitSnapshotOptions } from './snapshot.js';
export { listHistory } from './history.js';
export { countUncommitted, snapshotWorking } from './working.js';
export type { WorkingOptions, WorkingSide, WorkingSnapshot } from './working.js';
export type { HistoryCommit, HistoryOptions } from './history.js';
