/**
 * `rollout-guard init` on fixture repositories of several shapes (fixtures/init/<shape>/), each
 * committed with a short history, against its expected proposal (fixtures/init/<shape>.expected.yml;
 * UPDATE_GOLDEN=1 rewrites them, to be read before committing). Each proposal is also loaded as a
 * policy and checked for what it must say.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { classify, generalise } from '../../src/cli/init-survey.js';
import type { Policy } from '../../src/core/policy.js';
import { policyFromText } from '../../src/sources/policy-file.js';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import type { Tree } from '../support/git-repo.js';
import { FIXTURES } from '../helpers.js';

const TODAY = '2026-12-05';
const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

function treeOf(dir: string, prefix = ''): Tree {
  const tree: Tree = {};
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(tree, treeOf(full, `${prefix}${name}/`));
    else tree[`${prefix}${name}`] = readFileSync(full, 'utf8');
  }
  return tree;
}

/** The fixture committed, then the changes of its history, one commit each. */
function repository(shape: string, history: Array<(tree: Tree) => Tree>): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  const tree = treeOf(path.join(FIXTURES, 'init', shape));
  repo.commit(tree, `${shape}: initial`);
  let current = tree;
  history.forEach((change, i) => {
    const next = change(current);
    repo.commit(next, `${shape}: change ${i + 1}`);
    current = { ...current, ...next };
  });
  return repo;
}

const edit = (file: string, from: string | RegExp, to: string) => (tree: Tree) => ({
  [file]: (tree[file] as string).replace(from, to),
});

function golden(shape: string, text: string): void {
  const file = path.join(FIXTURES, 'init', `${shape}.expected.yml`);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
  if (!existsSync(file))
    throw new Error(`no golden fixtures/init/${shape}.expected.yml: run with UPDATE_GOLDEN=1 and review it`);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

async function propose(repo: TempRepo): Promise<{ text: string; notes: string; policy: Policy }> {
  const run = await cli(['init', '--dry-run', '--today', TODAY], { cwd: repo.dir });
  expect(run.code, run.stderr).toBe(0);
  return {
    text: run.stdout,
    notes: run.stderr,
    policy: policyFromText(run.stdout, 'proposal.yml', 'proposal'),
  };
}

const environment = (policy: Policy, name: string) => policy.environments.find((e) => e.name === name);

describe('init proposes a policy from what the repository holds', () => {
  it('a monorepo with apps/*/overlays/{staging,prod}, flags and shared config', async () => {
    const weaker = (app: string) =>
      edit(
        `apps/${app}/overlays/prod/rollout.yaml`,
        /setWeight: 10\n {8}- pause: \{duration: 10m\}/,
        'setWeight: 50\n        - pause: {duration: 1m}',
      );
    const repo = repository('monorepo', [
      weaker('checkout'),
      edit('flags/checkout.yaml', 'express-checkout: false', 'express-checkout: true'),
      weaker('search'),
      edit('flags/search.yaml', 'false', 'true'),
      () => ({ 'README.md': '# shop monorepo\n\nSee apps/.\n' }),
    ]);
    const { text, notes, policy } = await propose(repo);
    golden('monorepo', text);
    expect(policy.environments.map((e) => e.name)).toEqual(['production', 'staging', 'perf']);
    expect(environment(policy, 'production')?.match).toEqual({
      paths: ['**/prod/**'],
      namespaces: ['checkout-prod', 'search-prod'],
      targets: [],
    });
    expect(environment(policy, 'staging')?.canary).toMatchObject({ required: true, minStages: 1 });
    expect(environment(policy, 'staging')?.rollback).toBe('none');
    // perf says nothing by its name: judged like production (the defaults).
    expect(environment(policy, 'perf')?.canary).toEqual(policy.defaultEnvironment.canary);
    expect(policy.content).toEqual([
      { name: 'feature-flags', paths: ['flags/**'] },
      { name: 'shared-config', paths: ['config/**'] },
    ]);
    expect(policy.manifests.include).toContain('apps/*/base/**/*.{yaml,yml,json}');
    // Overlays need rendering: the proposal says how, with the workflow step.
    expect(text).toContain(
      '#       mkdir -p rendered/apps/checkout/overlays/prod && kustomize build apps/checkout/overlays/prod > rendered/apps/checkout/overlays/prod/all.yaml',
    );
    expect(text).toContain('#       rendered-manifests: rendered');
    // The replay: the weakened canaries and the flag flips fail often enough to be staged (the
    // one-minute pauses pass: an analysis runs alongside, and a gate counts as bake time).
    expect(Object.keys(policy.rules)).toEqual([
      'canary/required',
      'canary/initial-weight',
      'canary/regression',
    ]);
    expect(policy.rules['canary/required']).toEqual({ level: 'error', enforceFrom: '2027-01-04' });
    expect(notes).toMatch(/History: replayed 6 changes with this proposal; 5 touched rollouts/);
  });

  it('a Helm chart repository: the chart renders, values files tell environments apart only when rendered', async () => {
    const repo = repository('helm-chart', [
      edit('charts/shop/values-prod.yaml', 'replicas: 6', 'replicas: 8'),
      edit('charts/shop/values.yaml', '1.4.0', '1.5.0'),
      edit('charts/shop/templates/rollout.yaml', 'setWeight: 20', 'setWeight: 40'),
    ]);
    const { text, notes, policy } = await propose(repo);
    golden('helm-chart', text);
    expect(text).toMatch(/Helm chart shop in charts\/shop\/ \(2 templates, 3 values files\)/);
    expect(text).toContain(
      '#       helm template shop charts/shop -f charts/shop/values-prod.yaml > rendered/shop.yaml',
    );
    // Without rendering every change to the chart is unverifiable; that is never staged (it would
    // let unreadable manifests pass): the proposal points at the rendering step instead.
    expect(policy.rules).toEqual({});
    expect(notes).toMatch(/manifest\/invalid would have failed 4: it is not staged/);
  });

  it('a SAM app: one template for every stage samconfig.toml names, and a flags file', async () => {
    const repo = repository('sam-app', [
      edit('template.yaml', 'Canary10Percent5Minutes', 'AllAtOnce'),
      edit('template.yaml', 'AllAtOnce', 'Canary10Percent5Minutes'),
      edit('src/feature-flags.json', 'false', 'true'),
      edit('src/app.py', '200', '204'),
    ]);
    const { text, policy } = await propose(repo);
    golden('sam-app', text);
    expect(policy.environments).toEqual([]);
    expect(text).toMatch(
      /SAM: template\.yaml is deployed to the stages samconfig\.toml names \(prod, staging\)/,
    );
    expect(policy.content).toEqual([{ name: 'feature-flags', paths: ['src/feature-flags.json'] }]);
    // The flag flip and the all-at-once change fail canary/required; SAM's one 10% stage is fewer
    // stages and a bigger step than the defaults allow: staged too, for the team to decide.
    expect(Object.keys(policy.rules)).toEqual([
      'canary/required',
      'canary/min-stages',
      'canary/step-increase',
    ]);
  });

  it('a Cloud Deploy app: environments by target id', async () => {
    const repo = repository('cloud-deploy-app', [
      edit('clouddeploy.yaml', 'percentages: [10, 50]', 'percentages: [50]'),
      edit('k8s/deployment.yaml', '2.3.0', '2.4.0'),
      edit('clouddeploy.yaml', 'percentages: [50]', 'percentages: [10, 50]'),
    ]);
    const { text, policy } = await propose(repo);
    golden('cloud-deploy-app', text);
    expect(policy.environments.map((e) => [e.name, e.match?.targets])).toEqual([
      ['production', ['inventory-prod']],
      ['staging', ['inventory-staging']],
      ['development', ['inventory-dev']],
    ]);
    expect(environment(policy, 'development')?.canary.required).toBe(false);
  });
});

describe('init, writing', () => {
  it('writes the proposal, says what it found, and refuses to overwrite it without --force', async () => {
    const repo = repository('cloud-deploy-app', []);
    const first = await cli(['init', '--repo', repo.dir, '--today', TODAY]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /Environments: production \(inventory-prod\); staging \(inventory-staging\); development \(inventory-dev\)\./,
    );
    expect(first.stdout).toMatch(/Wrote a policy proposal to .*\.github\/rollout-guard\.yml\. .*mode: warn/);
    expect((await cli(['validate-policy', '.github/rollout-guard.yml'], { cwd: repo.dir })).code).toBe(0);
    const again = await cli(['init', '--repo', repo.dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; use --force to overwrite it, or --dry-run/);
    expect((await cli(['init', '--repo', repo.dir, '--force', '--history', '0'])).code).toBe(0);
  });

  it('refuses a --repo that does not exist, and creates nothing', async () => {
    const repo = new TempRepo();
    repos.push(repo);
    const missing = path.join(repo.dir, 'no', 'such', 'repo');
    const run = await cli(['init', '--repo', missing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no such folder \(init reads a repository; it creates none\)/);
    expect(existsSync(path.join(repo.dir, 'no'))).toBe(false);
  });

  it('proposes the generic policy in a repository without a commit, and it loads', async () => {
    const repo = new TempRepo();
    repos.push(repo);
    const run = await cli(['init', '--dry-run'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Nothing read at HEAD/);
    expect(policyFromText(run.stdout, 'p.yml', 'p').environments).toEqual([]);
  });
});

describe('environment names', () => {
  it('reads production, staging and development from names, and nothing from others', () => {
    expect(['prod', 'production', 'live', 'prod-eu', 'eu-west-prod', 'prd'].map(classify)).toEqual(
      Array(6).fill('production'),
    );
    expect(['staging', 'stage', 'preprod', 'pre-prod', 'uat', 'stg-us'].map(classify)).toEqual(
      Array(6).fill('staging'),
    );
    expect(['dev', 'development', 'test', 'qa', 'sandbox'].map(classify)).toEqual(
      Array(5).fill('development'),
    );
    expect(['product', 'perf', 'base', 'liveness', 'testdata'].map(classify)).toEqual(
      Array(5).fill(undefined),
    );
  });

  it('turns folders that differ in one segment into one glob', () => {
    expect(generalise(['apps/web/base', 'apps/api/base', 'ops/deploy']).map((g) => g.glob)).toEqual([
      'apps/*/base',
      'ops/deploy',
    ]);
  });
});
