/**
 * End-to-end, without a checkout (the pull_request_target example): the unchanged Canary that
 * delivers a changed Deployment is found through the API, beside it, in a folder above it, and
 * elsewhere in a 5,000-file repository, with the request count of each asserted; the kustomization
 * above the change establishes namespaces as a checkout's would; a search that reaches its cap,
 * or a tree GitHub cannot list whole, fails closed and names the fix.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fakeScenario } from '../support/fake-github.js';
import type { FakeFile, FakeScenario } from '../support/fake-github.js';
import { runAction } from '../support/action-runner.js';
import type { ActionRun } from '../support/action-runner.js';
import { fixtureText } from '../helpers.js';

const BODY = fixtureText('demo/safe-change.pr.md').replaceAll(
  'https://github.com/example/shop/actions/runs/',
  'https://github.example.com/octo/deploys/actions/runs/',
);
const RUNS = [
  { id: 123456789, name: 'Integration', conclusion: 'success' as const },
  { id: 123456790, name: 'Load test', conclusion: 'success' as const },
];

/** The inputs the pull_request_target example gives the action, read from the example itself. */
function exampleInputs(): Record<string, string> {
  const workflow = parseYaml(
    readFileSync(new URL('../../examples/pull-request-target.yml', import.meta.url), 'utf8'),
  ) as { on: Record<string, unknown>; jobs: Record<string, { steps: { uses?: string; with?: object }[] }> };
  expect(Object.keys(workflow.on)).toEqual(['pull_request_target']);
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  expect(steps.some((step) => step.uses?.startsWith('actions/checkout'))).toBe(false);
  const guard = steps.find((step) => step.uses?.startsWith('rollout-guard/rollout-guard@'));
  return Object.fromEntries(Object.entries(guard?.with ?? {}).map(([k, v]) => [k, String(v)]));
}

const namespaced = (namespace: string | undefined) => (namespace ? `\n  namespace: ${namespace}` : '');

const deployment = (name: string, image: string, namespace?: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}${namespaced(namespace)}\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`;

const canary = (name: string, namespace?: string) =>
  `apiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata:\n  name: ${name}${namespaced(namespace)}\nspec:\n  targetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: ${name}\n  analysis:\n    interval: 5m\n    threshold: 3\n    maxWeight: 50\n    stepWeight: 10\n    metrics:\n      - name: request-success-rate\n        thresholdRange:\n          min: 99\n        interval: 1m\n`;

const service = (name: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector: {app: ${name}}\n  ports: [{port: 80}]\n`;

/** A repository of `services` unrelated services (two manifests each), plus `files`. */
function repository(services: number, files: Record<string, string>): Record<string, FakeFile> {
  const all: Record<string, FakeFile> = { 'README.md': '# deploys\n' };
  for (let i = 0; i < services; i++) {
    const name = `svc-${String(i).padStart(4, '0')}`;
    all[`services/${name}/deploy/deployment.yaml`] = deployment(name, `${name}:1`, name);
    all[`services/${name}/deploy/service.yaml`] = service(name);
  }
  return { ...all, ...files };
}

/** A pull request that bumps the image of Deployment `web` at `path`, in a repository holding `others`. */
function imageBump(
  path: string,
  others: Record<string, FakeFile>,
  namespace?: string,
  overrides: Partial<FakeScenario> = {},
): FakeScenario {
  return fakeScenario({
    runs: RUNS,
    ...overrides,
    pull: { ...fakeScenario().pull, body: BODY },
    files: {
      base: { ...others, [path]: deployment('web', 'web:1', namespace) },
      head: { ...others, [path]: deployment('web', 'web:2', namespace) },
    },
  });
}

const routes = (run: ActionRun) => run.requests.map((r) => r.route ?? `${r.method} ${r.path}`).sort();

/** What every run here costs: pull and files, the change's query, CI, 2 evidence runs, the state after. */
const BASELINE = [
  'pull',
  'pull-files',
  'graphql',
  'check-runs',
  'status',
  'actions-run',
  'actions-run',
  'graphql-pull-state',
];

const judgedThroughCanary = (run: ActionRun, file: string) =>
  expect(run.report?.plans).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ file: 'apps/web/deployment.yaml', change: 'modified' }),
      expect.objectContaining({ file, change: 'unchanged' }),
    ]),
  );

describe('the pull_request_target example, without a checkout, finds what a checkout finds', () => {
  it('passes an image bump of a Deployment whose unchanged Canary sits beside it: one query more (9 requests)', async () => {
    const run = await runAction(
      imageBump('apps/web/deployment.yaml', { 'apps/web/canary.yaml': canary('web') }),
      exampleInputs(),
      'pull_request_target',
    );
    expect(run.stderr).toBe('');
    expect(run.outputs).toMatchObject({ verdict: 'pass', errors: '0' });
    judgedThroughCanary(run, 'apps/web/canary.yaml');
    // The one query more reads the files beside and above the changed Deployment.
    expect(routes(run)).toEqual([...BASELINE, 'graphql'].sort());
    expect(run.code).toBe(0);
  });

  it('finds the Canary in a folder above, placed by the kustomization above both (9 requests)', async () => {
    const run = await runAction(
      imageBump('apps/web/deployment.yaml', {
        'apps/kustomization.yaml': 'namespace: shop\nresources: [web/deployment.yaml, canary.yaml]\n',
        'apps/canary.yaml': canary('web'),
      }),
      exampleInputs(),
      'pull_request_target',
    );
    expect(run.outputs).toMatchObject({ verdict: 'pass', errors: '0' });
    judgedThroughCanary(run, 'apps/canary.yaml');
    // The kustomization and the Canary come in one query: no lookup of its own.
    expect(routes(run)).toEqual([...BASELINE, 'graphql'].sort());
  });

  it('finds the Canary elsewhere in a 5,000-file repository: a tree listing and one query more (10 requests)', async () => {
    const others = repository(2500, { 'platform/deploy/canaries/web.yaml': canary('web', 'shop') });
    expect(Object.keys(others).length).toBeGreaterThanOrEqual(5000);
    const run = await runAction(
      imageBump('apps/web/deployment.yaml', others, 'shop'),
      exampleInputs(),
      'pull_request_target',
    );
    expect(run.stderr).toBe('');
    expect(run.outputs).toMatchObject({ verdict: 'pass', errors: '0' });
    expect(run.report?.plans).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'platform/deploy/canaries/web.yaml', change: 'unchanged' }),
      ]),
    );
    // Nothing is near the change (apps/web holds only the Deployment); the root's README is no
    // candidate: one tree listing, then one query of the 100 likeliest files.
    expect(routes(run)).toEqual([...BASELINE, 'git-tree', 'graphql'].sort());
    expect(run.stdout).toMatch(
      /context lookup through the API: read 100 files from the tree \(100 of 5001 candidates\)/,
    );
  });

  it('judges a Deployment that nothing delivers on its own once every candidate is read (a definite answer)', async () => {
    const run = await runAction(
      imageBump('apps/web/deployment.yaml', repository(40, {}), 'shop'),
      exampleInputs(),
      'pull_request_target',
    );
    expect(run.outputs.verdict).toBe('fail');
    expect(run.report?.findings.map((f) => f.rule)).toContain('canary/required');
    expect(run.report?.plans).toEqual([expect.objectContaining({ file: 'apps/web/deployment.yaml' })]);
    expect(routes(run)).toEqual([...BASELINE, 'git-tree', 'graphql', 'create-comment'].sort());
  });

  it('fails closed, naming the fix, when the search reaches its cap without an answer', async () => {
    // The only deliverer hides in a file whose name and folder say nothing, far from the change.
    const others = repository(2500, { 'zz/deploy/misc/objects.yaml': canary('web', 'shop') });
    const run = await runAction(
      imageBump('apps/web/deployment.yaml', others, 'shop'),
      exampleInputs(),
      'pull_request_target',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /could not verify: no unchanged Canary or Rollout was found for the changed workload web after reading 300 files through the API .*at most 300 files.*add actions\/checkout with fetch-depth: 0/,
    );
    // One tree listing and three queries of 100: the cap, stated in docs/adoption.md. It fails
    // before the verdict, so the query after it is not sent: 10 requests.
    expect(routes(run)).toEqual(
      [
        ...BASELINE.filter((r) => r !== 'graphql-pull-state'),
        'git-tree',
        'graphql',
        'graphql',
        'graphql',
      ].sort(),
    );
  });

  it('fails closed when GitHub cannot list the whole tree', async () => {
    const run = await runAction(
      imageBump('apps/web/deployment.yaml', repository(10, {}), 'shop', { treeTruncated: true }),
      exampleInputs(),
      'pull_request_target',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/truncated listing.*add actions\/checkout with fetch-depth: 0/);
  });

  it("knows a chart's values file by the unchanged Chart.yaml above it, as a checkout does, wherever the chart lives", async () => {
    const others = { 'apps/shop/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.0.0\n' };
    const world = fakeScenario({
      runs: RUNS,
      pull: { ...fakeScenario().pull, body: BODY },
      files: {
        base: { ...others, 'apps/shop/values-prod.yaml': 'replicas: 2\n' },
        head: { ...others, 'apps/shop/values-prod.yaml': 'replicas: 3\n' },
      },
    });
    const run = await runAction(world, exampleInputs(), 'pull_request_target');
    expect(run.outputs.verdict).toBe('fail');
    expect(run.report?.findings).toEqual([
      expect.objectContaining({ rule: 'manifest/invalid', file: 'apps/shop/values-prod.yaml' }),
    ]);
    expect(run.report?.findings[0]?.message).toMatch(/chart shop/);
  });
});
