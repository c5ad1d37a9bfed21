import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/core/model.js';
import {
  EMPTY_TREE,
  GitSourceError,
  countUncommitted,
  readGitChangeSet,
  readGitContext,
  snapshotWorking,
} from '../../src/sources/git/index.js';
import type { WorkingOptions } from '../../src/sources/git/index.js';
import { TempRepo } from '../support/git-repo.js';

const MAX = 4096;
let repo: TempRepo;
let head: string;

beforeEach(() => {
  repo = new TempRepo();
  head = repo.commit(
    { 'deploy/a.yaml': 'a: 1\n', 'deploy/b.yaml': 'b: 1\n', '.gitignore': 'build/\n' },
    'base',
  );
});
afterEach(() => repo.remove());

/** The change set of the index or working tree against HEAD, as `check --staged/--worktree` reads it. */
async function readWorking(options: Partial<WorkingOptions> & Pick<WorkingOptions, 'side'>) {
  const snapshot = await snapshotWorking({ repo: repo.dir, ...options });
  try {
    const changeSet = await readGitChangeSet(
      {
        repo: options.repo ?? repo.dir,
        maxFileBytes: MAX,
        headTree: snapshot.tree,
        ...(snapshot.parent !== undefined ? { head: snapshot.parent } : {}),
      },
      snapshot.run,
    );
    return { snapshot, changeSet };
  } finally {
    await snapshot.dispose();
  }
}

function summary(files: ChangedFile[]) {
  return files
    .map((file) => ({
      path: file.path,
      status: file.status,
      head: file.head?.kind === 'text' ? file.head.text : file.head?.kind,
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Every file under .git except logs: what a read-only check must leave as it found it. */
function gitDirState(dir: string): Map<string, number> {
  const state = new Map<string, number>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else state.set(path.relative(dir, full), statSync(full).mtimeMs);
    }
  };
  walk(path.join(dir, '.git'));
  return state;
}

describe('the working tree as the head side (check --worktree)', () => {
  it('holds tracked edits, deletions and untracked files, and leaves ignored files out', async () => {
    repo.write({
      'deploy/a.yaml': 'a: 2\n',
      'deploy/b.yaml': null,
      'deploy/new.yaml': 'new: 1\n',
      'build/out.yaml': 'ignored: 1\n',
    });
    const { snapshot, changeSet } = await readWorking({ side: 'worktree' });
    expect(snapshot.parent).toBe(head);
    expect(changeSet.base).toBe(head);
    expect(changeSet.head).toBe(snapshot.tree);
    expect(summary(changeSet.files)).toEqual([
      { path: 'deploy/a.yaml', status: 'modified', head: 'a: 2\n' },
      { path: 'deploy/b.yaml', status: 'removed', head: undefined },
      { path: 'deploy/new.yaml', status: 'added', head: 'new: 1\n' },
    ]);
  });

  it('reads the whole work tree when --repo is a subdirectory of it', async () => {
    repo.write({ 'deploy/a.yaml': 'a: 3\n', 'other/c.yaml': 'c: 1\n' });
    const { changeSet } = await readWorking({ side: 'worktree', repo: path.join(repo.dir, 'deploy') });
    expect(changeSet.files.map((file) => file.path).sort()).toEqual(['deploy/a.yaml', 'other/c.yaml']);
  });

  it('writes nothing into the repository, and removes its scratch index and objects', async () => {
    repo.write({ 'deploy/a.yaml': 'a: 4\n', 'deploy/untracked.yaml': 'u: 1\n' });
    const before = gitDirState(repo.dir);
    const index = readFileSync(path.join(repo.dir, '.git/index'));
    const snapshot = await snapshotWorking({ repo: repo.dir, side: 'worktree' });
    // The snapshot's objects are readable through its own runner only.
    const inSnapshot = await snapshot.run(['-C', repo.dir, 'cat-file', '-t', snapshot.tree]);
    expect(inSnapshot.stdout.toString().trim()).toBe('tree');
    expect(() => repo.git('cat-file', '-t', snapshot.tree)).toThrow();
    await snapshot.dispose();
    // No file added or removed under .git, the index byte for byte the same. (git may refresh the
    // time stamp of an object it finds it already has, as it does on any write: that is all.)
    const after = gitDirState(repo.dir);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, mtime] of after) {
      if (!file.startsWith('.git/objects/')) expect(mtime, file).toBe(before.get(file));
    }
    expect(readFileSync(path.join(repo.dir, '.git/index')).equals(index)).toBe(true);
    // Still unstaged and untracked (the output is trimmed: ' M' loses its space).
    expect(repo.git('status', '--porcelain')).toBe('M deploy/a.yaml\n?? deploy/untracked.yaml');
  });

  it('lets the unchanged files be searched at the snapshot for the rollouts that deliver a change', async () => {
    repo.commit({ 'deploy/canary.yaml': 'kind: Canary\nspec:\n  targetRef:\n    name: web\n' });
    repo.write({ 'deploy/web.yaml': 'kind: Deployment\nmetadata:\n  name: web\n' });
    const snapshot = await snapshotWorking({ repo: repo.dir, side: 'worktree' });
    try {
      const context = await readGitContext(
        {
          repo: repo.dir,
          head: snapshot.tree,
          names: new Set(['web']),
          exclude: new Set(['deploy/web.yaml']),
          maxFileBytes: MAX,
        },
        snapshot.run,
      );
      expect(context.map((file) => file.path)).toEqual(['deploy/canary.yaml']);
    } finally {
      await snapshot.dispose();
    }
  });
});

describe('the index as the head side (check --staged)', () => {
  it('holds what is staged and nothing that is not', async () => {
    repo.write({ 'deploy/a.yaml': 'a: staged\n', 'deploy/new.yaml': 'new: staged\n' });
    repo.git('add', 'deploy/a.yaml', 'deploy/new.yaml');
    repo.write({ 'deploy/a.yaml': 'a: edited after staging\n', 'deploy/b.yaml': 'b: unstaged\n' });
    const { changeSet } = await readWorking({ side: 'staged' });
    expect(summary(changeSet.files)).toEqual([
      { path: 'deploy/a.yaml', status: 'modified', head: 'a: staged\n' },
      { path: 'deploy/new.yaml', status: 'added', head: 'new: staged\n' },
    ]);
  });

  it('reads the index a hook names (GIT_INDEX_FILE) instead of the repository one', async () => {
    const hookIndex = path.join(repo.dir, '.git', 'next-index.lock');
    // As `git commit -a` does: a copy of the index that takes the changes, which .git/index lacks.
    copyFileSync(path.join(repo.dir, '.git/index'), hookIndex);
    repo.write({ 'deploy/a.yaml': 'a: committed with -a\n' });
    execFileSync('git', ['-C', repo.dir, 'add', 'deploy/a.yaml'], {
      env: { ...process.env, GIT_INDEX_FILE: hookIndex },
    });
    expect((await readWorking({ side: 'staged' })).changeSet.files).toEqual([]);
    const { changeSet } = await readWorking({ side: 'staged', indexFile: hookIndex });
    expect(summary(changeSet.files)).toEqual([
      { path: 'deploy/a.yaml', status: 'modified', head: 'a: committed with -a\n' },
    ]);
  });

  it('judges the first commit of a repository against the empty tree', async () => {
    const fresh = new TempRepo();
    try {
      fresh.write({ 'deploy/first.yaml': 'first: 1\n' });
      fresh.git('add', '-A');
      const snapshot = await snapshotWorking({ repo: fresh.dir, side: 'staged' });
      try {
        expect(snapshot.parent).toBeUndefined();
        const changeSet = await readGitChangeSet(
          { repo: fresh.dir, maxFileBytes: MAX, headTree: snapshot.tree },
          snapshot.run,
        );
        expect(changeSet.base).toBe(EMPTY_TREE.sha1);
        expect(summary(changeSet.files)).toEqual([
          { path: 'deploy/first.yaml', status: 'added', head: 'first: 1\n' },
        ]);
      } finally {
        await snapshot.dispose();
      }
    } finally {
      fresh.remove();
    }
  });

  it('refuses an index with unresolved merge conflicts, saying what to do', async () => {
    repo.git('checkout', '-q', '-b', 'other');
    repo.commit({ 'deploy/a.yaml': 'a: other\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit({ 'deploy/a.yaml': 'a: main\n' });
    expect(() => repo.git('merge', '-q', 'other')).toThrow();
    const failure = snapshotWorking({ repo: repo.dir, side: 'staged' });
    await expect(failure).rejects.toThrow(GitSourceError);
    await expect(failure).rejects.toThrow(/resolve merge conflicts/);
  });

  it('needs a work tree', async () => {
    const bare = `${repo.dir}-bare.git`;
    repo.git('clone', '-q', '--bare', repo.dir, bare);
    try {
      await expect(snapshotWorking({ repo: bare, side: 'worktree' })).rejects.toThrow(/needs a work tree/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
    expect(existsSync(bare)).toBe(false);
  });
});

describe('countUncommitted', () => {
  it('counts modified, staged, deleted, renamed and untracked paths once each, and nothing ignored', async () => {
    expect(await countUncommitted(repo.dir)).toBe(0);
    repo.write({ 'deploy/a.yaml': 'a: 2\n', 'new.yaml': 'n: 1\n', 'build/x.yaml': 'x: 1\n' });
    repo.git('mv', 'deploy/b.yaml', 'deploy/renamed.yaml');
    expect(await countUncommitted(repo.dir)).toBe(3);
  });
});
