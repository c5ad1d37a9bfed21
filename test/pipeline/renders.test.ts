/**
 * What renders is what counts: a change that alters what a chart, a HelmRelease, an Argo CD
 * Application or a kustomization renders, without touching a rollout file, is judged from the
 * rendered output when it is given, and is otherwise "unverifiable" where the policy protects
 * rollouts.
 */
import { describe, expect, it } from 'vitest';
import type { ChangedFile, ChangeSet, ContextFile, Report } from '../../src/core/model.js';
import { BUILTIN_POLICY, parsePolicy } from '../../src/core/policy.js';
import type { Policy } from '../../src/core/policy.js';
import { checkChange } from '../../src/pipeline/index.js';

const text = (value: string) => ({ kind: 'text' as const, text: value });
const modified = (path: string, base: string, head: string): ChangedFile => ({
  status: 'modified',
  path,
  base: text(base),
  head: text(head),
});
const chartFile = (folder: string, extra = '') => ({
  path: `${folder}/Chart.yaml`,
  content: text(`apiVersion: v2\nname: shop\nversion: 1.0.0\n${extra}`),
});

function judge(
  files: ChangedFile[],
  options: { folderFiles?: ContextFile[]; rendered?: ContextFile[]; policy?: Policy } = {},
): Report {
  const changeSet: ChangeSet = {
    base: 'b'.repeat(40),
    head: 'h'.repeat(40),
    files,
    context: [],
    ...(options.folderFiles ? { folderFiles: { base: options.folderFiles, head: options.folderFiles } } : {}),
    ...(options.rendered ? { rendered: options.rendered } : {}),
    pullRequest: { body: '', labels: [] },
  };
  return checkChange({
    changeSet,
    policy: options.policy ?? BUILTIN_POLICY,
    policyPath: '.github/rollout-guard.yml',
    now: new Date('2026-12-01T12:00:00Z'),
  });
}

const unverifiable = (report: Report) =>
  report.findings.filter((f) => f.rule === 'manifest/invalid').map((f) => [f.level, f.file, f.line]);

describe('Helm chart values', () => {
  const values = modified('apps/shop/values-prod.yaml', 'replicas: 2\n', 'replicas: 3\n');

  it('a values file of a chart (its Chart.yaml unchanged, found by the source) is unverifiable without rendering', () => {
    const report = judge([values], { folderFiles: [chartFile('apps/shop')] });
    expect(unverifiable(report)).toEqual([['error', 'apps/shop/values-prod.yaml', 1]]);
    expect(report.findings[0]?.message).toMatch(/changes what the Helm chart shop \(apps\/shop\) renders/);
  });

  it('one finding for a chart whose values and templates both changed, every file listed', () => {
    const template = modified(
      'apps/shop/templates/deployment.yaml',
      'kind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n',
      'kind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-v2\n',
    );
    const report = judge([values, template], { folderFiles: [chartFile('apps/shop')] });
    const findings = report.findings.filter((f) => f.rule === 'manifest/invalid');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/edits 2 files of the Helm chart shop \(apps\/shop\)/);
    expect(findings[0]?.places?.map((p) => p.file).sort()).toEqual([
      'apps/shop/templates/deployment.yaml',
      'apps/shop/values-prod.yaml',
    ]);
  });

  it('is judged through the rendered output when the chart was rendered', () => {
    const rendered = [
      {
        path: 'rendered/shop.yaml',
        content: text(
          '---\n# Source: shop/templates/service.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: shop\n',
        ),
      },
    ];
    expect(unverifiable(judge([values], { folderFiles: [chartFile('apps/shop')], rendered }))).toEqual([]);
  });

  it('says nothing of a library chart, of a file in no chart, or where the policy protects no rollout', () => {
    expect(
      unverifiable(judge([values], { folderFiles: [chartFile('apps/shop', 'type: library\n')] })),
    ).toEqual([]);
    expect(unverifiable(judge([values], { folderFiles: [] }))).toEqual([]);
    const relaxed = parsePolicy('version: 1\ndefaults:\n  canary: { required: false }\n', 'p.yml');
    if (!relaxed.ok) throw new Error('policy');
    expect(
      unverifiable(judge([values], { folderFiles: [chartFile('apps/shop')], policy: relaxed.policy })),
    ).toEqual([]);
  });
});

describe('Flux HelmRelease and Argo CD Application', () => {
  const release = (values: string) =>
    `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: shop\nspec:\n  chart:\n    spec:\n      chart: shop\n  values:\n${values}`;
  const application = (revision: string) =>
    `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: shop\nspec:\n  source:\n    repoURL: https://charts.example.com\n    chart: shop\n    targetRevision: ${revision}\n`;

  it('a change to the inline values of a HelmRelease is unverifiable at its spec', () => {
    const report = judge([
      modified(
        'clusters/prod/shop.yaml',
        release('    canary: { stepWeight: 5 }\n'),
        release('    canary: { stepWeight: 50 }\n'),
      ),
    ]);
    expect(unverifiable(report)).toEqual([['error', 'clusters/prod/shop.yaml', 5]]);
  });

  it('a HelmRelease whose metadata alone changed renders the same: no finding', () => {
    const before = release('    image: { tag: "1" }\n');
    const after = before.replace('  name: shop\n', '  name: shop\n  labels: { team: a }\n');
    expect(unverifiable(judge([modified('clusters/prod/shop.yaml', before, after)]))).toEqual([]);
  });

  it('a new chart version in an Application is unverifiable', () => {
    const report = judge([modified('apps/shop.yaml', application('1.2.0'), application('2.0.0'))]);
    expect(report.findings[0]?.message).toMatch(/changes the source or values of Application shop/);
  });
});

describe('Kustomize patches', () => {
  const kustomization = (patch: string) =>
    `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [../base]\npatches:\n${patch}`;

  it('an inline patch of a Rollout that changes is unverifiable at its entry', () => {
    const before = kustomization(
      '  - target: { kind: Rollout }\n    patch: |-\n      - op: replace\n        path: /spec/strategy/canary/steps/0/setWeight\n        value: 5\n',
    );
    const after = before.replace('value: 5', 'value: 100');
    const report = judge([modified('overlays/prod/kustomization.yaml', before, after)]);
    expect(unverifiable(report)).toEqual([['error', 'overlays/prod/kustomization.yaml', 5]]);
  });

  it('a patch of a ConfigMap is not', () => {
    const before = kustomization(
      '  - target: { kind: ConfigMap }\n    patch: |-\n      - op: add\n        path: /data/a\n        value: "1"\n',
    );
    const after = before.replace('value: "1"', 'value: "2"');
    expect(unverifiable(judge([modified('overlays/prod/kustomization.yaml', before, after)]))).toEqual([]);
  });

  it('a changed patch file that an unchanged kustomization lists is unverifiable', () => {
    const patch = (weight: number) =>
      `- op: replace\n  path: /spec/strategy/canary/steps/0/setWeight\n  value: ${weight}\n`;
    const report = judge([modified('overlays/prod/steps.yaml', patch(5), patch(100))], {
      folderFiles: [
        {
          path: 'overlays/prod/kustomization.yaml',
          content: text(kustomization('  - path: steps.yaml\n    target: { kind: Rollout }\n')),
        },
      ],
    });
    expect(unverifiable(report)).toEqual([['error', 'overlays/prod/steps.yaml', 1]]);
    expect(report.findings[0]?.message).toMatch(/listed in overlays\/prod\/kustomization.yaml/);
  });

  it('a listed strategic-merge patch of another kind (a webhook, a CRD) is not', () => {
    const patch = (value: string) =>
      `apiVersion: admissionregistration.k8s.io/v1\nkind: MutatingWebhookConfiguration\nmetadata:\n  name: hook\nwebhooks:\n  - name: ${value}\n`;
    const report = judge([modified('config/webhook/patch.yaml', patch('a'), patch('b'))], {
      folderFiles: [
        { path: 'config/webhook/kustomization.yaml', content: text('patches:\n  - path: patch.yaml\n') },
      ],
    });
    expect(unverifiable(report)).toEqual([]);
  });

  it('a kustomization and the patch file it lists, changed together, are one finding', () => {
    const patch = (image: string) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ${image}\n`;
    const report = judge([
      modified(
        'apps/api/kustomization.yaml',
        'resources: [../base]\n',
        'resources: [../base]\npatches:\n  - path: deployment.patch.yaml\n',
      ),
      modified('apps/api/deployment.patch.yaml', patch('api:1'), patch('api:2')),
    ]);
    const findings = report.findings.filter((f) => f.rule === 'manifest/invalid');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.places?.map((p) => p.file).sort()).toEqual([
      'apps/api/deployment.patch.yaml',
      'apps/api/kustomization.yaml',
    ]);
  });
});
