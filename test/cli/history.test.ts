import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryReport } from '../../src/cli/history.js';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { FIXTURES, fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const ANALYSIS = fixtureText('demo/main/deploy/checkout/analysis.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const SAFE = fixtureText('demo/safe-change/deploy/checkout/rollout.yaml');
const GOOD_BODY = path.join(FIXTURES, 'demo/safe-change.pr.md');

let repo: TempRepo;
let first: string;
let docs: string;
let unsafe: string;
let safe: string;

beforeEach(() => {
  repo = new TempRepo();
  first = repo.commit(
    { 'deploy/checkout/rollout.yaml': GUARDED, 'deploy/checkout/analysis.yaml': ANALYSIS },
    'first: the guarded rollout',
  );
  docs = repo.commit({ 'README.md': '# app\n' }, 'docs only');
  unsafe = repo.commit({ 'deploy/checkout/rollout.yaml': UNSAFE }, 'skip the canary');
  safe = repo.commit({ 'deploy/checkout/rollout.yaml': SAFE }, 'restore the canary');
});
afterEach(() => repo.remove());

async function history(...args: string[]): Promise<HistoryReport> {
  const result = await cli([
    'history',
    '--repo',
    repo.dir,
    '--pr-body',
    GOOD_BODY,
    '--format',
    'json',
    ...args,
  ]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as HistoryReport;
}

describe('rollout-guard history', () => {
  it('judges each change against its first parent, newest first, the first commit against the empty tree', async () => {
    const report = await history();
    expect(report.changes.map((c) => c.commit)).toEqual([safe, unsafe, docs, first]);
    expect(report.changes.map((c) => c.base)).toEqual([
      unsafe,
      docs,
      first,
      '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
    ]);
    const byCommit = new Map(report.changes.map((c) => [c.commit, c]));
    expect(byCommit.get(unsafe)?.verdict).toBe('fail');
    expect(byCommit.get(unsafe)?.findings.map((f) => f.rule)).toContain('canary/regression');
    expect(byCommit.get(docs)).toMatchObject({ verdict: 'pass', plans: 0, findings: [] });
    // The first commit adds the guarded rollout: judged as an added plan, it passes.
    expect(byCommit.get(first)).toMatchObject({ verdict: 'pass', plans: 1 });
    expect(report.summary).toMatchObject({ changes: 4, failing: 1, inputErrors: 0 });
    expect(report.summary.files[0]).toMatchObject({
      file: 'deploy/checkout/rollout.yaml',
      failingChanges: 1,
    });
    expect(report.summary.rules.find((r) => r.rule === 'canary/regression')).toMatchObject({ changes: 1 });
  });

  it('keeps only --max changes, and with --touching only those that touch the paths', async () => {
    expect((await history('--max', '2')).changes.map((c) => c.commit)).toEqual([safe, unsafe]);
    const touching = await history('--touching', '*.yaml');
    expect(touching.changes.map((c) => c.commit)).toEqual([safe, unsafe, first]);
  });

  it('counts a change it cannot read as an input error and goes on', async () => {
    const broken = repo.commit(
      { '.github/rollout-guard.yml': 'version: 1\nbogus: true\n' },
      'a broken policy',
    );
    const after = repo.commit({ 'deploy/checkout/rollout.yaml': UNSAFE }, 'judged by the broken policy');
    const report = await history('--max', '3');
    expect(report.changes.map((c) => [c.commit, c.verdict])).toEqual([
      [after, 'error'],
      [broken, 'fail'], // it edits the policy file: policy/changed
      [safe, 'pass'],
    ]);
    expect(report.changes[0]?.error).toMatch(/bogus/);
    expect(report.summary.inputErrors).toBe(1);
  });

  it('prints a summary an admin can act on', async () => {
    const result = await cli(['history', '--repo', repo.dir, '--pr-body', GOOD_BODY]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('would fail            1 of 4 (25%)');
    expect(result.stdout).toMatch(/canary\/regression\s+1 change/);
    expect(result.stdout).toContain(`${unsafe.slice(0, 7)} `);
    expect(result.stdout).toContain('skip the canary');
  });

  it('rejects a bad --max or --since with a clear message (exit 2)', async () => {
    for (const [flag, value] of [
      ['--max', '0'],
      ['--max', 'ten'],
      ['--since', '2026-02-30'],
    ] as const) {
      const result = await cli(['history', '--repo', repo.dir, flag, value]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(flag);
    }
  });
});

describe('rollout-guard check --base <empty tree>', () => {
  it('judges a repository first commit as a change that adds every file', async () => {
    const result = await cli([
      'check',
      '--repo',
      repo.dir,
      '--base',
      '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
      '--head',
      first,
      '--format',
      'json',
    ]);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { plans: { change: string }[]; base: string };
    expect(report.base).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
    expect(report.plans.map((p) => p.change)).toEqual(['added']);
  });
});
