import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_POLICY_PATH } from '../core/policy.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';
import { parseFlags } from './flags.js';
import { STARTER_POLICY } from './starter-policy.js';

export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    repo: { type: 'string' },
    policy: { type: 'string' },
    force: { type: 'boolean' },
  });
  const target = path.resolve(io.cwd, values.repo ?? '.', values.policy ?? DEFAULT_POLICY_PATH);
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (exists && !values.force) throw new UsageError(`${target} already exists; use --force to overwrite it`);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, STARTER_POLICY, 'utf8');
  io.stdout(
    `Wrote a starter policy to ${path.relative(io.cwd, target) || target}. Review it, then commit it to the default branch.\n`,
  );
  return EXIT.pass;
}
