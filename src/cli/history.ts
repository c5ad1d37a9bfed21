/**
 * `rollout-guard history`: replays the last changes of a repository through the check, each commit
 * judged against its first parent, and sums up what the gate would have said. For an admin before
 * turning the gate on, and for measuring rollout-guard itself on real repositories.
 */
import path from 'node:path';
import type { Finding, Level, Report, RuleId } from '../core/model.js';
import { emptyTreeFor, listHistory } from '../sources/git/index.js';
import type { HistoryCommit } from '../sources/git/index.js';
import { loadPolicyFile } from '../sources/policy-file.js';
import { checkGitChange, parseToday, readPullRequestBody } from './check.js';
import { JUDGING_FLAGS, parseFlags } from './flags.js';
import { SHARED_POLICY_FLAGS, sharedPolicyOptions } from './shared-policy.js';
import { EXIT, UsageError, checkOutputFolder, writeOutput } from './io.js';
import type { CliIo } from './io.js';

const DEFAULT_MAX = 100;
const MAX_MAX = 10_000;

export interface HistoryFinding {
  rule: RuleId;
  level: Level;
  file: string | null;
  line: number | null;
  message: string;
}

export interface HistoryChange {
  commit: string;
  /** The first parent, or git's empty tree for a repository's first commit. */
  base: string;
  date: string;
  subject: string;
  verdict: 'pass' | 'fail' | 'error';
  errors: number;
  warnings: number;
  plans: number;
  milliseconds: number;
  findings: HistoryFinding[];
  /** Why the change could not be checked (verdict `error`). */
  error?: string;
}

export interface HistoryRuleSummary {
  rule: RuleId;
  errors: number;
  warnings: number;
  /** Changes with at least one error or warning of this rule. */
  changes: number;
}

export interface HistoryFileSummary {
  file: string;
  /** Changes that would have failed with an error in this file. */
  failingChanges: number;
  rules: RuleId[];
}

export interface HistoryReport {
  version: 1;
  repository: string;
  policy: string;
  changes: HistoryChange[];
  summary: {
    changes: number;
    failing: number;
    warningOnly: number;
    inputErrors: number;
    rules: HistoryRuleSummary[];
    files: HistoryFileSummary[];
    slowest?: { commit: string; milliseconds: number; subject: string };
  };
}

/** The command's flags, as parseArgs reads them and its help lists them. */
export const HISTORY_OPTIONS = {
  repo: { type: 'string' },
  head: { type: 'string' },
  max: { type: 'string' },
  since: { type: 'string' },
  touching: { type: 'string', multiple: true },
  ...JUDGING_FLAGS,
  ...SHARED_POLICY_FLAGS,
} as const;

export async function historyCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, HISTORY_OPTIONS);
  const shared = await sharedPolicyOptions(values, io);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format must be text or json for history (got "${format}")`);
  }
  const max = parseMax(values.max);
  // Said before replaying a hundred changes, not after.
  if (values.output !== undefined) await checkOutputFolder(io, values.output);
  if (values.since !== undefined) parseToday(values.since, '--since');
  const now = values.today === undefined ? io.now() : parseToday(values.today);
  const repo = path.resolve(io.cwd, values.repo ?? '.');
  const body = await readPullRequestBody(values['pr-body'], io);
  const policy =
    values.policy === undefined
      ? undefined
      : await loadPolicyFile(path.resolve(io.cwd, values.policy), shared);

  const commits = await listHistory({
    repo,
    head: values.head ?? 'HEAD',
    max,
    ...(values.since !== undefined ? { since: values.since } : {}),
    paths: values.touching ?? [],
  });
  const changes: HistoryChange[] = [];
  for (const commit of commits) {
    changes.push(
      await replay(commit, {
        repo,
        policy,
        shared,
        pullRequest: { body, labels: values.label ?? [] },
        now,
        readWorker: io.readWorker,
      }),
    );
  }
  const report: HistoryReport = {
    version: 1,
    repository: repo,
    policy: values.policy ?? 'the policy file at each base commit, or the built-in policy',
    changes,
    summary: summarise(changes),
  };
  const text = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderHistory(report);
  if (values.output === undefined) {
    io.stdout(text);
  } else {
    await writeOutput(io, values.output, text);
    const { changes: total, failing } = report.summary;
    io.stdout(
      `rollout-guard history: ${failing} of ${total} changes would fail; report written to ${values.output}\n`,
    );
  }
  return EXIT.pass;
}

function parseMax(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX;
  const max = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(max >= 1 && max <= MAX_MAX)) {
    throw new UsageError(`--max must be a whole number from 1 to ${MAX_MAX} (got "${value}")`);
  }
  return max;
}

export async function replay(
  commit: HistoryCommit,
  request: Omit<Parameters<typeof checkGitChange>[0], 'base' | 'head'>,
): Promise<HistoryChange> {
  const base = commit.parent ?? emptyTreeFor(commit.sha);
  const started = performance.now();
  const entry = { commit: commit.sha, base, date: commit.date, subject: commit.subject };
  let report: Report;
  try {
    report = await checkGitChange({ ...request, base, head: commit.sha });
  } catch (error) {
    // One commit that cannot be read (a broken policy at that point in history, a missing object)
    // must not end the replay: it is counted and shown as an input error.
    return {
      ...entry,
      verdict: 'error',
      errors: 0,
      warnings: 0,
      plans: 0,
      milliseconds: Math.round(performance.now() - started),
      findings: [],
      error: error instanceof Error ? error.message : String(error),
    };
  }
  return {
    ...entry,
    verdict: report.verdict,
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    plans: report.summary.plans,
    milliseconds: Math.round(performance.now() - started),
    findings: report.findings.filter((f) => f.level !== 'notice').map(historyFinding),
  };
}

function historyFinding(finding: Finding): HistoryFinding {
  return {
    rule: finding.rule,
    level: finding.level,
    file: finding.file ?? null,
    line: finding.line ?? null,
    message: finding.message,
  };
}

export function summarise(changes: HistoryChange[]): HistoryReport['summary'] {
  const rules = new Map<RuleId, HistoryRuleSummary>();
  const files = new Map<string, { failingChanges: number; rules: Set<RuleId> }>();
  for (const change of changes) {
    const seenRules = new Set<RuleId>();
    const failedFiles = new Set<string>();
    for (const finding of change.findings) {
      const rule = rules.get(finding.rule) ?? { rule: finding.rule, errors: 0, warnings: 0, changes: 0 };
      if (finding.level === 'error') rule.errors++;
      else rule.warnings++;
      if (!seenRules.has(finding.rule)) rule.changes++;
      seenRules.add(finding.rule);
      rules.set(finding.rule, rule);
      if (finding.level === 'error' && finding.file !== null) {
        const file = files.get(finding.file) ?? { failingChanges: 0, rules: new Set<RuleId>() };
        if (!failedFiles.has(finding.file)) file.failingChanges++;
        failedFiles.add(finding.file);
        file.rules.add(finding.rule);
        files.set(finding.file, file);
      }
    }
  }
  const checked = changes.filter((c) => c.verdict !== 'error');
  const slowest = checked.reduce<HistoryChange | undefined>(
    (worst, c) => (worst === undefined || c.milliseconds > worst.milliseconds ? c : worst),
    undefined,
  );
  return {
    changes: changes.length,
    failing: changes.filter((c) => c.verdict === 'fail').length,
    warningOnly: changes.filter((c) => c.verdict === 'pass' && c.warnings > 0).length,
    inputErrors: changes.length - checked.length,
    rules: [...rules.values()].sort(
      (a, b) => b.changes - a.changes || b.errors - a.errors || (a.rule < b.rule ? -1 : 1),
    ),
    files: [...files]
      .map(([file, { failingChanges, rules: fileRules }]) => ({
        file,
        failingChanges,
        rules: [...fileRules].sort(),
      }))
      .sort((a, b) => b.failingChanges - a.failingChanges || (a.file < b.file ? -1 : 1)),
    ...(slowest
      ? { slowest: { commit: slowest.commit, milliseconds: slowest.milliseconds, subject: slowest.subject } }
      : {}),
  };
}

const MAX_FILES_SHOWN = 15;
const MAX_CHANGES_SHOWN = 30;

export function renderHistory(report: HistoryReport): string {
  const { summary } = report;
  const short = (sha: string) => sha.slice(0, 7);
  const percent = (n: number) =>
    summary.changes === 0 ? '0%' : `${Math.round((100 * n) / summary.changes)}%`;
  const lines: string[] = [];
  const newest = report.changes[0];
  const oldest = report.changes[report.changes.length - 1];
  lines.push(
    `rollout-guard history: ${summary.changes} changes of ${report.repository}` +
      (newest && oldest
        ? ` (${short(oldest.commit)} ${oldest.date} … ${short(newest.commit)} ${newest.date})`
        : ''),
  );
  lines.push(`policy: ${report.policy}`, '');
  lines.push(`would fail            ${summary.failing} of ${summary.changes} (${percent(summary.failing)})`);
  lines.push(`warnings only         ${summary.warningOnly}`);
  lines.push(`could not be checked  ${summary.inputErrors}`);
  if (summary.slowest) {
    lines.push(
      `slowest check         ${(summary.slowest.milliseconds / 1000).toFixed(1)} s at ${short(summary.slowest.commit)} ${oneLine(summary.slowest.subject)}`,
    );
  }

  if (summary.rules.length > 0) {
    lines.push('', 'Findings per rule:');
    const width = Math.max(...summary.rules.map((r) => r.rule.length));
    for (const rule of summary.rules) {
      const counts = [
        rule.errors > 0 ? plural(rule.errors, 'error') : '',
        rule.warnings > 0 ? plural(rule.warnings, 'warning') : '',
      ].filter(Boolean);
      lines.push(`  ${rule.rule.padEnd(width)}  ${plural(rule.changes, 'change')}  (${counts.join(', ')})`);
    }
  }
  if (summary.files.length > 0) {
    lines.push('', 'Files with errors in the most changes:');
    for (const file of summary.files.slice(0, MAX_FILES_SHOWN)) {
      lines.push(
        `  ${plural(file.failingChanges, 'change').padStart(11)}  ${file.file}  (${file.rules.join(', ')})`,
      );
    }
    if (summary.files.length > MAX_FILES_SHOWN) {
      lines.push(
        `  … and ${summary.files.length - MAX_FILES_SHOWN} more files (--format json lists them all)`,
      );
    }
  }
  const errored = report.changes.filter((c) => c.verdict === 'error');
  if (errored.length > 0) {
    lines.push('', 'Changes that could not be checked:');
    for (const change of errored) lines.push(`  ${short(change.commit)}  ${oneLine(change.error ?? '')}`);
  }
  const failing = report.changes.filter((c) => c.verdict === 'fail');
  if (failing.length > 0) {
    lines.push('', 'Failing changes, newest first:');
    for (const change of failing.slice(0, MAX_CHANGES_SHOWN)) {
      const counts = new Map<string, number>();
      for (const f of change.findings)
        if (f.level === 'error') counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
      const rules = [...counts].map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule)).join(', ');
      lines.push(`  ${short(change.commit)} ${change.date}  ${oneLine(change.subject)}`);
      lines.push(`      ${rules}`);
    }
    if (failing.length > MAX_CHANGES_SHOWN) {
      lines.push(`  … and ${failing.length - MAX_CHANGES_SHOWN} more (--format json lists them all)`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A commit subject on one line, without control characters, cut to a readable length. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return flat.length > 72 ? `${flat.slice(0, 71)}…` : flat;
}
