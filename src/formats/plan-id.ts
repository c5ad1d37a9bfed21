import type { FormatId } from '../core/model.js';
import { asString, path } from './access.js';
import type { SourceDocument } from './types.js';

/**
 * A plan id that stays the same when the file moves: format, kind and namespace/name. Objects
 * without a name fall back to file and document index.
 */
export function planId(format: FormatId, kind: string, doc: SourceDocument, name?: string): string {
  const resolvedName = name ?? asString(path(doc.value, ['metadata', 'name']));
  if (resolvedName === undefined || resolvedName === '') return `${format}:${kind}:${doc.file}#${doc.index}`;
  const namespace = asString(path(doc.value, ['metadata', 'namespace'])) ?? '';
  return `${format}:${kind}:${namespace}/${resolvedName}`;
}
