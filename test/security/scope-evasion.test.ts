/**
 * Security review: scope evasion and tampering: the person the gate judges writes its input, so moving,
 * renaming, deleting or re-casing a rollout, or editing the policy, must never make it look away.
 * Run through the CLI on a real git repository (the change as git sees it) or the pipeline.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangedFile, Report } from '../../src/core/model.js';
import { BUILTIN_POLICY, parsePolicy } from '../../src/core/policy.js';
import type { Policy } from '../../src/core/policy.js';
import { checkChange } from '../../src/pipeline/index.js';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const SAFE = fixtureText('demo/safe-change/deploy/checkout/rollout.yaml');
const GOOD_BODY = fixtureText('demo/safe-change.pr.md');
const CANARY = fixtureText('manifests/flagger/canary-step-weights.yaml');
const MANIFEST = 'deploy/checkout/rollout.yaml';
const POLICY = '.github/rollout-guard.yml';
const NO_EVIDENCE = '  rollback: none\n  evidence:\n    required: false\n';

interface JsonReport {
  verdict: string;
  policy: { source: string };
  plans: { id: string; file: string; change: string }[];
  findings: { rule: string; level: string; file: string | null; line: number | null; message: string }[];
}

let repo: TempRepo;
beforeEach(() => {
  repo = new TempRepo();
});
afterEach(() => repo.remove());

async function check(base: string, head: string, ...args: string[]): Promise<JsonReport & { code: number }> {
  const result = await cli([
    'check',
    '--repo',
    repo.dir,
    '--base',
    base,
    '--head',
    head,
    '--format',
    'json',
    ...args,
  ]);
  expect(result.stderr).toBe('');
  return { code: result.code, ...(JSON.parse(result.stdout) as JsonReport) };
}

const rules = (report: { findings: { rule: string }[] }) => report.findings.map((f) => f.rule);

function policyOf(text: string): Policy {
  const result = parsePolicy(text, POLICY, `${POLICY}@base`);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

function judge(files: ChangedFile[], policy: Policy = BUILTIN_POLICY, body = GOOD_BODY): Report {
  return checkChange({
    changeSet: {
      base: 'b'.repeat(40),
      head: 'h'.repeat(40),
      files,
      context: [],
      pullRequest: { body, labels: [] },
    },
    policy,
    policyPath: POLICY,
    now: new Date('2026-11-29T12:00:00Z'),
  });
}

const text = (value: string) => ({ kind: 'text' as const, text: value });
const added = (path: string, content: string): ChangedFile => ({
  status: 'added',
  path,
  head: text(content),
});

describe('the pull request weakens or deletes the policy file', () => {
  const strict = `version: 1\ndefaults:\n  canary:\n    minStages: 4\n${NO_EVIDENCE}`;

  it('a policy loosened by the change does not judge it; the base policy does, and policy/changed is reported', async () => {
    const base = repo.commit({ [POLICY]: strict, [MANIFEST]: GUARDED });
    const loose =
      'version: 1\ndefaults:\n  canary:\n    required: false\nrules:\n  canary/min-stages: "off"\n  canary/initial-weight: "off"\n  policy/changed: "off"\n';
    const head = repo.commit({ [POLICY]: loose, [MANIFEST]: UNSAFE });
    const report = await check(base, head);
    expect(report.code).toBe(1);
    expect(report.policy.source).toBe(`${POLICY}@${base}`);
    expect(rules(report)).toEqual(
      expect.arrayContaining(['canary/min-stages', 'canary/initial-weight', 'policy/changed']),
    );
  });

  it('deleting the policy file does not fall back to the built-in policy', async () => {
    const base = repo.commit({ [POLICY]: strict, [MANIFEST]: GUARDED });
    const head = repo.commit({ [POLICY]: null, [MANIFEST]: SAFE });
    const report = await check(base, head);
    expect(report.policy.source).toBe(`${POLICY}@${base}`);
    // SAFE has 3 stages below 100%: a pass under the built-in policy, a failure under minStages 4.
    expect(rules(report)).toContain('canary/min-stages');
    expect(report.findings.find((f) => f.rule === 'policy/changed')).toMatchObject({
      file: POLICY,
      message: expect.stringMatching(/deletes the policy file/),
    });
    expect(report.code).toBe(1);
  });

  it('moving the policy file away is reported as a change to it', async () => {
    const base = repo.commit({ [POLICY]: strict, [MANIFEST]: GUARDED });
    const head = repo.commit({ [POLICY]: null, '.github/old-rollout-guard.yml': strict });
    const report = await check(base, head);
    expect(report.policy.source).toBe(`${POLICY}@${base}`);
    expect(rules(report)).toContain('policy/changed');
  });
});

describe('protected paths', () => {
  const workflow = (ref: string) =>
    `on: pull_request\njobs:\n  guard:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: rollout-guard/rollout-guard@${ref}\n`;
  const policy = (level: string) =>
    `version: 1\nprotectedPaths: ['.github/workflows/**']\nrules:\n  policy/changed: ${level}\n`;

  it('editing the workflow that pins the action is reported at the level the policy sets', async () => {
    for (const level of ['error', 'warning']) {
      const base = repo.commit({
        [POLICY]: policy(level),
        '.github/workflows/guard.yml': workflow('0123456789abcdef0123456789abcdef01234567'),
      });
      const head = repo.commit({ '.github/workflows/guard.yml': workflow('main') });
      const report = await check(base, head);
      expect(report.findings).toEqual([
        expect.objectContaining({ rule: 'policy/changed', level, file: '.github/workflows/guard.yml' }),
      ]);
      expect(report.code).toBe(level === 'error' ? 1 : 0);
    }
  });

  it('deleting or renaming a protected file is reported too', () => {
    const protectedPolicy = policyOf(`version: 1\nprotectedPaths: ['.github/workflows/**']\n`);
    const report = judge(
      [
        { status: 'removed', path: '.github/workflows/guard.yml', base: text(workflow('v1')) },
        {
          status: 'renamed',
          path: 'docs/old-release.yml',
          previousPath: '.github/workflows/release.yml',
          base: text(workflow('v1')),
          head: text(workflow('v1')),
        },
      ],
      protectedPolicy,
    );
    expect(
      report.findings
        .filter((f) => f.rule === 'policy/changed')
        .map((f) => f.file)
        .sort(),
    ).toEqual(['.github/workflows/guard.yml', 'docs/old-release.yml']);
    expect(report.verdict).toBe('fail');
  });
});

describe('a rollout moved out of the manifest globs', () => {
  it('renamed to a .txt file outside the globs, it is still judged and paired with its base', async () => {
    const base = repo.commit({ [MANIFEST]: GUARDED });
    const head = repo.commit({ [MANIFEST]: null, 'src/app/NOTES.txt': UNSAFE });
    const report = await check(base, head);
    expect(report.plans).toEqual([
      expect.objectContaining({ file: 'src/app/NOTES.txt', change: 'modified' }),
    ]);
    expect(rules(report)).toEqual(expect.arrayContaining(['canary/initial-weight', 'canary/regression']));
    expect(report.code).toBe(1);
  });

  it('a new rollout written as JSON in an unrelated folder is judged by its content', () => {
    const json = JSON.stringify(
      {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Rollout',
        metadata: { name: 'sneaky' },
        spec: { strategy: { canary: { steps: [{ setWeight: 100 }] } } },
      },
      null,
      2,
    );
    const report = judge([added('tools/settings.json', json)]);
    expect(report.plans.map((p) => p.plan.file)).toEqual(['tools/settings.json']);
    expect(report.findings.map((f) => f.rule)).toContain('canary/required');
    expect(report.verdict).toBe('fail');
  });

  it('control: the same JSON without apiVersion/kind outside the globs is not a manifest', () => {
    const report = judge([added('tools/settings.json', JSON.stringify({ steps: [{ setWeight: 100 }] }))]);
    expect(report.findings).toEqual([]);
  });
});

describe('a guarded rollout deleted', () => {
  it('deleting a Flagger Canary is a canary/regression finding, not silence', async () => {
    const base = repo.commit({ 'apps/podinfo/canary.yaml': CANARY });
    const head = repo.commit({ 'apps/podinfo/canary.yaml': null });
    const report = await check(base, head);
    expect(report.code).toBe(1);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'canary/regression',
        level: 'error',
        file: 'apps/podinfo/canary.yaml',
        message: expect.stringMatching(/deletes Canary checkout/),
      }),
    );
  });

  it('moving a rollout into an excluded folder counts as deleting it', () => {
    const policy = policyOf(`version: 1\nmanifests:\n  exclude: ['deploy/sandbox/**']\n`);
    const report = judge(
      [
        {
          status: 'renamed',
          path: 'deploy/sandbox/rollout.yaml',
          previousPath: MANIFEST,
          base: text(GUARDED),
          head: text(UNSAFE),
        },
      ],
      policy,
    );
    expect(report.plans).toEqual([expect.objectContaining({ change: 'removed' })]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'canary/regression',
        message: expect.stringMatching(
          /moves Rollout checkout to deploy\/sandbox\/rollout.yaml, which the policy does not read/,
        ),
      }),
    );
    expect(report.verdict).toBe('fail');
  });
});

describe('dot-folders and case variants', () => {
  const notAManifest = 'stages:\n  - build\n  - ship\n';

  it.each(['.deploy/app/pipeline.yaml', 'Deploy/R.YML', 'apps/K8S/Overlays/prod/x.Yaml'])(
    '%s is in scope of the built-in globs',
    (path) => {
      const report = judge([added(path, notAManifest)]);
      expect(report.findings).toEqual([
        expect.objectContaining({ rule: 'manifest/unsupported', file: path }),
      ]);
    },
  );

  it('a policy glob deploy/** covers DEPLOY/.hidden/R.YAML', () => {
    const policy = policyOf(`version: 1\nmanifests:\n  include: ['deploy/**/*.yaml']\n`);
    const report = judge([added('DEPLOY/.hidden/R.YAML', notAManifest)], policy);
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'manifest/unsupported', file: 'DEPLOY/.hidden/R.YAML' }),
    ]);
  });

  it('control: a file that no glob means stays out of scope', () => {
    expect(judge([added('docs/pipeline.yaml', notAManifest)]).findings).toEqual([]);
  });

  it('a rollout in a re-cased dot-folder is judged', () => {
    const report = judge([added('.Deploy/checkout/ROLLOUT.YAML', UNSAFE)]);
    expect(report.findings.map((f) => f.rule)).toContain('canary/initial-weight');
  });
});

describe('a Kustomize patch that replaces the steps', () => {
  const patch = (steps: string) =>
    `apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: checkout\n  namespace: shop\nspec:\n  strategy:\n    canary:\n      steps:\n${steps}`;

  it('a strategic-merge patch with fewer steps is judged as the steps it puts in place', async () => {
    const base = repo.commit({
      'overlays/prod/rollout-patch.yaml': patch(
        '        - setWeight: 5\n        - pause: {duration: 10m}\n        - setWeight: 25\n        - pause: {duration: 10m}\n',
      ),
    });
    const head = repo.commit({
      'overlays/prod/rollout-patch.yaml': patch(
        '        - setWeight: 50\n        - pause: {duration: 10m}\n',
      ),
    });
    const report = await check(base, head);
    expect(report.code).toBe(1);
    expect(rules(report)).toEqual(
      expect.arrayContaining(['canary/initial-weight', 'canary/min-stages', 'canary/regression']),
    );
  });
});

describe('values and JSON patches that change the steps', () => {
  const values = (steps: string) => `image:\n  tag: "2.0"\nrollout:\n  canary:\n    steps:\n${steps}`;
  const renderedRollout = (steps: string) =>
    `---\n# Source: app/templates/rollout.yaml\napiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: app\n  namespace: shop\nspec:\n  strategy:\n    canary:\n      analysis:\n        templates:\n          - templateName: success-rate\n      steps:\n${steps}`;

  it('without rendering, a Helm values change or a JSON 6902 patch is reported as unverifiable, never silently passed over', () => {
    const report = judge([
      {
        status: 'modified',
        path: 'charts/app/values.yaml',
        base: text(values('      - setWeight: 5\n      - pause: {duration: 10m}\n')),
        head: text(values('      - setWeight: 100\n')),
      },
      added(
        'overlays/prod/steps-patch.yaml',
        '- op: replace\n  path: /spec/strategy/canary/steps\n  value:\n    - setWeight: 100\n',
      ),
    ]);
    expect(report.findings.map((f) => [f.rule, f.level, f.file])).toEqual(
      expect.arrayContaining([
        ['manifest/invalid', 'error', 'charts/app/values.yaml'],
        ['manifest/invalid', 'error', 'overlays/prod/steps-patch.yaml'],
      ]),
    );
    expect(report.verdict).toBe('fail');
  });

  it('with the chart rendered by an earlier step, the rollout the values produce is judged', () => {
    const report = checkChange({
      changeSet: {
        base: 'b'.repeat(40),
        head: 'h'.repeat(40),
        files: [
          {
            status: 'modified',
            path: 'charts/app/values.yaml',
            base: text(values('      - setWeight: 5\n      - pause: {duration: 10m}\n')),
            head: text(values('      - setWeight: 100\n')),
          },
        ],
        context: [],
        rendered: [
          { path: 'rendered/app.yaml', content: text(renderedRollout('        - setWeight: 100\n')) },
        ],
        pullRequest: { body: GOOD_BODY, labels: [] },
      },
      policy: BUILTIN_POLICY,
      policyPath: POLICY,
      now: new Date('2026-11-29T12:00:00Z'),
    });
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'canary/required', level: 'error' }),
    );
    expect(report.verdict).toBe('fail');
  });
});

describe('switches that turn the canary off', () => {
  const flagger = (analysis: string, extra = '') =>
    `apiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata:\n  name: web\n  namespace: shop\nspec:\n${extra}  targetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  service:\n    port: 80\n${analysis}`;
  const analysis =
    '  analysis:\n    interval: 5m\n    threshold: 3\n    maxWeight: 50\n    stepWeight: 10\n    metrics:\n      - name: request-success-rate\n        thresholdRange: {min: 99}\n        interval: 1m\n';
  const argo = (canary: string) =>
    `apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  strategy:\n    canary:\n${canary}`;
  const analysed = '      analysis:\n        templates:\n          - templateName: success-rate\n';

  const kruise = (disabled: boolean) =>
    `apiVersion: rollouts.kruise.io/v1beta1\nkind: Rollout\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  disabled: ${disabled}\n  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  strategy:\n    canary:\n      steps:\n        - traffic: 5%\n          replicas: 1\n          pause: {duration: 600}\n        - traffic: 50%\n          replicas: 50%\n          pause: {duration: 600}\n        - traffic: 100%\n      trafficRoutings:\n        - service: web\n          ingress: {classType: nginx, name: web}\n`;

  it('control: the OpenKruise Rollout with disabled: false has no bypass', () => {
    const report = judge([added('deploy/web/kruise.yaml', kruise(false))]);
    expect(report.findings.map((f) => f.rule)).not.toContain('canary/bypass');
  });

  it('control: the Flagger Canary without a switch passes', () => {
    expect(judge([added('deploy/web/canary.yaml', flagger(analysis))]).verdict).toBe('pass');
  });

  it.each([
    ['Flagger skipAnalysis: true', 'canary/bypass', flagger(analysis, '  skipAnalysis: true\n')],
    ['Flagger suspend: true', 'canary/bypass', flagger(analysis, '  suspend: true\n')],
    ['Flagger without an analysis block', 'canary/bypass', flagger('')],
    ['OpenKruise disabled: true', 'canary/bypass', kruise(true)],
    ['Argo steps: []', 'canary/required', argo(`${analysed}      steps: []\n`)],
    [
      'Argo first setWeight: 100',
      'canary/required',
      argo(`${analysed}      steps:\n        - setWeight: 100\n`),
    ],
    [
      'Argo dryRun on every metric',
      'canary/bypass',
      argo(
        `      analysis:\n        templates:\n          - templateName: success-rate\n        dryRun:\n          - metricName: .*\n      steps:\n        - setWeight: 10\n        - pause: {duration: 10m}\n        - setWeight: 30\n        - pause: {duration: 10m}\n`,
      ),
    ],
  ])('case 7: %s fails the check with %s', (_name, rule, manifest) => {
    const report = judge([added('deploy/web/rollout.yaml', manifest)]);
    expect(report.verdict).toBe('fail');
    expect(report.findings).toContainEqual(expect.objectContaining({ rule, level: 'error' }));
  });

  it('Argo dryRun on every metric also leaves the rollout without analysis', () => {
    const manifest = fixtureText('manifests/argo-rollouts/all-metrics-dry-run.yaml');
    const report = judge([added('deploy/catalog/rollout.yaml', manifest)]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'canary/analysis', message: expect.stringMatching(/none can fail/) }),
    );
  });
});

describe('exemptions written by the pull request itself', () => {
  const annotate = (annotations: string) =>
    UNSAFE.replace('metadata:\n', `metadata:\n  # rollout-guard: ignore\n  annotations:\n${annotations}`);
  const wellFormed = annotate(
    '    rollout-guard.dev/exempt: canary/initial-weight, canary/min-stages, canary/min-hold, canary/analysis, canary/regression\n    rollout-guard.dev/exempt-reason: "load test proves 50% is safe for this service"\n    rollout-guard.dev/exempt-expires: "2099-01-01"\n',
  );
  const sloppy = annotate('    rollout-guard.dev/exempt: "true"\n    rollout-guard.dev/skip: "all"\n');

  const modified = (content: string): ChangedFile => ({
    status: 'modified',
    path: MANIFEST,
    base: text(GUARDED),
    head: text(content),
  });
  const errorRules = (report: Report) =>
    report.findings.filter((f) => f.level === 'error').map((f) => f.rule);

  it.each([
    ['a well-formed exemption annotation', wellFormed, 1],
    ['exemption-like annotations and comments', sloppy, 0],
  ])('%s added by the change waives nothing without an approver', (_name, content, read) => {
    const plain = judge([modified(UNSAFE)]);
    const claimed = checkChange({
      changeSet: {
        base: 'b'.repeat(40),
        head: 'h'.repeat(40),
        files: [modified(content)],
        context: [],
        pullRequest: {
          body: `${GOOD_BODY}\n\nrollout-guard: skip\n/rollout-guard exempt canary/initial-weight\n`,
          labels: ['rollout-guard:skip', 'rollout-guard/exempt'],
        },
      },
      policy: BUILTIN_POLICY,
      policyPath: POLICY,
      now: new Date('2026-11-29T12:00:00Z'),
    });
    expect(claimed.verdict).toBe('fail');
    expect(errorRules(claimed)).toEqual(expect.arrayContaining(errorRules(plain)));
    expect(errorRules(plain)).toEqual(expect.arrayContaining(['canary/initial-weight', 'canary/min-stages']));
    expect(claimed.plans[0]?.plan.exemptions ?? []).toHaveLength(read);
    expect(claimed.findings.filter((f) => f.waived !== undefined)).toEqual([]);
  });
});
