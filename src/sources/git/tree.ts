/**
 * A commit's files as the tools that deploy from a checkout see them: symbolic links that lead to
 * a file or a folder inside the repository are read through (kubectl, kustomize and Argo CD follow
 * them), so a link is judged by what it points at, and a change to the target is a change to the
 * link. Links that lead outside the repository, nowhere, or round in a loop are never followed.
 */
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
  /** Every regular file a consumer sees, with the entry whose bytes it reads. */
  files: Map<string, TreeEntry>;
  /** For files seen through a symbolic link: the file it reads. */
  linkedTo: Map<string, string>;
  /** Links that lead outside the repository, nowhere, or round in a loop. */
  brokenLinks: Set<string>;
  /** Entries that are neither files nor links (submodules), and broken links: seen, never read. */
  unreadable: Map<string, TreeEntry>;
}

/** The view of one commit, or an empty one for git's empty tree. */
export async function viewTree(git: Git, dir: string, commit: string | undefined): Promise<TreeView> {
  const view: TreeView = {
    files: new Map(),
    linkedTo: new Map(),
    brokenLinks: new Set(),
    unreadable: new Map(),
  };
  if (commit === undefined) return view;
  const listing = await git(['ls-tree', '-r', '-z', '--full-tree', commit]);
  if (listing.code !== 0) return failure(git, dir, `could not list the files of ${commit}`, listing);
  const entries = parseLsTree(listing.stdout);
  const links = new Map<string, TreeEntry>();
  for (const [name, entry] of entries) {
    if (REGULAR_FILE_MODES.has(entry.mode)) view.files.set(name, entry);
    else if (entry.mode === SYMLINK_MODE) links.set(name, entry);
    else view.unreadable.set(name, entry);
  }
  if (links.size === 0) return view;

  const texts = await readBlobs(
    git,
    dir,
    [...links.values()].map((entry) => entry.sha),
    MAX_LINK_BYTES,
  );
  const targets = new Map<string, string>();
  for (const [name, entry] of links) {
    const text = texts.get(entry.sha);
    if (text?.kind === 'text') targets.set(name, text.text);
  }
  const folders = foldersOf(view.files.keys());
  const resolver = new LinkResolver(view.files, targets, folders);
  let added = 0;
  for (const link of links.keys()) {
    const target = resolver.resolve(link);
    if (target === undefined) {
      view.brokenLinks.add(link);
      view.unreadable.set(link, links.get(link) as TreeEntry);
    } else if (view.files.has(target)) {
      view.files.set(link, view.files.get(target) as TreeEntry);
      view.linkedTo.set(link, target);
    } else {
      // A folder: every file under it is also seen under the link.
      const prefix = `${target}/`;
      for (const [name, entry] of [...view.files]) {
        if (!name.startsWith(prefix) || view.linkedTo.has(name) || added >= MAX_LINKED_FILES) continue;
        const seen = `${link}/${name.slice(prefix.length)}`;
        view.files.set(seen, entry);
        view.linkedTo.set(seen, name);
        added++;
      }
    }
  }
  return view;
}

/** Resolves link chains inside the tree, component by component, as a file system would. */
class LinkResolver {
  constructor(
    private readonly files: ReadonlyMap<string, TreeEntry>,
    private readonly links: ReadonlyMap<string, string>,
    private readonly folders: ReadonlySet<string>,
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
      return this.files.has(real.path) || this.folders.has(real.path) ? real.path : undefined;
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

function foldersOf(paths: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const name of paths) {
    for (let folder = parentOf(name); folder !== '' && !folders.has(folder); folder = parentOf(folder)) {
      folders.add(folder);
    }
  }
  return folders;
}
