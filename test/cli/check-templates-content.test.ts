import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const GOOD_BODY_TEXT = fixtureText('demo/safe-change.pr.md');

const TEMPLATE = `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: {{ .Values.name }}
  namespace: shop
spec:
  strategy:
    canary:
      steps:
{{ toYaml .Values.steps | indent 8 }}
`;

let repo: TempRepo;
let base: string;
let bodyFile: string;

beforeEach(() => {
  repo = new TempRepo();
  base = repo.commit({ 'README.md': 'app\n' }, 'base');
  bodyFile = path.join(repo.dir, '..', `${path.basename(repo.dir)}.body.md`);
  writeFileSync(bodyFile, GOOD_BODY_TEXT);
});
afterEach(() => repo.remove());

/**
 * Locally, without a GitHub token, the description's run links are checked by shape only: the one
 * finding is that the evidence is not verified, a warning under the built-in \`evidence.unverified\`.
 */
function expectOnlyUnverifiedEvidence(report: {
  findings: { rule: string; level: string; message: string }[];
}) {
  expect(report.findings.map((f) => `${f.rule}:${f.level}`)).toEqual(['evidence/missing:warning']);
  expect(report.findings[0]?.message).toMatch(/is not verified/);
}

async function json(...args: string[]) {
  const result = await cli([
    'check',
    '--repo',
    repo.dir,
    '--base',
    base,
    '--format',
    'json',
    '--pr-body',
    bodyFile,
    ...args,
  ]);
  expect(result.stderr).toBe('');
  return {
    code: result.code,
    report: JSON.parse(result.stdout) as {
      plans: { id: string; file: string; line: number; change: string }[];
      findings: { rule: string; level: string; file: string; line: number; message: string }[];
    },
  };
}

function renderTo(dir: string, files: Record<string, string>): string {
  const root = path.join(repo.dir, '..', `${path.basename(repo.dir)}-${dir}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('templated manifests', () => {
  it('reports a changed Helm template as unverifiable when nothing rendered it', async () => {
    const head = repo.commit({ 'charts/shop/templates/rollout.yaml': TEMPLATE });
    const { code, report } = await json('--head', head);
    expect(code).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'manifest/invalid',
        file: 'charts/shop/templates/rollout.yaml',
        line: 4,
      }),
    ]);
  });

  it('judges the rendered output in place of the template, on the template file', async () => {
    const head = repo.commit({ 'charts/shop/templates/rollout.yaml': TEMPLATE });
    const rendered = renderTo('rendered', {
      'prod.yaml': `---\n# Source: shop/templates/rollout.yaml\n${UNSAFE}`,
    });
    const { code, report } = await json('--head', head, '--rendered', rendered);
    expect(code).toBe(1);
    expect(report.plans).toEqual([
      expect.objectContaining({ file: 'charts/shop/templates/rollout.yaml', line: 2 }),
    ]);
    expect(report.findings.map((f) => f.rule)).toContain('canary/initial-weight');
    expect(report.findings.every((f) => f.rule !== 'manifest/invalid')).toBe(true);
  });

  it('passes a template whose rendered output is guarded', async () => {
    const head = repo.commit({ 'charts/shop/templates/rollout.yaml': TEMPLATE });
    const rendered = renderTo('rendered-ok', {
      'out.yaml': `# Source: shop/templates/rollout.yaml\n${GUARDED}`,
    });
    const { code, report } = await json('--head', head, '--rendered', rendered);
    expectOnlyUnverifiedEvidence(report);
    expect(code).toBe(0);
  });

  it('judges rendered manifests that name no source (kustomize build) under their rendered path', async () => {
    const head = repo.commit({ 'overlays/prod/kustomization.yaml': 'resources: [../../base]\n' });
    const rendered = renderTo('kustomize', { 'prod.yaml': UNSAFE });
    const { report } = await json('--head', head, '--rendered', rendered);
    expect(report.plans).toEqual([expect.objectContaining({ file: 'rendered/prod.yaml' })]);
    expect(report.findings.map((f) => f.rule)).toContain('canary/min-stages');
  });

  it('exits 2 when --rendered does not exist', async () => {
    const result = await cli(['check', '--repo', repo.dir, '--base', base, '--rendered', '/nonexistent/dir']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--rendered: rendered manifests: \/nonexistent\/dir does not exist/);
  });
});

describe('protected content and protected paths', () => {
  const POLICY = [
    'version: 1',
    'content:',
    '  - name: feature-flags',
    '    paths: ["config/flags/**"]',
    'protectedPaths: [".github/workflows/**"]',
    'defaults:',
    '  canary: { minStages: 1, minHold: 10m, maxStepIncrease: 100 }',
    '',
  ].join('\n');

  it('judges a change to protected content as an all-at-once rollout unless a RolloutPlan names it', async () => {
    base = repo.commit({
      '.github/rollout-guard.yml': POLICY,
      'config/flags/checkout.json': '{"v2": false}\n',
    });
    const head = repo.commit({ 'config/flags/checkout.json': '{"v2": true}\n' });
    const { code, report } = await json('--head', head);
    expect(code).toBe(1);
    expect(report.plans).toEqual([
      // The flags file was there before: the change modifies the content, it does not add it.
      expect.objectContaining({
        id: 'content:Content:/feature-flags',
        file: 'config/flags/checkout.json',
        change: 'modified',
      }),
    ]);
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'canary/required',
          message: expect.stringMatching(/Content feature-flags .*all-at-once/),
        }),
      ]),
    );
  });

  it('takes content the change creates as added, and content it edits as modified', async () => {
    base = repo.commit({ '.github/rollout-guard.yml': POLICY, 'README.md': 'app\n' });
    const created = repo.commit({ 'config/flags/checkout.json': '{"v2": true}\n' });
    const { report } = await json('--head', created);
    expect(report.plans.map((p) => [p.id, p.change])).toEqual([['content:Content:/feature-flags', 'added']]);
  });

  it('accepts protected content whose rollout a RolloutPlan in the change describes', async () => {
    base = repo.commit({
      '.github/rollout-guard.yml': POLICY,
      'config/flags/checkout.json': '{"v2": false}\n',
    });
    const plan = [
      'apiVersion: rollout-guard.dev/v1',
      'kind: RolloutPlan',
      'metadata: { name: checkout-v2-flag }',
      'spec:',
      '  target: { kind: FeatureFlag, name: feature-flags }',
      '  stages:',
      '    - { weight: 1, hold: 30m, gates: [analysis] }',
      '    - { weight: 100 }',
      '  rollback: { automatic: true, how: ["the flag service reverts on the error-rate alarm"] }',
      '',
    ].join('\n');
    const head = repo.commit({
      'config/flags/checkout.json': '{"v2": true}\n',
      'deploy/flags/checkout.rollout.yaml': plan,
    });
    const { code, report } = await json('--head', head);
    expectOnlyUnverifiedEvidence(report);
    expect(code).toBe(0);
  });

  it('reports an edit to a protected path such as a workflow as policy/changed', async () => {
    base = repo.commit({ '.github/rollout-guard.yml': POLICY, '.github/workflows/ci.yml': 'on: push\n' });
    const head = repo.commit({ '.github/workflows/ci.yml': 'on: push\njobs: {}\n' });
    const { code, report } = await json('--head', head);
    expect(code).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'policy/changed',
        file: '.github/workflows/ci.yml',
        message: expect.stringMatching(/protected path/),
      }),
    ]);
  });
});
