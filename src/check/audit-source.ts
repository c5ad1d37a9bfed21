/**
 * Every manifest at one commit, judged as if the repository were created by one change (`check
 * --all`, `exemptions list`). The change set holds every file there is, so nothing is looked up
 * later.
 */
import { compileGlobs } from '../core/environments.js';
import { DEFAULT_POLICY_PATH } from '../core/policy.js';
import type { Policy } from '../core/policy.js';
import { readGitSnapshot } from '../sources/git/index.js';
import type { GitChangeSet } from '../sources/git/index.js';
import { loadExemptionsAtBase, loadPolicyAtBase, loadPolicyFile } from '../sources/policy-file.js';
import type { SharedPolicyOptions } from '../sources/policy-file.js';
import type { ChangeSource } from './types.js';

export interface GitAuditSourceOptions {
  /** The repository's folder. */
  repo: string;
  /** Default: HEAD. */
  head?: string | undefined;
  /** A policy file on disk (absolute path) instead of the policy at head. */
  policyFile?: string | undefined;
}

export function gitAuditSource(options: GitAuditSourceOptions): ChangeSource {
  return {
    async read(request) {
      const { changeSet, policy } = await readAudit(
        options.repo,
        options.head,
        options.policyFile,
        request.policy.shared ?? {},
      );
      // An audit reads the exemptions where it reads everything else: at the head it judges.
      const baseExemptions = await loadExemptionsAtBase(
        options.repo,
        options.head ?? 'HEAD',
        policy.exemptions.file,
      );
      return {
        changeSet: { ...changeSet, pullRequest: request.pullRequest, audit: true },
        policy,
        baseExemptions,
      };
    },
  };
}

/** Every supported format is YAML or JSON; other files are read only when the policy includes them. */
const MANIFEST_EXTENSION = /\.(?:ya?ml|json)$/i;

/**
 * Every manifest at head, and the policy at head (or the policy file given). Evidence rules are
 * about a pull request, which an audit has none of, so they are off; the policy file itself is
 * left out so it does not count as edited.
 */
export async function readAudit(
  repo: string,
  head: string | undefined,
  policyFile: string | undefined,
  shared: SharedPolicyOptions = {},
): Promise<{ changeSet: GitChangeSet; policy: Policy }> {
  const headPolicy =
    policyFile === undefined
      ? await loadPolicyAtBase(repo, head ?? 'HEAD', DEFAULT_POLICY_PATH, shared)
      : await loadPolicyFile(policyFile, shared);
  const included = compileGlobs(headPolicy.manifests.include);
  const excluded = compileGlobs(headPolicy.manifests.exclude);
  const mayBeManifest = (file: string) =>
    file !== DEFAULT_POLICY_PATH && !excluded(file) && (included(file) || MANIFEST_EXTENSION.test(file));
  const changeSet = await readGitSnapshot({
    repo,
    ...(head !== undefined ? { head } : {}),
    // Larger files are reported as too large by the pipeline either way; not reading them bounds memory.
    maxFileBytes: headPolicy.manifests.maxFileBytes,
    filter: mayBeManifest,
  });
  const policy: Policy = {
    ...headPolicy,
    rules: {
      ...headPolicy.rules,
      'evidence/missing': { level: 'off' },
      'evidence/checks': { level: 'off' },
    },
  };
  return { changeSet, policy };
}
