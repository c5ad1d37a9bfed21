/**
 * The GitHub API source, one file per endpoint family (the client and the repository are passed
 * to every function): the pull request and its files, file contents (GraphQL batches), comments,
 * reviews, CI results and commit statuses, evidence runs, and the change set and its context
 * assembled from them. Any failure is a GitHubSourceError ("could not verify: …"), never a
 * partial answer.
 */
export type { RepoRef } from './types.js';
export { createClient, MAX_RATE_LIMIT_RETRIES, MAX_RATE_LIMIT_WAIT_SECONDS } from './client.js';
export type { ClientOptions, Octokit } from './client.js';
export { GitHubSourceError, TooManyFilesError, call, isRefusal, unexpectedAnswer } from './errors.js';
export { getPullRequest, listOpenPullRequestsByHead, listPullRequestsForCommit } from './pulls.js';
export type { PullRequestHead, PullRequestInfo } from './pulls.js';
export { MAX_LISTED_FILES, listChangedFiles } from './pull-files.js';
export type { ListChangedFilesOptions, ListedFile } from './pull-files.js';
export { MAX_COMMENT_PAGES, readPullRequestState } from './comments.js';
export type { PullRequestComment, PullRequestComments, PullRequestState } from './comments.js';
export { readBlobs, readObjects } from './blobs.js';
export type { BlobWanted, TreeEntry } from './blobs.js';
export { createCommitStatus, listCheckResults } from './checks.js';
export type { CommitStatus } from './checks.js';
export { listReviews, listTeamMembers } from './reviews.js';
export type { ReviewRecord } from './reviews.js';
export { foldersAbove, readGitHubChangeSet } from './change-set.js';
export type { FolderListing, GitHubChangeSet, GitHubChangeSetOptions, PullRequestRef } from './change-set.js';
export { GitHubContextSearch, mayHoldWorkloads, readNearFiles } from './context.js';
export { RunReader, readCommitFacts, readRun, repoOf } from './evidence.js';
