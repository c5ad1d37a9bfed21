import { describe, expect, it } from 'vitest';
import { environmentFor } from '../../src/core/environments.js';
import type { RolloutPlan } from '../../src/core/model.js';
import { BUILTIN_POLICY } from '../../src/core/policy.js';
import type { EnvironmentMatch, Policy } from '../../src/core/policy.js';
import { canaryPlan, environment } from '../support/plans.js';

const policyWith = (...matches: [name: string, match: Partial<EnvironmentMatch>][]): Policy => ({
  ...BUILTIN_POLICY,
  environments: matches.map(([name, match]) => ({
    ...environment(),
    name,
    match: { paths: [], namespaces: [], targets: [], ...match },
  })),
  defaultEnvironment: { ...environment(), name: 'default' },
});

const plan = (overrides: Partial<RolloutPlan> = {}) => canaryPlan([[10, 60]], overrides);
const envOf = (p: RolloutPlan, policy: Policy) => environmentFor(p, policy).name;

describe('environmentFor', () => {
  it('falls back to the default environment when nothing matches', () => {
    const policy = policyWith([
      'production',
      { paths: ['prod/**'], namespaces: ['prod'], targets: ['api-*'] },
    ]);
    expect(envOf(plan(), policy)).toBe('default');
    expect(envOf(plan(), policyWith())).toBe('default');
  });

  it('matches the plan’s file by path glob, ignoring case', () => {
    const policy = policyWith(['production', { paths: ['deploy/prod/**'] }]);
    expect(envOf(plan({ file: 'deploy/prod/checkout.yaml' }), policy)).toBe('production');
    expect(envOf(plan({ file: 'Deploy/PROD/checkout.YAML' }), policy)).toBe('production');
    expect(envOf(plan({ file: 'deploy/staging/checkout.yaml' }), policy)).toBe('default');
  });

  it('matches the namespace written on the object, case-sensitively', () => {
    const policy = policyWith(['production', { namespaces: ['prod-*'] }]);
    const inNamespace = (namespace: string) =>
      plan({ target: { kind: 'Rollout', name: 'checkout', namespace } });
    expect(envOf(inNamespace('prod-eu'), policy)).toBe('production');
    expect(envOf(inNamespace('Prod-eu'), policy)).toBe('default');
    expect(envOf(inNamespace('staging'), policy)).toBe('default');
  });

  it('takes the namespace of the delivered workload when the object has none', () => {
    const policy = policyWith(['production', { namespaces: ['prod'] }]);
    const canary = plan({
      target: { kind: 'Canary', name: 'checkout' },
      delivers: { kind: 'Deployment', name: 'checkout', namespace: 'prod' },
    });
    expect(envOf(canary, policy)).toBe('production');
    const ownFirst = plan({
      target: { kind: 'Canary', name: 'checkout', namespace: 'staging' },
      delivers: { kind: 'Deployment', name: 'checkout', namespace: 'prod' },
    });
    expect(envOf(ownFirst, policy)).toBe('default');
  });

  it('does not match a namespace glob when no namespace is known', () => {
    const policy = policyWith(['everything', { namespaces: ['*'] }]);
    expect(envOf(plan({ target: { kind: 'Rollout', name: 'checkout' } }), policy)).toBe('default');
  });

  it('matches the target’s name or the delivered workload’s, case-sensitively', () => {
    const policy = policyWith(['payments', { targets: ['pay-*'] }]);
    expect(envOf(plan({ target: { kind: 'Rollout', name: 'pay-api' } }), policy)).toBe('payments');
    expect(envOf(plan({ target: { kind: 'Rollout', name: 'Pay-api' } }), policy)).toBe('default');
    const canary = plan({
      target: { kind: 'Canary', name: 'canary-1' },
      delivers: { kind: 'Deployment', name: 'pay-worker' },
    });
    expect(envOf(canary, policy)).toBe('payments');
  });

  it('takes the first environment in the policy’s order that matches in any way', () => {
    const policy = policyWith(
      ['staging', { targets: ['checkout'] }],
      ['production', { paths: ['deploy/**'] }],
    );
    expect(envOf(plan({ file: 'deploy/checkout/rollout.yaml' }), policy)).toBe('staging');
    const reversed = policyWith(
      ['production', { paths: ['deploy/**'] }],
      ['staging', { targets: ['checkout'] }],
    );
    expect(envOf(plan({ file: 'deploy/checkout/rollout.yaml' }), reversed)).toBe('production');
  });

  it('compiles each policy on its own', () => {
    const first = policyWith(['production', { paths: ['a/**'] }]);
    const second = policyWith(['production', { paths: ['b/**'] }]);
    expect(envOf(plan({ file: 'a/r.yaml' }), first)).toBe('production');
    expect(envOf(plan({ file: 'a/r.yaml' }), second)).toBe('default');
    expect(envOf(plan({ file: 'b/r.yaml' }), second)).toBe('production');
    expect(envOf(plan({ file: 'b/r.yaml' }), first)).toBe('default');
  });
});
