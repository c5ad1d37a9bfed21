import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_POLICY_PATH } from '../core/policy.js';
import { checkChange } from '../pipeline.js';
import { OUTPUT_FORMATS, renderers } from '../report/index.js';
import type { OutputFormat } from '../report/index.js';
import { readGitChangeSet } from '../sources/git.js';
import { loadPolicyAtBase, loadPolicyFile } from '../sources/policy-file.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';
import { parseFlags } from './run.js';

/** The most a source reads of one file; the policy's own (smaller) limit applies before parsing. */
const READ_LIMIT_BYTES = 100 * 1024 * 1024;

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    repo: { type: 'string' },
    base: { type: 'string' },
    head: { type: 'string' },
    policy: { type: 'string' },
    'pr-body': { type: 'string' },
    label: { type: 'string', multiple: true },
    format: { type: 'string' },
    output: { type: 'string' },
    today: { type: 'string' },
  });
  const format = parseFormat(values.format);
  const now = values.today === undefined ? io.now() : parseToday(values.today);
  const repo = path.resolve(io.cwd, values.repo ?? '.');
  const body = await readPullRequestBody(values['pr-body'], io);

  const changeSet = await readGitChangeSet({
    repo,
    maxFileBytes: READ_LIMIT_BYTES,
    ...(values.base !== undefined ? { base: values.base } : {}),
    ...(values.head !== undefined ? { head: values.head } : {}),
  });
  const policy =
    values.policy === undefined
      ? await loadPolicyAtBase(repo, changeSet.base, DEFAULT_POLICY_PATH)
      : await loadPolicyFile(path.resolve(io.cwd, values.policy));

  const report = checkChange({
    changeSet: { ...changeSet, pullRequest: { body, labels: values.label ?? [] } },
    policy,
    policyPath: DEFAULT_POLICY_PATH,
    now,
  });
  const text = renderers[format](report);
  if (values.output === undefined) {
    io.stdout(text);
  } else {
    const target = path.resolve(io.cwd, values.output);
    await writeFile(target, text, 'utf8');
    const { errors, warnings } = report.summary;
    io.stdout(
      `rollout-guard: ${report.verdict.toUpperCase()} (${errors} errors, ${warnings} warnings); ${format} report written to ${values.output}\n`,
    );
  }
  return report.verdict === 'fail' ? EXIT.fail : EXIT.pass;
}

function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return 'text';
  if ((OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')} (got "${value}")`);
}

function parseToday(value: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime()))
    throw new UsageError(`--today must be a date as YYYY-MM-DD (got "${value}")`);
  return date;
}

async function readPullRequestBody(source: string | undefined, io: CliIo): Promise<string> {
  if (source === undefined) return '';
  if (source === '-') return io.readStdin();
  try {
    return await readFile(path.resolve(io.cwd, source), 'utf8');
  } catch (error) {
    throw new UsageError(
      `--pr-body ${source}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
}
