import path from 'node:path';
import type { Exemption } from '../core/exemptions.js';
import type { Report } from '../core/model.js';
import { check, readAudit } from '../check/index.js';
import { DEFAULT_POLICY_PATH } from '../core/policy.js';
import { loadExemptionsAtBase } from '../sources/policy-file.js';
import { sharedPolicyOptions } from './shared-policy.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';
import { parseFlags } from './flags.js';

export type ExemptionState = 'active' | 'expiring' | 'expired' | 'unused';

export interface ExemptionRow {
  id: string;
  kind: 'file' | 'inline';
  rules: string[];
  scope: string;
  expires: string;
  state: ExemptionState;
  file: string;
  line: number;
  reason: string;
  approver?: string;
  ticket?: string;
}

/** `rollout-guard exemptions list`: every exemption in the repository at a commit, with its state. */

/** The command's flags, as parseArgs reads them and its help lists them. */
export const EXEMPTIONS_OPTIONS = {
  repo: { type: 'string' },
  ref: { type: 'string' },
  policy: { type: 'string' },
  format: { type: 'string' },
  today: { type: 'string' },
} as const;

export async function exemptionsCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'list')
    throw new UsageError(
      'usage: rollout-guard exemptions list [--repo DIR] [--ref REF] [--policy FILE] [--format text|json] [--today YYYY-MM-DD]',
    );
  const { values } = parseFlags(rest, EXEMPTIONS_OPTIONS);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json (got "${format}")`);
  const today = values.today ?? io.now().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today))
    throw new UsageError(`--today must be a date as YYYY-MM-DD (got "${today}")`);
  const repo = path.resolve(io.cwd, values.repo ?? '.');
  const ref = values.ref ?? 'HEAD';

  const { changeSet, policy } = await readAudit(
    repo,
    ref,
    values.policy === undefined ? undefined : path.resolve(io.cwd, values.policy),
    await sharedPolicyOptions({}, io),
  );
  const exemptions = await loadExemptionsAtBase(repo, ref, policy.exemptions.file);
  const pullRequest = { body: '', labels: [] };
  // Read already: the rows below need the exemptions the check is given.
  const report = await check(
    {
      policy: { path: DEFAULT_POLICY_PATH },
      pullRequest,
      now: new Date(`${today}T12:00:00Z`),
      readWorker: io.readWorker,
    },
    { read: async () => ({ changeSet: { ...changeSet, pullRequest }, policy, baseExemptions: exemptions }) },
  );
  const rows = exemptionRows(report, exemptions, today, policy.exemptions.expiryWarningDays);
  if (format === 'json') {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  } else if (rows.length === 0) {
    io.stdout('No exemptions.\n');
  } else {
    for (const row of rows) {
      io.stdout(
        `${row.state.padEnd(8)} ${row.id}  ${row.rules.join(', ')}  (${row.scope})  until ${row.expires}  ${row.file}:${row.line}\n` +
          `         ${row.reason}${row.approver ? ` — approved by ${row.approver}` : ''}${row.ticket ? `, ${row.ticket}` : ''}\n`,
      );
    }
  }
  return EXIT.pass;
}

export function exemptionRows(
  report: Report,
  exemptions: Exemption[],
  today: string,
  warningDays: number,
): ExemptionRow[] {
  const warnBefore = new Date(Date.parse(`${today}T00:00:00Z`) + warningDays * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const state = (expires: string, used: boolean): ExemptionState =>
    expires < today ? 'expired' : !used ? 'unused' : expires <= warnBefore ? 'expiring' : 'active';
  const rows: ExemptionRow[] = exemptions.map((e) => ({
    id: e.id,
    kind: 'file',
    rules: e.rules,
    scope: [...e.paths, ...e.plans].join(', '),
    expires: e.expires,
    state: state(
      e.expires,
      report.findings.some((f) => f.waived?.source === e.id),
    ),
    file: e.file,
    line: e.line,
    reason: e.reason,
    approver: e.approver,
    ticket: e.ticket,
  }));
  for (const { plan } of report.plans) {
    for (const inline of plan.exemptions ?? []) {
      const used = report.findings.some((f) => f.planId === plan.id && inline.rules.includes(f.rule));
      rows.push({
        id: `${plan.file}:${inline.line}`,
        kind: 'inline',
        rules: inline.rules,
        scope: plan.id,
        expires: inline.expires ?? '',
        state: state(inline.expires ?? '', used),
        file: plan.file,
        line: inline.line,
        reason: inline.reason ?? '',
      });
    }
  }
  return rows;
}
