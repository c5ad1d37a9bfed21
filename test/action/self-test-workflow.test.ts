/**
 * The self-test workflow (.github/workflows/self-test.yml) cannot run here, so its steps run here
 * as the runner would run them: each `uses: ./` step is the bundled action with that step's inputs,
 * on a checkout whose base holds the self-test policy, and each `run:` step that asserts on the
 * outputs is the workflow's own shell script, with the outputs in its environment.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fakeScenario } from '../support/fake-github.js';
import { runAction } from '../support/action-runner.js';
import type { ActionRun } from '../support/action-runner.js';
import { TempRepo } from '../support/git-repo.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
const workflow = parseYaml(read('.github/workflows/self-test.yml')) as {
  jobs: { 'self-test': { steps: Step[] } };
};
const steps = workflow.jobs['self-test'].steps;
const actionSteps = steps.filter((step) => step.uses === './');
const hasJq = spawnSync('jq', ['--version']).status === 0;

/** A step's inputs as the runner hands them over: action.yml's defaults, then the step's `with`. */
const manifest = parseYaml(read('action.yml')) as { inputs: Record<string, { default?: string }> };
function inputsOf(step: Step): Record<string, string> {
  const defaults = Object.entries(manifest.inputs)
    .filter(([name, input]) => name !== 'token' && input.default !== undefined)
    .map(([name, input]) => [name, String(input.default)]);
  return { ...Object.fromEntries(defaults), ...step.with };
}

/** A checkout as the workflow has it: the policy and the fixtures at the base, any change on top. */
function checkout() {
  const repo = new TempRepo();
  onTestFinished(() => repo.remove());
  const files: Record<string, string> = {
    '.github/rollout-guard-selftest.yml': read('.github/rollout-guard-selftest.yml'),
  };
  for (const step of actionSteps) {
    const rendered = step.with?.['rendered-manifests'] ?? '';
    files[rendered] = read(rendered);
  }
  const base = repo.commit(files, 'base');
  // Whatever the pull request changes (here, a rollout that jumps to 100%) is not judged.
  const head = repo.commit({
    'deploy/web/rollout.yaml': read('fixtures/demo/unsafe-change/deploy/checkout/rollout.yaml'),
  });
  const world = fakeScenario({ files: { base: {}, head: {} } });
  world.pull = {
    ...world.pull,
    body: '',
    base: { sha: base, ref: 'main' },
    head: { ...world.pull.head, sha: head },
  };
  return { repo, world, base };
}

/** The expression `${{ steps.<id>.outputs.<name> }}` or `${{ github.event.pull_request.base.sha }}`. */
function resolve(value: string, runs: Map<string, ActionRun>, base: string): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_match, expression: string) => {
    if (expression === 'github.event.pull_request.base.sha') return base;
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (!output) throw new Error(`the test does not know ${expression}`);
    return runs.get(output[1] as string)?.outputs[output[2] as string] ?? '';
  });
}

describe('the self-test workflow, step by step', () => {
  it('has a failing and a passing run of the action from the checkout, each followed by its assertions', () => {
    expect(actionSteps.map((step) => step.id)).toEqual(['unsafe', 'safe']);
    for (const step of actionSteps) {
      expect(step.with?.policy).toBe('.github/rollout-guard-selftest.yml');
      expect(step.with?.comment).toBe('never');
    }
  });

  it('gets the verdicts it expects from the action, whatever the pull request changes', async () => {
    const { repo, world } = checkout();
    const runs = new Map<string, ActionRun>();
    for (const step of actionSteps) {
      runs.set(
        step.id ?? '',
        await runAction(world, inputsOf(step), 'pull_request', { workspace: repo.dir }),
      );
    }
    const unsafe = runs.get('unsafe');
    const safe = runs.get('safe');
    expect(unsafe?.code).toBe(0); // mode: warn
    expect(unsafe?.outputs.verdict).toBe('fail');
    expect(unsafe?.report?.findings.every((finding) => finding.file === 'rendered/rollout.yaml')).toBe(true);
    expect(safe?.code).toBe(0);
    expect(safe?.outputs).toMatchObject({ verdict: 'pass', errors: '0', warnings: '0' });
    expect(safe?.report?.plans.map((plan) => plan.file)).toEqual(['rendered/rollout.yaml']);
  });

  it.skipIf(!hasJq)('passes its own assertion scripts (jq, as on the runner)', async () => {
    const { repo, world, base } = checkout();
    const runs = new Map<string, ActionRun>();
    for (const step of steps) {
      if (step.uses === './') {
        runs.set(
          step.id ?? '',
          await runAction(world, inputsOf(step), 'pull_request', { workspace: repo.dir }),
        );
        continue;
      }
      if (step.run === undefined) continue;
      const output = path.join(repo.dir, '.git', 'step-output');
      const env = Object.fromEntries(
        Object.entries(step.env ?? {}).map(([name, value]) => [name, resolve(value, runs, base)]),
      );
      const result = spawnSync('bash', ['-e', '-c', step.run], {
        cwd: repo.dir,
        encoding: 'utf8',
        env: { ...process.env, ...env, GITHUB_OUTPUT: output },
      });
      expect(result.status, `${step.name}: ${result.stdout}${result.stderr}`).toBe(0);
      if (step.id === 'policy') expect(readFileSync(output, 'utf8')).toContain('at-base=true');
    }
    expect(execFileSync('git', ['-C', repo.dir, 'cat-file', '-t', base], { encoding: 'utf8' }).trim()).toBe(
      'commit',
    );
  });
});
