import type { YamlNode } from './compose.js';
import { YamlError } from './errors.js';
import { aliasExpansions, readNode } from './readings.js';
import type { ReadOptions } from './readings.js';
import { parseText } from './stream.js';
import type { ParsedText } from './stream.js';

/**
 * A whole file as one consumer reads it: every non-null document, or the first error (a consumer
 * that fails on one document of a file applies none of it). This is what the differential tests
 * compare with go-yaml; the registry works document by document instead.
 */
export type WholeReading = { ok: true; documents: unknown[] } | { ok: false; error: YamlError };

export interface WholeOptions extends ReadOptions {
  maxDepth: number;
  maxAliases: number;
}

export function readWhole(
  text: string,
  reading: 'kubectl' | 'kustomize',
  options: WholeOptions,
  parsed?: ParsedText,
): WholeReading {
  const view = parsed ?? parseText(text, options);
  const roots: YamlNode[] = [];
  if (reading === 'kubectl') {
    if (view.kubectl.error) return { ok: false, error: view.kubectl.error };
    for (const doc of view.kubectl.documents) {
      if (doc.error) return { ok: false, error: doc.error };
      if (doc.root) roots.push(doc.root);
    }
  } else {
    const stream = view.streamV3;
    if (stream.error) return { ok: false, error: stream.error };
    for (const doc of stream.documents) roots.push(doc.root);
  }
  const documents: unknown[] = [];
  for (const root of roots) {
    if (aliasExpansions(root, options.maxAliases) > options.maxAliases) {
      return { ok: false, error: new YamlError('too many alias expansions', root.start, 'limit') };
    }
    const outcome = readNode(root, reading, options);
    if (!outcome.ok) return outcome;
    const value = outcome.reading.value;
    if (value === null) continue;
    documents.push(value);
  }
  return { ok: true, documents };
}
