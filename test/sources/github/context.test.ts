import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_POLICY } from '../../../src/core/policy.js';
import { manifestScope } from '../../../src/pipeline/select.js';
import { createClient } from '../../../src/sources/github/index.js';
import {
  GitHubContextSearch,
  SEARCH_MAX_FILES,
  mayHoldWorkloads,
  nearbyCandidates,
  rank,
  readNearFiles,
} from '../../../src/sources/github/context.js';
import { foldersAbove } from '../../../src/sources/github/index.js';
import type { FolderListing } from '../../../src/sources/github/index.js';
import { fakeScenario, startFakeGitHub } from '../../support/fake-github.js';
import type { FakeGitHub } from '../../support/fake-github.js';

const REPO = { owner: 'octo', repo: 'deploys' };
const BASE = 'b'.repeat(40);
const HEAD = 'h'.repeat(40);
const scope = manifestScope(BUILTIN_POLICY);
const servers: FakeGitHub[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function start(files: Record<string, string>) {
  const fake = await startFakeGitHub(fakeScenario({ files: { base: files, head: files } }));
  servers.push(fake);
  return { fake, client: createClient('t', { baseUrl: fake.url, retryAfterBaseMs: 1, maxRetries: 1 }) };
}

const file = (name: string, size = 10) => ({ name, mode: 0o100644, type: 'blob', size });
const folder = (name: string) => ({ name, mode: 0o40000, type: 'tree', size: 0 });

describe('foldersAbove', () => {
  it('lists every folder at and above the paths once, deepest first and the root last', () => {
    expect(foldersAbove(['a/b/c.yaml', 'a/d.yaml', 'e/f/g/h.yaml', 'top.yaml'])).toEqual([
      'e/f/g',
      'a/b',
      'e/f',
      'a',
      'e',
      '',
    ]);
  });
});

describe('nearbyCandidates', () => {
  const listing: FolderListing = {
    base: new Map(),
    head: new Map([
      [
        'apps/web',
        [file('deployment.yaml'), file('canary.yaml'), file('kustomization.yaml'), file('notes.md')],
      ],
      ['apps', [folder('web'), file('big.yaml', 5_000_000), file('shared.json')]],
      ['', [file('README.md'), folder('apps')]],
    ]),
  };

  it('takes the unchanged YAML and JSON files, nearest first, leaving out folder files, other files and large ones', () => {
    const found = nearbyCandidates(listing, new Set(['apps/web/deployment.yaml']), scope, 2_000_000);
    expect(found.map((c) => c.path)).toEqual(['apps/web/canary.yaml', 'apps/shared.json']);
  });
});

describe('mayHoldWorkloads', () => {
  it('says yes for a Deployment, StatefulSet, DaemonSet or a Knative Service, and no for a Rollout alone', () => {
    expect(mayHoldWorkloads(['apiVersion: apps/v1\nkind: Deployment\n'])).toBe(true);
    expect(mayHoldWorkloads(['{"kind": "StatefulSet"}'])).toBe(true);
    expect(mayHoldWorkloads(['apiVersion: serving.knative.dev/v1\nkind: Service\n'])).toBe(true);
    expect(mayHoldWorkloads(['apiVersion: argoproj.io/v1alpha1\nkind: Rollout\n'])).toBe(false);
  });
});

describe('rank', () => {
  it('puts a file named for a canary or rollout first, then one whose path names the workload, then the nearest', () => {
    const ranked = rank(
      [
        { path: 'a/deploy/x.yaml', bytes: 1 },
        { path: 'apps/web/deploy/other.yaml', bytes: 1 },
        { path: 'z/deploy/web-thing.yaml', bytes: 1 },
        { path: 'q/deploy/canaries.yaml', bytes: 1 },
      ],
      ['web'],
      ['apps/web/deploy/deployment.yaml'],
    );
    expect(ranked.map((c) => c.path)).toEqual([
      'q/deploy/canaries.yaml',
      'apps/web/deploy/other.yaml',
      'z/deploy/web-thing.yaml',
      'a/deploy/x.yaml',
    ]);
  });
});

describe('readNearFiles', () => {
  it('reads the folder files on both sides, a base file and the nearby candidates in one query', async () => {
    const files = {
      'apps/kustomization.yaml': 'namespace: shop\n',
      'apps/web/deployment.yaml': 'kind: Deployment\n',
      'apps/web/canary.yaml': 'kind: Canary\n',
      '.github/exempt.yml': 'exemptions: []\n',
    };
    const { fake, client } = await start(files);
    const folders: FolderListing = {
      base: new Map([['apps', [file('kustomization.yaml'), folder('web')]]]),
      head: new Map([
        ['apps/web', [file('deployment.yaml'), file('canary.yaml')]],
        ['apps', [file('kustomization.yaml'), folder('web')]],
      ]),
    };
    const near = await readNearFiles(client, REPO, {
      baseSha: BASE,
      headSha: HEAD,
      folders,
      changed: new Set(['apps/web/deployment.yaml']),
      scope,
      maxFileBytes: 1000,
      readNearby: true,
      baseFiles: ['.github/exempt.yml'],
    });
    expect(fake.requests.map((r) => r.route)).toEqual(['graphql']);
    expect(near.folderFiles.base.map((f) => f.path)).toEqual(['apps/kustomization.yaml']);
    expect(near.folderFiles.head.map((f) => f.path)).toEqual(['apps/kustomization.yaml']);
    expect(near.context.map((f) => f.path)).toEqual(['apps/web/canary.yaml']);
    expect(near.baseFiles.get('.github/exempt.yml')).toEqual({ kind: 'text', text: 'exemptions: []\n' });
  });

  it('sends nothing when there is nothing to read', async () => {
    const { fake, client } = await start({});
    const empty: FolderListing = { base: new Map(), head: new Map() };
    await readNearFiles(client, REPO, {
      baseSha: BASE,
      headSha: HEAD,
      folders: empty,
      changed: new Set(),
      scope,
      maxFileBytes: 1000,
      readNearby: true,
    });
    expect(fake.requests).toEqual([]);
  });
});

describe('GitHubContextSearch', () => {
  const search = (
    client: ReturnType<typeof createClient>,
    unread = [] as { path: string; bytes: number }[],
  ) =>
    new GitHubContextSearch(client, REPO, {
      headSha: HEAD,
      changed: new Set(['apps/web/deploy/deployment.yaml']),
      scope,
      maxFileBytes: 100_000,
      read: [],
      unread,
    });

  it('asks nothing when the files read already answer every name', async () => {
    const { fake, client } = await start({});
    const found = await search(client).find(new Set(['web']), () => new Set(['web']));
    expect(found).toEqual([]);
    expect(fake.requests).toEqual([]);
  });

  it('reads the nearby files left first, and lists the tree only when they do not answer', async () => {
    const { fake, client } = await start({ 'apps/web/canary.yaml': 'kind: Canary\n' });
    const near = search(client, [{ path: 'apps/web/canary.yaml', bytes: 13 }]);
    const found = await near.find(new Set(['web']), (files) => new Set(files.length > 0 ? ['web'] : []));
    expect(found.map((f) => f.path)).toEqual(['apps/web/canary.yaml']);
    expect(fake.requests.map((r) => r.route)).toEqual(['graphql']);
  });

  it('lists the tree once for two lookups, and never reads a file twice', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [`x/deploy/f${i}.yaml`, `kind: ConfigMap\n`]),
    );
    const { fake, client } = await start(files);
    const lookup = search(client);
    await lookup.find(new Set(['web']), () => new Set());
    await lookup.find(new Set(['api']), () => new Set());
    expect(fake.requests.map((r) => r.route)).toEqual(['git-tree', 'graphql']);
    expect(lookup.cost).toEqual({ trees: 1, queries: 1, files: 5 });
  });

  it(`fails closed past ${SEARCH_MAX_FILES} files without an answer`, async () => {
    const files = Object.fromEntries(
      Array.from({ length: SEARCH_MAX_FILES + 1 }, (_, i) => [`x/deploy/f${i}.yaml`, 'a: 1\n']),
    );
    const { client } = await start(files);
    await expect(search(client).find(new Set(['web']), () => new Set())).rejects.toThrow(
      /^could not verify: no unchanged Canary or Rollout was found for the changed workload web after reading 300 files/,
    );
  });
});
