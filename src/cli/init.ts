/**
 * `rollout-guard init`: reads the repository at HEAD (its formats, environment names, content and
 * flag files, charts and overlays), writes a policy proposal that says why it proposes what it
 * does, replays the repository's recent history with that policy, and stages the rules that would
 * fail most with `enforceFrom` dates. `--dry-run` prints the proposal instead of writing it.
 */
import { access, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RuleId } from '../core/model.js';
import { DEFAULT_POLICY_PATH } from '../core/policy.js';
import type { Policy } from '../core/policy.js';
import { listHistory, readGitSnapshot } from '../sources/git/index.js';
import { policyFromText } from '../sources/policy-file.js';
import { PULL_REQUEST_RULES, parseToday } from './check.js';
import { parseFlags } from './flags.js';
import { replay } from './history.js';
import type { HistoryChange } from './history.js';
import { proposePolicy } from './init-policy.js';
import type { StagedRule } from './init-policy.js';
import { surveyRepository } from './init-survey.js';
import type { Survey, SurveyFile } from './init-survey.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';

/** Changes replayed by default: enough to see what fails often, quick on most repositories. */
const DEFAULT_HISTORY = 50;
const MAX_HISTORY = 1000;
/** A rule that fails in at least this share of the changes that touched rollouts (and in two) is staged. */
const STAGE_SHARE = 0.1;
/**
 * Never staged: a manifest that cannot be read, or an edit to the policy, must not pass quietly for
 * a month; a chart or overlay that fails for want of rendering needs the rendering step instead.
 */
const NOT_STAGED: ReadonlySet<RuleId> = new Set<RuleId>(['manifest/invalid', 'policy/changed']);
/** Days from today to a staged rule's enforceFrom. */
const STAGE_DAYS = 30;
const SURVEYED = /\.(?:ya?ml|json|toml)$|(?:^|\/)Kustomization$/i;
const MAX_FILE_BYTES = 2 * 1024 * 1024;

export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    repo: { type: 'string' },
    policy: { type: 'string' },
    force: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    history: { type: 'string' },
    today: { type: 'string' },
  });
  const repo = path.resolve(io.cwd, values.repo ?? '.');
  const info = await stat(repo).catch(() => undefined);
  if (info === undefined) {
    throw new UsageError(
      `--repo ${values.repo ?? '.'}: no such folder (init reads a repository; it creates none)`,
    );
  }
  if (!info.isDirectory()) throw new UsageError(`--repo ${values.repo ?? '.'}: not a folder`);
  const target = path.resolve(repo, values.policy ?? DEFAULT_POLICY_PATH);
  const dryRun = values['dry-run'] === true;
  if (!dryRun && !values.force && (await exists(target))) {
    throw new UsageError(
      `${target} already exists; use --force to overwrite it, or --dry-run to see the proposal`,
    );
  }
  const history = parseHistory(values.history);
  const now = values.today === undefined ? io.now() : parseToday(values.today);
  const notes: string[] = [];

  const read = await readHead(repo);
  if ('reason' in read) notes.push(`Nothing read at HEAD (${read.reason}): the proposal is the generic one.`);
  else notes.push(`Read ${read.files.length} YAML, JSON and TOML files at HEAD (${read.head.slice(0, 12)}).`);
  const survey = surveyRepository('files' in read ? read.files : []);
  notes.push(...describe(survey));

  let text = proposePolicy(survey);
  if ('head' in read && history > 0) {
    const replayed = await replayHistory(repo, policyFromText(text, target, 'proposal'), history, now, io);
    notes.push(...replayed.notes);
    text = proposePolicy(survey, {
      staged: replayed.staged,
      ...(replayed.comment ? { historyNote: replayed.comment } : {}),
    });
  }
  // The proposal is a valid policy, or init has a bug: never write one that does not load.
  policyFromText(text, target, 'proposal');

  const shown = path.relative(io.cwd, target) || target;
  if (dryRun) {
    io.stdout(text);
    io.stderr(`${notes.map((note) => `rollout-guard init: ${note}`).join('\n')}\n`);
    return EXIT.pass;
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text, 'utf8');
  io.stdout(
    `${notes.join('\n')}\nWrote a policy proposal to ${shown}. Review it, commit it to the default branch, and run the Action with mode: warn for the first weeks.\n`,
  );
  return EXIT.pass;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function parseHistory(value: string | undefined): number {
  if (value === undefined) return DEFAULT_HISTORY;
  const count = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(count >= 0 && count <= MAX_HISTORY)) {
    throw new UsageError(
      `--history must be a number of changes from 0 (none) to ${MAX_HISTORY} (got "${value}")`,
    );
  }
  return count;
}

async function readHead(repo: string): Promise<{ head: string; files: SurveyFile[] } | { reason: string }> {
  try {
    const snapshot = await readGitSnapshot({
      repo,
      maxFileBytes: MAX_FILE_BYTES,
      filter: (file) => SURVEYED.test(file),
    });
    const files = snapshot.files.flatMap((file) =>
      file.head?.kind === 'text' ? [{ path: file.path, text: file.head.text }] : [],
    );
    return { head: snapshot.head, files };
  } catch (error) {
    return { reason: (error as Error).message.split('\n')[0] ?? 'not a git repository' };
  }
}

/** One line per kind of finding, for the terminal. */
function describe(survey: Survey): string[] {
  const lines: string[] = [];
  const formats = survey.formats.map((f) => `${f.format} (${f.files.length})`).join(', ');
  lines.push(`Formats: ${formats || 'none found'}.`);
  const environments = (['production', 'staging', 'development'] as const).flatMap((env) => {
    const e = survey.environments[env];
    const names = [...e.folders, ...e.fileNames, ...e.namespaces, ...e.targets].map((n) => n.name);
    return names.length > 0 ? [`${env} (${[...new Set(names)].join(', ')})`] : [];
  });
  const own = survey.ownEnvironments.map((o) => `${o.name} (judged like production)`);
  lines.push(
    `Environments: ${[...environments, ...own].join('; ') || 'none named: every rollout is judged as production'}.`,
  );
  if (survey.content.length > 0) {
    lines.push(`Content: ${survey.content.map((c) => `${c.name} (${c.paths.join(', ')})`).join('; ')}.`);
  }
  const rendering = [
    ...survey.charts.map((c) => `helm template ${c.folder}`),
    ...survey.kustomizations.filter((k) => k.overlay || k.patches).map((k) => `kustomize build ${k.folder}`),
  ];
  if (rendering.length > 0) {
    lines.push(
      `Needs rendering before rollout-guard (rendered-manifests): ${rendering.slice(0, 4).join('; ')}${rendering.length > 4 ? `; and ${rendering.length - 4} more` : ''} (the proposal's comments have the workflow step).`,
    );
  }
  return lines;
}

interface Replayed {
  staged: StagedRule[];
  notes: string[];
  comment?: string;
}

/**
 * The last `max` first-parent changes judged with the proposal. Descriptions are not in git, so the
 * rules only a pull request satisfies (evidence, a written rollback plan) are left out of the
 * replay, and the note says so.
 */
async function replayHistory(
  repo: string,
  proposal: Policy,
  max: number,
  now: Date,
  io: CliIo,
): Promise<Replayed> {
  const policy: Policy = {
    ...proposal,
    rules: {
      ...proposal.rules,
      ...Object.fromEntries(PULL_REQUEST_RULES.map((rule) => [rule, { level: 'off' as const }])),
    },
  };
  const commits = await listHistory({ repo, head: 'HEAD', max, paths: [] }).catch(() => []);
  const changes: HistoryChange[] = [];
  for (const commit of commits) {
    changes.push(
      await replay(commit, {
        repo,
        policy,
        pullRequest: { body: '', labels: [] },
        now,
        readWorker: io.readWorker,
      }),
    );
  }
  const touching = changes.filter((c) => c.verdict !== 'error' && (c.plans > 0 || c.findings.length > 0));
  if (touching.length === 0) {
    return {
      staged: [],
      notes: [
        `History: ${plural(changes.length, 'change')} replayed; none touched a rollout, so no rule is staged.`,
      ],
    };
  }
  const failingChanges = new Map<RuleId, number>();
  for (const change of touching) {
    const rules = new Set(change.findings.filter((f) => f.level === 'error').map((f) => f.rule));
    for (const rule of rules) failingChanges.set(rule, (failingChanges.get(rule) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(STAGE_SHARE * touching.length));
  const enforceFrom = new Date(now.getTime() + STAGE_DAYS * 86_400_000).toISOString().slice(0, 10);
  const staged = [...failingChanges]
    .filter(([rule, count]) => count >= threshold && !NOT_STAGED.has(rule))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([rule, count]) => ({ rule, changes: count, of: touching.length, enforceFrom }));
  const failing = touching.filter((c) => c.verdict === 'fail').length;
  const most = [...failingChanges]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([rule, count]) => `${rule} ${count}`)
    .join(', ');
  const notes = [
    `History: replayed ${plural(changes.length, 'change')} with this proposal; ${touching.length} touched rollouts and ${failing} of those would have failed${most ? ` (${most})` : ''}. Pull request descriptions are not in git: evidence and written rollback plans were left out of the replay.`,
    staged.length > 0
      ? `Staged: ${staged.map((s) => s.rule).join(', ')} ${staged.length === 1 ? 'is' : 'are'} an error only from ${enforceFrom} (a warning until then).`
      : 'Staged: no rule fails often enough to stage.',
  ];
  const unreadable = failingChanges.get('manifest/invalid') ?? 0;
  const invalidNote =
    unreadable >= threshold
      ? ` manifest/invalid would have failed ${unreadable}: it is not staged (a manifest that cannot be read must not pass); set up the rendering step above if templates or overlays are why.`
      : '';
  if (invalidNote) notes.push(invalidNote.trim());
  return {
    staged,
    notes,
    comment: `${touching.length === 1 ? 'The last change that touched rollouts was' : `The last ${touching.length} changes that touched rollouts were`} replayed with this policy (descriptions are not in git, so evidence and written rollback plans were left out): ${failing} would have failed.${invalidNote}`,
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
