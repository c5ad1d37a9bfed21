/**
 * Without a checkout, what the git source finds by searching the tree: the kustomization and
 * Chart.yaml files at and above the changed folders (they establish namespaces and charts), and the
 * unchanged Canary or Rollout that delivers a changed workload.
 *
 * Designed for the request budget. The folders at and above the changed files are listed in the
 * queries that read the changed files (change-set.ts), so looking there costs nothing more. Where rollout
 * objects live in practice, beside the workload or in a folder above it, one GraphQL query reads
 * the folder files and those candidates together. Only when a changed workload is still without
 * an answer is the head tree searched: one Git Trees API request (names and sizes), then the
 * YAML and JSON files under the manifest globs, most likely first, in GraphQL queries of 100, at
 * most {@link SEARCH_MAX_FILES} files. At that cap with a question still open, the check fails
 * closed and says to add a checkout.
 */
import type { ContextFile, FileContent } from '../../core/model.js';
import { REGULAR_FILE_MODES, blobKey, readObjects } from './blobs.js';
import type { BlobWanted, TreeEntry } from './blobs.js';
import type { FolderListing } from './change-set.js';
import type { Octokit } from './client.js';
import { GitHubSourceError, call, isRecord, unexpectedAnswer } from './errors.js';
import type { RepoRef } from './types.js';

/** The names kustomize looks for in a folder, and Helm's chart file (as the git source reads them). */
export const FOLDER_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization', 'Chart.yaml'];

/** YAML or JSON by its name: every format rollout-guard reads is one of them. */
const YAML_OR_JSON = /\.(?:ya?ml|json)$/i;

/** Files near the change read in the folder-files query: with the folder files, one query of 100. */
export const NEAR_MAX_FILES = 60;
/** Files the tree search reads at most (three GraphQL queries), and their bytes at most. */
export const SEARCH_MAX_FILES = 300;
export const SEARCH_MAX_BYTES = 16 * 1024 * 1024;
const SEARCH_BATCH = 100;

/** Which paths hold manifests, as the policy says (the pipeline's ManifestScope). */
export interface PathScope {
  included(path: string): boolean;
  excluded(path: string): boolean;
  reads(path: string): boolean;
}

/** A file that may hold a rollout object, by its path and size. */
export interface Candidate {
  path: string;
  bytes: number;
}

/**
 * The names, among those asked, that the files read so far answer: a rollout object among them (or
 * among the changed files) delivers every changed workload of that name. Given by the pipeline,
 * which links deliveries exactly as it judges them.
 */
export type Answered = (files: readonly ContextFile[]) => ReadonlySet<string>;

export interface NearReadOptions {
  baseSha: string;
  headSha: string;
  folders: FolderListing;
  /** Every path the change touches (both names of a renamed file). */
  changed: ReadonlySet<string>;
  scope: PathScope;
  /** Unchanged files larger than this are not read (the git source does not read them either). */
  maxFileBytes: number;
  /**
   * Read the YAML and JSON files beside and above the changed files in the same query: a changed
   * file holds a workload, so the pipeline will ask who delivers it.
   */
  readNearby: boolean;
  /** More files read at the base commit in the same query (the exemptions file the policy names). */
  baseFiles?: readonly string[];
}

export interface NearFiles {
  folderFiles: { base: ContextFile[]; head: ContextFile[] };
  /** The files near the change that were read (none unless `readNearby`). */
  context: ContextFile[];
  /** `baseFiles` as read: content, or undefined when absent. */
  baseFiles: Map<string, FileContent | undefined>;
  /** Files near the change not read yet, nearest first. */
  unread: Candidate[];
}

const isFile = (entry: TreeEntry): boolean => entry.type === 'blob' && REGULAR_FILE_MODES.has(entry.mode);
const join = (folder: string, name: string): string => (folder === '' ? name : `${folder}/${name}`);

/** The YAML and JSON files in the listed folders at head, nearest to the changed files first. */
export function nearbyCandidates(
  folders: FolderListing,
  changed: ReadonlySet<string>,
  scope: PathScope,
  maxFileBytes: number,
): Candidate[] {
  const candidates: Candidate[] = [];
  // The listing is deepest first: the changed files' own folders, then their parents, the root last.
  for (const [folder, entries] of folders.head) {
    for (const entry of entries ?? []) {
      const path = join(folder, entry.name);
      if (!isFile(entry) || !YAML_OR_JSON.test(entry.name) || FOLDER_FILE_NAMES.includes(entry.name))
        continue;
      if (changed.has(path) || !scope.reads(path) || (entry.size ?? 0) > maxFileBytes) continue;
      candidates.push({ path, bytes: entry.size ?? 0 });
    }
  }
  return candidates;
}

/**
 * One GraphQL query (more only past 100 files): the unchanged kustomization and Chart.yaml files at
 * and above the changed folders, on each side, as the git source finds them; the files the caller
 * names at base; and, with `readNearby`, the YAML and JSON files beside and above the change.
 */
export async function readNearFiles(
  client: Octokit,
  repo: RepoRef,
  options: NearReadOptions,
): Promise<NearFiles> {
  const folderWanted: Array<BlobWanted & { side: 'base' | 'head' }> = [];
  for (const side of ['base', 'head'] as const) {
    const commit = side === 'base' ? options.baseSha : options.headSha;
    for (const [folder, entries] of options.folders[side]) {
      for (const entry of entries ?? []) {
        const path = join(folder, entry.name);
        if (FOLDER_FILE_NAMES.includes(entry.name) && entry.type === 'blob' && !options.changed.has(path))
          folderWanted.push({ side, commit, path });
      }
    }
  }
  const nearby = nearbyCandidates(options.folders, options.changed, options.scope, options.maxFileBytes);
  const reading = options.readNearby ? nearby.slice(0, NEAR_MAX_FILES) : [];
  const baseWanted = (options.baseFiles ?? []).map((path) => ({ commit: options.baseSha, path }));
  const wanted: BlobWanted[] = [
    ...baseWanted,
    ...folderWanted,
    ...reading.map((c) => ({ commit: options.headSha, path: c.path })),
  ];
  const near: NearFiles = {
    folderFiles: { base: [], head: [] },
    context: [],
    baseFiles: new Map(),
    unread: nearby.slice(reading.length),
  };
  if (wanted.length === 0) return near;
  const { blobs } = await readObjects(client, repo, wanted, options.maxFileBytes, {
    extraInFirstQuery: baseWanted.length,
  });
  for (const file of folderWanted) {
    const content = blobs.get(blobKey(file));
    if (content !== undefined) near.folderFiles[file.side].push({ path: file.path, content });
  }
  for (const file of baseWanted) near.baseFiles.set(file.path, blobs.get(blobKey(file)));
  for (const candidate of reading) {
    const content = blobs.get(blobKey({ commit: options.headSha, path: candidate.path }));
    if (content !== undefined) near.context.push({ path: candidate.path, content });
  }
  return near;
}

export interface ContextSearchOptions {
  headSha: string;
  /** Every path the change touches: never read as context. */
  changed: ReadonlySet<string>;
  scope: PathScope;
  maxFileBytes: number;
  /** Files already read as context (near the change): not read again. */
  read: readonly string[];
  /** Files near the change not read yet, nearest first: read before the tree is searched. */
  unread: readonly Candidate[];
  /** Receives one line per step, for the log. */
  log?: (line: string) => void;
}

/** What a search cost, for the log and the tests. */
export interface SearchCost {
  /** GraphQL queries of candidate files. */
  queries: number;
  /** Git Trees API requests (0 or 1). */
  trees: number;
  /** Files read as candidates. */
  files: number;
}

/**
 * The search for the unchanged rollout objects that deliver the changed workloads, through the API:
 * first the files near the change not read yet, then the head tree. One tree listing serves every
 * call; no file is read twice.
 */
export class GitHubContextSearch {
  readonly cost: SearchCost = { queries: 0, trees: 0, files: 0 };
  private readonly read: Set<string>;
  private unread: Candidate[];
  private tree: Promise<Candidate[]> | undefined;
  private bytes = 0;

  constructor(
    private readonly client: Octokit,
    private readonly repo: RepoRef,
    private readonly options: ContextSearchOptions,
  ) {
    this.read = new Set(options.read);
    this.unread = [...options.unread];
  }

  /**
   * The context files that answer `names`, read until `answered` says every name is answered or
   * every candidate has been read (then the names left have no deliverer: a definite answer).
   * Throws a GitHubSourceError, failing closed, when the cap is reached with names still open.
   */
  async find(names: ReadonlySet<string>, answered: Answered): Promise<ContextFile[]> {
    const found: ContextFile[] = [];
    const open = () => [...names].filter((name) => !answered(found).has(name));
    if (open().length === 0) return found;

    if (this.unread.length > 0) {
      const nearby = this.unread.splice(0, SEARCH_BATCH);
      found.push(...(await this.readFiles(nearby)));
      this.log(`read ${nearby.length} more files near the change`);
      if (open().length === 0) return found;
    }

    const ranked = rank(
      (await this.listTree()).filter((c) => !this.read.has(c.path)),
      open(),
      [...this.options.changed],
    );
    let next = 0;
    while (next < ranked.length) {
      const batch: Candidate[] = [];
      while (
        next < ranked.length &&
        batch.length < SEARCH_BATCH &&
        this.cost.files + batch.length < SEARCH_MAX_FILES &&
        this.bytes + sum(batch) + (ranked[next] as Candidate).bytes <= SEARCH_MAX_BYTES
      ) {
        batch.push(ranked[next++] as Candidate);
      }
      if (batch.length === 0) break;
      found.push(...(await this.readFiles(batch)));
      this.log(`read ${batch.length} files from the tree (${next} of ${ranked.length} candidates)`);
      if (open().length === 0) return found;
    }
    const left = open();
    if (left.length === 0 || next >= ranked.length) return found;
    throw capReached(left, this.cost, ranked.length, next);
  }

  private log(line: string): void {
    this.options.log?.(`context lookup through the API: ${line}`);
  }

  private async readFiles(candidates: readonly Candidate[]): Promise<ContextFile[]> {
    const wanted = candidates.map((c) => ({ commit: this.options.headSha, path: c.path }));
    for (const c of candidates) this.read.add(c.path);
    this.cost.files += candidates.length;
    this.cost.queries += Math.ceil(candidates.length / SEARCH_BATCH);
    this.bytes += sum(candidates);
    const { blobs } = await readObjects(this.client, this.repo, wanted, this.options.maxFileBytes);
    return wanted.flatMap((w) => {
      const content = blobs.get(blobKey(w));
      return content === undefined ? [] : [{ path: w.path, content }];
    });
  }

  /** The YAML and JSON files under the manifest globs at head, from one Git Trees API request. */
  private listTree(): Promise<Candidate[]> {
    this.tree ??= (async () => {
      const { owner, repo } = this.repo;
      const sha = this.options.headSha;
      const request = `GET /repos/${owner}/${repo}/git/trees/${sha}?recursive=1`;
      this.cost.trees++;
      const { data } = await call(request, 'contents: read', () =>
        this.client.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: '1' }),
      );
      const answer: unknown = data;
      if (!isRecord(answer) || !Array.isArray(answer.tree)) throw unexpectedAnswer(request, 'no tree');
      if (answer.truncated === true) {
        throw new GitHubSourceError(
          `${request} answered with a truncated listing (GitHub lists at most 100,000 entries or 7 MB), so the unchanged rollout objects that may deliver a changed workload cannot all be searched through the API (${CHECKOUT_FIX})`,
        );
      }
      const { scope, changed, maxFileBytes } = this.options;
      return answer.tree.flatMap((item): Candidate[] => {
        if (!isRecord(item) || typeof item.path !== 'string' || item.type !== 'blob') return [];
        const mode = typeof item.mode === 'string' ? Number.parseInt(item.mode, 8) : Number.NaN;
        const bytes = typeof item.size === 'number' ? item.size : 0;
        const path = item.path;
        if (!REGULAR_FILE_MODES.has(mode) || !YAML_OR_JSON.test(path) || changed.has(path)) return [];
        if (!scope.included(path) || scope.excluded(path) || bytes > maxFileBytes) return [];
        return [{ path, bytes }];
      });
    })();
    return this.tree;
  }
}

const CHECKOUT_FIX =
  'add actions/checkout with fetch-depth: 0 before rollout-guard, so that it reads the change and searches the repository with git; see docs/adoption.md, "Without a checkout"';

function sum(candidates: readonly Candidate[]): number {
  return candidates.reduce((total, c) => total + c.bytes, 0);
}

function capReached(names: string[], cost: SearchCost, total: number, read: number): GitHubSourceError {
  const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');
  return new GitHubSourceError(
    `no unchanged Canary or Rollout was found for the changed workload${names.length === 1 ? '' : 's'} ${shown} ` +
      `after reading ${cost.files} files through the API (${read} of the ${total} YAML and JSON files under the manifest globs, ` +
      `most likely first; the API search reads at most ${SEARCH_MAX_FILES} files), so whether one delivers ${names.length === 1 ? 'it' : 'them'} ` +
      `cannot be told without reading the rest (${CHECKOUT_FIX})`,
  );
}

/**
 * Most likely first: a name that says canary or rollout, a path naming the workload, a folder close
 * to a changed file; then by path, for a stable order.
 */
export function rank(
  candidates: readonly Candidate[],
  names: readonly string[],
  changed: readonly string[],
): Candidate[] {
  const folders = [...new Set(changed.map((path) => path.split('/').slice(0, -1)))];
  const score = (path: string): number => {
    const parts = path.split('/');
    const base = (parts[parts.length - 1] ?? '').toLowerCase();
    let points = 0;
    if (/canar|rollout|flagger|argo|progressive|deliver/.test(base)) points += 100;
    if (names.some((name) => parts.some((part) => part.toLowerCase().includes(name.toLowerCase()))))
      points += 50;
    let shared = 0;
    for (const folder of folders) {
      let i = 0;
      while (i < folder.length && i < parts.length - 1 && folder[i] === parts[i]) i++;
      shared = Math.max(shared, i);
    }
    return points + Math.min(shared, 40);
  };
  return candidates
    .map((c) => ({ c, points: score(c.path) }))
    .sort((a, b) => b.points - a.points || (a.c.path < b.c.path ? -1 : 1))
    .map(({ c }) => c);
}

/**
 * Whether a changed file may hold a workload that a rollout object elsewhere delivers (a Deployment,
 * StatefulSet or DaemonSet, or a Knative Service), judged from its text without parsing it: then
 * the files near it are read with the folder files, in the same query. A wrong guess costs a query
 * (or saves one), never an answer: the search reads what was not read.
 */
export function mayHoldWorkloads(texts: Iterable<string>): boolean {
  for (const text of texts) {
    if (WORKLOAD_LINE.test(text) || text.includes('serving.knative.dev')) return true;
  }
  return false;
}

const WORKLOAD_LINE =
  /(?:^|[\s{,-])["']?kind["']?\s*:\s*["']?(?:Deployment|StatefulSet|DaemonSet)(?:List)?\b/;
