/**
 * One policy for an organisation, through the bundled action: a shared policy imposed by the
 * `shared-policy` input (an organisation-required workflow), a repository policy that `extends`
 * one and may only tighten it, a shared policy that allows no local exemptions, and a shared
 * policy the token cannot read (404, 403), which fails closed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fakeScenario } from '../support/fake-github.js';
import type { FakeScenario } from '../support/fake-github.js';
import { runAction } from '../support/action-runner.js';
import { fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const SAFE = fixtureText('demo/safe-change/deploy/checkout/rollout.yaml');
const BODY = fixtureText('demo/safe-change.pr.md').replaceAll(
  'https://github.com/example/shop/actions/runs/',
  'https://github.example.com/octo/deploys/actions/runs/',
);
const RUNS = [
  { id: 123456789, name: 'Integration', conclusion: 'success' as const },
  { id: 123456790, name: 'Load test', conclusion: 'success' as const },
];
const MANIFEST = 'deploy/checkout/rollout.yaml';
const SHARED = 'acme/rollout-policies/org/rollout-guard.yml@v3';
/** Stricter than the demo's safe rollout (two canary stages) allows. */
const ORG_POLICY = 'version: 1\ndefaults:\n  canary:\n    minStages: 5\nexemptions:\n  allowLocal: false\n';

function world(repoFiles: Record<string, string> = {}, org: FakeScenario['otherRepositories'] = undefined) {
  return fakeScenario({
    runs: RUNS,
    otherRepositories: org ?? { 'acme/rollout-policies': { v3: { 'org/rollout-guard.yml': ORG_POLICY } } },
    pull: { ...fakeScenario().pull, body: BODY },
    files: {
      base: { ...repoFiles, [MANIFEST]: GUARDED },
      head: { ...repoFiles, [MANIFEST]: SAFE },
    },
  });
}

const rules = (run: Awaited<ReturnType<typeof runAction>>) => run.report?.findings.map((f) => f.rule) ?? [];

describe('shared policies through the action', () => {
  it('the same change passes without the shared policy', async () => {
    const run = await runAction(world(), { comment: 'never' });
    expect(run.outputs.verdict).toBe('pass');
  });

  it('(shared-policy input) imposes the shared policy where the repository has none: one request more', async () => {
    const run = await runAction(world(), { comment: 'never', 'shared-policy': SHARED });
    expect(run.outputs.verdict).toBe('fail');
    expect(rules(run)).toContain('canary/min-stages');
    expect(run.stdout).toMatch(
      /the policy builds on the shared policy acme\/rollout-policies\/org\/rollout-guard\.yml@v3/,
    );
    expect(run.requests.filter((r) => r.route === 'contents')).toHaveLength(1);
    // A version tag is a pin: no notice about it.
    expect(run.stdout).not.toMatch(/::notice::rollout-guard: the shared policy/);
  });

  it('(extends) a repository policy that tightens the shared one applies both', async () => {
    const local = `version: 1\nextends: ${SHARED}\ndefaults:\n  canary:\n    maxStepIncrease: 10\n`;
    const run = await runAction(world({ '.github/rollout-guard.yml': local }), { comment: 'never' });
    expect(run.outputs.verdict).toBe('fail');
    expect(rules(run)).toEqual(expect.arrayContaining(['canary/min-stages', 'canary/step-increase']));
  });

  it('(extends) a loosening fails the check, naming the key and both values', async () => {
    const local = `version: 1\nextends: ${SHARED}\ndefaults:\n  canary:\n    minStages: 1\n`;
    const run = await runAction(world({ '.github/rollout-guard.yml': local }), { comment: 'never' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /the policy is not valid:%0A\.github\/rollout-guard\.yml:5:1: defaults\.canary\.minStages: the shared policy acme\/rollout-policies\/org\/rollout-guard\.yml@v3 sets 5; 1 here would loosen it/,
    );
  });

  it('notices a shared policy read at a branch, which can move', async () => {
    const run = await runAction(
      world(undefined, { 'acme/rollout-policies': { main: { 'org/rollout-guard.yml': 'version: 1\n' } } }),
      { comment: 'never', 'shared-policy': 'acme/rollout-policies/org/rollout-guard.yml@main' },
    );
    expect(run.outputs.verdict).toBe('pass');
    expect(run.stdout).toMatch(
      /::notice::rollout-guard: the shared policy .*@main is read at "main", which can move/,
    );
  });

  it('fails closed when the shared policy is not found (404) or refused (403)', async () => {
    const missing = await runAction(world(undefined, { 'acme/rollout-policies': 404 }), {
      comment: 'never',
      'shared-policy': SHARED,
    });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(
      /::error::rollout-guard: the policy is not valid:.*not found \(404\).*shared-policy-token/,
    );
    const refused = await runAction(world(undefined, { 'acme/rollout-policies': 403 }), {
      comment: 'never',
      'shared-policy': SHARED,
    });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/reading it was refused \(403\)/);
  });

  it('lets the shared policy refuse the repository its own exemptions', async () => {
    const exemptions = [
      'version: 1',
      'exemptions:',
      '  - id: checkout-short',
      '    rules: [canary/min-stages]',
      '    paths: ["deploy/checkout/**"]',
      '    reason: the org policy is too strict for us',
      '    ticket: OPS-1',
      '    approver: carol',
      '    expires: "2099-12-31"',
      '',
    ].join('\n');
    const run = await runAction(world({ '.github/rollout-guard-exemptions.yml': exemptions }), {
      comment: 'never',
      'shared-policy': SHARED,
    });
    expect(run.outputs.verdict).toBe('fail');
    expect(run.report?.findings.find((f) => f.rule === 'canary/min-stages')?.level).toBe('error');
    expect(run.summary).toMatch(
      /The repository's own exemptions do not apply: the policy it extends \(acme\/rollout-policies\/org\/rollout-guard\.yml@v3\) allows none/,
    );
  });

  it('rejects a shared-policy input that is no reference', async () => {
    const run = await runAction(world(), { 'shared-policy': 'org-policy.yml' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/input "shared-policy" must be OWNER\/REPO\/PATH@REF/);
  });
});

describe('examples/org-required-workflow.yml', () => {
  const workflow = parseYaml(
    readFileSync(new URL('../../examples/org-required-workflow.yml', import.meta.url), 'utf8'),
  ) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }> };
  const guard = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((step) => step.uses?.startsWith('rollout-guard/rollout-guard@'));

  it('imposes the shared policy, pinned, and warns until the organisation variable says enforce', () => {
    expect(guard?.with?.['shared-policy']).toBe('acme/rollout-policies/rollout-guard.yml@v1');
    expect(guard?.with?.mode).toBe("${{ vars.ROLLOUT_GUARD_MODE || 'warn' }}");
  });

  it('in its first weeks (mode warn) reports what the shared policy fails and does not block; then it does', async () => {
    const org = { 'acme/rollout-policies': { v1: { 'rollout-guard.yml': ORG_POLICY } } };
    const inputs = { comment: 'never', 'shared-policy': guard?.with?.['shared-policy'] ?? '' };
    const warned = await runAction(world(undefined, org), { ...inputs, mode: 'warn' });
    expect(warned.code).toBe(0);
    expect(warned.outputs.verdict).toBe('fail');
    expect(warned.stdout).toMatch(/mode is "warn", so the job does not fail/);
    const enforced = await runAction(world(undefined, org), { ...inputs, mode: 'enforce' });
    expect(enforced.code).toBe(1);
  });
});
