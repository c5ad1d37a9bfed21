import { describe, expect, it } from 'vitest';
import {
  AZURE_STEPS,
  CHECK_WORDS,
  GITHUB_STEPS,
  ROLLBACK_COMMANDS,
  ROLLBACK_WORDS,
  isCheck,
  isRollbackStep,
  stageRole,
  stepRole,
} from '../../../src/formats/pipeline/classify.js';
import { DependencyGraph } from '../../../src/formats/pipeline/graph.js';
import type { PipelineStep } from '../../../src/formats/pipeline/model.js';

function step(fields: Partial<PipelineStep>): PipelineStep {
  return {
    at: ['steps', 0],
    value: {},
    name: 'step',
    action: undefined,
    script: undefined,
    hook: 'steps',
    condition: undefined,
    failureIgnored: 'no',
    neverRuns: false,
    ...fields,
  };
}

describe('the step classifier', () => {
  it('keeps the word lists the adapters had (the patterns they are built into are unchanged)', () => {
    expect(`\\b(?:${CHECK_WORDS.join('|')})\\b`).toBe(
      /\b(?:tests?|smoke|verif\w*|validat\w*|checks?|health\w*|monitor\w*|analy\w*|probe|k6|jmeter|locust)\b/
        .source,
    );
    expect(ROLLBACK_WORDS).toEqual(['rollback', 'roll back', 'revert', 'undo', 'reject']);
    expect(ROLLBACK_COMMANDS.map((c) => c.replace(/ /g, '\\s+')).join('|')).toBe(
      /helm\s+rollback|rollout\s+undo|rollouts?\s+abort|rollouts?\s+undo/.source,
    );
  });

  it('reads a step named for smoke tests as a check, in both CIs, unless it deploys', () => {
    expect(stepRole(step({ name: 'Run smoke tests' }), GITHUB_STEPS)).toBe('check');
    expect(stepRole(step({ name: 'Run smoke tests' }), AZURE_STEPS)).toBe('check');
    expect(isCheck(step({ name: 'smoke', action: 'azure/k8s-deploy@v5' }), GITHUB_STEPS)).toBe(false);
    expect(isCheck(step({ name: 'smoke', action: 'HelmDeploy@0' }), AZURE_STEPS)).toBe(false);
    expect(isCheck(step({ name: 'publish', value: { publish: 'x' } }), AZURE_STEPS)).toBe(false);
    expect(isCheck(step({ name: 'anything', hook: 'postRouteTraffic' }), AZURE_STEPS)).toBe(true);
  });

  it('reads approvals and waits from the action or task, and a GitHub sleep from its script', () => {
    expect(stepRole(step({ action: 'trstringer/manual-approval@v1' }), GITHUB_STEPS)).toBe('approval');
    expect(stepRole(step({ action: 'ManualValidation@1' }), AZURE_STEPS)).toBe('approval');
    expect(stepRole(step({ action: 'Delay@1' }), AZURE_STEPS)).toBe('wait');
    expect(stepRole(step({ script: 'sleep 5m' }), GITHUB_STEPS)).toBe('wait');
    expect(stepRole(step({ script: 'sleep 5m' }), AZURE_STEPS)).toBe('other');
  });

  it('reads rollbacks from task inputs (decisive in Azure), commands and names', () => {
    const reject = { with: { strategy: 'canary', action: 'reject' } };
    expect(isRollbackStep(step({ action: 'azure/k8s-deploy@v5', value: reject }), GITHUB_STEPS)).toBe(true);
    expect(isRollbackStep(step({ script: 'helm   rollback web' }), GITHUB_STEPS)).toBe(true);
    expect(isRollbackStep(step({ name: 'Roll back' }), GITHUB_STEPS)).toBe(true);
    const helm = { inputs: { command: 'upgrade' } };
    expect(isRollbackStep(step({ name: 'undo', action: 'HelmDeploy@0', value: helm }), AZURE_STEPS)).toBe(
      false,
    );
    expect(isRollbackStep(step({ name: 'undo' }), AZURE_STEPS)).toBe(true);
  });

  it('reads Spinnaker stages by type, and a pipeline stage by its name', () => {
    expect(stageRole('kayentaCanary', 'x', { deployments: {} })).toBe('canary-deploy');
    expect(stageRole('kayentaCanary', 'x', {})).toBe('analysis');
    expect(stageRole('pipeline', 'Deploy to prod', {})).toBe('deploy');
    expect(stageRole('pipeline', 'Notify', {})).toBe('other');
  });
});

describe('the dependency graph', () => {
  const parents: Record<string, string[]> = { a: [], b: ['a'], c: ['b'], d: ['d'] };
  const graph = new DependencyGraph<string>((node) => parents[node] ?? []);

  it('knows every node that finishes before another, through any number of edges', () => {
    expect([...graph.ancestorsOf('c')]).toEqual(['b', 'a']);
    expect(graph.isAncestor('a', 'c')).toBe(true);
    expect(graph.isAncestor('c', 'a')).toBe(false);
  });

  it('orders nodes as they become ready, keeping list order, and names the first node of a cycle', () => {
    expect(graph.order(['c', 'b', 'a'])).toEqual({ ordered: ['a', 'b', 'c'], cycle: undefined });
    expect(graph.order(['d', 'a'])).toEqual({ ordered: ['a', 'd'], cycle: 'd' });
  });
});
