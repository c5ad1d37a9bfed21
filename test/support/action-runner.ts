/**
 * Runs the bundled action (dist/index.js) as the Actions runner runs it — INPUT_* variables, an
 * event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files — against the local fake GitHub
 * API on 127.0.0.1. The fake server and the temporary directory are removed when the test ends.
 */
import { requireCurrentDist } from './dist.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { changedFilesOf, startFakeGitHub } from './fake-github.js';
import type { FakeGitHub, FakeScenario } from './fake-github.js';

export const ACTION = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export interface ActionReport {
  verdict: string;
  findings: { rule: string; level: string; line: number | null; file: string | null; message: string }[];
  plans: { id: string; file: string; change: string }[];
  evidence: {
    kind: string;
    url: string | null;
    name?: string;
    id?: number;
    repository?: string;
    verified: boolean;
    accepted: boolean;
    reason: string;
    headSha: string | null;
    conclusion: string | null;
    completedAt: string | null;
  }[];
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  report?: ActionReport;
  requests: FakeGitHub['requests'];
}

export interface ActionRunOptions {
  /** The checkout the action sees as GITHUB_WORKSPACE; default: an empty folder (no checkout). */
  workspace?: string;
  /** The head SHA the event payload names; default: the pull request's. */
  eventHeadSha?: string;
  /** The whole event payload, instead of one built from the scenario's pull request. */
  payload?: object;
  /** More variables of the runner, e.g. GITHUB_RUN_ID. */
  env?: Record<string, string>;
}

/** Parses `name<<DELIMITER\nvalue\nDELIMITER` blocks the way the runner reads GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] as string] = match[3] as string;
  return outputs;
}

/**
 * `inputs` become INPUT_<NAME> variables; a name starting with `__` is not an input
 * (`__eventHeadSha` sets the head SHA of the event payload, like `options.eventHeadSha`).
 */
export async function runAction(
  world: FakeScenario,
  inputs: Record<string, string> = {},
  eventName = 'pull_request',
  options: ActionRunOptions = {},
): Promise<ActionRun> {
  await requireCurrentDist();
  const fake = await startFakeGitHub(world);
  const dir = mkdtempSync(path.join(tmpdir(), 'rollout-guard-e2e-'));
  onTestFinished(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const eventPath = path.join(dir, 'event.json');
  const pull = world.pull;
  writeFileSync(
    eventPath,
    JSON.stringify(
      options.payload ?? {
        action: 'synchronize',
        number: pull.number,
        pull_request: {
          number: pull.number,
          title: pull.title,
          body: 'a stale body from the event payload',
          head: { sha: options.eventHeadSha ?? inputs.__eventHeadSha ?? pull.head.sha, ref: pull.head.ref },
          base: { sha: pull.base.sha, ref: pull.base.ref },
          user: pull.user,
          changed_files: changedFilesOf(world).length,
        },
        repository: {
          name: world.repo,
          owner: { login: world.owner },
          full_name: `${world.owner}/${world.repo}`,
        },
      },
    ),
  );
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${world.owner}/${world.repo}`,
    GITHUB_API_URL: fake.url,
    GITHUB_GRAPHQL_URL: `${fake.url}/graphql`,
    GITHUB_SERVER_URL: 'https://github.example.com',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: options.workspace ?? path.join(dir, 'workspace'),
    GITHUB_JOB: 'rollout-guard',
    RUNNER_TEMP: dir,
    INPUT_TOKEN: 'ghs_faketoken',
    'INPUT_USE-CHECKOUT': 'false',
    INPUT_COMMENT: 'auto',
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) {
    if (!name.startsWith('__')) env[`INPUT_${name.toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [ACTION], { env, cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
  const reportPath = outputs['report-path'];
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(summaryFile, 'utf8'),
    ...(reportPath ? { report: JSON.parse(readFileSync(reportPath, 'utf8')) as ActionReport } : {}),
    requests: fake.requests,
  };
}

/** The lines of the action's output that the runner reads as `::command::` workflow commands. */
export function workflowCommands(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::'));
}
