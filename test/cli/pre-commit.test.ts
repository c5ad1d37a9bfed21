import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, beforeAll } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { COMMAND_HELP } from '../../src/cli/help.js';
import { TempRepo } from '../support/git-repo.js';
import { fixtureText } from '../helpers.js';
import { requireCurrentDist } from '../support/dist.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = path.join(ROOT, 'dist/cli.js');
const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const ANALYSIS = fixtureText('demo/main/deploy/checkout/analysis.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const SAFE = fixtureText('demo/safe-change/deploy/checkout/rollout.yaml');
const ROLLOUT = 'deploy/checkout/rollout.yaml';

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  pass_filenames: boolean;
  always_run: boolean;
  stages: string[];
}

const hooks = parseYaml(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const bin = Object.keys(
  (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: object }).bin,
);

describe('.pre-commit-hooks.yaml', () => {
  beforeAll(() => requireCurrentDist());
  it('offers one node hook that runs the package bin on the staged changes', () => {
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook).toMatchObject({
      id: 'rollout-guard',
      language: 'node',
      pass_filenames: false,
      always_run: true,
    });
    // pre-commit installs the repository as an npm package and puts its bin on PATH.
    const [command, ...args] = hook?.entry.split(' ') ?? [];
    expect(bin).toContain(command);
    expect(args.slice(0, 2)).toEqual(['check', '--staged']);
    for (const flag of args.filter((arg) => arg.startsWith('--'))) expect(COMMAND_HELP.check).toContain(flag);
    // The stage names of pre-commit 3.2 and later, which minimum_pre_commit_version asks for.
    for (const stage of hook?.stages ?? [])
      expect(['pre-commit', 'pre-merge-commit', 'pre-push']).toContain(stage);
  });
});

describe('the hook inside git commit', () => {
  let repo: TempRepo;

  beforeEach(() => {
    repo = new TempRepo();
    repo.commit({ [ROLLOUT]: GUARDED, 'deploy/checkout/analysis.yaml': ANALYSIS }, 'base');
    // The hook's entry, with the bin it names resolved to the bundled CLI of this checkout.
    const entry = (hooks[0]?.entry ?? '').replace(/^rollout-guard /, '');
    const script = path.join(repo.dir, '.git/hooks/pre-commit');
    writeFileSync(script, `#!/bin/sh\nexec '${process.execPath}' '${CLI}' ${entry}\n`);
    chmodSync(script, 0o755);
  });
  afterEach(() => repo.remove());

  function commit(...args: string[]) {
    const result = spawnSync('git', ['-C', repo.dir, 'commit', '-m', 'change', ...args], {
      encoding: 'utf8',
    });
    return { code: result.status, output: `${result.stdout}${result.stderr}` };
  }
  const headCount = () => Number(repo.git('rev-list', '--count', 'HEAD'));

  it('stops a commit that stages an unsafe rollout, and says why', () => {
    repo.write({ [ROLLOUT]: UNSAFE });
    repo.git('add', ROLLOUT);
    const result = commit();
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Judged: the staged changes');
    expect(result.output).toContain('canary/initial-weight');
    expect(headCount()).toBe(1);
  });

  it('stops `git commit -a`, whose changes are only in the index git hands the hook', () => {
    repo.write({ [ROLLOUT]: UNSAFE });
    expect(commit('-a').code).not.toBe(0);
    expect(headCount()).toBe(1);
  });

  it('lets a safe change through, whatever is left unstaged', () => {
    repo.write({ [ROLLOUT]: SAFE });
    repo.git('add', ROLLOUT);
    repo.write({ [ROLLOUT]: UNSAFE });
    const result = commit();
    expect(result.output).toContain('PASS');
    expect(result.code).toBe(0);
    expect(headCount()).toBe(2);
  });
});
