/**
 * Nothing that can change what is deployed is skipped silently: unreadable entries that could
 * hold manifests are reported wherever they are, and a symbolic link inside the repository is
 * judged through what it leads to (kubectl, kustomize and Argo CD follow it).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import type { ChangedFile } from '../../src/core/model.js';
import { BUILTIN_POLICY } from '../../src/core/policy.js';
import { checkChange } from '../../src/pipeline/index.js';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { FIXTURES, fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const ANALYSIS = fixtureText('demo/main/deploy/checkout/analysis.yaml');
const GOOD_BODY = path.join(FIXTURES, 'demo/safe-change.pr.md');

function judge(files: ChangedFile[]) {
  return checkChange({
    changeSet: {
      base: 'b'.repeat(40),
      head: 'h'.repeat(40),
      files,
      context: [],
      pullRequest: { body: '', labels: [] },
    },
    policy: BUILTIN_POLICY,
    policyPath: '.github/rollout-guard.yml',
    now: new Date('2026-12-01T12:00:00Z'),
  });
}

describe('entries that cannot be read', () => {
  it('reports a binary or non-UTF-8 YAML file outside the manifest folders, which kubectl may still apply', () => {
    const report = judge([{ status: 'added', path: 'examples/rollout.yaml', head: { kind: 'binary' } }]);
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'manifest/invalid', file: 'examples/rollout.yaml', level: 'error' }),
    ]);
  });

  it('reports a submodule where manifests are read, and not one elsewhere', () => {
    const inDeploy = judge([{ status: 'added', path: 'deploy/vendor', head: { kind: 'not-a-file' } }]);
    expect(inDeploy.findings).toEqual([
      expect.objectContaining({ rule: 'manifest/invalid', message: expect.stringMatching(/submodule/) }),
    ]);
    expect(judge([{ status: 'added', path: 'docs/theme', head: { kind: 'not-a-file' } }]).findings).toEqual(
      [],
    );
  });

  it('reports a link that leads outside the repository wherever a manifest could be', () => {
    const report = judge([{ status: 'added', path: 'examples/rollout.yaml', head: { kind: 'symlink' } }]);
    expect(report.findings[0]?.message).toMatch(/symbolic link that leads outside the repository/);
  });
});

describe('symbolic links inside the repository, through git', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = new TempRepo();
  });
  afterEach(() => repo.remove());

  const check = async (base: string, head: string) => {
    const result = await cli([
      'check',
      '--repo',
      repo.dir,
      '--base',
      base,
      '--head',
      head,
      '--pr-body',
      GOOD_BODY,
      '--format',
      'json',
    ]);
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as {
      plans: { file: string; change: string; notes?: string[] }[];
      findings: { rule: string; file: string }[];
    };
  };

  it('judges a weakened target through the unchanged link that production applies', async () => {
    const base = repo.commit({
      'shared/rollout.yaml': GUARDED,
      'shared/analysis.yaml': ANALYSIS,
      'README.md': 'x\n',
    });
    mkdirSync(path.join(repo.dir, 'deploy/prod'), { recursive: true });
    symlinkSync('../../shared/rollout.yaml', path.join(repo.dir, 'deploy/prod/rollout.yaml'));
    const linked = repo.commit({});
    const head = repo.commit({ 'shared/rollout.yaml': UNSAFE });
    const report = await check(linked, head);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'canary/regression', file: 'deploy/prod/rollout.yaml' }),
    );
    expect(base).toBeTruthy();
  });

  it('judges protected content reached through a link when its target changes', async () => {
    const policy = 'version: 1\ncontent:\n  - name: flags\n    paths: ["config/flags.yaml"]\n';
    const base = repo.commit({ '.github/rollout-guard.yml': policy, 'shared/flags.yaml': 'beta: false\n' });
    mkdirSync(path.join(repo.dir, 'config'), { recursive: true });
    symlinkSync('../shared/flags.yaml', path.join(repo.dir, 'config/flags.yaml'));
    const linked = repo.commit({});
    const head = repo.commit({ 'shared/flags.yaml': 'beta: true\n' });
    const report = await check(linked, head);
    expect(report.plans).toContainEqual(expect.objectContaining({ file: 'config/flags.yaml' }));
    expect(report.findings.map((f) => f.rule)).toContain('canary/required');
    expect(base).toBeTruthy();
  });
});
