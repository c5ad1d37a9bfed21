import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const ANALYSIS = fixtureText('demo/main/deploy/checkout/analysis.yaml');
// The unsafe demo rollout under another name, so it is a rollout of its own.
const UNSAFE_CART = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml').replace(
  /checkout/g,
  'cart',
);
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const POLICY_PATH = '.github/rollout-guard.yml';

interface JsonReport {
  verdict: string;
  audit?: boolean;
  base: string | null;
  head: string;
  policy: { source: string };
  plans: { id: string; file: string; change: string }[];
  findings: { rule: string; level: string; file: string | null; line: number | null; message: string }[];
}

let repo: TempRepo;
beforeEach(() => {
  repo = new TempRepo();
});
afterEach(() => repo.remove());

async function audit(...args: string[]): Promise<{ code: number; report: JsonReport }> {
  const result = await cli(['check', '--all', '--repo', repo.dir, '--format', 'json', ...args]);
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport };
}

const filesWithFindings = (report: JsonReport) => [...new Set(report.findings.map((f) => f.file))].sort();

describe('rollout-guard check --all', () => {
  it('judges every manifest in the repository, not only the last change', async () => {
    repo.commit({ 'deploy/cart/rollout.yaml': UNSAFE_CART, README: 'kind: Rollout in prose\n' }, 'old');
    const head = repo.commit({
      'deploy/checkout/rollout.yaml': GUARDED,
      'deploy/checkout/analysis.yaml': ANALYSIS,
    });

    const { code, report } = await audit();

    expect(code).toBe(1);
    expect(report.verdict).toBe('fail');
    expect(report.head).toBe(head);
    // An audit has no base: git's empty tree is how it read every file, not a commit to report.
    expect(report.base).toBe(null);
    expect(report.audit).toBe(true);
    expect(report.plans.map((p) => [p.file, p.change]).sort()).toEqual([
      ['deploy/cart/rollout.yaml', 'added'],
      ['deploy/checkout/rollout.yaml', 'added'],
    ]);
    expect(filesWithFindings(report)).toEqual(['deploy/cart/rollout.yaml']);
    const setWeightLine = UNSAFE_CART.split('\n').findIndex((l) => l.includes('setWeight: 50')) + 1;
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'canary/initial-weight',
        level: 'error',
        file: 'deploy/cart/rollout.yaml',
        line: setWeightLine,
      }),
    );
  });

  it('reports nothing that needs a base or a pull request: no regression, policy edit or evidence', async () => {
    repo.commit({
      [POLICY_PATH]: 'version: 1\n',
      'deploy/checkout/rollout.yaml': GUARDED,
      'deploy/checkout/analysis.yaml': ANALYSIS,
    });

    const { code, report } = await audit();

    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    expect(report.policy.source).toBe(`${POLICY_PATH}@HEAD`);
  });

  it('passes when every manifest at head is guarded, whatever an earlier commit held', async () => {
    repo.commit({ 'deploy/cart/rollout.yaml': UNSAFE_CART });
    repo.commit({
      'deploy/cart/rollout.yaml': null,
      'deploy/checkout/rollout.yaml': GUARDED,
      'deploy/checkout/analysis.yaml': ANALYSIS,
    });

    const { code, report } = await audit();

    expect(code).toBe(0);
    expect(report.plans.map((p) => p.file)).toEqual(['deploy/checkout/rollout.yaml']);
  });

  it('(with --head) audits the commit it names', async () => {
    const guardedOnly = repo.commit({
      'deploy/checkout/rollout.yaml': GUARDED,
      'deploy/checkout/analysis.yaml': ANALYSIS,
    });
    repo.commit({ 'deploy/cart/rollout.yaml': UNSAFE_CART });

    const atHead = await audit();
    const earlier = await audit('--head', guardedOnly);

    expect(atHead.code).toBe(1);
    expect(earlier.code).toBe(0);
    expect(earlier.report.head).toBe(guardedOnly);
    expect(earlier.report.plans.map((p) => p.file)).toEqual(['deploy/checkout/rollout.yaml']);
  });

  it("applies the head commit's policy: an excluded path is not judged", async () => {
    repo.commit({
      'deploy/checkout/rollout.yaml': GUARDED,
      'deploy/checkout/analysis.yaml': ANALYSIS,
      'deploy/legacy/rollout.yaml': UNSAFE_CART,
    });
    const excluding = 'version: 1\nmanifests:\n  exclude: ["deploy/legacy/**"]\n';

    const before = await audit();
    repo.commit({ [POLICY_PATH]: excluding });
    const after = await audit();

    expect(before.code).toBe(1);
    expect(filesWithFindings(before.report)).toEqual(['deploy/legacy/rollout.yaml']);
    expect(after.code).toBe(0);
    expect(after.report.plans.map((p) => p.file)).toEqual(['deploy/checkout/rollout.yaml']);
  });

  it('is worded as an audit: no pull request, no base, and a rollout without automatic rollback only warns', async () => {
    repo.commit({ 'deploy/cart/rollout.yaml': UNSAFE_CART });

    const text = await cli(['check', '--all', '--repo', repo.dir]);
    const { report } = await audit();

    expect(text.code).toBe(1);
    expect(text.stdout).not.toMatch(/the pull request (has|does)|\(pull request\)/i);
    expect(text.stdout).not.toContain(EMPTY_TREE.slice(0, 12));
    expect(text.stdout).toMatch(/^✖ rollout-guard audit: FAIL/m);
    expect(text.stdout).toMatch(/^policy builtin · every manifest at [0-9a-f]{12}$/m);
    expect(text.stdout).not.toMatch(/^FILE +CHANGE/m);
    const rollback = report.findings.filter((f) => f.rule === 'rollback/missing');
    expect(rollback).toEqual([
      expect.objectContaining({
        level: 'warning',
        message:
          'Rollout cart does not roll back by itself: each change to it needs a written rollback plan in its pull request',
      }),
    ]);
  });

  it('refuses flags about a change or a pull request (exit 2)', async () => {
    const base = repo.commit({ 'deploy/checkout/rollout.yaml': GUARDED });

    const result = await cli(['check', '--all', '--repo', repo.dir, '--base', base, '--label', 'x']);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/--all .* drop --base, --label/);
  });
});

describe('a file over the size limit', () => {
  it('is told the same in a check and in an audit, with the policy key that raises the limit', async () => {
    const policy = 'version: 1\nmanifests:\n  maxFileBytes: 4096\n';
    const big = `${GUARDED}# ${'x'.repeat(8192)}\n`;
    const base = repo.commit({ [POLICY_PATH]: policy, 'README.md': 'x\n' });
    repo.commit({ 'deploy/vendor/install.yaml': big });
    const checked = await cli(['check', '--repo', repo.dir, '--base', base, '--format', 'json']);
    const { report: audited } = await audit();
    const message = (report: { findings: { file: string | null; message?: string }[] }) =>
      report.findings.find((f) => f.file === 'deploy/vendor/install.yaml')?.message;
    const fromCheck = message(JSON.parse(checked.stdout) as JsonReport & { findings: { message: string }[] });
    expect(fromCheck).toMatch(/is 8.8 KiB, over the manifest size limit of 4 KiB \(manifests.maxFileBytes\)/);
    expect(message(audited as JsonReport & { findings: { message: string }[] })).toBe(fromCheck);
  });
});
