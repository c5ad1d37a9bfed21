import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { FIXTURES, fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const ANALYSIS = fixtureText('demo/main/deploy/checkout/analysis.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const SAFE = fixtureText('demo/safe-change/deploy/checkout/rollout.yaml');
const ROLLOUT = 'deploy/checkout/rollout.yaml';

let repo: TempRepo;
let head: string;

beforeEach(() => {
  repo = new TempRepo();
  head = repo.commit({ [ROLLOUT]: GUARDED, 'deploy/checkout/analysis.yaml': ANALYSIS }, 'base');
});
afterEach(() => repo.remove());

const check = (...args: string[]) => cli(['check', '--repo', repo.dir, ...args]);

describe('rollout-guard check on uncommitted work', () => {
  it('by default judges commits only, and says that an uncommitted unsafe edit was left out', async () => {
    repo.write({ [ROLLOUT]: UNSAFE });
    const result = await check();
    expect(result.code).toBe(0);
    const [judged, leftOut] = result.stdout.split('\n');
    expect(judged).toBe(
      `Judged: the commits on HEAD since its merge-base with the default branch (${head.slice(0, 12)}..${head.slice(0, 12)}).`,
    );
    expect(leftOut).toBe(
      'Not judged: 1 uncommitted change (--worktree judges the working tree, --staged what the next commit takes).',
    );
  });

  it('--worktree fails the unsafe edit before anything is staged', async () => {
    repo.write({ [ROLLOUT]: UNSAFE });
    const result = await check('--worktree');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(
      `Judged: the working tree (tracked and untracked files, as "git add --all" would stage them) against HEAD (${head.slice(0, 12)}).`,
    );
    expect(result.stdout).toContain('canary/initial-weight');
  });

  it('--worktree judges a new file that is not tracked yet', async () => {
    repo.write({ 'deploy/cart/rollout.yaml': UNSAFE.replace(/name: checkout/g, 'name: cart') });
    const result = await check('--worktree', '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { plans: { file: string; change: string }[] };
    expect(report.plans).toEqual([
      expect.objectContaining({ file: 'deploy/cart/rollout.yaml', change: 'added' }),
    ]);
  });

  it('--staged judges what is staged, not what is only in the working tree', async () => {
    repo.write({ [ROLLOUT]: UNSAFE });
    const unstaged = await check('--staged');
    expect(unstaged.code).toBe(0);
    expect(unstaged.stdout.split('\n')[0]).toBe(
      `Judged: the staged changes (the index, as the next commit takes it) against HEAD (${head.slice(0, 12)}).`,
    );
    repo.git('add', ROLLOUT);
    expect((await check('--staged')).code).toBe(1);
  });

  it('--staged reads the index git names in GIT_INDEX_FILE, as inside a pre-commit hook', async () => {
    const hookIndex = path.join(repo.dir, '.git', 'index.lock');
    copyFileSync(path.join(repo.dir, '.git', 'index'), hookIndex);
    repo.write({ [ROLLOUT]: UNSAFE });
    const withEnv = (env: Record<string, string>) => cli(['check', '--staged'], { cwd: repo.dir, env });
    expect((await withEnv({})).code).toBe(0);
    // `git commit -a` stages into the hook's index; .git/index does not have the edit yet.
    execInIndex(hookIndex, 'add', ROLLOUT);
    expect((await withEnv({ GIT_INDEX_FILE: '.git/index.lock' })).code).toBe(1);
  });

  it('leaves the rules only a pull request can satisfy to the pull request, unless --pr-body is given', async () => {
    repo.write({ [ROLLOUT]: SAFE });
    repo.git('add', ROLLOUT);
    const hook = await check('--staged');
    expect(hook.code).toBe(0);
    expect(hook.stdout.split('\n')[1]).toBe(
      'Left to the pull request: evidence/missing, evidence/checks, rollback/missing (there is no description yet; --pr-body judges one).',
    );
    const withBody = await check('--staged', '--pr-body', path.join(FIXTURES, 'demo/unsafe-change.pr.md'));
    expect(withBody.code).toBe(1);
    expect(withBody.stdout).toContain('evidence/missing');
    expect(withBody.stdout).not.toContain('Left to the pull request');
  });

  it('--staged and --worktree judge against the merge-base with --base when it is given', async () => {
    repo.git('checkout', '-q', '-b', 'feature');
    const onFeature = repo.commit({ 'deploy/checkout/notes.md': 'notes\n' });
    repo.write({ [ROLLOUT]: UNSAFE });
    const result = await check('--worktree', '--base', 'main', '--format', 'json');
    const report = JSON.parse(result.stdout) as { base: string; plans: unknown[] };
    expect(report.base).toBe(head);
    expect(onFeature).not.toBe(head);
    expect(result.code).toBe(1);
  });

  it('keeps machine-readable output clean: what was left out goes to standard error', async () => {
    repo.write({ [ROLLOUT]: UNSAFE });
    const result = await check('--format', 'json');
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
    expect(result.stderr).toBe(
      'rollout-guard: Not judged: 1 uncommitted change (--worktree judges the working tree, --staged what the next commit takes).\n',
    );
  });

  it('says nothing of uncommitted work when --head names the commit to judge', async () => {
    repo.write({ [ROLLOUT]: UNSAFE });
    const result = await check('--head', head, '--base', head);
    expect(result.stdout).not.toContain('Not judged');
  });

  it.each([
    [['--worktree', '--staged'], /--worktree and --staged exclude each other/],
    [['--staged', '--head', 'HEAD'], /--staged judges uncommitted work on top of HEAD: drop --head/],
    [['--all', '--worktree'], /--all audits one commit: drop --worktree/],
  ])('rejects %j (exit 2)', async (args, message) => {
    const result = await check(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

function execInIndex(indexFile: string, ...args: string[]): void {
  execFileSync('git', ['-C', repo.dir, ...args], { env: { ...process.env, GIT_INDEX_FILE: indexFile } });
}
