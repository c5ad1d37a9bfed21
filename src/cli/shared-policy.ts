/**
 * Shared policies in the CLI: `extends: OWNER/REPO/PATH@REF` (and --shared-policy) is read from a
 * local folder that mirrors the policy repositories (--shared-policy-dir DIR holds
 * DIR/OWNER/REPO/PATH), or through the API with a token; --shared-policy imposes one, as the
 * Action's input does, given as a reference or as a file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseReference } from '../core/policy-extends.js';
import type { SharedPolicyOptions } from '../sources/policy-file.js';
import { createClient } from '../sources/github/index.js';
import { directoryPolicySource, githubPolicySource } from '../sources/shared-policy.js';
import { UsageError } from './io.js';
import type { CliIo } from './io.js';

/** The flags, for parseFlags. */
export const SHARED_POLICY_FLAGS = {
  'shared-policy': { type: 'string' },
  'shared-policy-dir': { type: 'string' },
} as const;

export async function sharedPolicyOptions(
  values: { 'shared-policy'?: string | undefined; 'shared-policy-dir'?: string | undefined },
  io: CliIo,
  tokenEnv = 'GITHUB_TOKEN',
): Promise<SharedPolicyOptions> {
  const env = io.env ?? process.env;
  const options: SharedPolicyOptions = {};
  const dir = values['shared-policy-dir'];
  const token = env[tokenEnv]?.trim();
  if (dir !== undefined) {
    options.shared = directoryPolicySource(path.resolve(io.cwd, dir));
  } else if (token) {
    const serverUrl = env.GITHUB_SERVER_URL?.trim() || 'https://github.com';
    const apiUrl =
      env.GITHUB_API_URL?.trim() ||
      (new URL(serverUrl).hostname === 'github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`);
    options.shared = githubPolicySource(createClient(token, { baseUrl: apiUrl }));
  } else {
    options.unreadable = `pass --shared-policy-dir DIR (a folder holding OWNER/REPO/PATH), or set ${tokenEnv} to read it through the API`;
  }
  const impose = values['shared-policy'];
  if (impose !== undefined) {
    if (parseReference(impose) !== undefined) {
      options.impose = impose;
    } else {
      const file = path.resolve(io.cwd, impose);
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(
          `--shared-policy ${impose}: ${error.code === 'ENOENT' ? 'no such file (give a file, or OWNER/REPO/PATH@REF)' : error.message}`,
        );
      });
      options.impose = { name: impose, text };
    }
  }
  return options;
}
