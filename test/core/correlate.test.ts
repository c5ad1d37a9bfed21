import { describe, expect, it } from 'vitest';
import { linkDeliveries } from '../../src/core/correlate.js';
import type { RolloutPlan } from '../../src/core/model.js';
import { establishedNamespace } from '../../src/core/namespaces.js';
import { canaryPlan } from '../support/plans.js';

const deployment = (name: string, namespace?: string, file = 'apps/shop/deployment.yaml'): RolloutPlan =>
  canaryPlan([], {
    id: `kubernetes:Deployment:${namespace ?? ''}/${name}`,
    format: 'kubernetes',
    file,
    strategy: 'rolling',
    target: { kind: 'Deployment', name, ...(namespace ? { namespace } : {}) },
  });

const canary = (
  name: string,
  namespace?: string,
  format: RolloutPlan['format'] = 'flagger',
  file = 'apps/shop/canary.yaml',
): RolloutPlan =>
  canaryPlan([[10, 60]], {
    id: `${format}:Canary:${namespace ?? ''}/${name}`,
    format,
    file,
    target: { kind: 'Canary', name, ...(namespace ? { namespace } : {}) },
    delivers: { kind: 'Deployment', name },
  });

const asWritten = (plan: RolloutPlan) => establishedNamespace(plan, new Map());
const link = (plans: RolloutPlan[], candidates: RolloutPlan[], namespaceOf = asWritten) =>
  linkDeliveries(plans, candidates, namespaceOf);

describe('linkDeliveries', () => {
  it('links a Deployment to the Canary that targets it, by kind, name and namespace', () => {
    const [linked] = link(
      [deployment('podinfo', 'test')],
      [canary('podinfo', 'test', 'flagger', 'other/canary.yaml')],
    );
    expect(linked?.deliveredBy).toBe('flagger:Canary:test/podinfo');
  });

  it('links objects without a namespace only when they sit in one folder', () => {
    expect(link([deployment('api')], [canary('api')])[0]?.deliveredBy).toBe('flagger:Canary:/api');
    expect(link([deployment('api', 'default')], [canary('api')])[0]?.deliveredBy).toBe('flagger:Canary:/api');
    // A staging Canary does not deliver the production Deployment of the same name.
    const staging = canary('api', undefined, 'flagger', 'deploy/staging/canary.yaml');
    const production = deployment('api', undefined, 'deploy/production/deployment.yaml');
    expect(link([production], [staging])[0]?.deliveredBy).toBeUndefined();
  });

  it('takes the namespace a kustomization sets over what the object says', () => {
    const kustomize = new Map([
      ['deploy/staging', 'staging'],
      ['deploy/production', 'production'],
    ]);
    const namespaceOf = (plan: RolloutPlan) => establishedNamespace(plan, kustomize);
    const staging = canary('api', 'production', 'flagger', 'deploy/staging/canary.yaml');
    const production = deployment('api', undefined, 'deploy/production/deployment.yaml');
    expect(link([production], [staging], namespaceOf)[0]?.deliveredBy).toBeUndefined();
    const sameNamespace = canary('api', undefined, 'flagger', 'deploy/production/canaries/canary.yaml');
    expect(link([production], [sameNamespace], namespaceOf)[0]?.deliveredBy).toBe('flagger:Canary:/api');
  });

  it('does not link across namespaces, names or kinds', () => {
    expect(link([deployment('api', 'prod')], [canary('api', 'staging')])[0]?.deliveredBy).toBeUndefined();
    expect(link([deployment('api')], [canary('web')])[0]?.deliveredBy).toBeUndefined();
    const statefulSet = { ...deployment('api'), target: { kind: 'StatefulSet', name: 'api' } };
    expect(link([statefulSet], [canary('api')])[0]?.deliveredBy).toBeUndefined();
  });

  it('links a workload that two rollout objects may deliver to neither, and says why', () => {
    const [linked] = link(
      [deployment('api')],
      [
        canary('api', undefined, 'flagger', 'apps/shop/a.yaml'),
        canary('api', undefined, 'argo-rollouts', 'apps/shop/b.yaml'),
      ],
    );
    expect(linked?.deliveredBy).toBeUndefined();
    expect(linked?.notes).toEqual([
      'Canary api (apps/shop/a.yaml) and Canary api (apps/shop/b.yaml) may both deliver it; rollout-guard cannot tell which, so it is judged on its own',
    ]);
  });

  it('counts one rollout object read twice (changed, and found again unchanged) once', () => {
    const once = canary('api', 'shop');
    expect(link([deployment('api', 'shop')], [once, { ...once }])[0]?.deliveredBy).toBe(once.id);
  });

  it('never hands a plan that is not a plain workload to another rollout object', () => {
    // A native plan describing a Deployment's rollout keeps its own judgement, even when a Canary
    // names that Deployment.
    const nativePlan = { ...deployment('api', 'shop'), format: 'native' as const, id: 'native:api' };
    expect(link([nativePlan], [canary('api', 'shop')])[0]).toBe(nativePlan);
  });

  it('lets only rollout controllers take a workload over, not a native plan', () => {
    expect(link([deployment('api')], [canary('api', undefined, 'native')])[0]?.deliveredBy).toBeUndefined();
    expect(
      link([deployment('api')], [canary('api', undefined, 'argo-rollouts')])[0]?.deliveredBy,
    ).toBeDefined();
  });

  it('leaves plans of other formats and unmatched workloads as they were', () => {
    const rollout = canary('api');
    const plain = deployment('alone');
    const [first, second] = link([rollout, plain], [rollout]);
    expect(first).toBe(rollout);
    expect(second).toBe(plain);
  });
});
