import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/core/model.js';
import {
  GitSourceError,
  readFileAtRef,
  readGitChangeSet,
  readGitContext,
  runGit,
  type GitRunner,
} from '../../src/sources/git/index.js';

const MAX = 4096;
const repos: string[] = [];

afterEach(() => {
  for (const dir of repos.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rollout-guard-git-'));
  repos.push(dir);
  return dir;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
}

function initRepo(branch = 'main'): string {
  const dir = tempDir();
  git(dir, 'init', '-q', '-b', branch);
  git(dir, 'config', 'user.name', 'Test');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'config', 'core.autocrlf', 'false');
  return dir;
}

function write(dir: string, file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), content);
}

function commit(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

function canary(name: string, target: string): string {
  return [
    'apiVersion: flagger.app/v1beta1',
    'kind: Canary',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  targetRef:',
    '    apiVersion: apps/v1',
    '    kind: Deployment',
    `    name: ${target}`,
    '  analysis:',
    '    interval: 1m',
    '    threshold: 5',
    '    stepWeight: 10',
    '',
  ].join('\n');
}

function deployment(name: string, image: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  replicas: 3',
    '  template:',
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    `          image: ${image}`,
    '',
  ].join('\n');
}

function byPath(files: ChangedFile[], file: string): ChangedFile | undefined {
  return files.find((changed) => changed.path === file);
}

const NEWLINE_NAME = 'odd/new\nline | "quoted"\t.yaml';
const UNICODE_NAME = 'déploiement-🚀.yaml';
// Unlike every other file, so rename detection cannot pair it with an added one.
const REMOVED = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  removed: "yes"\n';
const CRLF_BOM = '\uFEFFkind: Rollout\r\nmetadata:\r\n  name: crlf\r\n';

/** A repository whose feature branch exercises every kind of change. */
function fixtureRepo(): { dir: string; base: string; head: string } {
  const dir = initRepo();
  write(dir, 'keep.yaml', deployment('keep', 'keep:1'));
  write(dir, 'modify.yaml', deployment('web', 'web:1'));
  write(dir, 'remove.yaml', REMOVED);
  write(dir, 'apps/api/rollout.yaml', deployment('api', 'api:1'));
  write(dir, 'notes.yaml', deployment('notes', 'notes:1'));
  write(dir, 'canaries/unchanged-canary.yaml', canary('web', 'web'));
  write(dir, 'canaries/changed-canary.yaml', canary('api', 'api'));
  write(dir, 'README.md', 'kind: Canary appears here only inside prose.\n');
  const base = commit(dir, 'base');

  git(dir, 'checkout', '-q', '-b', 'feature');
  write(dir, 'modify.yaml', deployment('web', 'web:2'));
  unlinkSync(path.join(dir, 'remove.yaml'));
  unlinkSync(path.join(dir, 'apps/api/rollout.yaml'));
  write(dir, 'platform/api/rollout.yaml', deployment('api', 'api:1'));
  unlinkSync(path.join(dir, 'notes.yaml'));
  write(dir, 'notes.txt', deployment('notes', 'notes:1') + '# now plain text\n');
  write(dir, 'copy-of-keep.yaml', deployment('keep', 'keep:1'));
  write(
    dir,
    'canaries/changed-canary.yaml',
    canary('api', 'api').replace('stepWeight: 10', 'stepWeight: 50'),
  );
  write(dir, NEWLINE_NAME, deployment('odd', 'odd:1'));
  write(dir, UNICODE_NAME, deployment('unicode', 'unicode:1'));
  write(dir, 'binary.yaml', Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x00, 0x01, 0x02]));
  write(dir, 'latin1.yaml', Buffer.from('name: caf\xe9\n', 'latin1'));
  write(dir, 'big.yaml', 'x'.repeat(MAX + 1));
  write(dir, 'crlf-bom.yaml', CRLF_BOM);
  symlinkSync('/etc/passwd', path.join(dir, 'passwd-link.yaml'));
  symlinkSync('../../.git/config', path.join(dir, 'canaries/config-link.yaml'));
  const head = commit(dir, 'head');
  return { dir, base, head };
}

function countingRunner(): { run: GitRunner; calls: () => number } {
  let count = 0;
  return {
    run: (args, input) => {
      count += 1;
      return runGit(args, input);
    },
    calls: () => count,
  };
}

describe('readGitChangeSet', () => {
  it('lists added, modified, removed and renamed files with their text at base and head', async () => {
    const { dir, base, head } = fixtureRepo();
    const change = await readGitChangeSet({ repo: dir, base: 'main', head: 'feature', maxFileBytes: MAX });

    expect(change.base).toBe(base);
    expect(change.head).toBe(head);
    expect(byPath(change.files, 'modify.yaml')).toEqual({
      status: 'modified',
      path: 'modify.yaml',
      base: { kind: 'text', text: deployment('web', 'web:1') },
      head: { kind: 'text', text: deployment('web', 'web:2') },
    });
    expect(byPath(change.files, 'remove.yaml')).toEqual({
      status: 'removed',
      path: 'remove.yaml',
      base: { kind: 'text', text: REMOVED },
    });
    expect(byPath(change.files, 'copy-of-keep.yaml')).toEqual({
      status: 'added',
      path: 'copy-of-keep.yaml',
      head: { kind: 'text', text: deployment('keep', 'keep:1') },
    });
    expect(byPath(change.files, 'keep.yaml')).toBeUndefined();
  });

  it('follows renames into another directory and to another extension', async () => {
    const { dir } = fixtureRepo();
    const change = await readGitChangeSet({ repo: dir, base: 'main', head: 'feature', maxFileBytes: MAX });

    expect(byPath(change.files, 'platform/api/rollout.yaml')).toMatchObject({
      status: 'renamed',
      previousPath: 'apps/api/rollout.yaml',
      base: { kind: 'text', text: deployment('api', 'api:1') },
      head: { kind: 'text', text: deployment('api', 'api:1') },
    });
    expect(byPath(change.files, 'notes.txt')).toMatchObject({
      status: 'renamed',
      previousPath: 'notes.yaml',
      head: { kind: 'text', text: deployment('notes', 'notes:1') + '# now plain text\n' },
    });
    const paths = change.files.map((file) => file.path);
    expect(paths).not.toContain('apps/api/rollout.yaml');
    expect(paths).not.toContain('notes.yaml');
  });

  it('keeps file names with newlines, tabs, quotes, pipes and unicode intact', async () => {
    const { dir } = fixtureRepo();
    const change = await readGitChangeSet({ repo: dir, base: 'main', head: 'feature', maxFileBytes: MAX });

    expect(byPath(change.files, NEWLINE_NAME)).toEqual({
      status: 'added',
      path: NEWLINE_NAME,
      head: { kind: 'text', text: deployment('odd', 'odd:1') },
    });
    expect(byPath(change.files, UNICODE_NAME)?.head).toEqual({
      kind: 'text',
      text: deployment('unicode', 'unicode:1'),
    });
  });

  it('never reads a symlink target, inside or outside the repository', async () => {
    const { dir } = fixtureRepo();
    const change = await readGitChangeSet({ repo: dir, base: 'main', head: 'feature', maxFileBytes: MAX });

    expect(byPath(change.files, 'passwd-link.yaml')).toEqual({
      status: 'added',
      path: 'passwd-link.yaml',
      head: { kind: 'symlink' },
    });
    expect(byPath(change.files, 'canaries/config-link.yaml')?.head).toEqual({ kind: 'symlink' });
    const serialized = JSON.stringify(change);
    expect(serialized).not.toContain('root:');
    expect(serialized).not.toContain('/etc/passwd');
    expect(serialized).not.toContain('[core]');
    expect(serialized).not.toContain('.git/config');
  });

  it('marks binary, non-UTF-8 and too-large files without returning their bytes', async () => {
    const { dir } = fixtureRepo();
    const change = await readGitChangeSet({ repo: dir, base: 'main', head: 'feature', maxFileBytes: MAX });

    expect(byPath(change.files, 'binary.yaml')?.head).toEqual({ kind: 'binary' });
    expect(byPath(change.files, 'latin1.yaml')?.head).toEqual({ kind: 'binary' });
    expect(byPath(change.files, 'big.yaml')?.head).toEqual({ kind: 'too-large', bytes: MAX + 1 });
  });

  it('keeps a byte order mark and CRLF line endings exactly', async () => {
    const { dir } = fixtureRepo();
    const change = await readGitChangeSet({ repo: dir, base: 'main', head: 'feature', maxFileBytes: MAX });

    expect(byPath(change.files, 'crlf-bom.yaml')?.head).toEqual({ kind: 'text', text: CRLF_BOM });
  });

  it('returns no context itself: unchanged files are read later, by readGitContext', async () => {
    const { dir } = fixtureRepo();
    const change = await readGitChangeSet({ repo: dir, base: 'main', head: 'feature', maxFileBytes: MAX });

    expect(change.context).toEqual([]);
    expect(byPath(change.files, 'canaries/changed-canary.yaml')?.status).toBe('modified');
  });

  it('reads the unchanged folderFiles at and above the changed manifests, on each side', async () => {
    const dir = initRepo();
    write(dir, 'kustomization.yaml', 'resources: [apps]\n');
    write(dir, 'apps/kustomization.yaml', 'namespace: shop\n');
    write(dir, 'apps/web/deploy.yaml', deployment('web', 'web:1'));
    write(dir, 'other/kustomization.yaml', 'namespace: elsewhere\n');
    commit(dir, 'base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, 'apps/web/deploy.yaml', deployment('web', 'web:2'));
    write(dir, 'apps/kustomization.yaml', 'namespace: shop-v2\n');
    write(dir, 'apps/web/kustomization.yml', 'namespace: web\n');
    commit(dir, 'head');
    const change = await readGitChangeSet({ repo: dir, base: 'main', head: 'feature', maxFileBytes: MAX });
    const listed = (files: { path: string; content: unknown }[] = []) =>
      files.map((f) => [f.path, (f.content as { text?: string }).text]).sort();
    // The changed kustomization is in the change itself; the unchanged ones come with it.
    expect(listed(change.folderFiles?.base)).toEqual([['kustomization.yaml', 'resources: [apps]\n']]);
    expect(listed(change.folderFiles?.head)).toEqual([['kustomization.yaml', 'resources: [apps]\n']]);
    expect(byPath(change.files, 'apps/kustomization.yaml')?.status).toBe('modified');
    expect(byPath(change.files, 'apps/web/kustomization.yml')?.status).toBe('added');
  });

  it('reads a symbolic link inside the repository through to the file or folder it leads to', async () => {
    const dir = initRepo();
    write(dir, 'base/rollout.yaml', deployment('web', 'web:1'));
    write(dir, 'base/canary.yaml', canary('web', 'web'));
    mkdirSync(path.join(dir, 'deploy/prod'), { recursive: true });
    symlinkSync('../../base/rollout.yaml', path.join(dir, 'deploy/prod/rollout.yaml'));
    symlinkSync('base', path.join(dir, 'staging'));
    symlinkSync('loop-b.yaml', path.join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', path.join(dir, 'loop-b.yaml'));
    commit(dir, 'base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    // Only the target changes: every path that reads it changes with it.
    write(dir, 'base/rollout.yaml', deployment('web', 'web:2'));
    unlinkSync(path.join(dir, 'loop-a.yaml'));
    write(dir, 'loop-a.yaml', 'plain: file\n');
    const head = commit(dir, 'head');
    const change = await readGitChangeSet({ repo: dir, base: 'main', head, maxFileBytes: MAX });
    const seen = (name: string) => byPath(change.files, name);
    expect(seen('base/rollout.yaml')?.head).toEqual({ kind: 'text', text: deployment('web', 'web:2') });
    expect(seen('deploy/prod/rollout.yaml')).toEqual({
      status: 'modified',
      path: 'deploy/prod/rollout.yaml',
      base: { kind: 'text', text: deployment('web', 'web:1') },
      head: { kind: 'text', text: deployment('web', 'web:2') },
      linkedTo: 'base/rollout.yaml',
    });
    expect(seen('staging/rollout.yaml')).toMatchObject({ status: 'modified', linkedTo: 'base/rollout.yaml' });
    // Unchanged through the folder link: not part of the change.
    expect(seen('staging/canary.yaml')).toBeUndefined();
    // A loop is never followed: loop-b was a link in a loop and is one that now leads to a file.
    expect(seen('loop-a.yaml')).toMatchObject({ base: { kind: 'symlink' }, head: { kind: 'text' } });
  });

  it('reports a link that leaves the repository as a link, and never reads its target', async () => {
    const dir = initRepo();
    write(dir, 'README.md', 'x\n');
    commit(dir, 'base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    mkdirSync(path.join(dir, 'deploy'), { recursive: true });
    symlinkSync('../../../etc/hosts', path.join(dir, 'deploy/escape.yaml'));
    symlinkSync('/etc/hosts', path.join(dir, 'deploy/absolute.yaml'));
    symlinkSync('missing.yaml', path.join(dir, 'deploy/dangling.yaml'));
    const head = commit(dir, 'head');
    const change = await readGitChangeSet({ repo: dir, base: 'main', head, maxFileBytes: MAX });
    for (const name of ['deploy/escape.yaml', 'deploy/absolute.yaml', 'deploy/dangling.yaml']) {
      expect(byPath(change.files, name)).toEqual({ status: 'added', path: name, head: { kind: 'symlink' } });
    }
    expect(JSON.stringify(change)).not.toContain('localhost');
  });

  it('reports a submodule as not-a-file', async () => {
    const dir = initRepo();
    const first = commit(dir, 'base');
    git(dir, 'update-index', '--add', '--cacheinfo', `160000,${first},vendor/lib`);
    git(dir, 'commit', '-q', '-m', 'submodule');

    const change = await readGitChangeSet({ repo: dir, base: first, maxFileBytes: MAX });

    expect(change.files).toEqual([{ status: 'added', path: 'vendor/lib', head: { kind: 'not-a-file' } }]);
  });

  it('(without --base) compares against the merge-base with main, from a subdirectory', async () => {
    const dir = initRepo();
    write(dir, 'sub/app.yaml', deployment('app', 'app:1'));
    const forkPoint = commit(dir, 'fork point');
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, 'sub/app.yaml', deployment('app', 'app:2'));
    const head = commit(dir, 'feature');
    git(dir, 'checkout', '-q', 'main');
    write(dir, 'later-on-main.yaml', deployment('later', 'later:1'));
    commit(dir, 'main moves on');
    git(dir, 'checkout', '-q', 'feature');

    const change = await readGitChangeSet({ repo: path.join(dir, 'sub'), maxFileBytes: MAX });

    expect(change.base).toBe(forkPoint);
    expect(change.head).toBe(head);
    expect(change.files.map((file) => `${file.status} ${file.path}`)).toEqual(['modified sub/app.yaml']);
  });

  it('uses a fixed number of git processes whatever the number of files', async () => {
    async function processesFor(fileCount: number): Promise<number> {
      const dir = initRepo();
      for (let i = 0; i < fileCount; i++) write(dir, `canaries/c${i}.yaml`, canary(`c${i}`, `d${i}`));
      for (let i = 0; i < fileCount; i++) write(dir, `apps/d${i}.yaml`, deployment(`d${i}`, 'img:1'));
      commit(dir, 'base');
      git(dir, 'checkout', '-q', '-b', 'feature');
      for (let i = 0; i < fileCount; i++) write(dir, `apps/d${i}.yaml`, deployment(`d${i}`, 'img:2'));
      commit(dir, 'head');
      const counter = countingRunner();
      const change = await readGitChangeSet({ repo: dir, maxFileBytes: MAX }, counter.run);
      const names = new Set(Array.from({ length: fileCount }, (_, i) => `d${i}`));
      const exclude = new Set(change.files.map((file) => file.path));
      const context = await readGitContext(
        { repo: dir, head: change.head, names, exclude, maxFileBytes: MAX },
        counter.run,
      );
      expect(change.files).toHaveLength(fileCount);
      expect(context).toHaveLength(fileCount);
      return counter.calls();
    }

    const few = await processesFor(1);
    const many = await processesFor(40);
    expect(many).toBe(few);
    // The change (diff, both trees, blobs, merge-base) and the context.
    expect(many).toBeLessThanOrEqual(12);
  });

  it('names the ref and the directory when a ref is not a commit', async () => {
    const { dir } = fixtureRepo();

    const attempt = readGitChangeSet({ repo: dir, base: 'main~5', maxFileBytes: MAX });

    await expect(attempt).rejects.toBeInstanceOf(GitSourceError);
    await expect(attempt).rejects.toThrow(`--base main~5 is not a commit in ${dir}`);
  });

  it('treats a ref that looks like an option as a ref', async () => {
    const { dir } = fixtureRepo();

    await expect(readGitChangeSet({ repo: dir, head: '--output=/tmp/x', maxFileBytes: MAX })).rejects.toThrow(
      `--head --output=/tmp/x is not a commit in ${dir}`,
    );
  });

  it('says so when the directory is not a git repository', async () => {
    const dir = tempDir();

    await expect(readGitChangeSet({ repo: dir, maxFileBytes: MAX })).rejects.toThrow(
      `${dir} is not a git repository`,
    );
  });

  it('asks for --base when there is no default branch to compare against', async () => {
    const dir = initRepo('trunk');
    commit(dir, 'first');

    await expect(readGitChangeSet({ repo: dir, maxFileBytes: MAX })).rejects.toThrow(
      /no default branch.*pass --base/,
    );
  });

  it('reports a missing git executable as a GitSourceError', async () => {
    const original = process.env.PATH;
    process.env.PATH = tempDir();
    try {
      await expect(readGitChangeSet({ repo: '.', maxFileBytes: MAX })).rejects.toThrow(
        /git is not installed/,
      );
    } finally {
      process.env.PATH = original;
    }
  });
});

describe('readFileAtRef', () => {
  it('reads a file at the given commit, not the working tree', async () => {
    const dir = initRepo();
    write(dir, '.github/rollout-guard.yml', 'version: 1\n');
    const base = commit(dir, 'policy');
    write(dir, '.github/rollout-guard.yml', 'version: 2\n');
    commit(dir, 'weaker policy');

    await expect(
      readFileAtRef(path.join(dir, '.github'), base, '.github/rollout-guard.yml', MAX),
    ).resolves.toEqual({
      kind: 'text',
      text: 'version: 1\n',
    });
  });

  it('returns undefined for a path missing at that ref, and never follows a symlink', async () => {
    const dir = initRepo();
    symlinkSync('/etc/passwd', path.join(dir, 'policy.yml'));
    write(dir, 'big.yml', 'y'.repeat(MAX + 10));
    const base = commit(dir, 'links');

    await expect(readFileAtRef(dir, base, '.github/rollout-guard.yml', MAX)).resolves.toBeUndefined();
    await expect(readFileAtRef(dir, base, 'policy.yml', MAX)).resolves.toEqual({ kind: 'symlink' });
    await expect(readFileAtRef(dir, base, 'big.yml', MAX)).resolves.toEqual({
      kind: 'too-large',
      bytes: MAX + 10,
    });
    await expect(readFileAtRef(dir, 'no-such-ref', 'big.yml', MAX)).rejects.toThrow(
      `ref no-such-ref is not a commit in ${dir}`,
    );
  });
});

describe('readGitContext', () => {
  const read = (dir: string, head: string, names: string[], exclude: string[] = [], run?: GitRunner) =>
    readGitContext(
      { repo: dir, head, names: new Set(names), exclude: new Set(exclude), maxFileBytes: MAX },
      run,
    );

  it('returns the unchanged Canary that names a changed workload, and leaves out the changed files', async () => {
    const { dir } = fixtureRepo();
    const head = git(dir, 'rev-parse', 'feature').trim();

    const context = await read(dir, head, ['web', 'api'], ['canaries/changed-canary.yaml', 'modify.yaml']);

    expect(context).toEqual([
      { path: 'canaries/unchanged-canary.yaml', content: { kind: 'text', text: canary('web', 'web') } },
    ]);
  });

  it('reads only the Canaries and Rollouts that mention one of the names', async () => {
    const dir = initRepo();
    for (const name of ['alpha', 'beta', 'gamma']) write(dir, `canaries/${name}.yaml`, canary(name, name));
    write(dir, 'apps/alpha.yaml', deployment('alpha', 'alpha:1'));
    write(dir, 'docs/alpha.md', 'Rollout of alpha: see the kind: Canary in canaries/.\n');
    const head = commit(dir, 'base');

    const context = await read(dir, head, ['alpha']);

    // The Deployment names alpha but is no Canary; the prose is read (a broad search) and the
    // pipeline, which parses it, finds no rollout object in it.
    expect(context.map((file) => file.path).sort()).toEqual(['canaries/alpha.yaml', 'docs/alpha.md']);
  });

  it('finds context files in list items, flow style and JSON, and skips files over the size limit', async () => {
    const dir = initRepo();
    write(
      dir,
      'list.yaml',
      'apiVersion: v1\nkind: List\nitems:\n  - kind: Rollout\n    metadata: {name: a}\n',
    );
    write(
      dir,
      'rollout.json',
      '{"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "metadata": {"name": "a"}}\n',
    );
    write(dir, 'flow.yaml', '{kind: Canary, metadata: {name: a}}\n');
    write(dir, 'quoted.yaml', "kind: 'Canary' # flagger\nmetadata:\n  name: a\n");
    write(dir, 'huge.yaml', `kind: Canary\nmetadata:\n  name: a\n# ${'x'.repeat(MAX)}\n`);
    write(dir, 'other.yaml', 'kind: CanaryTemplate\nmetadata:\n  name: a\n');
    write(dir, 'plan.yaml', 'kind: RolloutPlan\nmetadata:\n  name: a\n');
    const head = commit(dir, 'base');

    const context = await read(dir, head, ['a']);

    expect(context.map((file) => file.path).sort()).toEqual([
      'flow.yaml',
      'huge.yaml',
      'list.yaml',
      'quoted.yaml',
      'rollout.json',
    ]);
    expect(context.find((file) => file.path === 'huge.yaml')?.content.kind).toBe('too-large');
  });

  it('treats a dot in a name literally, and ignores names no manifest could hold', async () => {
    const dir = initRepo();
    write(dir, 'dotted.yaml', canary('web.v2', 'web.v2'));
    write(dir, 'lookalike.yaml', canary('webXv2', 'webXv2'));
    const head = commit(dir, 'base');

    expect((await read(dir, head, ['web.v2'])).map((file) => file.path)).toEqual(['dotted.yaml']);
    // A pattern character in a name is never handed to git as part of the expression.
    const counter = countingRunner();
    expect(await read(dir, head, ['.*', 'a|b', 'x\ny', ''], [], counter.run)).toEqual([]);
    expect(counter.calls()).toBe(0);
  });

  it('past 1,000 names or 32 KiB of them, looks for the kind alone (the pipeline then filters by name)', async () => {
    const dir = initRepo();
    write(dir, 'canaries/alpha.yaml', canary('alpha', 'alpha'));
    write(dir, 'canaries/beta.yaml', canary('beta', 'beta'));
    write(dir, 'apps/alpha.yaml', deployment('alpha', 'alpha:1'));
    const head = commit(dir, 'base');
    const paths = async (names: string[]) => (await read(dir, head, names)).map((file) => file.path).sort();
    const both = ['canaries/alpha.yaml', 'canaries/beta.yaml'];

    const short = (count: number) => [
      'alpha',
      ...Array.from({ length: count - 1 }, (_, i) => `workload-${i}`),
    ];
    expect(await paths(short(1000))).toEqual(['canaries/alpha.yaml']);
    expect(await paths(short(1001))).toEqual(both);
    // Long names (a crafted pull request): 200 of 200 characters are over 32 KiB.
    const long = [
      'alpha',
      ...Array.from({ length: 199 }, (_, i) => `${'x'.repeat(195)}-${String(i).padStart(3, '0')}`),
    ];
    expect(await paths(long)).toEqual(both);
    expect(await paths(long.slice(0, 100))).toEqual(['canaries/alpha.yaml']);
  });

  it('runs no git process when no workload changed', async () => {
    const { dir } = fixtureRepo();
    const counter = countingRunner();

    expect(await read(dir, 'feature', [], [], counter.run)).toEqual([]);
    expect(counter.calls()).toBe(0);
  });
});
