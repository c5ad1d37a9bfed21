import { describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/core/model.js';
import { kubernetes } from '../../src/formats/kubernetes.js';
import type { AdapterResult } from '../../src/formats/types.js';
import { documentsOf, fixtureDocuments } from '../helpers.js';

function resultsOf(fixture: string): AdapterResult[] {
  return fixtureDocuments(`manifests/kubernetes/${fixture}`).map((doc) => kubernetes.toPlans(doc));
}

function plansOf(fixture: string): RolloutPlan[] {
  const results = resultsOf(fixture);
  expect(results.flatMap((result) => result.diagnostics)).toEqual([]);
  return results.flatMap((result) => result.plans);
}

function inline(yaml: string): AdapterResult {
  const [doc] = documentsOf(yaml);
  if (!doc) throw new Error('no document');
  return kubernetes.toPlans(doc);
}

const NO_ROLLBACK = ['progressDeadlineSeconds only marks the rollout failed; nothing rolls back'];

describe('kubernetes.detect', () => {
  it.each([
    ['a Deployment', 'apiVersion: apps/v1\nkind: Deployment\n'],
    ['a Service', 'apiVersion: v1\nkind: Service\n'],
    ['a custom resource', 'apiVersion: cert-manager.io/v1\nkind: Certificate\n'],
  ])('claims %s', (_name, yaml) => {
    const [doc] = documentsOf(yaml);
    expect(doc && kubernetes.detect(doc)).toBe(true);
  });

  it.each([
    ['an Argo Rollout', 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\n'],
    ['a Flagger Canary', 'apiVersion: flagger.app/v1beta1\nkind: Canary\n'],
    ['an OpenKruise Rollout', 'apiVersion: rollouts.kruise.io/v1beta1\nkind: Rollout\n'],
    ['a native plan', 'apiVersion: rollout-guard.dev/v1\nkind: RolloutPlan\n'],
    ['a document without kind', 'apiVersion: apps/v1\n'],
    ['a document with a numeric kind', 'apiVersion: apps/v1\nkind: 3\n'],
    ['a Helm values file', 'replicaCount: 2\nimage: {tag: latest}\n'],
  ])('leaves %s to others', (_name, yaml) => {
    const [doc] = documentsOf(yaml);
    expect(doc && kubernetes.detect(doc)).toBe(false);
  });
});

describe('kubernetes Deployment', () => {
  it('a RollingUpdate Deployment is one rolling stage to 100% with no automatic rollback', () => {
    const [plan, ...rest] = plansOf('deployment-rolling.yaml');
    expect(rest).toEqual([]);
    expect(plan).toEqual({
      id: 'kubernetes:Deployment:shop/api',
      format: 'kubernetes',
      file: 'manifests/kubernetes/deployment-rolling.yaml',
      line: 2,
      target: { kind: 'Deployment', name: 'api', namespace: 'shop' },
      strategy: 'rolling',
      stages: [{ weight: 100, hold: 0, gates: [], line: 11 }],
      backgroundGates: [],
      rollback: { automatic: false, how: NO_ROLLBACK, line: 10 },
      bypasses: [],
      workloadStrategy: { type: 'RollingUpdate', line: 12 },
      notes: [],
    });
  });

  it('defaults to RollingUpdate when no strategy is written', () => {
    const [plan] = plansOf('deployment-default-strategy.yaml');
    expect(plan?.strategy).toBe('rolling');
    expect(plan?.stages).toEqual([{ weight: 100, hold: 0, gates: [], line: 6 }]);
    expect(plan?.rollback).toEqual({ automatic: false, how: NO_ROLLBACK });
    expect(plan?.target).toEqual({ kind: 'Deployment', name: 'web' });
  });

  it('Recreate is all at once', () => {
    const [plan] = plansOf('deployment-recreate.yaml');
    expect(plan?.strategy).toBe('all-at-once');
    expect(plan?.stages).toEqual([{ weight: 100, hold: 0, gates: [], line: 8 }]);
  });

  it('notes a canary by convention without changing the strategy', () => {
    const [stable, canary] = plansOf('canary-by-label.yaml');
    expect(stable?.notes).toEqual([]);
    expect(canary?.notes).toEqual([
      'canary by convention: weight is the replica ratio with the stable Deployment',
    ]);
    expect(canary?.strategy).toBe('rolling');
    expect(canary?.line).toBe(23);
  });

  it.each([
    [
      'version: canary on the object',
      'metadata:\n  name: a\n  labels: {version: canary}\nspec: {selector: {}, template: {}}\n',
    ],
    [
      'gruntwork.io/deployment-type: canary on the pods',
      'metadata: {name: a}\nspec:\n  selector: {}\n  template:\n    metadata:\n      labels: {gruntwork.io/deployment-type: canary}\n',
    ],
  ])('recognises %s', (_name, body) => {
    const { plans } = inline(`apiVersion: apps/v1\nkind: Deployment\n${body}`);
    expect(plans[0]?.notes).toEqual([
      'canary by convention: weight is the replica ratio with the stable Deployment',
    ]);
  });

  it('reads older workload API versions', () => {
    const { plans } = inline(
      'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: {name: old}\nspec: {selector: {}, template: {}}\n',
    );
    expect(plans.map((plan) => plan.strategy)).toEqual(['rolling']);
  });

  it('reports an unknown strategy type and judges it as all at once', () => {
    const { plans, diagnostics } = inline(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  selector: {}\n  template: {}\n  strategy:\n    type: BlueGreen\n',
    );
    expect(diagnostics).toEqual([
      {
        code: 'MANIFEST_FIELD_INVALID',
        message: 'spec.strategy.type must be RollingUpdate or Recreate',
        file: 'inline.yaml',
        line: 8,
      },
    ]);
    expect(plans[0]?.strategy).toBe('all-at-once');
  });

  it('notes a paused Deployment', () => {
    const { plans } = inline(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: {paused: true, selector: {}, template: {}}\n',
    );
    expect(plans[0]?.notes).toEqual([
      'spec.paused: true: the Deployment does not roll out until someone resumes it',
    ]);
  });
});

describe('kubernetes StatefulSet and DaemonSet', () => {
  it('notes a StatefulSet partition', () => {
    const [plan] = plansOf('statefulset-partition.yaml');
    expect(plan?.strategy).toBe('rolling');
    expect(plan?.stages).toEqual([{ weight: 100, hold: 0, gates: [], line: 9 }]);
    expect(plan?.rollback).toEqual({
      automatic: false,
      how: ['a StatefulSet never rolls back a failed update by itself'],
    });
    expect(plan?.notes).toEqual([
      'rollingUpdate.partition 3: only pods with ordinal 3 or higher take the new version until the partition is lowered by hand',
    ]);
  });

  it('notes OnDelete', () => {
    const [plan] = plansOf('daemonset-ondelete.yaml');
    expect(plan?.id).toBe('kubernetes:DaemonSet:monitoring/node-agent');
    expect(plan?.strategy).toBe('rolling');
    expect(plan?.notes).toEqual([
      'updateStrategy OnDelete: pods take the new version only when someone deletes them',
    ]);
  });

  it('knows that the oldest API versions defaulted to OnDelete', () => {
    const { plans } = inline(
      'apiVersion: apps/v1beta1\nkind: StatefulSet\nmetadata: {name: db}\nspec: {selector: {}, template: {}}\n',
    );
    expect(plans[0]?.notes).toEqual([
      'updateStrategy OnDelete: pods take the new version only when someone deletes them',
    ]);
  });
});

describe('kubernetes objects that roll nothing out', () => {
  it('Services, ConfigMaps and Ingresses give no plan and no diagnostic', () => {
    expect(resultsOf('services-only.yaml')).toEqual([
      { plans: [], diagnostics: [] },
      { plans: [], diagnostics: [] },
      { plans: [], diagnostics: [] },
    ]);
  });

  it('a workload without a pod template is a partial object (a Kustomize patch): unsupported, not a rolling Deployment', () => {
    const { plans, diagnostics } = inline(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  replicas: 5\n',
    );
    expect(plans).toEqual([]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'MANIFEST_UNSUPPORTED',
        line: 2,
        message: expect.stringMatching(/partial object/),
      }),
    ]);
  });

  it('a Deployment kind in another API group is not a workload', () => {
    expect(inline('apiVersion: example.com/v1\nkind: Deployment\nmetadata: {name: a}\n').plans).toEqual([]);
  });
});

describe('kubernetes List', () => {
  it('judges each item, with lines inside the list', () => {
    const plans = plansOf('list.yaml');
    expect(plans.map((plan) => [plan.id, plan.strategy, plan.line, plan.stages[0]?.line])).toEqual([
      ['kubernetes:Deployment:finance/ledger', 'all-at-once', 9, 14],
      ['kubernetes:StatefulSet:finance/ledger-db', 'rolling', 19, 24],
    ]);
    expect(plans[1]?.notes[0]).toMatch(/^rollingUpdate\.partition 2:/);
  });

  it('gives items of a typed list the list item kind', () => {
    const { plans } = inline(
      'apiVersion: apps/v1\nkind: DeploymentList\nitems:\n  - metadata: {name: a}\n    spec: {selector: {}, template: {}}\n  - metadata: {name: b}\n    spec: {strategy: {type: Recreate}, selector: {}, template: {}}\n',
    );
    expect(plans.map((plan) => [plan.target.name, plan.strategy, plan.line])).toEqual([
      ['a', 'rolling', 4],
      ['b', 'all-at-once', 6],
    ]);
  });

  it('reports items that are not a list', () => {
    const { plans, diagnostics } = inline('apiVersion: v1\nkind: List\nitems: {a: 1}\n');
    expect(plans).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['MANIFEST_FIELD_INVALID', 3]]);
  });
});

describe('kubernetes odd input', () => {
  const garbage: unknown[] = [null, 0, 'x', '', true, [], [null], {}, [[[]]], { a: [1, 'b'] }];
  const slots = [
    ['metadata'],
    ['metadata', 'name'],
    ['metadata', 'labels'],
    ['spec'],
    ['spec', 'strategy'],
    ['spec', 'strategy', 'type'],
    ['spec', 'template'],
    ['spec', 'updateStrategy'],
    ['spec', 'updateStrategy', 'rollingUpdate'],
    ['items'],
  ];

  it.each(['Deployment', 'StatefulSet', 'List'])('never throws on a %s with garbage in any field', (kind) => {
    for (const slot of slots) {
      for (const value of garbage) {
        const root: Record<string, unknown> = { apiVersion: kind === 'List' ? 'v1' : 'apps/v1', kind };
        let node = root;
        for (const key of slot.slice(0, -1)) node = (node[key] = {}) as Record<string, unknown>;
        node[slot[slot.length - 1] as string] = value;
        const result = kubernetes.toPlans({
          file: 'x.yaml',
          index: 0,
          line: 1,
          value: root,
          lineOf: () => 1,
        });
        for (const plan of result.plans)
          expect(plan.stages).toEqual([{ weight: 100, hold: 0, gates: [], line: 1 }]);
      }
    }
  });

  it('never throws on documents that are not mappings', () => {
    for (const value of garbage) {
      expect(kubernetes.toPlans({ file: 'x.yaml', index: 0, line: 1, value, lineOf: () => 1 })).toEqual({
        plans: [],
        diagnostics: [],
      });
    }
  });
});
