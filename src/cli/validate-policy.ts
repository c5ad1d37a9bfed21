import path from 'node:path';
import { loadPolicyFile } from '../sources/policy-file.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';
import { parseFlags } from './flags.js';
import { SHARED_POLICY_FLAGS, sharedPolicyOptions } from './shared-policy.js';

export async function validatePolicyCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseFlags(args, SHARED_POLICY_FLAGS, true);
  if (positionals.length !== 1) throw new UsageError('validate-policy needs exactly one policy file');
  const file = positionals[0] as string;
  const policy = await loadPolicyFile(path.resolve(io.cwd, file), await sharedPolicyOptions(values, io));
  const environments = policy.environments.map((e) => e.name).join(', ') || 'none';
  const shared = policy.shared ? `; builds on ${policy.shared.join(', ')}` : '';
  io.stdout(`${file}: valid policy (environments: ${environments}${shared})\n`);
  return EXIT.pass;
}
