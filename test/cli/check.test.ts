import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/core/model.js';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { FIXTURES, fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const ANALYSIS = fixtureText('demo/main/deploy/checkout/analysis.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const SAFE = fixtureText('demo/safe-change/deploy/checkout/rollout.yaml');
const GOOD_BODY = path.join(FIXTURES, 'demo/safe-change.pr.md');
const BAD_BODY = path.join(FIXTURES, 'demo/unsafe-change.pr.md');

let repo: TempRepo;
let base: string;

beforeEach(() => {
  repo = new TempRepo();
  base = repo.commit(
    { 'deploy/checkout/rollout.yaml': GUARDED, 'deploy/checkout/analysis.yaml': ANALYSIS },
    'base',
  );
});
afterEach(() => repo.remove());

function check(...args: string[]) {
  return cli(['check', '--repo', repo.dir, '--base', base, ...args]);
}

interface JsonReport {
  verdict: string;
  base: string;
  head: string;
  policy: { source: string };
  plans: { id: string; file: string; change: string; environment: string; stages: { weight: number }[] }[];
  findings: { rule: string; level: string; file: string | null; line: number | null; message: string }[];
  summary: { errors: number; warnings: number; plans: number };
}

async function jsonReport(...args: string[]): Promise<{ code: number; report: JsonReport }> {
  const result = await check('--format', 'json', ...args);
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport };
}

describe('rollout-guard check', () => {
  it('passes a change that keeps the canary and carries a rollback plan and evidence (exit 0)', async () => {
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': SAFE });
    const result = await check('--head', head, '--pr-body', GOOD_BODY);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/PASS/);
    expect(result.stdout).toContain('5% ▸ 10m ▸ 25% ▸ 10m ▸ 50% ▸ 15m ▸ 100%');
  });

  it('fails a change that skips canary stages, with each finding at its line (exit 1)', async () => {
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': UNSAFE });
    const { code, report } = await jsonReport('--head', head, '--pr-body', BAD_BODY);
    expect(code).toBe(1);
    expect(report.verdict).toBe('fail');
    expect(report.head).toBe(head);
    expect(report.base).toBe(base);
    expect(report.policy.source).toBe('builtin');
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining([
        'canary/min-stages',
        'canary/initial-weight',
        'canary/min-hold',
        'canary/analysis',
        'canary/regression',
        'rollback/missing',
        'evidence/missing',
      ]),
    );
    const setWeightLine = UNSAFE.split('\n').findIndex((l) => l.includes('setWeight: 50')) + 1;
    expect(report.findings.find((f) => f.rule === 'canary/initial-weight')).toMatchObject({
      file: 'deploy/checkout/rollout.yaml',
      line: setWeightLine,
    });
    expect(report.plans).toEqual([
      expect.objectContaining({
        id: 'argo-rollouts:Rollout:shop/checkout',
        change: 'modified',
        environment: 'default',
      }),
    ]);
    expect(report.summary.errors).toBe(report.findings.filter((f) => f.level === 'error').length);
  });

  it('reads the pull request description from standard input with --pr-body -', async () => {
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': SAFE });
    const result = await cli(
      ['check', '--repo', repo.dir, '--base', base, '--head', head, '--pr-body', '-'],
      {
        stdin: readFileSync(GOOD_BODY, 'utf8'),
      },
    );
    expect(result.code).toBe(0);
  });

  it('writes markdown, SARIF and JSON reports to --output', async () => {
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': UNSAFE });
    for (const format of ['markdown', 'sarif', 'json']) {
      const out = path.join(repo.dir, `report.${format}`);
      const result = await check('--head', head, '--format', format, '--output', out);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(new RegExp(`FAIL .*${format} report written`));
      const text = readFileSync(out, 'utf8');
      if (format === 'sarif') expect(JSON.parse(text)).toMatchObject({ version: '2.1.0' });
      if (format === 'markdown') expect(text).toMatch(/rollout-guard: FAIL/);
    }
  });

  it('judges with the base branch policy even when the change loosens it, and reports policy/changed', async () => {
    const strict =
      'version: 1\ndefaults:\n  canary:\n    minStages: 4\n  rollback: none\n  evidence:\n    required: false\n';
    base = repo.commit({ '.github/rollout-guard.yml': strict });
    const loose =
      'version: 1\ndefaults:\n  canary:\n    required: false\n  rollback: none\n  evidence:\n    required: false\n';
    const head = repo.commit({ '.github/rollout-guard.yml': loose, 'deploy/checkout/rollout.yaml': SAFE });
    const { code, report } = await jsonReport('--head', head);
    expect(code).toBe(1);
    expect(report.policy.source).toBe(`.github/rollout-guard.yml@${base}`);
    expect(report.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['canary/min-stages', 'policy/changed']),
    );
    expect(report.findings.find((f) => f.rule === 'policy/changed')).toMatchObject({
      file: '.github/rollout-guard.yml',
      line: 1,
    });
  });

  it('exits 2 with file, line and column when the base policy is invalid', async () => {
    base = repo.commit({
      '.github/rollout-guard.yml': 'version: 1\ndefaults:\n  canary:\n    minStage: 3\n',
    });
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': SAFE });
    const result = await check('--head', head);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '.github/rollout-guard.yml:4:5: `defaults.canary.minStage` is not a known key',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('does not call deleting a whole self-contained Rollout a regression: nothing is left to roll out unguarded', async () => {
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': null, 'deploy/checkout/analysis.yaml': null });
    const { code, report } = await jsonReport('--head', head, '--pr-body', GOOD_BODY);
    expect(code).toBe(0);
    expect(report.plans[0]).toMatchObject({ change: 'removed' });
    expect(report.findings).toEqual([]);
  });

  it('follows a rollout renamed outside the manifest globs, to a .txt file', async () => {
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': null, 'notes/rollout.txt': UNSAFE });
    const { code, report } = await jsonReport('--head', head, '--pr-body', GOOD_BODY);
    expect(code).toBe(1);
    expect(report.plans).toEqual([
      expect.objectContaining({ file: 'notes/rollout.txt', change: 'modified' }),
    ]);
    expect(report.findings.map((f) => f.rule)).toContain('canary/regression');
  });

  it('judges a changed Deployment through the unchanged Flagger Canary that delivers it', async () => {
    const canary = fixtureText('manifests/flagger/canary-step-weights.yaml');
    const name = /targetRef:[\s\S]*?name:\s*(\S+)/.exec(canary)?.[1] ?? '';
    const namespace = /namespace:\s*(\S+)/.exec(canary)?.[1];
    const deployment = (image: string) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}spec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`;
    base = repo.commit({
      'apps/podinfo/canary.yaml': canary,
      'apps/podinfo/deployment.yaml': deployment('app:1'),
    });
    const head = repo.commit({ 'apps/podinfo/deployment.yaml': deployment('app:2') });
    const { report } = await jsonReport('--head', head, '--pr-body', GOOD_BODY);
    const ids = report.plans.map((p) => `${p.id}:${p.change}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^kubernetes:Deployment:.*:modified$/),
        expect.stringMatching(/^flagger:Canary:.*:unchanged$/),
      ]),
    );
    expect(report.findings.filter((f) => f.rule === 'canary/required')).toEqual([]);
  });

  it('reports a Helm template in a manifest folder as manifest/invalid, never a silent pass', async () => {
    const head = repo.commit({
      'charts/app/templates/rollout.yaml':
        'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: {{ .Values.name }}\n',
    });
    const { code, report } = await jsonReport('--head', head, '--pr-body', GOOD_BODY);
    expect(code).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'manifest/invalid',
        file: 'charts/app/templates/rollout.yaml',
        line: 4,
      }),
    ]);
  });

  it('reports an unrecognised file under the manifest globs as manifest/unsupported (a warning: exit 0)', async () => {
    const head = repo.commit({ 'deploy/tool/pipeline.yaml': 'stages:\n  - build\n  - ship\n' });
    const { code, report } = await jsonReport('--head', head);
    expect(code).toBe(0);
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'manifest/unsupported', level: 'warning' }),
    ]);
  });

  it('turns an error into a warning before its enforceFrom date, and back after it', async () => {
    const policy =
      'version: 1\ndefaults:\n  rollback: none\n  evidence:\n    required: false\nrules:\n  canary/initial-weight:\n    level: error\n    enforceFrom: "2027-01-15"\n  canary/min-stages: "off"\n  canary/min-hold: "off"\n  canary/analysis: "off"\n  canary/regression: "off"\n';
    base = repo.commit({ '.github/rollout-guard.yml': policy });
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': UNSAFE });
    const before = await check('--head', head, '--format', 'json', '--today', '2027-01-14');
    expect(before.code).toBe(0);
    expect(JSON.parse(before.stdout).findings).toEqual([
      expect.objectContaining({ rule: 'canary/initial-weight', level: 'warning', enforceFrom: '2027-01-15' }),
    ]);
    const after = await check('--head', head, '--format', 'json', '--today', '2027-01-15');
    expect(after.code).toBe(1);
  });

  it('exits 2 on bad usage with a message, never a stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [['--format', 'yaml'], /--format must be one of text, json, markdown, sarif/],
      [['--frmat', 'json'], /unknown option --frmat \(did you mean --format\?\)/],
      [['--head', 'no-such-branch'], /--head no-such-branch is not a commit/],
      [
        ['--policy', '/nonexistent/policy.yml'],
        /cannot read the policy file: \/nonexistent\/policy.yml does not exist/,
      ],
      [
        ['--pr-body', '/nonexistent/body.md'],
        /--pr-body \/nonexistent\/body.md: cannot read it: \/nonexistent\/body.md does not exist/,
      ],
      [['--today', 'tomorrow'], /--today must be a date/],
    ];
    for (const [args, message] of cases) {
      const result = await check(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await cli(['deploy'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
  });
});

describe('rollout-guard explain, validate-policy, init, rules', () => {
  it('explain prints each plan with its stages, rollback and bypasses', async () => {
    const result = await cli(['explain', 'demo/main/deploy/checkout/rollout.yaml'], { cwd: FIXTURES });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Rollout shop/checkout  (argo-rollouts)');
    expect(result.stdout).toContain('stages:    5% ▸ 10m ▸ 25% ▸ 10m ▸ 50% ▸ 15m ▸ 100%');
    expect(result.stdout).toContain('rollback:  automatic');
  });

  it('explain exits 2 and names the line of a broken manifest', async () => {
    const repoDir = new TempRepo();
    try {
      repoDir.write({
        'bad.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nspec:\n\tstrategy: {}\n',
      });
      const result = await cli(['explain', 'bad.yaml'], { cwd: repoDir.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^bad\.yaml:4:\d+: the document cannot be read \(a tab character/m);
    } finally {
      repoDir.remove();
    }
  });

  it('validate-policy accepts a valid policy and rejects an invalid one with positions', async () => {
    const ok = await cli(['validate-policy', 'policies/complete.yml'], { cwd: FIXTURES });
    expect(ok).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('valid policy (environments: production, staging)'),
    });
    const bad = await cli(['validate-policy', 'policies/wrong-types.yml'], { cwd: FIXTURES });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /policies\/wrong-types\.yml:4:\d+: `defaults.canary.required` must be true or false/,
    );
  });

  it('init writes a starter policy that validates, and refuses to overwrite it', async () => {
    const dir = new TempRepo();
    try {
      expect((await cli(['init'], { cwd: dir.dir })).code).toBe(0);
      expect((await cli(['validate-policy', '.github/rollout-guard.yml'], { cwd: dir.dir })).code).toBe(0);
      const again = await cli(['init'], { cwd: dir.dir });
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/already exists; use --force/);
    } finally {
      dir.remove();
    }
  });

  it('rules lists every rule id', async () => {
    const result = await cli(['rules', '--format', 'markdown']);
    for (const id of RULE_IDS) expect(result.stdout).toContain(`\`${id}\``);
  });
});
