/**
 * `rollout-guard org-report`: merges the JSON reports of many repositories (each `check --all
 * --format json`, one job per repository in a matrix) into one organisation report, in markdown
 * and JSON: the repositories and their verdicts, the rollouts by format and environment, the rules
 * that fail most, and the exemptions that expire soon or have expired.
 *
 * One pass over each report, counters in maps: linear in the size of the reports (500 reports of
 * 40 plans and 20 findings each merge in well under a second; docs/performance.md).
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { escapeMarkdown } from '../report/escape.js';
import { parseToday } from './check.js';
import { parseFlags } from './flags.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';

/** What an organisation report needs of one repository's JSON report (version 1). */
interface RepositoryReport {
  verdict?: unknown;
  policy?: { source?: unknown };
  plans?: Array<{ format?: unknown; environment?: unknown; change?: unknown }>;
  findings?: Array<{
    rule?: unknown;
    level?: unknown;
    message?: unknown;
    file?: unknown;
    waived?: { kind?: unknown; source?: unknown; until?: unknown; reason?: unknown } | null;
  }>;
  summary?: { errors?: unknown; warnings?: unknown };
}

export interface OrgRepository {
  repository: string;
  verdict: 'pass' | 'fail';
  errors: number;
  warnings: number;
  plans: number;
  policy: string;
  /** Rules with errors here, most findings first. */
  failingRules: string[];
}

export interface OrgRuleSummary {
  rule: string;
  /** Repositories with at least one error of this rule. */
  failingRepositories: number;
  /** Repositories with a warning of it (and no error). */
  warningRepositories: number;
  errors: number;
  warnings: number;
}

export interface OrgExemption {
  repository: string;
  id: string;
  until: string;
  /** Days from today to `until`; negative once expired. */
  daysLeft: number;
  state: 'expired' | 'expiring';
  rules: string[];
}

export interface OrgReport {
  version: 1;
  today: string;
  repositories: { total: number; failing: number; passing: number; unreadable: number };
  rollouts: {
    total: number;
    byFormat: Record<string, number>;
    byEnvironment: Record<string, number>;
    byFormatAndEnvironment: Array<{
      format: string;
      environment: string;
      plans: number;
      repositories: number;
    }>;
  };
  rules: OrgRuleSummary[];
  exemptions: OrgExemption[];
  repositoryList: OrgRepository[];
  unreadable: Array<{ file: string; reason: string }>;
}

export interface OrgInput {
  repository: string;
  /** The parsed JSON report, or why it could not be read. */
  report: unknown;
  file: string;
}

const DAY_MS = 86_400_000;
const EXPIRED = /exemption (\S+) expired on (\d{4}-\d{2}-\d{2})/;
const EXPIRING = /exemption (\S+) expires soon, on (\d{4}-\d{2}-\d{2})/;

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const text = (value: unknown, fallback: string): string =>
  typeof value === 'string' && value !== '' ? value : fallback;

/** Merges the reports; `expiringWithin` days decides which exemptions are listed as expiring. */
export function mergeOrgReports(inputs: readonly OrgInput[], today: string, expiringWithin = 30): OrgReport {
  const byFormat = new Map<string, number>();
  const byEnvironment = new Map<string, number>();
  const cells = new Map<
    string,
    { format: string; environment: string; plans: number; repositories: Set<string> }
  >();
  const rules = new Map<string, OrgRuleSummary>();
  const exemptions = new Map<string, OrgExemption>();
  const repositories: OrgRepository[] = [];
  const unreadable: OrgReport['unreadable'] = [];
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  let total = 0;

  for (const input of inputs) {
    const report = input.report as RepositoryReport;
    if (
      typeof report !== 'object' ||
      report === null ||
      !Array.isArray(report.plans) ||
      !Array.isArray(report.findings)
    ) {
      unreadable.push({
        file: input.file,
        reason:
          typeof input.report === 'string'
            ? input.report
            : 'not a rollout-guard JSON report (no plans or findings)',
      });
      continue;
    }
    for (const plan of report.plans) {
      if (plan.change === 'removed') continue;
      const format = text(plan.format, 'unknown');
      const environment = text(plan.environment, 'default');
      total++;
      byFormat.set(format, (byFormat.get(format) ?? 0) + 1);
      byEnvironment.set(environment, (byEnvironment.get(environment) ?? 0) + 1);
      const key = `${format}\0${environment}`;
      const cell = cells.get(key) ?? { format, environment, plans: 0, repositories: new Set<string>() };
      cell.plans++;
      cell.repositories.add(input.repository);
      cells.set(key, cell);
    }
    const errorsByRule = new Map<string, number>();
    const seenRules = new Map<string, 'error' | 'warning'>();
    for (const finding of report.findings) {
      const rule = text(finding.rule, 'unknown');
      const level = finding.level;
      const message = typeof finding.message === 'string' ? finding.message : '';
      const expired = EXPIRED.exec(message) ?? EXPIRING.exec(message);
      if (rule === 'exemption/expired' && expired) {
        addExemption(
          exemptions,
          input.repository,
          expired[1] as string,
          expired[2] as string,
          [],
          todayMs,
          expiringWithin,
        );
      }
      const waived = finding.waived;
      if (
        waived &&
        (waived.kind === 'exemption' || waived.kind === 'inline-exemption') &&
        typeof waived.until === 'string'
      ) {
        addExemption(
          exemptions,
          input.repository,
          text(waived.source, '?'),
          waived.until,
          [rule],
          todayMs,
          expiringWithin,
        );
      }
      if (level !== 'error' && level !== 'warning') continue;
      const summary = rules.get(rule) ?? {
        rule,
        failingRepositories: 0,
        warningRepositories: 0,
        errors: 0,
        warnings: 0,
      };
      if (level === 'error') {
        summary.errors++;
        errorsByRule.set(rule, (errorsByRule.get(rule) ?? 0) + 1);
        if (seenRules.get(rule) !== 'error') {
          if (seenRules.get(rule) === 'warning') summary.warningRepositories--;
          summary.failingRepositories++;
          seenRules.set(rule, 'error');
        }
      } else {
        summary.warnings++;
        if (!seenRules.has(rule)) {
          summary.warningRepositories++;
          seenRules.set(rule, 'warning');
        }
      }
      rules.set(rule, summary);
    }
    const errors = count(report.summary?.errors);
    repositories.push({
      repository: input.repository,
      verdict: report.verdict === 'fail' || errors > 0 ? 'fail' : 'pass',
      errors,
      warnings: count(report.summary?.warnings),
      plans: report.plans.filter((p) => p.change !== 'removed').length,
      policy: text(report.policy?.source, 'unknown'),
      failingRules: [...errorsByRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r),
    });
  }

  repositories.sort((a, b) => b.errors - a.errors || (a.repository < b.repository ? -1 : 1));
  const sortedCounts = (map: Map<string, number>) =>
    Object.fromEntries([...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  const failing = repositories.filter((r) => r.verdict === 'fail').length;
  return {
    version: 1,
    today,
    repositories: {
      total: repositories.length,
      failing,
      passing: repositories.length - failing,
      unreadable: unreadable.length,
    },
    rollouts: {
      total,
      byFormat: sortedCounts(byFormat),
      byEnvironment: sortedCounts(byEnvironment),
      byFormatAndEnvironment: [...cells.values()]
        .map((c) => ({
          format: c.format,
          environment: c.environment,
          plans: c.plans,
          repositories: c.repositories.size,
        }))
        .sort((a, b) => b.plans - a.plans || (a.format + a.environment < b.format + b.environment ? -1 : 1)),
    },
    rules: [...rules.values()].sort(
      (a, b) =>
        b.failingRepositories - a.failingRepositories ||
        b.errors - a.errors ||
        b.warningRepositories - a.warningRepositories ||
        (a.rule < b.rule ? -1 : 1),
    ),
    exemptions: [...exemptions.values()].sort(
      (a, b) => a.daysLeft - b.daysLeft || (a.repository + a.id < b.repository + b.id ? -1 : 1),
    ),
    repositoryList: repositories,
    unreadable,
  };
}

function addExemption(
  into: Map<string, OrgExemption>,
  repository: string,
  id: string,
  until: string,
  rules: string[],
  todayMs: number,
  within: number,
): void {
  const daysLeft = Math.round((Date.parse(`${until}T00:00:00Z`) - todayMs) / DAY_MS);
  if (!Number.isFinite(daysLeft) || daysLeft > within) return;
  const key = `${repository}\0${id}`;
  const known = into.get(key);
  if (known) {
    for (const rule of rules) if (!known.rules.includes(rule)) known.rules.push(rule);
    return;
  }
  into.set(key, {
    repository,
    id,
    until,
    daysLeft,
    state: daysLeft < 0 ? 'expired' : 'expiring',
    rules: [...rules],
  });
}

// ---------------------------------------------------------------------------------------------
// Markdown

const MAX_ROWS = 50;

export function renderOrgMarkdown(report: OrgReport): string {
  const cell = (value: string | number) => escapeMarkdown(String(value));
  const lines: string[] = [];
  const { repositories: repos } = report;
  const percent = (n: number) => (repos.total === 0 ? '0%' : `${Math.round((100 * n) / repos.total)}%`);
  lines.push(`# rollout-guard: organisation report (${report.today})`, '');
  lines.push(
    `**${repos.total} repositories**: ${repos.failing} failing (${percent(repos.failing)}), ${repos.passing} passing` +
      (repos.unreadable > 0 ? `, ${repos.unreadable} reports unreadable` : '') +
      `. **${report.rollouts.total} rollouts** judged.`,
    '',
  );

  lines.push('## What fails most', '');
  if (report.rules.length === 0) lines.push('Nothing fails.', '');
  else {
    lines.push(
      '| rule | repositories failing | with warnings only | errors | warnings |',
      '| --- | ---: | ---: | ---: | ---: |',
    );
    for (const r of report.rules.slice(0, MAX_ROWS)) {
      lines.push(
        `| \`${r.rule}\` | ${r.failingRepositories} | ${r.warningRepositories} | ${r.errors} | ${r.warnings} |`,
      );
    }
    lines.push('');
  }

  lines.push('## Rollouts by format and environment', '');
  const environments = Object.keys(report.rollouts.byEnvironment);
  if (environments.length === 0) lines.push('No rollouts.', '');
  else {
    lines.push(
      `| format | ${environments.map(cell).join(' | ')} | total |`,
      `| --- | ${environments.map(() => '---:').join(' | ')} | ---: |`,
    );
    const at = new Map(
      report.rollouts.byFormatAndEnvironment.map((c) => [`${c.format}\0${c.environment}`, c.plans]),
    );
    for (const [format, sum] of Object.entries(report.rollouts.byFormat)) {
      lines.push(
        `| ${cell(format)} | ${environments.map((env) => at.get(`${format}\0${env}`) ?? 0).join(' | ')} | ${sum} |`,
      );
    }
    lines.push(
      `| **total** | ${environments.map((env) => report.rollouts.byEnvironment[env] ?? 0).join(' | ')} | ${report.rollouts.total} |`,
      '',
    );
  }

  lines.push('## Exemptions expiring', '');
  if (report.exemptions.length === 0) lines.push('None expire soon.', '');
  else {
    lines.push('| repository | exemption | until | rules |', '| --- | --- | --- | --- |');
    for (const e of report.exemptions.slice(0, MAX_ROWS * 2)) {
      const when =
        e.state === 'expired'
          ? `${e.until} (expired ${-e.daysLeft} d ago)`
          : `${e.until} (in ${e.daysLeft} d)`;
      lines.push(
        `| ${cell(e.repository)} | ${cell(e.id)} | ${when} | ${e.rules.map((r) => `\`${r}\``).join(', ')} |`,
      );
    }
    if (report.exemptions.length > MAX_ROWS * 2)
      lines.push('', `… and ${report.exemptions.length - MAX_ROWS * 2} more (see the JSON report).`);
    lines.push('');
  }

  const failing = report.repositoryList.filter((r) => r.verdict === 'fail');
  lines.push('## Failing repositories', '');
  if (failing.length === 0) lines.push('None.', '');
  else {
    lines.push(
      '| repository | errors | warnings | rollouts | rules failing |',
      '| --- | ---: | ---: | ---: | --- |',
    );
    for (const r of failing.slice(0, MAX_ROWS)) {
      lines.push(
        `| ${cell(r.repository)} | ${r.errors} | ${r.warnings} | ${r.plans} | ${r.failingRules
          .slice(0, 4)
          .map((x) => `\`${x}\``)
          .join(', ')}${r.failingRules.length > 4 ? ', …' : ''} |`,
      );
    }
    if (failing.length > MAX_ROWS)
      lines.push('', `… and ${failing.length - MAX_ROWS} more (see the JSON report).`);
    lines.push('');
  }

  if (report.unreadable.length > 0) {
    lines.push('## Reports that could not be read', '');
    for (const u of report.unreadable) lines.push(`- ${cell(u.file)}: ${cell(u.reason)}`);
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

// ---------------------------------------------------------------------------------------------
// The command

/** `reports/acme__shop.json` → `acme/shop`: the audit workflow names each report after its repository. */
export function repositoryOf(file: string): string {
  return path
    .basename(file)
    .replace(/\.json$/i, '')
    .replace('__', '/');
}

async function jsonFiles(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => undefined);
  if (info === undefined) throw new UsageError(`${target}: no such file or folder`);
  if (info.isFile()) return [target];
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) found.push(full);
    }
  };
  await walk(target);
  return found;
}

/** Reads the files, at most 32 at a time; a file that is no JSON keeps the reason as its report. */
async function readInputs(files: readonly string[], cwd: string): Promise<OrgInput[]> {
  const inputs: OrgInput[] = new Array<OrgInput>(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index] as string;
      let report: unknown;
      try {
        report = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        report = `cannot be read as JSON: ${(error as Error).message}`;
      }
      inputs[index] = { repository: repositoryOf(file), report, file: path.relative(cwd, file) || file };
    }
  };
  await Promise.all(Array.from({ length: Math.min(32, files.length) }, worker));
  return inputs;
}

export async function orgReportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      format: { type: 'string' },
      output: { type: 'string' },
      json: { type: 'string' },
      today: { type: 'string' },
      'expiring-within': { type: 'string' },
    },
    true,
  );
  if (positionals.length === 0) {
    throw new UsageError('org-report needs the JSON reports to merge: files, or folders holding them');
  }
  const format = values.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') {
    throw new UsageError(`--format must be markdown or json for org-report (got "${format}")`);
  }
  const within = values['expiring-within'] === undefined ? 30 : Number(values['expiring-within']);
  if (!Number.isInteger(within) || within < 0 || within > 3650) {
    throw new UsageError(
      `--expiring-within must be a number of days from 0 to 3650 (got "${values['expiring-within']}")`,
    );
  }
  const today = (values.today === undefined ? io.now() : parseToday(values.today)).toISOString().slice(0, 10);
  const files = (await Promise.all(positionals.map((p) => jsonFiles(path.resolve(io.cwd, p))))).flat();
  if (files.length === 0) throw new UsageError(`no .json report under ${positionals.join(', ')}`);
  const report = mergeOrgReports(await readInputs(files, io.cwd), today, within);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const rendered = format === 'json' ? json : `${renderOrgMarkdown(report)}\n`;
  if (values.json !== undefined) await writeFile(path.resolve(io.cwd, values.json), json, 'utf8');
  if (values.output === undefined) io.stdout(rendered);
  else {
    await writeFile(path.resolve(io.cwd, values.output), rendered, 'utf8');
    io.stdout(
      `rollout-guard org-report: ${report.repositories.total} repositories, ${report.repositories.failing} failing; ${format} report written to ${values.output}\n`,
    );
  }
  if (report.unreadable.length > 0) {
    io.stderr(
      `rollout-guard org-report: ${report.unreadable.length} report${report.unreadable.length === 1 ? '' : 's'} could not be read (listed in the report): the organisation report is incomplete\n`,
    );
    return EXIT.usage;
  }
  return EXIT.pass;
}
