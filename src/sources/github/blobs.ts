/**
 * File contents at commits: GraphQL batches of blobs with their parent folders' listings (which
 * tell a symlink or submodule from a file), and a raw download for text GitHub truncates or whose
 * encoding it cannot tell.
 */
import type { FileContent } from '../../core/model.js';
import { classifyBytes, classifyText } from '../file-content.js';
import type { Octokit } from './client.js';
import { checkAnswer } from './answers.js';
import { GitHubSourceError, call, isRecord } from './errors.js';
import { mapBounded } from './limiter.js';
import type { RepoRef } from './types.js';

export interface BlobWanted {
  commit: string;
  path: string;
}

export const blobKey = (wanted: BlobWanted): string => `${wanted.commit}:${wanted.path}`;

/** Blob lookups per GraphQL query: 50 modified files at base and head. */
const BLOBS_PER_QUERY = 100;
/** GraphQL queries (and raw downloads) in flight at once. */
const CONCURRENCY = 2;

// Tree entry modes, as GraphQL reports them (decimal).
const SYMLINK_MODE = 0o120000;
export const REGULAR_FILE_MODES = new Set([0o100644, 0o100755, 0o100664]);

interface Lookup extends BlobWanted {
  key: string;
  /** `<commit>:<parent directory>`: its entries tell a symlink or submodule from a file. */
  treeExpression: string;
  name: string;
}

interface BlobNode {
  __typename?: string;
  byteSize?: number;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  text?: string | null;
}

/** An entry of a folder, as GraphQL lists it: `size` is the blob's size in bytes (0 for a folder). */
export interface TreeEntry {
  name: string;
  mode: number;
  type: string;
  size?: number;
}

/** The GraphQL answer for one file, before any raw download it needs. */
type Resolved = FileContent | undefined | { kind: 'download'; bytes: number };

function toLookup(wanted: BlobWanted): Lookup {
  const slash = wanted.path.lastIndexOf('/');
  const dir = slash < 0 ? '' : wanted.path.slice(0, slash);
  return {
    ...wanted,
    key: blobKey(wanted),
    // `<sha>:` (empty path) is the root tree.
    treeExpression: `${wanted.commit}:${dir}`,
    name: wanted.path.slice(slash + 1),
  };
}

/**
 * One query for many blobs and their parent directories. Paths travel as GraphQL variables, so
 * no path needs escaping. The symlink's blob comes back too (its text is the link target): it is
 * dropped as soon as the parent tree says the entry is a link.
 */
function blobQuery(blobCount: number, treeCount: number): string {
  const blobVars = Array.from({ length: blobCount }, (_, i) => `f${i}`);
  const treeVars = Array.from({ length: treeCount }, (_, i) => `d${i}`);
  const declarations = [
    '$owner: String!',
    '$name: String!',
    ...[...blobVars, ...treeVars].map((v) => `$${v}: String!`),
  ];
  const fields = [
    ...blobVars.map(
      (v) =>
        `${v}: object(expression: $${v}) { __typename ... on Blob { byteSize isBinary isTruncated text } }`,
    ),
    ...treeVars.map(
      (v) => `${v}: object(expression: $${v}) { __typename ... on Tree { entries { name mode type size } } }`,
    ),
  ];
  return `query ReadBlobs(${declarations.join(', ')}) {\n  repository(owner: $owner, name: $name) {\n    ${fields.join('\n    ')}\n  }\n}`;
}

async function queryBatch(
  client: Octokit,
  repo: RepoRef,
  batch: readonly Lookup[],
  maxBytes: number,
  /** Folders (`<commit>:<path>`) whose entries are wanted too, beyond the blobs' own folders. */
  extraTrees: readonly string[] = [],
): Promise<{ resolved: Map<string, Resolved>; trees: Map<string, TreeEntry[] | undefined> }> {
  const trees = [...new Set([...batch.map((lookup) => lookup.treeExpression), ...extraTrees])];
  const variables: Record<string, string> = { owner: repo.owner, name: repo.repo };
  batch.forEach((lookup, i) => (variables[`f${i}`] = blobKey(lookup)));
  trees.forEach((expression, i) => (variables[`d${i}`] = expression));

  const what =
    batch.length > 0 || extraTrees.length === 0 ? `${batch.length} files` : `${trees.length} folder listings`;
  const request = `POST /graphql (${what} of ${repo.owner}/${repo.repo})`;
  const data: unknown = await call(request, 'contents: read', () =>
    client.graphql(blobQuery(batch.length, trees.length), variables),
  );
  if (isRecord(data) && data.repository === null) {
    throw new GitHubSourceError(
      `${request} found no repository ${repo.owner}/${repo.repo} (check the name and that the token can read it)`,
    );
  }
  const { repository } = checkAnswer(request, 'withRepository', data);

  const entriesOf = new Map<string, TreeEntry[] | undefined>();
  trees.forEach((expression, i) => entriesOf.set(expression, treeEntries(repository[`d${i}`])));
  const resolved = new Map<string, Resolved>();
  batch.forEach((lookup, i) => {
    const entry = entriesOf.get(lookup.treeExpression)?.find((e) => e.name === lookup.name);
    resolved.set(lookup.key, resolve(entry, repository[`f${i}`], maxBytes));
  });
  return { resolved, trees: entriesOf };
}

function treeEntries(node: unknown): TreeEntry[] | undefined {
  if (!isRecord(node) || !Array.isArray(node.entries)) return undefined;
  return node.entries.flatMap((e): TreeEntry[] => {
    if (
      !isRecord(e) ||
      typeof e.name !== 'string' ||
      typeof e.mode !== 'number' ||
      typeof e.type !== 'string'
    )
      return [];
    const entry: TreeEntry = { name: e.name, mode: e.mode, type: e.type };
    if (typeof e.size === 'number') entry.size = e.size;
    return [entry];
  });
}

function resolve(entry: TreeEntry | undefined, node: unknown, maxBytes: number): Resolved {
  if (entry === undefined) return undefined;
  // A symlink's blob is its target path: never returned, so a link to /etc/passwd leaks nothing.
  if (entry.mode === SYMLINK_MODE) return { kind: 'symlink' };
  if (entry.type !== 'blob' || !REGULAR_FILE_MODES.has(entry.mode)) return { kind: 'not-a-file' };
  const blob = node as BlobNode | null;
  if (!isRecord(blob) || blob.__typename !== 'Blob' || typeof blob.byteSize !== 'number') {
    return { kind: 'not-a-file' };
  }
  if (blob.byteSize > maxBytes) return { kind: 'too-large', bytes: blob.byteSize };
  if (blob.isBinary === true) return { kind: 'binary' };
  // Truncated text (GitHub cuts it at 512,000 bytes) or an encoding GitHub could not tell.
  if (blob.isTruncated === true || blob.isBinary !== false || typeof blob.text !== 'string') {
    return { kind: 'download', bytes: blob.byteSize };
  }
  return classifyText(blob.text);
}

/** Reads a response body, giving up (undefined) past `maxBytes`. */
async function readBody(body: unknown, maxBytes: number): Promise<Uint8Array | undefined> {
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (!isRecord(body) || !(Symbol.asyncIterator in body)) throw new Error('the response has no body');
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function downloadRaw(
  client: Octokit,
  repo: RepoRef,
  lookup: BlobWanted,
  bytes: number,
  maxBytes: number,
): Promise<FileContent> {
  const request = `GET /repos/${repo.owner}/${repo.repo}/contents/${lookup.path}?ref=${lookup.commit}`;
  const body = await call(request, 'contents: read', async () => {
    const response = await client.rest.repos.getContent({
      owner: repo.owner,
      repo: repo.repo,
      path: lookup.path,
      ref: lookup.commit,
      mediaType: { format: 'raw' },
      // The body is read here, as bytes: the text decoder must not hide invalid UTF-8.
      request: { parseSuccessResponseBody: false },
    });
    return readBody(response.data, maxBytes);
  });
  return body === undefined ? { kind: 'too-large', bytes } : classifyBytes(body);
}

/**
 * Reads files at commits, in GraphQL batches of {@link BLOBS_PER_QUERY}, in the order given (so
 * the first entries share the first query). Each key is `${commit}:${path}`; the value is
 * undefined when no such path exists at that commit. Text GitHub truncates, or whose encoding it
 * cannot tell, is downloaded raw.
 */
export async function readBlobs(
  client: Octokit,
  repo: RepoRef,
  wanted: readonly BlobWanted[],
  maxBytes: number,
  /** Lookups at the front (configuration files) that ride along in the first query. */
  extraInFirstQuery = 0,
): Promise<Map<string, FileContent | undefined>> {
  return (await readObjects(client, repo, wanted, maxBytes, { extraInFirstQuery })).blobs;
}

/**
 * Folder listings per GraphQL query at most, the blobs' own folders included: a listing is names,
 * modes and sizes, light next to a blob's text.
 */
const TREES_PER_QUERY = 200;

/**
 * {@link readBlobs}, and the entries of more folders (`<commit>:<path>`, `<commit>:` for the root)
 * in the same queries: the listings ride along with the blobs, a query more only past
 * {@link TREES_PER_QUERY} per query. A folder that does not exist maps to undefined.
 */
export async function readObjects(
  client: Octokit,
  repo: RepoRef,
  wanted: readonly BlobWanted[],
  maxBytes: number,
  options: { extraInFirstQuery?: number; trees?: readonly string[] } = {},
): Promise<{ blobs: Map<string, FileContent | undefined>; trees: Map<string, TreeEntry[] | undefined> }> {
  const unique = new Map<string, Lookup>();
  for (const item of wanted) {
    const lookup = toLookup(item);
    if (!unique.has(lookup.key)) unique.set(lookup.key, lookup);
  }
  const lookups = [...unique.values()];
  const batches: { lookups: Lookup[]; trees: string[] }[] = [];
  const first = Math.min(lookups.length, BLOBS_PER_QUERY + (options.extraInFirstQuery ?? 0));
  if (first > 0) batches.push({ lookups: lookups.slice(0, first), trees: [] });
  for (let i = first; i < lookups.length; i += BLOBS_PER_QUERY)
    batches.push({ lookups: lookups.slice(i, i + BLOBS_PER_QUERY), trees: [] });
  // The folders are spread over the queries there are, then over queries of their own.
  const own = new Set(lookups.map((lookup) => lookup.treeExpression));
  const extra = [...new Set(options.trees ?? [])].filter((tree) => !own.has(tree));
  let next = 0;
  for (const batch of batches) {
    const room = Math.max(0, TREES_PER_QUERY - new Set(batch.lookups.map((l) => l.treeExpression)).size);
    batch.trees = extra.slice(next, next + room);
    next += batch.trees.length;
  }
  for (; next < extra.length; next += TREES_PER_QUERY)
    batches.push({ lookups: [], trees: extra.slice(next, next + TREES_PER_QUERY) });

  const answers = await mapBounded(batches, CONCURRENCY, (batch) =>
    queryBatch(client, repo, batch.lookups, maxBytes, batch.trees),
  );
  const resolved = new Map<string, Resolved>(answers.flatMap((answer) => [...answer.resolved]));
  const trees = new Map<string, TreeEntry[] | undefined>(answers.flatMap((answer) => [...answer.trees]));
  const downloads = lookups.filter((lookup) => resolved.get(lookup.key)?.kind === 'download');
  const downloaded = await mapBounded(downloads, CONCURRENCY, (lookup) => {
    const pending = resolved.get(lookup.key) as { bytes: number };
    return downloadRaw(client, repo, lookup, pending.bytes, maxBytes);
  });

  const contents = new Map<string, FileContent | undefined>();
  for (const lookup of lookups) {
    const value = resolved.get(lookup.key);
    contents.set(lookup.key, value?.kind === 'download' ? undefined : value);
  }
  downloads.forEach((lookup, i) => contents.set(lookup.key, downloaded[i]));
  return { blobs: contents, trees };
}
