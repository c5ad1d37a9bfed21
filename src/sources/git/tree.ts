/**
 * A commit's files as the tools that deploy from a checkout see them: symbolic links that lead to
 * a file or a folder inside the repository are read through (kubectl, kustomize and Argo CD follow
 * them), so a link is judged by what it points at, and a change to the target is a change to the
 * link. Links that lead outside the repository, nowhere, or round in a loop are never followed.
 *
 * A check asks a few questions of a tree (the files of some names, the links, what one path is),
 * so the listing is searched for them rather than read into a map of every entry: on a
 * 15,000-file repository that map cost more than the rest of the check.
 */
import type { FileContent } from '../../core/model.js';
import type { TreeEntry } from './objects.js';
import { REGULAR_FILE_MODES, SYMLINK_MODE, parseLsTree, readBlobs } from './objects.js';
import { failure } from './run.js';
import type { Git } from './run.js';

/** The most links followed from one path, as the kernel's own limit on a chain of links. */
const MAX_LINK_HOPS = 40;
/** A link's text is a path: anything longer is not one worth following. */
const MAX_LINK_BYTES = 4096;
/** Bounds the files a folder link adds to the view, so that a link loop of folders stays small. */
const MAX_LINKED_FILES = 20_000;

export interface TreeView {
  /**
   * Regular files a consumer sees, with the entry whose bytes it reads: every file for a full
   * view; for a view of some names, those and the files seen through links.
   */
  files: Map<string, TreeEntry>;
  /** For files seen through a symbolic link: the file it reads. */
  linkedTo: Map<string, string>;
  /** Links that lead outside the repository, nowhere, or round in a loop. */
  brokenLinks: Set<string>;
  /** Entries that are neither files nor links (submodules), and broken links: seen, never read. */
  unreadable: Map<string, TreeEntry>;
  /** The regular file at a path, whether or not the view holds it. */
  file(path: string): TreeEntry | undefined;
  /** The entry at a path as git lists it (a link stays a link). */
  entry(path: string): TreeEntry | undefined;
}

/**
 * The views of commits (undefined: git's empty tree): every file (`onlyNamed` undefined), or the
 * files of those names plus whatever the trees' links lead to. The links of every tree are read
 * in one go.
 */
export async function viewTrees(
  git: Git,
  dir: string,
  commits: ReadonlyArray<string | undefined>,
  onlyNamed?: readonly string[],
): Promise<TreeView[]> {
  const listings = await Promise.all(
    commits.map(async (commit) => {
      if (commit === undefined) return undefined;
      const result = await git(['ls-tree', '-r', '-z', '--full-tree', commit]);
      if (result.code !== 0) return failure(git, dir, `could not list the files of ${commit}`, result);
      return result.stdout;
    }),
  );
  const parts = listings.map((bytes) => (bytes === undefined ? undefined : splitTree(bytes, onlyNamed)));
  const linkShas = parts.flatMap((part) =>
    part === undefined ? [] : [...part.links.values()].map((e) => e.sha),
  );
  const texts = linkShas.length === 0 ? new Map() : await readBlobs(git, dir, linkShas, MAX_LINK_BYTES);
  return parts.map((part) => (part === undefined ? emptyView() : resolveLinks(part, texts)));
}

interface TreeParts {
  listing: Listing;
  view: TreeView;
  links: Map<string, TreeEntry>;
}

function splitTree(bytes: Buffer, onlyNamed: readonly string[] | undefined): TreeParts {
  const listing = new Listing(bytes.toString('utf8'));
  const view = emptyView(listing);
  const links = new Map<string, TreeEntry>();
  if (onlyNamed === undefined) {
    for (const [name, entry] of parseLsTree(bytes)) {
      if (REGULAR_FILE_MODES.has(entry.mode)) view.files.set(name, entry);
      else if (entry.mode === SYMLINK_MODE) links.set(name, entry);
      else view.unreadable.set(name, entry);
    }
  } else {
    for (const [name, entry] of listing.named(onlyNamed)) {
      if (REGULAR_FILE_MODES.has(entry.mode)) view.files.set(name, entry);
    }
    for (const [name, entry] of listing.withMode(SYMLINK_MODE)) links.set(name, entry);
  }
  return { listing, view, links };
}

function resolveLinks(
  { listing, view, links }: TreeParts,
  texts: ReadonlyMap<string, FileContent>,
): TreeView {
  if (links.size === 0) return view;
  const targets = new Map<string, string>();
  for (const [name, entry] of links) {
    const text = texts.get(entry.sha);
    if (text?.kind === 'text') targets.set(name, text.text);
  }
  const resolver = new LinkResolver(listing, targets);
  let added = 0;
  for (const link of links.keys()) {
    const target = resolver.resolve(link);
    const entry = target === undefined ? undefined : listing.file(target);
    if (target === undefined) {
      view.brokenLinks.add(link);
      view.unreadable.set(link, links.get(link) as TreeEntry);
    } else if (entry !== undefined) {
      view.files.set(link, entry);
      view.linkedTo.set(link, target);
    } else {
      // A folder: every file under it is also seen under the link.
      for (const [name, inner] of listing.under(target)) {
        if (!REGULAR_FILE_MODES.has(inner.mode) || added >= MAX_LINKED_FILES) continue;
        const seen = `${link}/${name.slice(target.length + 1)}`;
        view.files.set(seen, inner);
        view.linkedTo.set(seen, name);
        added++;
      }
    }
  }
  return view;
}

function emptyView(listing?: Listing): TreeView {
  const view: TreeView = {
    files: new Map(),
    linkedTo: new Map(),
    brokenLinks: new Set(),
    unreadable: new Map(),
    file: (path) => view.files.get(path) ?? listing?.file(path),
    entry: (path) => listing?.entry(path),
  };
  return view;
}

/** An `ls-tree -r -z` listing (`<mode> <type> <sha>\t<path>\0` per entry), searched on demand. */
class Listing {
  constructor(private readonly text: string) {}

  /** The entry at a path, if it is a regular file. */
  file(path: string): TreeEntry | undefined {
    const entry = this.entry(path);
    return entry !== undefined && REGULAR_FILE_MODES.has(entry.mode) ? entry : undefined;
  }

  entry(path: string): TreeEntry | undefined {
    const needle = `\t${path}\0`;
    let at = this.text.indexOf(needle);
    // A path that is the last entry has no NUL after it when git leaves the last one out.
    if (at < 0 && this.text.endsWith(`\t${path}`)) at = this.text.length - path.length - 1;
    if (at < 0) return undefined;
    const start = this.text.lastIndexOf('\0', at) + 1;
    const [mode = '', , sha = ''] = this.text.slice(start, at).split(' ');
    return { mode, sha };
  }

  /** Whether some entry lies under the path, i.e. it is a folder. */
  isFolder(path: string): boolean {
    return this.text.includes(`\t${path}/`);
  }

  /** Entries whose file name is one of the names (found with indexOf: a regular expression over the listing was slower). */
  named(names: readonly string[]): Array<[string, TreeEntry]> {
    const found: Array<[string, TreeEntry]> = [];
    for (const name of names) {
      for (let at = this.text.indexOf(name); at >= 0; at = this.text.indexOf(name, at + name.length)) {
        const end = at + name.length;
        const before = this.text[at - 1];
        if ((before !== '\t' && before !== '/') || (end < this.text.length && this.text[end] !== '\0'))
          continue;
        const start = this.text.lastIndexOf('\0', at) + 1;
        const tab = this.text.indexOf('\t', start);
        const path = this.text.slice(tab + 1, end);
        if (tab < 0 || tab >= at || (path !== name && !path.endsWith(`/${name}`))) continue;
        const [mode = '', , sha = ''] = this.text.slice(start, tab).split(' ');
        found.push([path, { mode, sha }]);
      }
    }
    return found;
  }

  /** Entries under a folder. */
  under(folder: string): Array<[string, TreeEntry]> {
    return this.matching(`${escapeRegExp(folder)}/[^\\0]*`);
  }

  /** Entries of one mode (links are few; this finds them without reading the rest). */
  withMode(mode: string): Array<[string, TreeEntry]> {
    const record = new RegExp(`(?:^|\\0)(${mode}) \\w+ ([0-9a-f]+)\\t([^\\0]*)`, 'g');
    return [...this.text.matchAll(record)].map((m) => [
      m[3] as string,
      { mode: m[1] as string, sha: m[2] as string },
    ]);
  }

  private matching(pathPattern: string): Array<[string, TreeEntry]> {
    const record = new RegExp(`(?:^|\\0)(\\d{6}) \\w+ ([0-9a-f]+)\\t(${pathPattern})(?=\\0|$)`, 'g');
    return [...this.text.matchAll(record)].map((m) => [
      m[3] as string,
      { mode: m[1] as string, sha: m[2] as string },
    ]);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Resolves link chains inside the tree, component by component, as a file system would. */
class LinkResolver {
  constructor(
    private readonly listing: Listing,
    private readonly links: ReadonlyMap<string, string>,
  ) {}

  /** The file or folder a link leads to, or undefined when it leaves the repository or leads nowhere. */
  resolve(link: string): string | undefined {
    let hops = 0;
    let current = link;
    for (;;) {
      const text = this.links.get(current);
      if (text === undefined) return undefined;
      if (++hops > MAX_LINK_HOPS) return undefined;
      const joined = joinInside(parentOf(current), text);
      if (joined === undefined) return undefined;
      const real = this.realPath(joined, hops);
      if (real === undefined) return undefined;
      if (this.links.has(real.path)) {
        current = real.path;
        hops = real.hops;
        continue;
      }
      return this.listing.file(real.path) !== undefined || this.listing.isFolder(real.path)
        ? real.path
        : undefined;
    }
  }

  /** The path with every linked folder along it replaced by what it leads to. */
  private realPath(path: string, hops: number): { path: string; hops: number } | undefined {
    const parts = path.split('/');
    let resolved = '';
    for (let index = 0; index < parts.length; index++) {
      const next = resolved === '' ? (parts[index] as string) : `${resolved}/${parts[index] as string}`;
      const last = index === parts.length - 1;
      if (!last && this.links.has(next)) {
        if (++hops > MAX_LINK_HOPS) return undefined;
        const target = joinInside(parentOf(next), this.links.get(next) as string);
        const inner = target === undefined ? undefined : this.realPath(target, hops);
        if (inner === undefined) return undefined;
        resolved = inner.path;
        hops = inner.hops;
      } else {
        resolved = next;
      }
    }
    return { path: resolved, hops };
  }
}

/** A link's text joined to its folder, or undefined when it is absolute or climbs out of the repository. */
function joinInside(folder: string, target: string): string | undefined {
  if (target.startsWith('/') || target.includes('\0') || target === '') return undefined;
  const stack = folder === '' ? [] : folder.split('/');
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (stack.length === 0) return undefined;
      stack.pop();
    } else {
      stack.push(part);
    }
  }
  return stack.length === 0 ? undefined : stack.join('/');
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
