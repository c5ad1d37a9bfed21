import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/core/model.js';
import { GitSourceError, readGitSnapshot, runGit } from '../../src/sources/git/index.js';
import type { GitRunner } from '../../src/sources/git/index.js';
import { TempRepo } from '../support/git-repo.js';

const MAX = 4096;
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const NEWLINE_NAME = 'odd/new\nline | "quoted"\t.yaml';
const UNICODE_NAME = 'déploiement-🚀.yaml';
const CRLF_BOM = '\uFEFFkind: Rollout\r\nmetadata:\r\n  name: crlf\r\n';

let repo: TempRepo;
beforeEach(() => {
  repo = new TempRepo();
  repo.git('config', 'core.autocrlf', 'false');
});
afterEach(() => repo.remove());

const deployment = (name: string, image: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: ${image}\n`;

function byPath(files: ChangedFile[]): Map<string, ChangedFile> {
  return new Map(files.map((file) => [file.path, file]));
}

/** Counts git processes, and records what each `cat-file --batch` was asked to read. */
function recordingRunner(): { run: GitRunner; commands: string[][]; batchInputs: string[] } {
  const commands: string[][] = [];
  const batchInputs: string[] = [];
  return {
    commands,
    batchInputs,
    run: (args, input) => {
      commands.push([...args]);
      if (args.includes('--batch')) batchInputs.push(input?.toString('utf8') ?? '');
      return runGit(args, input);
    },
  };
}

describe('readGitSnapshot', () => {
  it('returns every file at head as added, against the empty tree, with its exact text', async () => {
    repo.commit({ 'deploy/web.yaml': deployment('web', 'web:1'), 'old.yaml': 'kind: Gone\n' });
    const head = repo.commit({
      'deploy/web.yaml': deployment('web', 'web:2'),
      'old.yaml': null,
      'deploy/api/rollout.yaml': deployment('api', 'api:1'),
      [NEWLINE_NAME]: deployment('odd', 'odd:1'),
      [UNICODE_NAME]: deployment('unicode', 'unicode:1'),
      'crlf-bom.yaml': CRLF_BOM,
    });

    const snapshot = await readGitSnapshot({ repo: repo.dir, maxFileBytes: MAX });

    expect(snapshot.head).toBe(head);
    expect(snapshot.base).toBe(EMPTY_TREE);
    expect(snapshot.context).toEqual([]);
    expect(snapshot.files.map((f) => f.path).sort()).toEqual(
      ['crlf-bom.yaml', 'deploy/api/rollout.yaml', 'deploy/web.yaml', NEWLINE_NAME, UNICODE_NAME].sort(),
    );
    for (const file of snapshot.files) {
      expect(file.status).toBe('added');
      expect(file.base).toBeUndefined();
    }
    const files = byPath(snapshot.files);
    expect(files.get('deploy/web.yaml')?.head).toEqual({ kind: 'text', text: deployment('web', 'web:2') });
    expect(files.get(NEWLINE_NAME)?.head).toEqual({ kind: 'text', text: deployment('odd', 'odd:1') });
    expect(files.get('crlf-bom.yaml')?.head).toEqual({ kind: 'text', text: CRLF_BOM });
    // The base is a real object: git itself shows the snapshot as a change that adds every file.
    const added = repo.git('diff-tree', '-r', '--name-only', '--diff-filter=A', snapshot.base, head);
    expect(added.split('\n')).toHaveLength(snapshot.files.length);
  });

  it('reads the commit --head names, not the checkout', async () => {
    const first = repo.commit({ 'deploy/web.yaml': deployment('web', 'web:1') });
    repo.commit({ 'deploy/web.yaml': deployment('web', 'web:2'), 'deploy/new.yaml': 'kind: New\n' });

    const snapshot = await readGitSnapshot({ repo: repo.dir, head: first, maxFileBytes: MAX });

    expect(snapshot.head).toBe(first);
    expect(snapshot.files).toEqual([
      { status: 'added', path: 'deploy/web.yaml', head: { kind: 'text', text: deployment('web', 'web:1') } },
    ]);
  });

  it('never reads a symlink, binary or oversized file as text', async () => {
    repo.write({
      'binary.yaml': '\u0000\u0001kind',
      'big.yaml': 'x'.repeat(MAX + 1),
      'ok.yaml': 'kind: Ok\n',
    });
    symlinkSync('/etc/passwd', path.join(repo.dir, 'passwd-link.yaml'));
    repo.commit({});

    const files = byPath((await readGitSnapshot({ repo: repo.dir, maxFileBytes: MAX })).files);

    expect(files.get('passwd-link.yaml')?.head).toEqual({ kind: 'symlink' });
    expect(files.get('binary.yaml')?.head).toEqual({ kind: 'binary' });
    expect(files.get('big.yaml')?.head).toEqual({ kind: 'too-large', bytes: MAX + 1 });
    expect(files.get('ok.yaml')?.head).toEqual({ kind: 'text', text: 'kind: Ok\n' });
  });

  it('leaves out the paths the filter rejects without reading their contents', async () => {
    const kept = deployment('kept', 'kept:1');
    const skipped = deployment('skipped', 'skipped:1');
    repo.commit({ 'deploy/kept.yaml': kept, 'docs/skipped.md': skipped });
    const skippedSha = repo.git('rev-parse', 'HEAD:docs/skipped.md');
    const recorder = recordingRunner();

    const snapshot = await readGitSnapshot(
      { repo: repo.dir, maxFileBytes: MAX, filter: (file) => file.endsWith('.yaml') },
      recorder.run,
    );

    expect(snapshot.files.map((f) => f.path)).toEqual(['deploy/kept.yaml']);
    expect(recorder.batchInputs.join('')).not.toContain(skippedSha);
  });

  it('runs the same four git processes for 3 files as for 300', async () => {
    const count = async (files: number) => {
      const tree: Record<string, string> = {};
      for (let i = 0; i < files; i++)
        tree[`deploy/app-${files}-${i}.yaml`] = deployment(`app${i}`, `a:${files}`);
      repo.commit(tree);
      const recorder = recordingRunner();
      const snapshot = await readGitSnapshot({ repo: repo.dir, maxFileBytes: MAX }, recorder.run);
      return { processes: recorder.commands.length, files: snapshot.files.length };
    };
    expect(await count(3)).toEqual({ processes: 4, files: 3 });
    expect(await count(300)).toEqual({ processes: 4, files: 303 });
  });

  it('fails with a GitSourceError naming a head that is not a commit', async () => {
    repo.commit({ 'a.yaml': 'kind: A\n' });
    await expect(
      readGitSnapshot({ repo: repo.dir, head: 'no-such-branch', maxFileBytes: MAX }),
    ).rejects.toThrow(GitSourceError);
    await expect(
      readGitSnapshot({ repo: repo.dir, head: 'no-such-branch', maxFileBytes: MAX }),
    ).rejects.toThrow(/--head no-such-branch is not a commit/);
  });
});
