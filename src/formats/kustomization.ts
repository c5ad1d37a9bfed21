/**
 * Kustomize's own file, as far as identity goes: a kustomization's `namespace:` sets the namespace
 * of every resource it builds, whatever the resource itself says.
 */
import { asString, field, isObject } from './access.js';
import { parseManifestText } from './document.js';

const KUSTOMIZATION_FILE = /(?:^|\/)(?:kustomization\.ya?ml|Kustomization)$/;

export function isKustomizationFile(path: string): boolean {
  return KUSTOMIZATION_FILE.test(path);
}

/** The namespace a kustomization file sets: a name, null when it sets none, undefined when unreadable. */
export function kustomizationNamespace(text: string, file: string): string | null | undefined {
  const parsed = parseManifestText(text, file);
  const [document] = parsed.documents;
  if (parsed.diagnostics.length > 0 || document === undefined || !isObject(document.value)) return undefined;
  const namespace = asString(field(document.value, 'namespace'));
  return namespace === undefined || namespace === '' ? null : namespace;
}
