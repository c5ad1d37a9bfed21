// Runs the bundled action (index.js) as the Actions runner would, against the local fake GitHub
// API, the way test/action/e2e.test.ts does.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runNode } from './measure.mjs';

/**
 * Routes that only publish the result; everything else is reading the pull request. The comments
 * and the token's login are read with the head re-check, in one GraphQL query after the verdict
 * ('graphql-pull-state'), so that query counts as a read.
 */
export const COMMENT_ROUTES = ['create-comment', 'update-comment'];

/**
 * Starts the fake with `files` as the pull request's base and head, runs the action once and
 * resolves with its time, peak RSS, exit code and the requests it made.
 */
export async function runActionOnce({
  fakeModule,
  actionPath,
  workDir,
  files,
  body,
  runs = [],
  rssHook,
  nodeOptions,
  latencyMs,
}) {
  const { changedFilesOf, fakeScenario, startFakeGitHub } = fakeModule;
  const world = fakeScenario({ pull: { body }, files, runs, ...(latencyMs ? { delayMs: latencyMs } : {}) });
  const fake = await startFakeGitHub(world);
  try {
    const dir = mkdtempSync(path.join(workDir, 'action-'));
    const eventPath = path.join(dir, 'event.json');
    const pull = world.pull;
    writeFileSync(
      eventPath,
      JSON.stringify({
        action: 'synchronize',
        number: pull.number,
        pull_request: {
          number: pull.number,
          title: pull.title,
          body: pull.body,
          head: { sha: pull.head.sha, ref: pull.head.ref },
          base: { sha: pull.base.sha, ref: pull.base.ref },
          user: pull.user,
          changed_files: changedFilesOf(world).length,
        },
        repository: {
          name: world.repo,
          owner: { login: world.owner },
          full_name: `${world.owner}/${world.repo}`,
        },
      }),
    );
    const outputFile = path.join(dir, 'output');
    const summaryFile = path.join(dir, 'summary.md');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    mkdirSync(path.join(dir, 'workspace'));
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${world.owner}/${world.repo}`,
      GITHUB_API_URL: fake.url,
      GITHUB_GRAPHQL_URL: `${fake.url}/graphql`,
      GITHUB_SERVER_URL: 'https://github.example.com',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: path.join(dir, 'workspace'),
      GITHUB_JOB: 'rollout-guard',
      RUNNER_TEMP: dir,
      INPUT_TOKEN: 'ghs_faketoken',
      'INPUT_USE-CHECKOUT': 'false',
      INPUT_COMMENT: 'auto',
    };
    const run = await runNode([actionPath], { env, cwd: dir, rssHook, nodeOptions });
    const outputs = readFileSync(outputFile, 'utf8');
    const output = (name) => new RegExp(`^${name}<<(\\S+)\\n(.*)\\n\\1$`, 'm').exec(outputs)?.[2];
    const reportPath = output('report-path');
    const findings = reportPath
      ? countRoutes(JSON.parse(readFileSync(reportPath, 'utf8')).findings.map((finding) => finding.rule))
      : {};
    const requests = fake.requests.map((r) => r.route ?? `${r.method} ${r.path}`);
    // Requests that were sent only after the one before had its answer: round trips in a row.
    let sequential = 0;
    let answered = -Infinity;
    for (const request of fake.requests) {
      if (request.receivedAt >= answered) sequential++;
      answered = Math.max(answered, request.answeredAt);
    }
    return { ...run, verdict: output('verdict'), findings, requests, sequential };
  } finally {
    await fake.close();
  }
}

/** How many times each name occurs, in order of first occurrence. */
export function countRoutes(names) {
  const counts = {};
  for (const name of names) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}
