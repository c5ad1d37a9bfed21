/**
 * The action reading the change from a local checkout (actions/checkout with fetch-depth: 0)
 * instead of the API, for pull requests and for merge-queue runs.
 */
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fakeScenario } from '../support/fake-github.js';
import { runAction } from '../support/action-runner.js';
import type { ActionReport } from '../support/action-runner.js';
import { cli } from '../support/cli.js';
import { largeChange } from '../support/large-change.js';
import { TempRepo } from '../support/git-repo.js';
import { FIXTURES, fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const CANARY = fixtureText('manifests/flagger/canary-step-weights.yaml');
const GOOD_BODY = fixtureText('demo/safe-change.pr.md');

function checkout(files: { base: Record<string, string>; head: Record<string, string> }) {
  const repo = new TempRepo();
  onTestFinished(() => repo.remove());
  const base = repo.commit(files.base, 'base');
  const head = repo.commit(files.head, 'head');
  const world = fakeScenario({ files: { base: {}, head: {} } });
  world.pull = {
    ...world.pull,
    body: GOOD_BODY,
    base: { sha: base, ref: 'main' },
    head: { ...world.pull.head, sha: head },
  };
  return { repo, base, head, world };
}

describe('the action on a checkout', () => {
  it('(use-checkout: true) reads the change with git: no GraphQL, unchanged Canaries found', async () => {
    const name = /targetRef:[\s\S]*?name:\s*(\S+)/.exec(CANARY)?.[1] ?? '';
    const namespace = /namespace:\s*(\S+)/.exec(CANARY)?.[1] ?? 'default';
    const deployment = (image: string) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`;
    const { repo, world } = checkout({
      base: { 'apps/canary.yaml': CANARY, 'apps/deployment.yaml': deployment('app:1') },
      head: { 'apps/deployment.yaml': deployment('app:2') },
    });
    const run = await runAction(world, { 'use-checkout': 'true', comment: 'never' }, 'pull_request', {
      workspace: repo.dir,
    });
    expect(run.stderr).toBe('');
    expect(run.requests.some((r) => r.route === 'graphql')).toBe(false);
    expect(run.report?.plans.map((p) => p.change).sort()).toEqual(['modified', 'unchanged']);
    expect(run.report?.findings.filter((f) => f.rule === 'canary/required')).toEqual([]);
  });

  it('(merge_group) judges the queue commits from the checkout', async () => {
    const { repo, base, head, world } = checkout({
      base: { 'deploy/checkout/rollout.yaml': GUARDED },
      head: { 'deploy/checkout/rollout.yaml': UNSAFE },
    });
    const payload = {
      merge_group: {
        base_sha: base,
        head_sha: head,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-${world.pull.number}-${head}`,
      },
      repository: { name: world.repo, owner: { login: world.owner } },
    };
    const run = await runAction(world, { comment: 'never', 'use-checkout': 'auto' }, 'merge_group', {
      workspace: repo.dir,
      payload,
    });
    expect(run.code).toBe(1);
    expect(run.report?.findings.map((f) => f.rule)).toContain('canary/initial-weight');
    // No head to re-check (the queue's commits were judged) and no comment: no query after the verdict.
    expect(run.requests.some((r) => r.route === 'graphql-pull-state')).toBe(false);
  });

  it('(merge_group) comments without re-checking the head; a refused comment read costs only the comment', async () => {
    const setup = () => {
      const { repo, base, head, world } = checkout({
        base: { 'deploy/checkout/rollout.yaml': GUARDED },
        head: { 'deploy/checkout/rollout.yaml': UNSAFE },
      });
      // The pull request's own head is not the queue's commit, and that is no reason for "stale".
      world.pull.head.sha = 'f'.repeat(40);
      const payload = {
        merge_group: {
          base_sha: base,
          head_sha: head,
          head_ref: `refs/heads/gh-readonly-queue/main/pr-${world.pull.number}-${head}`,
        },
        repository: { name: world.repo, owner: { login: world.owner } },
      };
      return { repo, world, payload };
    };
    const queued = setup();
    const run = await runAction(queued.world, { comment: 'always', 'use-checkout': 'auto' }, 'merge_group', {
      workspace: queued.repo.dir,
      payload: queued.payload,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).not.toMatch(/stale/);
    expect(run.requests.filter((r) => r.route === 'graphql-pull-state')).toHaveLength(1);
    expect(run.requests.filter((r) => r.route === 'create-comment')).toHaveLength(1);

    const refused = setup();
    refused.world.faults['graphql-pull-state'] = {
      status: 200,
      graphqlErrors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
    };
    const notice = await runAction(
      refused.world,
      { comment: 'always', 'use-checkout': 'auto' },
      'merge_group',
      {
        workspace: refused.repo.dir,
        payload: refused.payload,
      },
    );
    expect(notice.code).toBe(1);
    expect(notice.outputs.verdict).toBe('fail');
    expect(notice.stdout).toMatch(
      /::notice::rollout-guard could not read the pull request's comments to find its own \(POST \/graphql .*Resource not accessible by integration.*\)\. The verdict is unchanged/,
    );
    expect(notice.stdout).not.toMatch(/could not verify/);
    expect(notice.requests.filter((r) => r.route === 'create-comment')).toEqual([]);
  });

  it('(merge_group without a checkout) fails with what to add', async () => {
    const { base, head, world } = checkout({ base: { 'a.txt': 'a\n' }, head: { 'a.txt': 'b\n' } });
    const payload = {
      merge_group: {
        base_sha: base,
        head_sha: head,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-${world.pull.number}-${head}`,
      },
      repository: { name: world.repo, owner: { login: world.owner } },
    };
    const run = await runAction(world, { comment: 'never', 'use-checkout': 'auto' }, 'merge_group', {
      payload,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/add actions\/checkout with fetch-depth: 0/);
  });

  it('parses a large change on its parser thread (dist/read-worker.js) and judges it as the CLI does', async () => {
    const { repo, base, head, world } = checkout({
      base: { 'README.md': '# services\n' },
      head: largeChange(),
    });
    const run = await runAction(world, { 'use-checkout': 'true', comment: 'never' }, 'pull_request', {
      workspace: repo.dir,
    });
    expect(run.stderr).toBe('');
    expect(run.outputs.verdict).toBe('fail');

    // The same pull request description as the action reads.
    const body = path.join(FIXTURES, 'demo/safe-change.pr.md');
    const local = await cli([
      'check',
      '--repo',
      repo.dir,
      '--base',
      base,
      '--head',
      head,
      '--pr-body',
      body,
      '--format',
      'json',
    ]);
    const expected = JSON.parse(local.stdout) as ActionReport;
    const rollout = (report: ActionReport | undefined) =>
      (report?.findings ?? [])
        .filter((f) => f.rule.startsWith('canary/') || f.rule.startsWith('rollback/'))
        .map((f) => `${f.rule} ${f.file}:${f.line}`)
        .sort();
    expect(run.report?.plans.map((p) => p.id).sort()).toEqual(expected.plans.map((p) => p.id).sort());
    expect(run.report?.plans.length).toBeGreaterThan(60);
    expect(rollout(run.report)).toEqual(rollout(expected));
    expect(rollout(run.report).length).toBeGreaterThan(10);
  });
});
