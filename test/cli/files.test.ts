/**
 * Files the user names: an error reading or writing one is the user's to fix, so it is said as
 * such (exit 2), naming the path and what to do, never as an internal error. A folder given to
 * `explain` is read through the policy's manifest globs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { fixtureText } from '../helpers.js';

const ROLLOUT = fixtureText('demo/main/deploy/checkout/rollout.yaml');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rollout-guard-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

describe('--output', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = new TempRepo();
    repo.commit({ 'deploy/checkout/rollout.yaml': ROLLOUT });
  });
  afterEach(() => repo.remove());

  it('into a folder that does not exist: exit 2 before judging, naming the folder and what to do', async () => {
    const result = await cli(['check', '--all', '--repo', repo.dir, '--output', 'out/report.json'], {
      cwd: dir,
    });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'rollout-guard: --output out/report.json: cannot write there: the folder out does not exist; create it first, or name a file in a folder that does\n',
    });
  });

  it('naming a folder: exit 2, saying it is one', async () => {
    mkdirSync(path.join(dir, 'out'));
    const result = await cli(['check', '--all', '--repo', repo.dir, '--output', 'out'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'rollout-guard: --output out: cannot write there: out is a folder, not a file\n',
    );
  });

  it('for history too, before any change is replayed', async () => {
    const result = await cli(['history', '--repo', repo.dir, '--output', 'missing/h.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^rollout-guard: --output missing\/h\.json: cannot write there: the folder missing/,
    );
  });
});

describe('files a flag or an argument names', () => {
  it('a missing description, policy or manifest is named, exit 2', async () => {
    const body = await cli(['check', '--pr-body', 'nope.md'], { cwd: dir });
    expect(body).toMatchObject({
      code: 2,
      stderr: 'rollout-guard: --pr-body nope.md: cannot read it: nope.md does not exist\n',
    });
    const policy = await cli(['validate-policy', 'nope.yml'], { cwd: dir });
    expect(policy.code).toBe(2);
    expect(policy.stderr).toContain('nope.yml:1:1: cannot read the policy file: ');
    expect(policy.stderr).toContain('nope.yml does not exist');
    const manifest = await cli(['explain', 'nope.yaml'], { cwd: dir });
    expect(manifest).toMatchObject({
      code: 2,
      stderr: 'rollout-guard: cannot read nope.yaml: nope.yaml does not exist\n',
    });
  });

  it('a folder where a file goes is named as a folder', async () => {
    mkdirSync(path.join(dir, 'policies'));
    const result = await cli(['validate-policy', 'policies'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot read the policy file: ');
    expect(result.stderr).toContain('policies is a folder, not a file');
    expect(result.stderr).not.toMatch(/internal error|EISDIR/);
  });
});

describe('explain FOLDER', () => {
  it("reads the folder's files that the policy's manifest globs select, recursively, in order", async () => {
    write({
      'deploy/web/rollout.yaml': ROLLOUT.replaceAll('checkout', 'web'),
      'deploy/api/nested/rollout.yaml': ROLLOUT.replaceAll('checkout', 'api'),
      'deploy/README.md': '# not a manifest\n',
      'deploy/notes.txt': 'kind: Rollout\n',
      'deploy/node_modules/x/rollout.yaml': ROLLOUT.replaceAll('checkout', 'vendored'),
    });
    const result = await cli(['explain', 'deploy'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const heads = result.stdout.split('\n').filter((line) => /^\S+:\d+ {2}/.test(line));
    expect(heads).toEqual([
      'deploy/api/nested/rollout.yaml:2  Rollout shop/api  (argo-rollouts)',
      'deploy/web/rollout.yaml:2  Rollout shop/web  (argo-rollouts)',
    ]);
  });

  it('applies the excludes of the policy it is given, and says when the folder holds no manifest', async () => {
    write({
      'deploy/web/rollout.yaml': ROLLOUT.replaceAll('checkout', 'web'),
      'deploy/legacy/rollout.yaml': ROLLOUT.replaceAll('checkout', 'legacy'),
      'docs/guide.md': '# guide\n',
      'policy.yml': 'version: 1\nmanifests:\n  exclude: ["deploy/legacy/**"]\n',
    });
    const result = await cli(['explain', '--policy', 'policy.yml', 'deploy'], { cwd: dir });
    expect(result.stdout).toContain('Rollout shop/web');
    expect(result.stdout).not.toContain('legacy');
    const empty = await cli(['explain', 'docs'], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe(
      "rollout-guard: docs: no file in it is a manifest by the policy's globs (manifests.include, less manifests.exclude, of builtin); name the files, or widen the globs\n",
    );
  });
});
