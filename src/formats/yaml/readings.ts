import { ALL_READINGS, KUBECTL, recordAgreement } from './agreement.js';
import { K } from './compose.js';
import type { YamlNode } from './compose.js';
import { YamlError } from './errors.js';
import { GoV2Reader, GoV3Reader } from './reader-go.js';
import { YamlSpecReader } from './reader-spec.js';
import type { ReadOptions, ReadOutcome, Reading } from './reading-types.js';

export type { DocumentReading, PathSegment, ReadOptions, ReadOutcome, Reading } from './reading-types.js';
export { READINGS } from './reading-types.js';

/**
 * Reads a composed document's root node as `reading` does. Never throws. With `agree` (kubectl
 * only), also records which other readings provably read the root the same (agreement.ts).
 */
export function readNode(root: YamlNode, reading: Reading, options: ReadOptions, agree = false): ReadOutcome {
  const converter =
    reading === 'kubectl'
      ? new GoV2Reader(options)
      : reading === 'kustomize'
        ? new GoV3Reader(options)
        : new YamlSpecReader(reading, options);
  const tracking = agree && converter instanceof GoV2Reader;
  if (tracking) converter.agreeing = ALL_READINGS;
  try {
    const value = converter.value(root);
    converter.finish(value, root);
    if (tracking) {
      const readings = converter.agreeing;
      converter.agreeing = 0;
      recordAgreement(
        root,
        readings === 0
          ? { readings: KUBECTL, treeWithUniqueKeys: false }
          : { readings, treeWithUniqueKeys: true },
      );
    }
    return {
      ok: true,
      reading: { value, offsetOf: (path) => converter.offsetOf(root, value, path) },
    };
  } catch (caught) {
    if (tracking) recordAgreement(root, { readings: KUBECTL, treeWithUniqueKeys: false });
    if (caught instanceof YamlError) return { ok: false, error: caught };
    throw caught;
  }
}

/**
 * How many alias expansions reading the node takes, counting the aliases inside what an alias
 * names each time it is expanded (a billion-laughs document is refused on this count before any
 * reader expands it), and whether the expansions grow the document more than fourfold (plus ten
 * thousand nodes): `limit + 1` then. Linear in the document: each node is counted once.
 */
export function aliasExpansions(root: YamlNode, limit: number): number {
  const memo = new Map<YamlNode, { aliases: number; size: number }>();
  let real = 0;
  const count = (node: YamlNode): { aliases: number; size: number } => {
    if (node.kind === K.Scalar) {
      real++;
      return { aliases: 0, size: 1 };
    }
    const known = memo.get(node);
    if (known !== undefined) return known;
    let aliases = 0;
    let size = 1;
    if (node.kind === K.Alias) {
      real++;
      const target = node.recursive ? { aliases: limit + 1, size: 0 } : count(node.target);
      aliases = 1 + target.aliases;
      size = target.size;
    } else {
      real++;
      for (const item of node.items) {
        const inner = count(item);
        aliases += inner.aliases;
        size += inner.size;
        if (aliases > limit) break;
      }
    }
    const result = { aliases: Math.min(aliases, limit + 1), size: Math.min(size, Number.MAX_SAFE_INTEGER) };
    memo.set(node, result);
    return result;
  };
  const { aliases, size } = count(root);
  return size > real * 4 + 10_000 ? limit + 1 : aliases;
}
