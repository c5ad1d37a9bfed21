/**
 * Where shared policies (`extends: OWNER/REPO/PATH@REF`, an imposed policy) are read from: another
 * repository through the API, at the ref given, or a local folder that mirrors such repositories
 * (the CLI's --shared-policy-dir). A policy that cannot be read fails the check, with the reason.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { referenceKey } from '../core/policy-extends.js';
import { call, isRefusal } from './github/index.js';
import type { Octokit } from './github/index.js';
import { SharedPolicyError } from './policy-file.js';
import type { SharedPolicySource } from './policy-file.js';

/** Shared policies are configuration, not manifests: this is plenty. */
const MAX_SHARED_POLICY_BYTES = 256 * 1024;

const TOKEN_ADVICE =
  'a private or internal repository needs a token that can read it (contents: read), e.g. a GitHub App installation token passed as the shared-policy-token input; see docs/organisation.md';

/** Each reference read once per run (the history replay judges many commits with one policy chain). */
function once(source: SharedPolicySource): SharedPolicySource {
  const reads = new Map<string, Promise<string>>();
  return {
    read(reference) {
      const key = referenceKey(reference);
      let read = reads.get(key);
      if (read === undefined) {
        read = source.read(reference);
        reads.set(key, read);
      }
      return read;
    },
  };
}

/** Reads `PATH` of `OWNER/REPO` at `REF` through the REST API (one request per shared policy). */
export function githubPolicySource(client: Octokit): SharedPolicySource {
  return once({
    async read(reference) {
      const { owner, repo, ref } = reference;
      const request = `GET /repos/${owner}/${repo}/contents/${reference.path}?ref=${ref}`;
      let data: unknown;
      try {
        ({ data } = await call(request, 'contents: read', () =>
          client.rest.repos.getContent({
            owner,
            repo,
            path: reference.path,
            ref,
            mediaType: { format: 'raw' },
          }),
        ));
      } catch (error) {
        if (isRefusal(error)) {
          const status = (error as { cause?: { status?: number } }).cause?.status;
          throw new SharedPolicyError(
            status === 403
              ? `reading it was refused (403): ${TOKEN_ADVICE}`
              : `not found (${status ?? 404}): check the owner, repository, path and ref, and that the token can read ${owner}/${repo} (GitHub answers 404 for a repository the token cannot see); ${TOKEN_ADVICE}`,
          );
        }
        throw error;
      }
      if (typeof data !== 'string') {
        throw new SharedPolicyError(`${reference.path} at ${ref} is not a file (a folder or a submodule?)`);
      }
      if (Buffer.byteLength(data) > MAX_SHARED_POLICY_BYTES) {
        throw new SharedPolicyError(`larger than ${MAX_SHARED_POLICY_BYTES / 1024} KiB: not a policy file`);
      }
      return data;
    },
  });
}

/**
 * Reads `DIR/OWNER/REPO/PATH`: a folder holding a clone (or copy) of each repository of shared
 * policies, for the CLI to work offline. The ref is not checked: the folder is what it is.
 */
export function directoryPolicySource(dir: string): SharedPolicySource {
  return {
    async read(reference) {
      const file = path.join(dir, reference.owner, reference.repo, ...reference.path.split('/'));
      try {
        return await readFile(file, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new SharedPolicyError(
          code === 'ENOENT'
            ? `no file ${file} (--shared-policy-dir holds OWNER/REPO/PATH for each shared policy)`
            : `cannot read ${file}: ${(error as Error).message}`,
        );
      }
    },
  };
}
