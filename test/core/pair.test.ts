import { describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/core/model.js';
import { pairPlans } from '../../src/core/pair.js';
import type { PairingInput, PlanPair } from '../../src/core/pair.js';
import { canaryPlan } from '../support/plans.js';

/** An Argo Rollout named `name` in `file`, with the namespace written in its metadata (if any). */
const rollout = (
  name: string,
  file: string,
  options: { namespace?: string; format?: RolloutPlan['format']; kind?: string; id?: string } = {},
): RolloutPlan => {
  const format = options.format ?? 'argo-rollouts';
  const kind = options.kind ?? 'Rollout';
  return canaryPlan([[10, 60]], {
    id: options.id ?? `${format}:${kind}:${options.namespace ?? ''}/${name}`,
    format,
    file,
    target: { kind, name, ...(options.namespace !== undefined ? { namespace: options.namespace } : {}) },
  });
};

/** The namespace as written on the object: what `establishNamespaces` gives without kustomizations. */
const asWritten = (plan: RolloutPlan) => plan.target.namespace;

const pair = (input: Partial<PairingInput> & Pick<PairingInput, 'base' | 'head'>): PlanPair[] =>
  pairPlans({ renames: new Map(), namespaceAtBase: asWritten, namespaceAtHead: asWritten, ...input });

/** Each pair as `change base-file:name -> head-file:name`, for readable expectations. */
const describePairs = (pairs: PlanPair[]) =>
  pairs.map((p) => {
    const where = (plan: RolloutPlan) => `${plan.file}:${plan.target.name}`;
    if (p.change === 'modified' && p.basePlan) return `modified ${where(p.basePlan)} -> ${where(p.plan)}`;
    return `${p.change} ${where(p.plan)}`;
  });

describe('pairPlans', () => {
  it('pairs an object with its namesake in the same file', () => {
    const base = rollout('checkout', 'apps/rollout.yaml', { namespace: 'shop' });
    const head = rollout('checkout', 'apps/rollout.yaml', { namespace: 'shop' });
    const pairs = pair({ base: [base], head: [head] });
    expect(pairs).toEqual([{ change: 'modified', plan: head, basePlan: base }]);
  });

  it('reports an object only at head as added, and one only at base as removed', () => {
    const pairs = pair({
      base: [rollout('old', 'apps/a.yaml', { kind: 'Rollout' })],
      head: [rollout('new', 'apps/a.yaml', { format: 'flagger', kind: 'Canary' })],
    });
    expect(describePairs(pairs)).toEqual(['added apps/a.yaml:new', 'removed apps/a.yaml:old']);
    expect(pairs.every((p) => p.basePlan === undefined && p.ambiguous === undefined)).toBe(true);
  });

  it('follows a renamed file to its new path', () => {
    const pairs = pair({
      base: [rollout('checkout', 'old/rollout.yaml'), rollout('cart', 'old/rollout.yaml')],
      head: [rollout('checkout', 'new/rollout.yaml'), rollout('cart', 'new/rollout.yaml')],
      renames: new Map([['old/rollout.yaml', 'new/rollout.yaml']]),
    });
    expect(describePairs(pairs)).toEqual([
      'modified old/rollout.yaml:checkout -> new/rollout.yaml:checkout',
      'modified old/rollout.yaml:cart -> new/rollout.yaml:cart',
    ]);
  });

  it('keeps objects of the same name in one file apart by their namespace', () => {
    const pairs = pair({
      base: [
        rollout('checkout', 'apps/all.yaml', { namespace: 'staging' }),
        rollout('checkout', 'apps/all.yaml', { namespace: 'production' }),
      ],
      head: [
        rollout('checkout', 'apps/all.yaml', { namespace: 'production' }),
        rollout('checkout', 'apps/all.yaml', { namespace: 'staging' }),
      ],
    });
    expect(pairs.map((p) => [p.basePlan?.target.namespace, p.plan.target.namespace])).toEqual([
      ['staging', 'staging'],
      ['production', 'production'],
    ]);
  });

  it('prefers the head object with the same id when several share a file key', () => {
    // Two documents that name the same object (a repeated document): the id tells them apart.
    const base = rollout('checkout', 'apps/all.yaml', { id: 'doc-2' });
    const first = rollout('checkout', 'apps/all.yaml', { id: 'doc-1' });
    const second = rollout('checkout', 'apps/all.yaml', { id: 'doc-2' });
    const pairs = pair({ base: [base], head: [first, second] });
    expect(pairs[0]).toEqual({ change: 'modified', plan: second, basePlan: base });
    expect(pairs[1]).toEqual({ change: 'added', plan: first });
  });

  it('pairs the first free namesake when no id matches', () => {
    const base = rollout('checkout', 'apps/all.yaml', { id: 'doc-9' });
    const first = rollout('checkout', 'apps/all.yaml', { id: 'doc-1' });
    const second = rollout('checkout', 'apps/all.yaml', { id: 'doc-2' });
    const pairs = pair({ base: [base], head: [first, second] });
    expect(pairs[0]).toMatchObject({ change: 'modified', plan: first, basePlan: base });
  });

  it('pairs each head object at most once', () => {
    const bases = [
      rollout('checkout', 'apps/all.yaml', { id: 'doc-1' }),
      rollout('checkout', 'apps/all.yaml', { id: 'doc-2' }),
    ];
    const head = rollout('checkout', 'apps/all.yaml', { id: 'doc-1' });
    const pairs = pair({ base: bases, head: [head] });
    expect(pairs.map((p) => p.change)).toEqual(['modified', 'removed']);
    expect(pairs[1]?.plan).toBe(bases[1]);
  });

  describe('an object renamed in place', () => {
    it('pairs the one object of its kind left on each side of the file', () => {
      const pairs = pair({
        base: [rollout('checkout', 'apps/rollout.yaml')],
        head: [rollout('checkout-v2', 'apps/rollout.yaml')],
      });
      expect(describePairs(pairs)).toEqual([
        'modified apps/rollout.yaml:checkout -> apps/rollout.yaml:checkout-v2',
      ]);
      expect(pairs[0]?.ambiguous).toBeUndefined();
    });

    it('pairs across a file rename too', () => {
      const pairs = pair({
        base: [rollout('checkout', 'old/rollout.yaml')],
        head: [rollout('checkout-v2', 'new/rollout.yaml')],
        renames: new Map([['old/rollout.yaml', 'new/rollout.yaml']]),
      });
      expect(describePairs(pairs)).toEqual([
        'modified old/rollout.yaml:checkout -> new/rollout.yaml:checkout-v2',
      ]);
    });

    it('does not guess when two objects of the kind are left on either side', () => {
      const twoBases = pair({
        base: [rollout('a', 'apps/r.yaml'), rollout('b', 'apps/r.yaml')],
        head: [rollout('c', 'apps/r.yaml')],
      });
      expect(twoBases.map((p) => p.change).sort()).toEqual(['added', 'removed', 'removed']);
      const twoHeads = pair({
        base: [rollout('c', 'apps/r.yaml')],
        head: [rollout('a', 'apps/r.yaml'), rollout('b', 'apps/r.yaml')],
      });
      expect(twoHeads.map((p) => p.change).sort()).toEqual(['added', 'added', 'removed']);
    });

    it('does not pair objects of different kinds or formats', () => {
      const kinds = pair({
        base: [rollout('a', 'apps/r.yaml', { kind: 'Rollout' })],
        head: [rollout('b', 'apps/r.yaml', { kind: 'Experiment' })],
      });
      expect(kinds.map((p) => p.change)).toEqual(['added', 'removed']);
      const formats = pair({
        base: [rollout('a', 'apps/r.yaml', { format: 'openkruise' })],
        head: [rollout('b', 'apps/r.yaml', { format: 'argo-rollouts' })],
      });
      expect(formats.map((p) => p.change)).toEqual(['added', 'removed']);
    });

    it('does not pair objects left in different files', () => {
      const pairs = pair({
        base: [rollout('a', 'apps/one.yaml')],
        head: [rollout('b', 'apps/two.yaml')],
      });
      expect(pairs.map((p) => p.change)).toEqual(['added', 'removed']);
    });
  });

  describe('an object moved to another file', () => {
    it('is certain when the namespace is established and equal on both sides', () => {
      const pairs = pair({
        base: [rollout('checkout', 'apps/old.yaml', { namespace: 'shop' }), rollout('x', 'apps/old.yaml')],
        head: [rollout('checkout', 'apps/new.yaml', { namespace: 'shop' })],
      });
      expect(pairs[0]).toMatchObject({ change: 'modified' });
      expect(describePairs(pairs)).toEqual([
        'modified apps/old.yaml:checkout -> apps/new.yaml:checkout',
        'removed apps/old.yaml:x',
      ]);
      expect(pairs[0]?.ambiguous).toBeUndefined();
    });

    it('is no move when the established namespaces differ', () => {
      const pairs = pair({
        base: [rollout('checkout', 'apps/old.yaml', { namespace: 'shop' }), rollout('x', 'apps/old.yaml')],
        head: [
          rollout('checkout', 'apps/new.yaml', { namespace: 'staging' }),
          rollout('y', 'apps/other.yaml'),
        ],
      });
      expect(pairs.map((p) => p.change).sort()).toEqual(['added', 'added', 'removed', 'removed']);
    });

    it('says the doubt when the namespace at base cannot be established', () => {
      const base = rollout('checkout', 'apps/old.yaml');
      const head = rollout('checkout', 'apps/new.yaml', { namespace: 'shop' });
      const pairs = pair({ base: [base, rollout('x', 'apps/old.yaml')], head: [head] });
      expect(pairs[0]).toEqual({
        change: 'modified',
        plan: head,
        basePlan: base,
        ambiguous:
          'compared with Rollout checkout removed from apps/old.yaml: its namespace cannot be established, so it may or may not be the same object as this one',
      });
    });

    it('says the doubt when the namespace at head cannot be established', () => {
      const base = rollout('checkout', 'apps/old.yaml', { namespace: 'shop' });
      const head = rollout('checkout', 'apps/new.yaml');
      const pairs = pair({ base: [base, rollout('x', 'apps/old.yaml')], head: [head] });
      expect(pairs[0]?.ambiguous).toMatch(/its namespace cannot be established/);
      expect(pairs[0]?.basePlan).toBe(base);
    });

    it('compares the removed object with every object that may be it, naming them', () => {
      const base = rollout('checkout', 'apps/old.yaml', { namespace: 'shop' });
      const heads = [
        rollout('checkout', 'team-a/new.yaml', { namespace: 'shop' }),
        rollout('checkout', 'team-b/new.yaml', { namespace: 'shop' }),
        rollout('checkout', 'team-c/new.yaml'),
        rollout('checkout', 'team-d/new.yaml', { namespace: 'elsewhere' }),
      ];
      const pairs = pair({ base: [base, rollout('x', 'apps/old.yaml')], head: heads });
      const compared = pairs.filter((p) => p.basePlan === base);
      expect(compared.map((p) => p.plan.file)).toEqual([
        'team-a/new.yaml',
        'team-b/new.yaml',
        'team-c/new.yaml',
      ]);
      for (const p of compared) {
        expect(p.ambiguous).toBe(
          'compared with Rollout checkout removed from apps/old.yaml: several objects in team-a/new.yaml, team-b/new.yaml, team-c/new.yaml have its identity',
        );
      }
      expect(describePairs(pairs.filter((p) => p.change !== 'modified'))).toEqual([
        'added team-d/new.yaml:checkout',
        'removed apps/old.yaml:x',
      ]);
    });

    it('with one certain match, leaves the uncertain namesakes as added', () => {
      const base = rollout('checkout', 'apps/old.yaml', { namespace: 'shop' });
      const certain = rollout('checkout', 'team-a/new.yaml', { namespace: 'shop' });
      const unknown = rollout('checkout', 'team-b/new.yaml');
      const pairs = pair({ base: [base, rollout('x', 'apps/old.yaml')], head: [certain, unknown] });
      expect(pairs[0]).toEqual({ change: 'modified', plan: certain, basePlan: base });
      expect(pairs.find((p) => p.plan === unknown)?.change).toBe('added');
    });

    it('only moves objects that have an identity beyond their file', () => {
      for (const format of ['kubernetes', 'argo-rollouts', 'flagger', 'openkruise', 'native'] as const) {
        const pairs = pair({
          base: [
            rollout('svc', 'a/one.yaml', { format, namespace: 'ns' }),
            rollout('x', 'a/one.yaml', { format }),
          ],
          head: [rollout('svc', 'b/two.yaml', { format, namespace: 'ns' })],
        });
        expect(pairs[0]?.change, format).toBe('modified');
      }
      for (const format of ['cloud-deploy', 'aws-sam', 'spinnaker', 'github-actions', 'knative'] as const) {
        const pairs = pair({
          base: [
            rollout('svc', 'a/one.yaml', { format, namespace: 'ns' }),
            rollout('x', 'a/one.yaml', { format }),
          ],
          head: [rollout('svc', 'b/two.yaml', { format, namespace: 'ns' })],
        });
        expect(pairs.map((p) => p.change).sort(), format).toEqual(['added', 'removed', 'removed']);
      }
    });

    it('does not move an object onto a namesake of another kind', () => {
      const pairs = pair({
        base: [
          rollout('svc', 'a/one.yaml', { namespace: 'ns', kind: 'Rollout' }),
          rollout('x', 'a/one.yaml'),
        ],
        head: [rollout('svc', 'b/two.yaml', { namespace: 'ns', kind: 'Experiment' })],
      });
      expect(pairs.map((p) => p.change).sort()).toEqual(['added', 'removed', 'removed']);
    });

    it('does not move an object onto a head object already paired in its own file', () => {
      const stays = rollout('checkout', 'b/two.yaml', { namespace: 'ns' });
      const pairs = pair({
        base: [rollout('checkout', 'a/one.yaml', { namespace: 'ns' }), rollout('x', 'a/one.yaml'), stays],
        head: [rollout('checkout', 'b/two.yaml', { namespace: 'ns' })],
      });
      expect(describePairs(pairs)).toEqual([
        'modified b/two.yaml:checkout -> b/two.yaml:checkout',
        'removed a/one.yaml:checkout',
        'removed a/one.yaml:x',
      ]);
    });
  });
});
