import { access, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { compileGlobs } from '../core/environments.js';
import type { Diagnostic, RolloutPlan } from '../core/model.js';
import { BUILTIN_POLICY, DEFAULT_POLICY_PATH } from '../core/policy.js';
import type { Policy } from '../core/policy.js';
import { readManifestFile } from '../formats/registry.js';
import { formatStages } from '../report/stages.js';
import { fsProblem } from '../sources/fs-errors.js';
import { loadPolicyFile } from '../sources/policy-file.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';
import { parseFlags } from './flags.js';

/** Folders never worth walking into: version control and installed dependencies. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

/** The command's flags, as parseArgs reads them and its help lists them. */
export const EXPLAIN_OPTIONS = { format: { type: 'string' }, policy: { type: 'string' } } as const;

export async function explainCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, EXPLAIN_OPTIONS, true);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json (got "${format}")`);
  if (positionals.length === 0) throw new UsageError('explain needs at least one manifest file or folder');

  const files: string[] = [];
  let policy: Policy | undefined;
  for (const given of positionals) {
    const found = await stat(path.resolve(io.cwd, given)).catch((error: unknown) => {
      throw new UsageError(`cannot read ${given}: ${fsProblem(error, given, 'read')}`);
    });
    if (!found.isDirectory()) {
      files.push(given);
      continue;
    }
    policy ??= await explainPolicy(values.policy, io);
    const selected = await manifestsUnder(given, policy, io);
    if (selected.length === 0) {
      throw new UsageError(
        `${given}: no file in it is a manifest by the policy's globs (manifests.include, less manifests.exclude, of ${policy.source}); name the files, or widen the globs`,
      );
    }
    files.push(...selected);
  }

  const plans: RolloutPlan[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(path.resolve(io.cwd, file), 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${fsProblem(error, file, 'read')}`);
    }
    const reading = readManifestFile(text, file);
    plans.push(...reading.plans);
    // Named on the command line, the file is the user's: its own problems are said too.
    const problems = [...reading.diagnostics, ...(reading.fileDiagnostics ?? [])];
    diagnostics.push(...problems);
    if (!reading.recognised && problems.length === 0) {
      diagnostics.push({
        code: 'MANIFEST_UNSUPPORTED',
        message: 'no supported rollout format recognises this file',
        file,
        line: 1,
      });
    }
  }

  if (format === 'json') {
    io.stdout(`${JSON.stringify({ plans, diagnostics }, null, 2)}\n`);
  } else {
    io.stdout(plans.map(describePlan).join('\n'));
    if (plans.length === 0) io.stdout('No rollout plans found.\n');
    for (const d of diagnostics)
      io.stderr(`${d.file}:${d.line}${d.column ? `:${d.column}` : ''}: ${d.message}\n`);
  }
  return diagnostics.length > 0 ? EXIT.usage : EXIT.pass;
}

/** --policy, else the repository's policy file when run from its root, else the built-in policy. */
async function explainPolicy(file: string | undefined, io: CliIo): Promise<Policy> {
  if (file !== undefined) return loadPolicyFile(path.resolve(io.cwd, file));
  const local = path.resolve(io.cwd, DEFAULT_POLICY_PATH);
  const exists = await access(local).then(
    () => true,
    () => false,
  );
  return exists ? loadPolicyFile(local) : BUILTIN_POLICY;
}

/**
 * The files under a folder that the policy judges as manifests, by their path from the current
 * directory (as the globs match repository paths), in a stable order.
 */
async function manifestsUnder(folder: string, policy: Policy, io: CliIo): Promise<string[]> {
  const included = compileGlobs(policy.manifests.include);
  const excluded = compileGlobs(policy.manifests.exclude);
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.resolve(io.cwd, relative), { withFileTypes: true }).catch(
      (error: unknown) => {
        throw new UsageError(`cannot read ${relative}: ${fsProblem(error, relative, 'read')}`);
      },
    );
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = path.posix.join(relative.split(path.sep).join('/'), entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(child);
      } else if (entry.isFile()) {
        const key = path.posix.normalize(child).replace(/^\.\//, '');
        if (included(key) && !excluded(key)) found.push(child);
      }
    }
  };
  await walk(folder);
  return found;
}

function describePlan(plan: RolloutPlan): string {
  const target = `${plan.target.kind} ${plan.target.namespace ? `${plan.target.namespace}/` : ''}${plan.target.name}`;
  const lines = [
    `${plan.file}:${plan.line}  ${target}  (${plan.format})`,
    `  strategy:  ${plan.strategy}`,
    `  stages:    ${formatStages(plan)}`,
    `  rollback:  ${plan.rollback.automatic ? 'automatic' : 'manual'}${plan.rollback.how.length ? ` — ${plan.rollback.how.join('; ')}` : ''}`,
  ];
  const background = plan.backgroundGates.filter((g) => g.effective);
  if (background.length > 0)
    lines.push(
      `  analysis:  ${background.map((g) => `${g.kind}${g.name ? ` ${g.name}` : ''}`).join(', ')} (whole rollout)`,
    );
  if (plan.delivers) lines.push(`  delivers:  ${plan.delivers.kind} ${plan.delivers.name}`);
  if (plan.deliveredBy) lines.push(`  delivered by: ${plan.deliveredBy}`);
  for (const bypass of plan.bypasses)
    lines.push(`  bypass:    line ${bypass.line}: ${bypass.field} — ${bypass.reason}`);
  for (const note of plan.notes) lines.push(`  note:      ${note}`);
  return `${lines.join('\n')}\n`;
}
