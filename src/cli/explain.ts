import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, RolloutPlan } from '../core/model.js';
import { readManifestFile } from '../formats/registry.js';
import { formatStages } from '../report/stages.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';
import { parseFlags } from './flags.js';

export async function explainCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, { format: { type: 'string' } }, true);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json (got "${format}")`);
  if (positionals.length === 0) throw new UsageError('explain needs at least one manifest file');

  const plans: RolloutPlan[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of positionals) {
    let text: string;
    try {
      text = await readFile(path.resolve(io.cwd, file), 'utf8');
    } catch (error) {
      throw new UsageError(
        `cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
      );
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
