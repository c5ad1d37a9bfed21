import { KUBECTL, KUSTOMIZE, YAML_11, YAML_12, agreementOf } from './agreement.js';
import { K, isTree } from './compose.js';
import type { ComposedDocument, YamlNode } from './compose.js';
import { YamlError } from './errors.js';
import { aliasExpansions, readNode } from './readings.js';
import type { DocumentReading, ReadOptions, Reading } from './readings.js';
import { S } from './scanner.js';
import type { KubectlDocument, ParsedText } from './stream.js';

/**
 * A file cut into the regions its readers agree are one document each ("units"), with what every
 * reader makes of each region. kubectl's cut (its `---` lines, or its JSON values) sets the
 * regions; the YAML stream's documents are placed in them by where their content starts. Where
 * the readers cut the file differently, the unit says so instead of pairing documents that are
 * not the same.
 */
export type UnitReading =
  /** The reader read one document here. */
  | { kind: 'value'; reading: DocumentReading; root: YamlNode }
  /** The reader read nothing here (comments, or an empty document). */
  | { kind: 'empty' }
  /** The reader fails on this region (a syntax error, a value it cannot hold, a limit). */
  | { kind: 'error'; error: YamlError }
  /** The reader stopped at an error earlier in the file and never read this region. */
  | { kind: 'stopped' };

export interface Unit {
  start: number;
  end: number;
  /** Where the document's content starts (for its line). */
  contentStart: number;
  /** The document's index in the YAML stream (plan ids of unnamed objects use it). */
  index: number;
  /** The readers cut this region into different numbers of documents. */
  split: string | undefined;
  /** Where the cut differs: a line break only some readers see, or the document kubectl does not read. */
  splitAt: number;
  /** Line breaks only some readers see, in this region. */
  oddities: Oddity[];
  /** Each reader's document here. */
  read(reading: Reading): UnitReading;
  /** Every document any stream reader made of this region (when `split` is set, there may be several). */
  streamRoots: YamlNode[];
  /** The stream documents whose content starts here. */
  documents: ComposedDocument[];
}

export interface UnitOptions extends ReadOptions {
  maxAliases: number;
}

interface Placed {
  docs: ComposedDocument[];
  /** A document that started in an earlier region runs into this one. */
  spilled: boolean;
  error: YamlError | undefined;
  stopped: boolean;
}

export function fileUnits(parsed: ParsedText, options: UnitOptions): Unit[] {
  const { text, kubectl } = parsed;
  const regions = kubectl.documents.map((doc) => ({ start: doc.unitStart, end: doc.unitEnd }));
  if (regions.length === 0 || (regions[0] as { start: number }).start > 0) {
    regions.unshift({ start: 0, end: regions[0]?.start ?? text.length });
  }
  const last = regions[regions.length - 1] as { start: number; end: number };
  if (last.end < text.length) regions.push({ start: last.end, end: text.length });
  const regionOf = (offset: number): number => {
    let low = 0;
    let high = regions.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((regions[mid] as { start: number }).start <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };

  const place = (stream: ParsedText['stream']): Placed[] => {
    const placed: Placed[] = regions.map(() => ({
      docs: [],
      spilled: false,
      error: undefined,
      stopped: false,
    }));
    for (const doc of stream.documents) {
      const at = regionOf(isEmpty(doc.root) ? doc.start : doc.contentStart);
      (placed[at] as Placed).docs.push(doc);
      if (!isEmpty(doc.root)) {
        const endRegion = regionOf(Math.max(doc.contentStart, doc.contentEnd - 1));
        for (let r = at + 1; r <= endRegion; r++) (placed[r] as Placed).spilled = true;
      }
    }
    if (stream.error) {
      const at = regionOf(stream.error.offset);
      (placed[at] as Placed).error = stream.error;
      for (let r = at + 1; r < placed.length; r++) (placed[r] as Placed).stopped = true;
    }
    return placed;
  };
  const v2 = place(parsed.stream);
  const v3 = parsed.streamV3 === parsed.stream ? v2 : place(parsed.streamV3);
  const spec = parsed.streamSpec === parsed.stream ? v2 : place(parsed.streamSpec);

  const kubectlIn: (KubectlDocument | undefined)[] = regions.map(() => undefined);
  for (const doc of kubectl.documents) kubectlIn[regionOf(doc.unitStart)] = doc;
  const kubectlStop = kubectl.error ? regionOf(kubectl.error.offset) : Infinity;

  const oddities = oddBreaks(text);
  let nextOdd = 0;
  let streamIndex = 0;
  const indexOf = new Map<ComposedDocument, number>();
  parsed.stream.documents.forEach((doc, i) => indexOf.set(doc, i));

  return regions.map((region, r): Unit => {
    const a = v2[r] as Placed;
    const b = v3[r] as Placed;
    const c = spec[r] as Placed;
    const k = kubectlIn[r];
    const content = (placed: Placed) => placed.docs.filter((doc) => !isEmpty(doc.root));
    const counts = [content(a).length, content(b).length];
    const kubectlState: UnitReading['kind'] | 'doc' =
      r > kubectlStop
        ? 'stopped'
        : r === kubectlStop
          ? 'error'
          : k?.error
            ? 'error'
            : k?.root
              ? 'doc'
              : 'empty';
    let split: string | undefined;
    const usable = (placed: Placed) => !placed.stopped && placed.error === undefined;
    if (a.spilled || b.spilled) split = 'a YAML document runs across a line kubectl splits documents at';
    else if ([a, b].some((placed) => usable(placed) && content(placed).length > 1)) {
      split = 'kubectl reads one document here where a YAML stream reads several';
    } else if (kubectlState === 'doc' || kubectlState === 'empty') {
      const mine = kubectlState === 'doc' ? 1 : 0;
      if ([a, b].some((placed, i) => usable(placed) && counts[i] !== mine)) {
        split =
          mine === 1
            ? 'kubectl reads a document here that a YAML stream does not'
            : 'a YAML stream reads a document here that kubectl does not';
      }
    }
    const first = content(a)[0] ?? content(b)[0];
    while (nextOdd < oddities.length && (oddities[nextOdd] as Oddity).offset < region.start) nextOdd++;
    const here: Oddity[] = [];
    for (let i = nextOdd; i < oddities.length && (oddities[i] as Oddity).offset < region.end; i++) {
      here.push(oddities[i] as Oddity);
    }
    const odd = split === undefined ? undefined : here[0];
    const second = content(a)[1] ?? content(b)[1];
    const splitAt = odd?.offset ?? second?.start ?? region.start;
    const index = first ? (indexOf.get(first) ?? streamIndex) : streamIndex;
    if (first) streamIndex = index + 1;
    const cache = new Map<Reading, UnitReading>();

    const fromStream = (placed: Placed, reading: Reading): UnitReading => {
      if (placed.stopped) return { kind: 'stopped' };
      const doc = content(placed)[0];
      if (placed.error && (doc === undefined || placed.error.offset >= doc.contentStart)) {
        return { kind: 'error', error: placed.error };
      }
      return doc ? readRoot(doc.root, reading, options) : { kind: 'empty' };
    };
    return {
      start: region.start,
      end: region.end,
      contentStart: first?.contentStart ?? k?.start ?? region.start,
      index,
      split,
      splitAt,
      oddities: here,
      streamRoots: [...new Set([...content(a), ...content(b), ...content(c)])].map((doc) => doc.root),
      documents: [...new Set([...a.docs, ...b.docs, ...c.docs])],
      read(reading) {
        let known = cache.get(reading);
        if (known === undefined) {
          if (reading === 'kubectl') {
            if (kubectlState === 'stopped') known = { kind: 'stopped' };
            else if (kubectlState === 'error') {
              known = { kind: 'error', error: (r === kubectlStop ? kubectl.error : k?.error) as YamlError };
            } else if (kubectlState === 'empty' || !k?.root) known = { kind: 'empty' };
            else known = readRoot(k.root, 'kubectl', options);
          } else {
            known = fromStream(
              reading === 'kustomize' ? b : reading === 'yaml-1.1' || reading === 'yaml-1.2' ? c : a,
              reading,
            );
          }
          cache.set(reading, known);
        }
        return known;
      },
    };
  });
}

/** Alias expansions per document root, counted once for all its readers. */
const expansions = new WeakMap<YamlNode, number>();

/** The kubectl reading of each document root read so far. */
const kubectlReadings = new WeakMap<YamlNode, UnitReading>();

let sharing = true;

/**
 * Test support: with `false`, every reading reads alone and nothing is taken from what an earlier
 * reading found (the full computation, which the proof test compares the shortcuts with).
 */
export function shareReadings(on: boolean): void {
  sharing = on;
}

/**
 * A root as `reading` reads it. The kubectl reading comes first, and records which other readings
 * provably read the root the same (agreement.ts): those take it as it is, the others read alone.
 */
function readRoot(root: YamlNode, reading: Reading, options: UnitOptions): UnitReading {
  if (!sharing) return readRootAs(root, reading, options);
  let kubectl = kubectlReadings.get(root);
  if (kubectl === undefined) {
    kubectl = readRootAs(root, 'kubectl', options);
    kubectlReadings.set(root, kubectl);
  }
  if (reading === 'kubectl') return kubectl;
  const agreed = agreementOf(root);
  if (agreed !== undefined && (agreed.readings & READING_BITS[reading]) !== 0) return kubectl;
  return readRootAs(root, reading, options);
}

const READING_BITS: Record<Reading, number> = {
  kubectl: KUBECTL,
  kustomize: KUSTOMIZE,
  'yaml-1.1': YAML_11,
  'yaml-1.2': YAML_12,
};

function readRootAs(root: YamlNode, reading: Reading, options: UnitOptions): UnitReading {
  let count = expansions.get(root);
  if (count === undefined) {
    // A document composed without an alias has none to expand.
    count = sharing && isTree(root) ? 0 : aliasExpansions(root, options.maxAliases);
    expansions.set(root, count);
  }
  if (count > options.maxAliases) {
    return {
      kind: 'error',
      error: new YamlError(`too many alias expansions (over ${options.maxAliases})`, root.start, 'limit'),
    };
  }
  const outcome = readNode(root, reading, options, sharing && reading === 'kubectl');
  if (!outcome.ok) return { kind: 'error', error: outcome.error };
  if (outcome.reading.value === null || outcome.reading.value === undefined) return { kind: 'empty' };
  return { kind: 'value', reading: outcome.reading, root };
}

function isEmpty(root: YamlNode): boolean {
  return (
    root.kind === K.Scalar &&
    root.style === S.Plain &&
    root.value === '' &&
    root.tag === undefined &&
    root.anchor === undefined
  );
}

// ---------------------------------------------------------------------------------------------
// What makes readers part ways in a document, whatever its values.

/** Characters that break a line for libyaml but not for kubectl's splitter, YAML 1.2 or a diff view. */
const ODD_BREAKS = /[\u0085\u2028\u2029\uFEFF]|\r(?!\n)/g;

export interface Oddity {
  offset: number;
  what: string;
}

/** Line breaks only some readers see, anywhere in the text, in order. */
export function oddBreaks(text: string): Oddity[] {
  const found: Oddity[] = [];
  ODD_BREAKS.lastIndex = 0;
  for (let match = ODD_BREAKS.exec(text); match !== null; match = ODD_BREAKS.exec(text)) {
    if (match.index === 0 && match[0] === '\uFEFF') continue;
    found.push({ offset: match.index, what: ODD_NAMES[match[0]] ?? 'a carriage return without a line feed' });
  }
  return found;
}

const ODD_NAMES: Record<string, string> = {
  '\u0085': 'a NEL character (U+0085)',
  '\u2028': 'a line separator (U+2028)',
  '\u2029': 'a paragraph separator (U+2029)',
  '\uFEFF': 'a byte-order mark inside the text (U+FEFF)',
};

/** Keys written twice in one mapping (by their text): go-yaml v2 keeps the last, v3 refuses. */
export function duplicateKeys(root: YamlNode): number[] {
  if (sharing && agreementOf(root)?.treeWithUniqueKeys) return [];
  const found: number[] = [];
  const seen = new Set<YamlNode>();
  const walk = (node: YamlNode): void => {
    if (node.kind === K.Scalar || node.kind === K.Alias || seen.has(node)) return;
    seen.add(node);
    if (node.kind === K.Map) {
      const keys = new Set<string>();
      for (let i = 0; i < node.items.length; i += 2) {
        const key = node.items[i] as YamlNode;
        const name =
          key.kind === K.Scalar ? `s${key.value}` : key.kind === K.Alias ? `a${key.name}` : undefined;
        if (name !== undefined) {
          if (keys.has(name)) found.push(key.start);
          keys.add(name);
        }
        walk(key);
        walk(node.items[i + 1] as YamlNode);
      }
    } else {
      for (const item of node.items) walk(item);
    }
  };
  walk(root);
  return found;
}
