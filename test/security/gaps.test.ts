/**
 * Gaps the adversarial suite found, each closed and kept closed: every test here failed before
 * its fix (G1–G6 in the issue note).
 */
import { describe, expect, it } from 'vitest';
import type { ChangedFile, Report } from '../../src/core/model.js';
import { BUILTIN_POLICY, parsePolicy } from '../../src/core/policy.js';
import type { Policy } from '../../src/core/policy.js';
import { checkChange } from '../../src/pipeline/index.js';
import { renderers } from '../../src/report/index.js';
import { fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');

function judge(files: ChangedFile[], policy: Policy = BUILTIN_POLICY, body = ''): Report {
  return checkChange({
    changeSet: {
      base: 'b'.repeat(40),
      head: 'h'.repeat(40),
      files,
      context: [],
      pullRequest: { body, labels: [] },
    },
    policy,
    policyPath: '.github/rollout-guard.yml',
    now: new Date('2026-11-29T12:00:00Z'),
  });
}

const added = (path: string, text: string): ChangedFile => ({
  status: 'added',
  path,
  head: { kind: 'text', text },
});
const rules = (report: Report) => report.findings.map((f) => f.rule);
const MINIFIED =
  '{"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout","metadata":{"name":"x"},"spec":{"strategy":{"canary":{"steps":[{"setWeight":100}]}}}}';

describe('closed gaps', () => {
  it('a minified JSON or flow-style rollout outside the globs is still judged', () => {
    const minified = judge([added('tools/settings.json', MINIFIED)]);
    expect(rules(minified), JSON.stringify(minified.findings)).toContain('canary/required');
    // kubectl reads a file that starts with `{` as JSON and refuses flow YAML, which kustomize
    // reads: readers disagree, so the rollout is refused rather than judged.
    const flow =
      '{apiVersion: argoproj.io/v1alpha1, kind: Rollout, metadata: {name: flow}, spec: {strategy: {canary: {steps: [{setWeight: 100}]}}}}\n';
    expect(rules(judge([added('tools/flow.yaml', flow)]))).toContain('manifest/invalid');
  });

  it('a rejected evidence URL is not turned into a link in the summary', () => {
    const report = judge(
      [added('deploy/checkout/rollout.yaml', GUARDED)],
      BUILTIN_POLICY,
      '## Test evidence\nhttps://evil.example/@org/team#1\n',
    );
    const markdown = renderers.markdown(report);
    expect(markdown).toContain('evil.example');
    expect(markdown).not.toMatch(/(?<!&#8203;)https:\/\/evil\.example/);
  });

  it('removing an early stage never makes a failing plan pass: the jump it bridged is then the first stage', () => {
    const result = parsePolicy(
      'version: 1\ndefaults:\n  canary:\n    maxInitialWeight: 50\n    maxStepIncrease: 25\n',
      'p.yml',
    );
    if (!result.ok) throw new Error('policy');
    const rollout = (weights: number[]) =>
      GUARDED.replace(
        /steps:\n[\s\S]*$/,
        `steps:\n${weights.map((w) => `        - setWeight: ${w}\n        - pause: { duration: 10m }\n`).join('')}`,
      );
    const shapeRules = (weights: number[]) =>
      rules(judge([added('deploy/a.yaml', rollout(weights))], result.policy)).filter((r) =>
        ['canary/step-increase', 'canary/initial-weight'].includes(r),
      );
    // 10 → 60 is +50: too far. Without the 10% stage, 60% is too much for a first stage.
    expect(shapeRules([10, 60, 80])).toEqual(['canary/step-increase']);
    expect(shapeRules([60, 80])).toEqual(['canary/initial-weight']);
    // 10 → 40 is +30, but 40% is a weight the first stage could have had on its own: both pass.
    expect(shapeRules([10, 40, 60, 80])).toEqual([]);
    expect(shapeRules([40, 60, 80])).toEqual([]);
  });

  it('the same object twice in one file is reported, and the later one (the one applied) is judged', () => {
    const report = judge([added('deploy/checkout/rollout.yaml', `${GUARDED}---\n${UNSAFE}`)]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'manifest/invalid', message: expect.stringMatching(/defined twice/) }),
    );
    expect(rules(report)).toContain('canary/initial-weight');
  });

  it('a Rollout inside a kind: List is judged', () => {
    const indented = UNSAFE.split('\n')
      .map((line) => (line ? `    ${line}` : line))
      .join('\n')
      .replace(/^ {4}/, '  - ');
    const list = `apiVersion: v1\nkind: List\nitems:\n${indented}`;
    const report = judge([added('deploy/checkout/list.yaml', list)]);
    expect(report.plans.map((p) => p.plan.id)).toEqual(['argo-rollouts:Rollout:shop/checkout']);
    expect(rules(report)).toContain('canary/initial-weight');
  });
});
