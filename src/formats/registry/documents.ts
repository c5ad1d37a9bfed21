import { asArray, asString, field, isObject } from '../access.js';
import type { AdapterResult, FormatAdapter, PathSegment, SourceDocument } from '../types.js';
import type { Reading } from '../yaml/index.js';

/** A document read by one reader, with what its adapter made of it. */
export interface Take {
  reading: Reading;
  doc: SourceDocument;
  owner: FormatAdapter | undefined;
  result?: AdapterResult;
}

/** A position in the file: line and column of an offset. */
export type Locate = (offset: number) => { line: number; column: number };

/** How to find the offset of a path in a document a reader read (the registry's own bookkeeping). */
export const offsetsOf = new WeakMap<SourceDocument, (path: readonly PathSegment[]) => number>();

/**
 * `kind: List` (and typed lists such as `DeploymentList`) wrap objects that `kubectl apply` and
 * Argo CD apply one by one: each item is judged as a document of its own. Items of a typed list
 * may leave out apiVersion and kind; they take the list's.
 */
export function listItems(doc: SourceDocument): SourceDocument[] {
  const kind = asString(field(doc.value, 'kind'));
  const items = asArray(field(doc.value, 'items'));
  if (kind === undefined || !kind.endsWith('List') || items === undefined) return [doc];
  const apiVersion = field(doc.value, 'apiVersion');
  const itemKind = kind === 'List' ? undefined : kind.slice(0, -'List'.length);
  const offsets = offsetsOf.get(doc);
  return items.map((item, index) => {
    const itemDoc: SourceDocument = {
      file: doc.file,
      index: doc.index,
      line: doc.lineOf(['items', index]),
      value: isObject(item) && itemKind !== undefined ? { apiVersion, kind: itemKind, ...item } : item,
      lineOf: (path) => doc.lineOf(['items', index, ...path]),
    };
    if (offsets) offsetsOf.set(itemDoc, (path) => offsets(['items', index, ...path]));
    return itemDoc;
  });
}

/** "this Rollout", "this Deployment": what a message calls the document. */
export function describeDocument(doc: SourceDocument | undefined): string {
  const kind = asString(field(doc?.value, 'kind'));
  return kind !== undefined && /^[A-Za-z][A-Za-z0-9]{0,40}$/.test(kind) ? `this ${kind}` : 'this rollout';
}
