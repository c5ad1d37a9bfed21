/** Shared policies in the CLI: --shared-policy-dir for `extends`, --shared-policy to impose one. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const SAFE = fixtureText('demo/safe-change/deploy/checkout/rollout.yaml');
const MANIFEST = 'deploy/checkout/rollout.yaml';
const BODY = fixtureText('demo/safe-change.pr.md');
const STRICT = 'version: 1\ndefaults:\n  canary:\n    minStages: 5\n';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

function setup(policy?: string): { repo: TempRepo; shared: string; base: string } {
  const repo = new TempRepo();
  repos.push(repo);
  const base = repo.commit({
    [MANIFEST]: GUARDED,
    ...(policy ? { '.github/rollout-guard.yml': policy } : {}),
  });
  repo.commit({ [MANIFEST]: SAFE });
  const shared = path.join(repo.dir, 'shared-policies');
  mkdirSync(path.join(shared, 'acme', 'policies'), { recursive: true });
  writeFileSync(path.join(shared, 'acme', 'policies', 'rollout-guard.yml'), STRICT);
  writeFileSync(path.join(repo.dir, 'body.md'), BODY);
  return { repo, shared, base };
}

const NO_TOKEN = { PATH: process.env.PATH };

describe('check with shared policies', () => {
  it('reads extends from --shared-policy-dir, and judges with the merged policy', async () => {
    const { repo, shared, base } = setup('version: 1\nextends: acme/policies/rollout-guard.yml@v1\n');
    const run = await cli(
      [
        'check',
        '--repo',
        repo.dir,
        '--base',
        base,
        '--pr-body',
        'body.md',
        '--shared-policy-dir',
        shared,
        '--format',
        'json',
      ],
      { cwd: repo.dir, env: NO_TOKEN },
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings.map((f: { rule: string }) => f.rule)).toContain(
      'canary/min-stages',
    );
  });

  it('without a folder or a token, says how to read the shared policy (exit 2)', async () => {
    const { repo, base } = setup('version: 1\nextends: acme/policies/rollout-guard.yml@v1\n');
    const run = await cli(['check', '--repo', repo.dir, '--base', base], { cwd: repo.dir, env: NO_TOKEN });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /\.github\/rollout-guard\.yml:2:1: acme\/policies\/rollout-guard\.yml@v1 cannot be read here: pass --shared-policy-dir DIR .*or set GITHUB_TOKEN/,
    );
  });

  it('imposes a shared policy given as a file, as the Action input does', async () => {
    const { repo, shared, base } = setup();
    const file = path.join(shared, 'acme', 'policies', 'rollout-guard.yml');
    const without = await cli(['check', '--repo', repo.dir, '--base', base, '--pr-body', 'body.md'], {
      cwd: repo.dir,
      env: NO_TOKEN,
    });
    expect(without.code).toBe(0);
    const imposed = await cli(
      ['check', '--repo', repo.dir, '--base', base, '--pr-body', 'body.md', '--shared-policy', file],
      { cwd: repo.dir, env: NO_TOKEN },
    );
    expect(imposed.code).toBe(1);
    expect(imposed.stdout).toMatch(/canary\/min-stages/);
  });

  it('validate-policy merges what the policy extends, and refuses a loosening', async () => {
    const { repo, shared } = setup();
    writeFileSync(path.join(repo.dir, 'ok.yml'), 'version: 1\nextends: acme/policies/rollout-guard.yml@v1\n');
    writeFileSync(
      path.join(repo.dir, 'loose.yml'),
      'version: 1\nextends: acme/policies/rollout-guard.yml@v1\ndefaults:\n  canary: { minStages: 2 }\n',
    );
    const ok = await cli(['validate-policy', 'ok.yml', '--shared-policy-dir', shared], { cwd: repo.dir });
    expect(ok.stdout).toBe(
      'ok.yml: valid policy (environments: none; builds on acme/policies/rollout-guard.yml@v1)\n',
    );
    const loose = await cli(['validate-policy', 'loose.yml', '--shared-policy-dir', shared], {
      cwd: repo.dir,
    });
    expect(loose.code).toBe(2);
    expect(loose.stderr).toMatch(
      /loose\.yml:4:1: defaults\.canary\.minStages: .* sets 5; 2 here would loosen it/,
    );
  });
});
