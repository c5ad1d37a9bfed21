/**
 * Which changed files are read as manifests: the one place that decides it, for the pipeline and
 * for the parser threads that read ahead of it.
 */
import { compileGlobs } from '../core/environments.js';
import type { ChangedFile, ChangeSet } from '../core/model.js';
import type { Policy } from '../core/policy.js';

/** Every supported format is YAML or JSON: outside the manifest globs, no other file is read. */
export const MANIFEST_EXTENSION = /\.(?:ya?ml|json)$/i;

export interface ManifestScope {
  /** Under the policy's manifest globs: an unreadable or unrecognised file is reported. */
  included(path: string): boolean;
  /** Under the policy's exclude globs: never read. */
  excluded(path: string): boolean;
  /**
   * Read as a manifest: under the globs, or anywhere with a YAML or JSON name. A README, a Go
   * test or a shell script that happens to hold `kind:` lines is not a manifest.
   */
  reads(path: string): boolean;
}

const scopes = new WeakMap<Policy, ManifestScope>();

export function manifestScope(policy: Policy): ManifestScope {
  let scope = scopes.get(policy);
  if (scope === undefined) {
    const included = compileGlobs(policy.manifests.include);
    const excluded = compileGlobs(policy.manifests.exclude);
    scope = {
      included,
      excluded,
      reads: (path) => !excluded(path) && (included(path) || MANIFEST_EXTENSION.test(path)),
    };
    scopes.set(policy, scope);
  }
  return scope;
}

export type Side = 'base' | 'head';

/** A file the pipeline parses, keyed by side and path, so that it can be parsed elsewhere first. */
export interface ReadRequest {
  key: string;
  path: string;
  text: string;
}

export const readKey = (side: Side, path: string): string => `${side}\0${path}`;

/** The path of a changed file on one side of the change. */
export function pathOn(file: ChangedFile, side: Side): string {
  return side === 'base' ? (file.previousPath ?? file.path) : file.path;
}

/** A file whose mode alone changed: the same text at the same path on both sides, read once. */
export function unchangedText(file: ChangedFile): boolean {
  return (
    file.previousPath === undefined &&
    file.base?.kind === 'text' &&
    file.head?.kind === 'text' &&
    file.base.text === file.head.text
  );
}

/**
 * Whether one side of a changed file is read. A file renamed from a path that is read stays read
 * at its new path, whatever its name: a rollout renamed to `NOTES.txt` is still the same file (and
 * kustomize reads a resource whatever its extension). Excluded paths are never read.
 */
export function readsSide(file: ChangedFile, side: Side, scope: ManifestScope): boolean {
  const path = pathOn(file, side);
  if (scope.excluded(path)) return false;
  if (scope.reads(path)) return true;
  return file.previousPath !== undefined && scope.reads(pathOn(file, side === 'head' ? 'base' : 'head'));
}

/** The files the pipeline parses, for a caller that parses them in parallel beforehand. */
export function readRequests(changeSet: ChangeSet, policy: Policy): ReadRequest[] {
  const scope = manifestScope(policy);
  const requests: ReadRequest[] = [];
  for (const file of changeSet.files) {
    for (const side of ['base', 'head'] as const) {
      if (side === 'base' && unchangedText(file)) continue; // read once, as the head
      const content = file[side];
      const path = pathOn(file, side);
      if (content?.kind === 'text' && readsSide(file, side, scope)) {
        requests.push({ key: readKey(side, path), path, text: content.text });
      }
    }
  }
  return requests;
}

/**
 * The files a change is judged on: every changed file read as a manifest (see `manifestScope`) or
 * under a `content` path, at its head path and, for a rename or a removal, its base path. A run on
 * an older commit tested this change only if none of these differ between that commit and the head
 * (`evidence.freshness: unchanged`).
 */
export function judgedPaths(changeSet: Pick<ChangeSet, 'files'>, policy: Policy): string[] {
  const scope = manifestScope(policy);
  const content = compileGlobs(policy.content.flatMap((entry) => entry.paths));
  const judged = (path: string) => scope.reads(path) || content(path);
  const paths = new Set<string>();
  for (const file of changeSet.files) {
    for (const path of [file.path, file.previousPath]) {
      if (path !== undefined && judged(path)) paths.add(path);
    }
  }
  return [...paths].sort();
}
