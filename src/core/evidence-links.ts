/**
 * What a link in the evidence section points at, by its address alone: a run, a job or a check
 * run on a GitHub server (which the API can verify), an upload to GitHub (a screenshot or a file),
 * another GitHub page (a profile, a repository, a file: never evidence), or some other host (which
 * the policy's allow-list decides). Pure: no request is made here.
 */
import type { RunKind, RunRef } from './model.js';

export type LinkClass =
  /** A run, job or check run on `host`, a GitHub server. */
  | { kind: RunKind; ref: RunRef; host: string }
  /** An image or file uploaded to GitHub (user-attachments, user-images). */
  | { kind: 'attachment' }
  /** A GitHub page that is not a run: `what` says what it is ("a profile or organization page"). */
  | { kind: 'page'; what: string }
  /** Any other host. */
  | { kind: 'other' };

/** github.com is GitHub wherever the API is: its pages are classified on GHES too. */
export const PUBLIC_GITHUB_HOST = 'github.com';

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const ID = /^[1-9]\d{0,17}$/;

const ATTACHMENT_HOSTS = new Set([
  'user-images.githubusercontent.com',
  'private-user-images.githubusercontent.com',
]);

/** The key two links to the same run, job or check run share: kinds and names compared as GitHub does. */
export function runKey(kind: RunKind, repository: string, id: number, attempt?: number): string {
  return `${kind}:${repository.toLowerCase()}:${id}${attempt === undefined ? '' : `#${attempt}`}`;
}

function idOf(text: string | undefined): number | undefined {
  if (text === undefined || !ID.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

function ref(kind: RunKind, owner: string, repo: string, id: number, extra: Partial<RunRef> = {}): RunRef {
  const repository = `${owner}/${repo}`;
  return { kind, repository, id, ...extra, key: runKey(kind, repository, id, extra.attempt) };
}

/**
 * Classifies an https link (already parsed and checked for scheme and user-info). `serverHost` is
 * the host of the GitHub server whose API verifies runs; github.com pages are recognised as
 * GitHub pages everywhere, so `https://github.com/` is never "a link to an allowed host".
 */
export function classifyLink(url: URL, serverHost: string): LinkClass {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (ATTACHMENT_HOSTS.has(host)) return { kind: 'attachment' };
  if (host === 'avatars.githubusercontent.com') return { kind: 'page', what: 'a profile picture' };
  if (host !== serverHost && host !== PUBLIC_GITHUB_HOST) return { kind: 'other' };

  let parts: string[];
  try {
    parts = url.pathname
      .split('/')
      .filter((part) => part !== '')
      .map((part) => decodeURIComponent(part));
  } catch {
    return { kind: 'page', what: 'a page whose address does not decode' };
  }
  const [owner = '', repo = '', section, ...rest] = parts;
  if (parts.length === 0) return { kind: 'page', what: "the site's front page" };
  if (owner === 'user-attachments' && (repo === 'assets' || repo === 'files')) return { kind: 'attachment' };
  if (parts.length === 1) return { kind: 'page', what: 'a profile or organization page' };
  if (!OWNER.test(owner) || !REPO.test(repo))
    return { kind: 'page', what: 'a page that is not a repository' };
  if (section === undefined) return { kind: 'page', what: "a repository's front page" };
  if (section === 'assets' || section === 'files') return { kind: 'attachment' };

  if (section === 'actions' && rest[0] === 'runs') {
    const id = idOf(rest[1]);
    if (id === undefined) return { kind: 'page', what: 'a list of workflow runs, not one run' };
    if (rest.length === 2) return { kind: 'actions-run', ref: ref('actions-run', owner, repo, id), host };
    if (rest.length === 4 && rest[2] === 'attempts') {
      const attempt = idOf(rest[3]);
      if (attempt !== undefined) {
        return { kind: 'actions-run', ref: ref('actions-run', owner, repo, id, { attempt }), host };
      }
    }
    if (rest.length === 4 && (rest[2] === 'job' || rest[2] === 'jobs')) {
      const job = idOf(rest[3]);
      if (job !== undefined) return { kind: 'job', ref: ref('job', owner, repo, job, { runId: id }), host };
    }
    return {
      kind: 'page',
      what: 'a page of a workflow run that names no run, job or attempt GitHub links to',
    };
  }
  if (section === 'actions')
    return { kind: 'page', what: 'a list of workflow runs or a workflow, not one run' };
  if (section === 'runs' && rest.length === 1) {
    const id = idOf(rest[0]);
    if (id !== undefined) return { kind: 'check-run', ref: ref('check-run', owner, repo, id), host };
  }
  if (section === 'pull' && rest[1] === 'checks' && rest.length === 2) {
    const id = idOf(url.searchParams.get('check_run_id') ?? undefined);
    if (id !== undefined) return { kind: 'check-run', ref: ref('check-run', owner, repo, id), host };
    return { kind: 'page', what: "a pull request's checks tab, not one check run" };
  }
  if (section === 'pull' || section === 'pulls') return { kind: 'page', what: 'a pull request' };
  if (section === 'blob' || section === 'tree' || section === 'raw' || section === 'wiki') {
    return { kind: 'page', what: 'a file or folder in a repository' };
  }
  if (section === 'commit' || section === 'commits' || section === 'compare') {
    return { kind: 'page', what: 'a commit or a comparison, not a run' };
  }
  return { kind: 'page', what: 'a page that is not a run, a job or a check run' };
}

/** The host of a server URL (`https://github.com`, `https://ghes.example.com/`), lowercase. */
export function serverHostOf(serverUrl: string): string {
  try {
    return new URL(serverUrl).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return PUBLIC_GITHUB_HOST;
  }
}
