import { describe, expect, it } from 'vitest';
import { linkDeliveries } from '../../src/core/correlate.js';
import type { RolloutPlan } from '../../src/core/model.js';
import { canaryPlan } from '../support/plans.js';

const deployment = (name: string, namespace?: string): RolloutPlan =>
  canaryPlan([], {
    id: `kubernetes:Deployment:${namespace ?? ''}/${name}`,
    format: 'kubernetes',
    strategy: 'rolling',
    target: { kind: 'Deployment', name, ...(namespace ? { namespace } : {}) },
  });

const canary = (name: string, namespace?: string, format: RolloutPlan['format'] = 'flagger'): RolloutPlan =>
  canaryPlan([[10, 60]], {
    id: `${format}:Canary:${namespace ?? ''}/${name}`,
    format,
    target: { kind: 'Canary', name, ...(namespace ? { namespace } : {}) },
    delivers: { kind: 'Deployment', name, ...(namespace ? { namespace } : {}) },
  });

describe('linkDeliveries', () => {
  it('links a Deployment to the Canary that targets it, by kind, name and namespace', () => {
    const [linked] = linkDeliveries([deployment('podinfo', 'test')], [canary('podinfo', 'test')]);
    expect(linked?.deliveredBy).toBe('flagger:Canary:test/podinfo');
  });

  it('treats a missing namespace as "default" on both sides', () => {
    expect(linkDeliveries([deployment('api')], [canary('api', 'default')])[0]?.deliveredBy).toBe(
      'flagger:Canary:default/api',
    );
    expect(linkDeliveries([deployment('api', 'default')], [canary('api')])[0]?.deliveredBy).toBe(
      'flagger:Canary:/api',
    );
  });

  it('does not link across namespaces, names or kinds', () => {
    expect(
      linkDeliveries([deployment('api', 'prod')], [canary('api', 'staging')])[0]?.deliveredBy,
    ).toBeUndefined();
    expect(linkDeliveries([deployment('api')], [canary('web')])[0]?.deliveredBy).toBeUndefined();
    const statefulSet = { ...deployment('api'), target: { kind: 'StatefulSet', name: 'api' } };
    expect(linkDeliveries([statefulSet], [canary('api')])[0]?.deliveredBy).toBeUndefined();
  });

  it('lets only rollout controllers take a workload over, not a native plan', () => {
    expect(
      linkDeliveries([deployment('api')], [canary('api', undefined, 'native')])[0]?.deliveredBy,
    ).toBeUndefined();
    expect(
      linkDeliveries([deployment('api')], [canary('api', undefined, 'argo-rollouts')])[0]?.deliveredBy,
    ).toBeDefined();
  });

  it('leaves plans of other formats and unmatched workloads as they were', () => {
    const rollout = canary('api');
    const plain = deployment('alone');
    const [first, second] = linkDeliveries([rollout, plain], [rollout]);
    expect(first).toBe(rollout);
    expect(second).toBe(plain);
  });
});
