import { field, isObject } from '../access.js';
import { describeValue, fieldPath } from '../field-text.js';
import type { AdapterResult, FormatAdapter, PathSegment } from '../types.js';
import { duplicateKeys } from '../yaml/index.js';
import type { Reading, Unit, UnitReading, YamlNode } from '../yaml/index.js';
import { CONSUMERS } from './adapters.js';
import { offsetsOf } from './documents.js';
import type { Take } from './documents.js';

interface Problem {
  line: number;
  /** When known, the offset the line came from (for a column). */
  offset?: number;
  message: string;
  advice?: string;
}

/** Why the readers of an adapter's format do not read the same plan here, if they do not. */
export function disagreement(
  unit: Unit,
  adapter: FormatAdapter,
  declared: readonly Reading[],
  at: (reading: Reading) => Take | UnitReading | undefined,
  itemCountsDiffer: boolean,
  runs: Take[],
  text: string,
  cloudFormation: boolean,
  lineAt: (offset: number) => number,
): Problem | undefined {
  const unitLine = lineAt(unit.contentStart);
  if (unit.split) return { line: lineAt(unit.splitAt), offset: unit.splitAt, message: unit.split };
  if (itemCountsDiffer)
    return { line: unitLine, message: 'readers find different numbers of items in this list' };
  // What only some readers see, whatever the values.
  const odd = unit.oddities[0];
  if (odd) {
    return {
      line: lineAt(odd.offset),
      offset: odd.offset,
      message: `${odd.what} is a line break to go-yaml and YAML 1.1 readers but not to kubectl's document split, YAML 1.2 readers or a diff view`,
      advice: 'replace it with a plain line break or remove it',
    };
  }

  for (const doc of unit.documents) {
    if (doc.version !== undefined || doc.tagDirectives > 0) {
      return {
        line: lineAt(doc.start),
        offset: doc.start,
        message: 'a %YAML or %TAG directive changes how readers resolve the document (kubectl refuses it)',
        advice: 'remove the directive',
      };
    }
    const tags =
      cloudFormation && declared.every((r) => r === 'yaml-1.1' || r === 'yaml-1.2') ? [] : doc.tags;
    if (tags.length > 0) {
      return {
        line: lineAt(tags[0] as number),
        offset: tags[0] as number,
        message: 'an explicit tag (`!…`) is resolved differently by different readers',
        advice: 'remove the tag',
      };
    }
    const duplicate = duplicateKeys(doc.root)[0];
    if (duplicate !== undefined) {
      return {
        line: lineAt(duplicate),
        offset: duplicate,
        message:
          'duplicate key: a key written twice in one mapping is the last one to go-yaml v2 (kubectl) and an error to go-yaml v3 (kustomize)',
        advice: 'write the key once',
      };
    }
  }

  for (const reading of declared) {
    const take = at(reading);
    if (take === undefined) {
      return { line: unitLine, message: `${CONSUMERS[reading]} reads no such item here` };
    }
    if ('doc' in take) {
      if (take.owner !== adapter) {
        const other =
          take.owner === undefined ? 'nothing it deploys as a rollout' : `a ${take.owner.id} document`;
        return {
          line: take.doc.line,
          message: `${CONSUMERS[reading]} reads ${other} here, not a ${adapter.id} document`,
        };
      }
      continue;
    }
    if (take.kind === 'error') {
      return {
        line: lineAt(take.error.offset),
        offset: take.error.offset,
        message: `${CONSUMERS[reading]} cannot read this document (${take.error.message})`,
      };
    }
    if (take.kind === 'empty') return { line: unitLine, message: `${CONSUMERS[reading]} reads nothing here` };
  }

  // The plans themselves.
  const [first, ...others] = runs;
  if (first === undefined) return undefined;
  for (const other of others) {
    if (sameResult(first.result, other.result)) continue;
    const path = firstDifference(first.doc.value, other.doc.value) ?? [];
    const line = path.length > 0 ? first.doc.lineOf(path) : first.doc.line;
    const offset = path.length > 0 ? offsetsOf.get(first.doc)?.(path) : undefined;
    const where = path.length > 0 ? `\`${fieldPath(path)}\`` : 'this document';
    const a = valueAt(first.doc.value, path);
    const b = valueAt(other.doc.value, path);
    return {
      line,
      offset,
      message: `${CONSUMERS[first.reading]} reads ${where} as ${show(a)}, ${CONSUMERS[other.reading]} as ${show(b)}`,
      advice:
        advise(a, b) ??
        (unit.documents.some((doc) => hasMergeKey(doc.root))
          ? 'write the keys out instead of merging them in with `<<`'
          : 'write it so that every reader reads the same value'),
    };
  }
  return undefined;
}

function sameResult(a: AdapterResult | undefined, b: AdapterResult | undefined): boolean {
  return sameData(a, b);
}

/** Equal as data, object keys in any order. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameData(item, other[i]));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** The first path, in the first value's order, where two readings differ. */
function firstDifference(
  a: unknown,
  b: unknown,
  path: PathSegment[] = [],
  depth = 0,
): PathSegment[] | undefined {
  if (sameData(a, b)) return undefined;
  if (depth > 64) return path;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return [...path, i];
      const found = firstDifference(a[i], b[i], [...path, i], depth + 1);
      if (found) return found;
    }
    return path;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of Object.keys(a)) {
      if (!Object.prototype.hasOwnProperty.call(b, key)) return [...path, key];
      const found = firstDifference(a[key], b[key], [...path, key], depth + 1);
      if (found) return found;
    }
    for (const key of Object.keys(b))
      if (!Object.prototype.hasOwnProperty.call(a, key)) return [...path, key];
  }
  return path;
}

function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else current = field(current, String(segment));
  }
  return current;
}

/** A value for a message: literals as they are, a short plain string quoted, anything else by its kind. */
function show(value: unknown): string {
  if (typeof value === 'string') {
    return /^[A-Za-z0-9_.:+-]{0,24}$/.test(value) ? `the string "${value}"` : 'a string';
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number JSON cannot hold';
  return describeValue(value);
}

function advise(a: unknown, b: unknown): string | undefined {
  const scalar = (v: unknown) => typeof v === 'boolean' || typeof v === 'number';
  const typed = scalar(a) ? a : scalar(b) ? b : undefined;
  const text = typeof a === 'string' ? a : typeof b === 'string' ? b : undefined;
  if (typed !== undefined && text !== undefined && /^[A-Za-z0-9_.:+-]{0,24}$/.test(text)) {
    return `write \`${String(typed)}\`, or \`"${text}"\` if text is meant`;
  }
  if (typed !== undefined && text !== undefined)
    return `write \`${String(typed)}\` if that is meant, or quote the text`;
  return undefined;
}

/** Whether a document uses a `<<` merge key anywhere. */
function hasMergeKey(root: YamlNode): boolean {
  const stack: YamlNode[] = [root];
  const seen = new Set<YamlNode>();
  while (stack.length > 0) {
    const node = stack.pop() as YamlNode;
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.kind === 1) {
      for (let i = 0; i < node.items.length; i += 2) {
        const key = node.items[i] as YamlNode;
        if (key.kind === 0 && key.value === '<<' && key.style === 1) return true;
      }
      for (const item of node.items) stack.push(item);
    } else if (node.kind === 2) {
      for (const item of node.items) stack.push(item);
    }
  }
  return false;
}
