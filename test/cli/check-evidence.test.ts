/**
 * `rollout-guard check` verifies evidence runs when it can: with a token (GITHUB_TOKEN or
 * --token-env) and the repository (--github-repo, or the origin remote on GitHub), through the same
 * API reads as the Action (here the local fake); without, it checks the links' shape only and says
 * the evidence is not verified. It never claims more than it knows.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fakeScenario, startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub, FakeRun } from '../support/fake-github.js';
import { TempRepo } from '../support/git-repo.js';
import { fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const SAFE = fixtureText('demo/safe-change/deploy/checkout/rollout.yaml');
const SERVER = 'https://github.example.com';
const RUN = `${SERVER}/octo/deploys/actions/runs/7001`;
const BODY = `## Test evidence\n\n- e2e: ${RUN}\n\n## Rollback plan\n\nThe analysis aborts the canary; after promotion, revert this pull request.\n`;

interface JsonReport {
  verdict: string;
  findings: { rule: string; level: string; message: string }[];
  evidence: { kind: string; verified: boolean; accepted: boolean; reason: string; headSha: string | null }[];
}

let repo: TempRepo;
let base: string;
let bodyFile: string;
let fake: FakeGitHub | undefined;

beforeEach(() => {
  repo = new TempRepo();
  base = repo.commit({ 'deploy/checkout/rollout.yaml': GUARDED }, 'base');
  bodyFile = path.join(repo.dir, '..', `${path.basename(repo.dir)}.body.md`);
  writeFileSync(bodyFile, BODY);
});
afterEach(async () => {
  repo.remove();
  await fake?.close();
  fake = undefined;
});

/** The fake API, serving run 7001 of octo/deploys as given. */
async function api(run: Omit<FakeRun, 'id'>): Promise<NodeJS.ProcessEnv> {
  fake = await startFakeGitHub(fakeScenario({ runs: [{ id: 7001, ...run }] }));
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_SERVER_URL: SERVER,
    GITHUB_API_URL: fake.url,
  };
}

async function check(head: string, env: NodeJS.ProcessEnv, ...args: string[]) {
  const result = await cli(
    [
      'check',
      '--repo',
      repo.dir,
      '--base',
      base,
      '--head',
      head,
      '--pr-body',
      bodyFile,
      '--format',
      'json',
      ...args,
    ],
    { env },
  );
  return {
    ...result,
    report: result.stdout.startsWith('{') ? (JSON.parse(result.stdout) as JsonReport) : undefined,
  };
}

describe('rollout-guard check and test evidence', () => {
  it('without a token, checks the link by shape only and says the evidence is not verified', async () => {
    repo.git('remote', 'add', 'origin', 'git@github.example.com:octo/deploys.git');
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': SAFE });
    const { code, report } = await check(head, { PATH: process.env.PATH, GITHUB_SERVER_URL: SERVER });
    expect(code).toBe(0);
    expect(report?.findings.map((f) => `${f.rule}:${f.level}`)).toEqual(['evidence/missing:warning']);
    expect(report?.evidence).toEqual([
      expect.objectContaining({
        kind: 'actions-run',
        verified: false,
        accepted: true,
        reason:
          'run 7001 of octo/deploys is not verified: there is no GitHub token (set GITHUB_TOKEN, or name the variable with --token-env)',
      }),
    ]);
  });

  it('without a repository (no origin on GitHub, no --github-repo), says so', async () => {
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': SAFE });
    const { report } = await check(head, {
      PATH: process.env.PATH,
      GITHUB_SERVER_URL: SERVER,
      GITHUB_TOKEN: 'ghp_x',
    });
    expect(report?.evidence[0]?.reason).toMatch(
      /is not verified: the GitHub repository is not known \(--github-repo OWNER\/NAME/,
    );
  });

  it('with a token and the origin remote, verifies the run through the API: it passed on the head', async () => {
    repo.git('remote', 'add', 'origin', `${SERVER}/octo/deploys.git`);
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': SAFE });
    const env = { ...(await api({ conclusion: 'success', headSha: head })), MY_TOKEN: 'ghp_x' };
    const { code, report, stderr } = await check(head, env, '--token-env', 'MY_TOKEN');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report?.findings).toEqual([]);
    expect(report?.evidence[0]).toMatchObject({ verified: true, headSha: head });
    expect(fake?.requests.map((r) => [r.route, r.headers.authorization])).toEqual([
      ['actions-run', 'token ghp_x'],
    ]);
  });

  it('with --github-repo, fails on a run of an older commit, as the Action would', async () => {
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': SAFE });
    const env = { ...(await api({ conclusion: 'success', headSha: base })), GITHUB_TOKEN: 'ghp_x' };
    const { code, report } = await check(head, env, '--github-repo', 'octo/deploys');
    expect(code).toBe(1);
    expect(report?.findings[0]?.message).toBe(
      `the pull request has no test evidence for Rollout checkout: run 7001 ran on ${base.slice(0, 7)}, not on the head ${head.slice(0, 7)}`,
    );
  });

  it('(evidence.freshness: unchanged) asks git whether judged files changed after the run', async () => {
    const policy = 'version: 1\nevidence:\n  freshness: unchanged\n';
    base = repo.commit({ '.github/rollout-guard.yml': policy }, 'policy');
    const tested = repo.commit({ 'deploy/checkout/rollout.yaml': SAFE });
    const head = repo.commit({ 'README.md': 'docs only\n' });
    const env = { ...(await api({ conclusion: 'success', headSha: tested })), GITHUB_TOKEN: 'ghp_x' };
    const { code, report } = await check(head, env, '--github-repo', 'octo/deploys');
    expect(report?.evidence[0]).toMatchObject({ verified: true, headSha: tested });
    expect(code).toBe(0);
  });

  it.each([
    [['--github-repo', 'not a repo'], /--github-repo must be OWNER\/NAME \(got "not a repo"\)/],
    [
      ['--token-env', 'UNSET_TOKEN_VARIABLE'],
      /--token-env UNSET_TOKEN_VARIABLE: the variable is not set or empty/,
    ],
    [['--token-env', 'a-b'], /--token-env must name an environment variable/],
  ])('exits 2 on %j', async (args, message) => {
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': SAFE });
    const result = await check(head, { PATH: process.env.PATH }, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('refuses the GitHub flags with --all, which judges no pull request', async () => {
    const result = await cli(['check', '--all', '--repo', repo.dir, '--github-repo', 'octo/deploys']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--all judges every manifest at --head.*drop --github-repo/);
  });
});
