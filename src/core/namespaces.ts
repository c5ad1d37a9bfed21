/**
 * Where an object lives, as far as the repository can establish it. Kubernetes puts an object
 * without `metadata.namespace` wherever the tool that applies it says (`kubectl -n`, an Argo CD
 * Application's destination, a Flux Kustomization), so a missing namespace is not `default`; and
 * a kustomization's `namespace:` overrides what every resource it builds says.
 */
import type { FormatId, RolloutPlan } from './model.js';

/** Namespaces set by kustomization files, by the directory each sits in (`''` is the root); null when it sets none. */
export type KustomizeNamespaces = ReadonlyMap<string, string | null>;

/** Formats whose objects are Kubernetes objects, named within a namespace. */
const NAMESPACED_FORMATS = new Set<FormatId>([
  'kubernetes',
  'argo-rollouts',
  'flagger',
  'openkruise',
  'native',
]);

/** The directory of a repository path; `''` for a file at the root. */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/**
 * The namespace an object is established to live in: the one the nearest kustomization at or
 * above its folder sets, else its own `metadata.namespace`; undefined when nothing in the
 * repository says (and for formats that have no namespaces).
 */
export function establishedNamespace(plan: RolloutPlan, kustomize: KustomizeNamespaces): string | undefined {
  if (!NAMESPACED_FORMATS.has(plan.format)) return undefined;
  for (let dir = dirOf(plan.file); ; dir = dirOf(dir)) {
    const namespace = kustomize.get(dir);
    if (typeof namespace === 'string') return namespace;
    if (dir === '') break;
  }
  return plan.target.namespace;
}

/**
 * Whether two objects can be taken to live in the same namespace: both established and equal, or,
 * when either is not established, side by side in one folder (what applies one applies the other).
 */
export function samePlace(
  a: { file: string; namespace: string | undefined },
  b: { file: string; namespace: string | undefined },
): boolean {
  if (a.namespace !== undefined && b.namespace !== undefined) return a.namespace === b.namespace;
  return dirOf(a.file) === dirOf(b.file);
}
