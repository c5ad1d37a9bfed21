import { describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/core/model.js';
import { knative } from '../../src/formats/knative.js';
import type { AdapterResult } from '../../src/formats/types.js';
import { documentsOf, fixtureDocuments } from '../helpers.js';

function resultOf(fixture: string): AdapterResult {
  const [doc] = fixtureDocuments(`manifests/knative/${fixture}`);
  if (!doc) throw new Error(`${fixture} has no document`);
  expect(knative.detect(doc)).toBe(true);
  return knative.toPlans(doc);
}

function planOf(fixture: string): RolloutPlan {
  const { plans, diagnostics } = resultOf(fixture);
  expect(diagnostics).toEqual([]);
  expect(plans).toHaveLength(1);
  return plans[0] as RolloutPlan;
}

const outline = (plan: RolloutPlan) => plan.stages.map((s) => [s.weight, s.hold, s.line]);

describe('knative.detect', () => {
  it('claims serving.knative.dev objects and nothing else', () => {
    const doc = (yaml: string) => documentsOf(yaml)[0];
    expect(knative.detect(doc('apiVersion: serving.knative.dev/v1\nkind: Configuration\n') as never)).toBe(
      true,
    );
    expect(knative.detect(doc('apiVersion: v1\nkind: Service\n') as never)).toBe(false);
    expect(knative.detect(doc('apiVersion: eventing.knative.dev/v1\nkind: Broker\n') as never)).toBe(false);
  });
});

describe('knative Service traffic', () => {
  it('without traffic, every new revision takes all traffic at once', () => {
    const plan = planOf('latest-no-traffic.yaml');
    expect(plan).toMatchObject({
      id: 'knative:Service:web/greeter',
      format: 'knative',
      target: { kind: 'Service', name: 'greeter', namespace: 'web' },
      strategy: 'all-at-once',
      rollback: { automatic: false },
    });
    expect(outline(plan)).toEqual([[100, 0, 7]]);
  });

  it('100% on latestRevision is the same', () => {
    const plan = planOf('latest-100.yaml');
    expect(plan.strategy).toBe('all-at-once');
    expect(outline(plan)).toEqual([[100, 0, 12]]);
  });

  it('a split across named revisions is the canary written in traffic; a tag alone gets no share', () => {
    const plan = planOf('pinned-split.yaml');
    expect(plan.strategy).toBe('canary');
    expect(outline(plan)).toEqual([
      [10, 'manual', 17],
      [100, 0, 14],
    ]);
    expect(plan.notes).toContain(
      'tag latest reaches the latest revision at its own URL, with no share of the traffic',
    );
  });

  it('a share on the latest revision is taken at once, and the rest waits for an edit', () => {
    const plan = planOf('latest-share.yaml');
    expect(plan.strategy).toBe('canary');
    expect(outline(plan)).toEqual([
      [20, 'manual', 15],
      [100, 0, 12],
    ]);
  });

  it('rollout-duration moves the latest revision in by time: 1% first, then the rest', () => {
    const plan = planOf('rollout-duration.yaml');
    expect(plan.strategy).toBe('linear');
    expect(outline(plan)).toEqual([
      [1, 380, 8],
      [100, 0, 9],
    ]);
  });

  it('reports traffic Knative rejects at its line', () => {
    const { diagnostics } = resultOf('invalid-traffic.yaml');
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [
        13,
        'spec.traffic[0].latestRevision is true beside a revisionName: Knative rejects the traffic target',
      ],
      [11, 'spec.traffic percents sum to 80, not 100: Knative rejects the Service'],
    ]);
  });

  it('reports a rollout-duration Knative rejects', () => {
    const [doc] = documentsOf(
      'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: x\n  annotations:\n    serving.knative.dev/rollout-duration: 5m30.5s\nspec: {}\n',
    );
    const { diagnostics, plans } = knative.toPlans(doc as never);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 6, code: 'MANIFEST_FIELD_INVALID' })]);
    expect(plans[0]?.strategy).toBe('all-at-once');
  });

  it('makes no plan of a Configuration or Revision', () => {
    const [doc] = documentsOf(
      'apiVersion: serving.knative.dev/v1\nkind: Configuration\nmetadata: {name: x}\n',
    );
    expect(knative.toPlans(doc as never)).toEqual({ plans: [], diagnostics: [] });
  });
});
