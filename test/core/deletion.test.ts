import { describe, expect, it } from 'vitest';
import { deletionWeakens } from '../../src/core/deletion.js';
import type { DeletionContext } from '../../src/core/deletion.js';
import type { RolloutPlan } from '../../src/core/model.js';
import { canaryPlan } from '../support/plans.js';

const deployment = (name: string, file: string, namespace?: string, kind = 'Deployment'): RolloutPlan =>
  canaryPlan([], {
    id: `kubernetes:${kind}:${namespace ?? ''}/${name}`,
    format: 'kubernetes',
    file,
    strategy: 'rolling',
    target: { kind, name, ...(namespace !== undefined ? { namespace } : {}) },
  });

const canary = (
  name: string,
  file: string,
  namespace?: string,
  options: { format?: RolloutPlan['format']; delivers?: string; deliversKind?: string } = {},
): RolloutPlan => {
  const format = options.format ?? 'flagger';
  return canaryPlan([[10, 60]], {
    id: `${format}:Canary:${namespace ?? ''}/${name}`,
    format,
    file,
    target: {
      kind: format === 'flagger' ? 'Canary' : 'Rollout',
      name,
      ...(namespace !== undefined ? { namespace } : {}),
    },
    delivers: { kind: options.deliversKind ?? 'Deployment', name: options.delivers ?? name },
  });
};

const context = (overrides: Partial<DeletionContext> = {}): DeletionContext => ({
  removed: [],
  head: [],
  renames: new Map(),
  reads: () => true,
  namespaceAtBase: (plan) => plan.target.namespace,
  namespaceAtHead: (plan) => plan.target.namespace,
  ...overrides,
});

const weakens =
  /^the change deletes Canary podinfo, which delivers Deployment podinfo; unless the change also removes the Deployment, it then rolls out without the Canary$/;

describe('deletionWeakens', () => {
  describe('a rollout moved out of sight', () => {
    it('weakens when the file moves where the policy does not read', () => {
      const plan = canary('podinfo', 'apps/canary.yaml', 'test');
      const reason = deletionWeakens(
        plan,
        context({
          renames: new Map([['apps/canary.yaml', 'apps/canary.txt']]),
          reads: (path) => path.endsWith('.yaml'),
          removed: [plan, deployment('podinfo', 'apps/deploy.yaml', 'test')],
        }),
      );
      expect(reason).toBe(
        'the change moves Canary podinfo to apps/canary.txt, which the policy does not read (excluded, or not a YAML or JSON file): it may still be deployed from there, unjudged',
      );
    });

    it('weakens even for a self-contained rollout', () => {
      const plan = canaryPlan([[10, 60]], { file: 'deploy/rollout.yaml' });
      const reason = deletionWeakens(
        plan,
        context({
          renames: new Map([['deploy/rollout.yaml', 'vendor/rollout.yaml']]),
          reads: (p) => !p.startsWith('vendor/'),
        }),
      );
      expect(reason).toMatch(
        /^the change moves Rollout checkout to vendor\/rollout.yaml, which the policy does not read/,
      );
    });

    it('does not weaken when the new path is read', () => {
      const plan = canaryPlan([[10, 60]], { file: 'deploy/rollout.yaml' });
      const reason = deletionWeakens(
        plan,
        context({ renames: new Map([['deploy/rollout.yaml', 'apps/rollout.yaml']]) }),
      );
      expect(reason).toBeUndefined();
    });
  });

  it('does not weaken when a self-contained rollout is deleted', () => {
    expect(deletionWeakens(canaryPlan([[10, 60]]), context())).toBeUndefined();
  });

  it('does not weaken when a plain workload is deleted', () => {
    expect(deletionWeakens(deployment('podinfo', 'apps/deploy.yaml', 'test'), context())).toBeUndefined();
  });

  it('weakens when a Canary is deleted and its Deployment stays', () => {
    const plan = canary('podinfo', 'apps/canary.yaml', 'test');
    expect(deletionWeakens(plan, context({ removed: [plan] }))).toMatch(weakens);
  });

  describe('the app deleted together', () => {
    it('does not weaken when the Deployment goes in the same change', () => {
      const plan = canary('podinfo', 'apps/canary.yaml', 'test');
      const removed = [plan, deployment('podinfo', 'apps/deploy.yaml', 'test')];
      expect(deletionWeakens(plan, context({ removed }))).toBeUndefined();
    });

    it('does not weaken when namespaces are unknown but the Deployment sat in the same folder', () => {
      const plan = canary('podinfo', 'apps/canary.yaml');
      const removed = [plan, deployment('podinfo', 'apps/deploy.yaml')];
      expect(deletionWeakens(plan, context({ removed }))).toBeUndefined();
    });

    it('uses the namespaces established at base', () => {
      const plan = canary('podinfo', 'apps/canary.yaml');
      const removed = [plan, deployment('podinfo', 'other/deploy.yaml')];
      const namespaceAtBase = () => 'test';
      expect(deletionWeakens(plan, context({ removed, namespaceAtBase }))).toBeUndefined();
      expect(deletionWeakens(plan, context({ removed, namespaceAtHead: () => 'test' }))).toMatch(weakens);
    });

    it.each([
      ['another namespace', deployment('podinfo', 'apps/deploy.yaml', 'prod')],
      ['another folder, namespace unknown', deployment('podinfo', 'other/deploy.yaml')],
      ['another name', deployment('frontend', 'apps/deploy.yaml', 'test')],
      ['another kind', deployment('podinfo', 'apps/deploy.yaml', 'test', 'StatefulSet')],
      ['a rollout object of that name', canary('podinfo', 'apps/other-canary.yaml', 'test')],
    ])('weakens when the Deployment removed is in %s', (_, other) => {
      const plan = canary('podinfo', 'apps/canary.yaml', 'test');
      expect(deletionWeakens(plan, context({ removed: [plan, other] }))).toMatch(weakens);
    });
  });

  describe('the workload taken over by another rollout object', () => {
    it('does not weaken when an Argo Rollout delivers the Deployment at head', () => {
      const plan = canary('podinfo', 'apps/canary.yaml', 'test');
      const rollout = canary('podinfo', 'apps/rollout.yaml', 'test', { format: 'argo-rollouts' });
      expect(deletionWeakens(plan, context({ removed: [plan], head: [rollout] }))).toBeUndefined();
    });

    it('takes the namespace of the Deployment from the base, and the new owner’s from the head', () => {
      const plan = canary('podinfo', 'apps/canary.yaml');
      const rollout = canary('podinfo', 'elsewhere/rollout.yaml', undefined, { format: 'argo-rollouts' });
      const inTest = context({
        removed: [plan],
        head: [rollout],
        namespaceAtBase: () => 'test',
        namespaceAtHead: (p) => (p === rollout ? 'test' : undefined),
      });
      expect(deletionWeakens(plan, inTest)).toBeUndefined();
      const headElsewhere = context({
        removed: [plan],
        head: [rollout],
        namespaceAtBase: () => 'test',
        namespaceAtHead: () => 'prod',
      });
      expect(deletionWeakens(plan, headElsewhere)).toMatch(weakens);
    });

    it.each([
      ['in another namespace', canary('podinfo', 'apps/rollout.yaml', 'prod', { format: 'argo-rollouts' })],
      [
        'of another workload',
        canary('podinfo', 'apps/rollout.yaml', 'test', { format: 'argo-rollouts', delivers: 'web' }),
      ],
      [
        'of another kind of workload',
        canary('podinfo', 'apps/rollout.yaml', 'test', {
          format: 'argo-rollouts',
          deliversKind: 'StatefulSet',
        }),
      ],
      [
        'that is not a rollout controller',
        canary('podinfo', 'apps/rollout.yaml', 'test', { format: 'native' }),
      ],
    ])('weakens when the rollout object at head is %s', (_, other) => {
      const plan = canary('podinfo', 'apps/canary.yaml', 'test');
      expect(deletionWeakens(plan, context({ removed: [plan], head: [other] }))).toMatch(weakens);
    });
  });
});
