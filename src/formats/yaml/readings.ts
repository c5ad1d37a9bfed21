import {
  ALL_READINGS,
  KUBECTL,
  alwaysString,
  plainKeyAgreement,
  plainValueAgreement,
  recordAgreement,
} from './agreement.js';
import { K } from './compose.js';
import type { AliasNode, MapNode, ScalarNode, SeqNode, YamlNode } from './compose.js';
import { YamlError } from './errors.js';
import { formatFloat32 } from './go-values.js';
import { resolve11, resolve12, resolveGo, resolveGoTagged } from './resolve.js';
import type { Resolved } from './resolve.js';
import { S } from './scanner.js';

/**
 * How each consumer turns a composed document into plain data.
 *
 * - `kubectl`: go-yaml v2 as sigs.k8s.io/yaml uses it (kubectl, Argo CD, Helm): YAML 1.1 booleans
 *   and octals, merge keys applied where they stand (a later `<<` overrides earlier keys), the
 *   last of duplicate keys wins, keys turned into JSON strings as YAMLToJSON does, and NaN or
 *   infinity refused by the JSON encoder. Anchors are per document.
 * - `kustomize`: go-yaml v3's decoder (kustomize, Flux): booleans are only true/false, octals as
 *   v2, timestamps become RFC 3339 times, merged keys never override explicit ones, duplicate
 *   keys are an error, and an alias may name an anchor from an earlier document of the stream.
 * - `yaml-1.1`: PyYAML and SnakeYAML (CloudFormation and SAM tooling, Spinnaker): YAML 1.1 types
 *   including base 60, explicit keys win over merged ones, the last duplicate wins, timestamps
 *   stay text.
 * - `yaml-1.2`: the YAML 1.2 core schema (GitHub Actions, Azure Pipelines, gcloud): no merge keys,
 *   duplicate keys are an error.
 *
 * Both YAML 1.x readings refuse keys that are not strings or integers and explicit tags other
 * than CloudFormation's short forms in a CloudFormation template; where a reader would need them,
 * the document is refused rather than guessed at.
 */
export type Reading = 'kubectl' | 'kustomize' | 'yaml-1.1' | 'yaml-1.2';

export const READINGS: readonly Reading[] = ['kubectl', 'kustomize', 'yaml-1.1', 'yaml-1.2'];

export type PathSegment = string | number;

export interface ReadOptions {
  /** CloudFormation's short-form intrinsic tags (!Ref, !If …) read as their long form. */
  cloudFormation: boolean;
}

export interface DocumentReading {
  value: unknown;
  /** Offset of the key (map entries) or item at `path`; its closest existing ancestor's otherwise. */
  offsetOf(path: readonly PathSegment[]): number;
}

export type ReadOutcome = { ok: true; reading: DocumentReading } | { ok: false; error: YamlError };

const LONG = 'tag:yaml.org,2002:';
const MERGE_TAG = `${LONG}merge`;

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

// ---------------------------------------------------------------------------------------------

/** Defines an own property, so that a key named `__proto__` stays data. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

function fail(message: string, node: YamlNode): never {
  throw new YamlError(message, node.start, 'value');
}

/**
 * What go-yaml keeps in its map and the JSON encoder later refuses: a null key. Held under this
 * name until the document is done, since a later duplicate key may drop the map that holds it.
 */
const NULL_KEY = '\u0000unsupported key: null';
const UNSUPPORTED_KEY = '\u0000unsupported key';

/** A key as a reader sees it: its JSON name, and what makes two keys the same to the reader. */
interface Key {
  name: string;
  identity: string;
}

let nanKeys = 0;

abstract class Reader {
  protected readonly cache = new Map<YamlNode, unknown>();
  // Plain maps, not weak ones: they live exactly as long as the values they describe.
  protected readonly sources = new Map<object, MapNode | SeqNode>();
  private readonly keyNodes = new Map<MapNode, Map<string, YamlNode>>();

  /** Something the JSON encoder refuses was kept; `finish` looks whether it survived. */
  protected deferred = false;
  /** Maps holding two Go keys that become one JSON name. */
  protected readonly collided = new Set<object>();

  constructor(protected readonly options: ReadOptions) {}

  /**
   * go-yaml builds the whole value before it is turned into JSON, so a NaN, a null key or a key
   * collision only matters if it is still in the document once later keys have overridden earlier
   * ones.
   */
  finish(value: unknown, root: YamlNode): void {
    if (!this.deferred) return;
    const seen = new Set<object>();
    const visit = (item: unknown): void => {
      if (typeof item === 'number') {
        if (!Number.isFinite(item)) fail('a value is NaN or infinite, which JSON cannot hold', root);
        return;
      }
      if (typeof item !== 'object' || item === null || seen.has(item)) return;
      seen.add(item);
      if (this.collided.has(item))
        fail('two different keys become the same JSON key', this.sources.get(item) ?? root);
      if (Array.isArray(item)) {
        for (const element of item) visit(element);
        return;
      }
      for (const [key, element] of Object.entries(item)) {
        if (key.startsWith(UNSUPPORTED_KEY)) {
          fail('a key is null or too large a number, which JSON cannot name', this.sources.get(item) ?? root);
        }
        visit(element);
      }
    };
    visit(value);
  }

  value(node: YamlNode): unknown {
    switch (node.kind) {
      case K.Alias:
        return this.alias(node);
      case K.Scalar:
        return this.scalar(node);
      case K.Seq: {
        const cached = node.anchor === undefined ? undefined : this.cache.get(node);
        if (cached !== undefined) return cached;
        const items = node.items.map((item) => this.value(item));
        this.sources.set(items, node);
        const value = this.collectionTagged(node, items);
        if (node.anchor !== undefined) this.cache.set(node, value);
        return value;
      }
      case K.Map: {
        const cached = node.anchor === undefined ? undefined : this.cache.get(node);
        if (cached !== undefined) return cached;
        const target: Record<string, unknown> = {};
        this.sources.set(target, node);
        this.fill(node, target, undefined);
        const value = this.collectionTagged(node, target);
        if (node.anchor !== undefined) this.cache.set(node, value);
        return value;
      }
    }
  }

  protected alias(node: AliasNode): unknown {
    if (node.recursive) fail('an alias names the node that contains it', node);
    return this.value(node.target);
  }

  /** Collections ignore their tags in go-yaml; the YAML 1.x readers override this. */
  protected collectionTagged(_node: MapNode | SeqNode, value: unknown): unknown {
    return value;
  }

  protected abstract scalar(node: ScalarNode): unknown;

  /**
   * Fills `target` from a mapping node; when `record` is given, only the winning key node of each
   * key is recorded and no value is read (for positions).
   */
  protected abstract fill(
    node: MapNode,
    target: Record<string, unknown>,
    record: Map<string, YamlNode> | undefined,
  ): void;

  private readonly identities = new Map<object, Map<string, string>>();

  /** setGoKey for a string key (identity `s:` + its name), without building the key. */
  protected setStringKey(target: Record<string, unknown>, name: string, value: unknown): void {
    if (this.identities.size > 0) {
      this.setGoKey(target, { name, identity: `s:${name}` }, value, undefined);
      return;
    }
    if (name.startsWith(UNSUPPORTED_KEY) || (typeof value === 'number' && !Number.isFinite(value)))
      this.deferred = true;
    setOwn(target, name, value);
  }

  /**
   * Sets a key of a go-yaml map converted to JSON. Two different Go keys that become one JSON
   * name (1 and "1") leave the result to Go's map order, so they are refused.
   */
  protected setGoKey(
    target: Record<string, unknown>,
    key: Key,
    value: unknown,
    _node: YamlNode | undefined,
  ): void {
    if (key.name.startsWith(UNSUPPORTED_KEY) || (typeof value === 'number' && !Number.isFinite(value)))
      this.deferred = true;
    const stringKey = key.identity.startsWith('s:');
    let others = this.identities.get(target);
    if (stringKey && others === undefined) {
      setOwn(target, key.name, value);
      return;
    }
    if (others === undefined) {
      others = new Map();
      this.identities.set(target, others);
    }
    const existing = Object.prototype.hasOwnProperty.call(target, key.name)
      ? (others.get(key.name) ?? `s:${key.name}`)
      : undefined;
    if (existing !== undefined && existing !== key.identity) {
      this.collided.add(target);
      this.deferred = true;
    }
    if (!stringKey) others.set(key.name, key.identity);
    setOwn(target, key.name, value);
  }

  offsetOf(root: YamlNode, rootValue: unknown, path: readonly PathSegment[]): number {
    let value = rootValue;
    let best = root.start;
    for (const segment of path) {
      if (Array.isArray(value)) {
        const seq = this.sources.get(value) as SeqNode | undefined;
        const item = typeof segment === 'number' ? seq?.items[segment] : undefined;
        if (item === undefined) break;
        best = item.start;
        value = value[segment as number];
      } else if (typeof value === 'object' && value !== null) {
        const map = this.sources.get(value) as MapNode | undefined;
        if (map === undefined) break;
        const key = this.keysOf(map).get(String(segment));
        if (key === undefined) break;
        best = key.start;
        value = (value as Record<string, unknown>)[String(segment)];
      } else {
        break;
      }
    }
    return best;
  }

  private keysOf(map: MapNode): Map<string, YamlNode> {
    let keys = this.keyNodes.get(map);
    if (keys === undefined) {
      keys = new Map();
      try {
        this.fill(map, {}, keys);
      } catch {
        // The document was read once already; a failure here only loses positions.
      }
      this.keyNodes.set(map, keys);
    }
    return keys;
  }
}

/**
 * The name of a key every go-yaml reader reads as a string by its look alone: an untagged scalar,
 * quoted or block, or plain and a string to every schema (agreement.ts). Undefined otherwise.
 */
function lookString(node: YamlNode): string | undefined {
  if (node.kind !== K.Scalar || node.tag !== undefined) return undefined;
  const style = node.style;
  if (style === S.Plain) return alwaysString(node.value) ? node.value : undefined;
  return style === S.Json ? undefined : node.value;
}

/** Follows aliases to the node they name. */
function deref(node: YamlNode): Exclude<YamlNode, AliasNode> {
  let current = node;
  while (current.kind === K.Alias) {
    if (current.recursive) fail('an alias names the node that contains it', current);
    current = current.target;
  }
  return current;
}

/** The value a go-yaml scalar resolves to, with its Go kind. */
function goScalar(node: ScalarNode, v3: boolean): Resolved | { kind: 'binary'; value: string } {
  if (node.style === S.Json) return jsonLiteral(node);
  const tag = node.tag;
  const quoted = node.style !== S.Plain;
  if (tag === undefined || tag === '!') {
    // v2: an untagged quoted scalar is a string; a '!'-tagged one resolves nothing (a string too).
    // v3: '!' on a plain scalar is the same as no tag.
    if (quoted) return { kind: 'str', value: node.value };
    if (tag === '!' && !v3) return { kind: 'str', value: node.value };
    return resolveGo(node.value, v3);
  }
  if (v3 && quoted && tag === `${LONG}str`) return { kind: 'str', value: node.value };
  const resolved = resolveGoTagged(tag, node.value, v3);
  if (resolved === undefined) fail('a tagged value does not fit its tag', node);
  if (resolved === 'unresolvable') return { kind: 'str', value: node.value };
  if (resolved === 'binary') return { kind: 'binary', value: decodeBase64(node) };
  return resolved;
}

function jsonLiteral(node: ScalarNode): Resolved {
  switch (node.value) {
    case 'true':
      return { kind: 'bool', value: true };
    case 'false':
      return { kind: 'bool', value: false };
    case 'null':
      return { kind: 'null', value: null };
  }
  const value = Number(node.value);
  if (!Number.isFinite(value)) fail('a JSON number is out of range', node);
  return { kind: 'float', value };
}

function decodeBase64(node: ScalarNode): string {
  const text = node.value.replace(/[\r\n]/g, '');
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text))
    fail('a !!binary value is not base64', node);
  const bytes = Buffer.from(text, 'base64');
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (decoded.includes('\uFFFD')) fail('a !!binary value is not UTF-8 text', node);
  return decoded;
}

/** A resolved go-yaml scalar as data (NaN and infinities are checked once the document is done). */
function goJson(_node: ScalarNode, resolved: Resolved | { kind: 'binary'; value: string }): unknown {
  return resolved.value;
}

/** The JSON name sigs.k8s.io/yaml gives a go-yaml key, and the Go value that keys the map. */
function goKey(resolved: Resolved | { kind: 'binary'; value: string }, node: YamlNode, v3: boolean): Key {
  switch (resolved.kind) {
    case 'str':
    case 'binary':
      return { name: resolved.value as string, identity: `s:${resolved.value as string}` };
    case 'timestamp':
      // v2 keeps a timestamp key's text; v3 holds a time.Time, written in RFC 3339.
      return { name: resolved.value as string, identity: `t:${resolved.value as string}` };
    case 'int':
      return {
        name: resolved.exact ?? String(resolved.value),
        identity: `i:${resolved.exact ?? resolved.value}`,
      };
    case 'uint':
      if (!v3) return { name: `${UNSUPPORTED_KEY}: ${resolved.exact}`, identity: `u:${resolved.exact}` };
      return {
        name: resolved.exact ?? String(resolved.value),
        identity: `u:${resolved.exact ?? resolved.value}`,
      };
    case 'float': {
      const value = resolved.value as number;
      let name = formatFloat32(value);
      if (name === '+Inf') name = '.inf';
      else if (name === '-Inf') name = '-.inf';
      else if (name === 'NaN') name = '.nan';
      return {
        name,
        identity: Number.isNaN(value) ? `nan:${nanKeys++}` : `f:${Object.is(value, -0) ? '-0' : value}`,
      };
    }
    case 'bool':
      return { name: String(resolved.value), identity: `b:${resolved.value}` };
    case 'null':
      return { name: NULL_KEY, identity: 'n:' };
  }
}

class GoV2Reader extends Reader {
  /**
   * While the reader checks which other readings read the document as it does (agreement.ts):
   * their bits, kubectl's included; 0 when it does not check, or once no other reading agrees.
   */
  agreeing = 0;

  private agree(readings: number): void {
    const left = this.agreeing & readings;
    this.agreeing = left === KUBECTL ? 0 : left;
  }

  protected scalar(node: ScalarNode): unknown {
    if (node.tag === undefined) {
      // goScalar's untagged cases, without its allocations.
      const style = node.style;
      if (style === S.Plain) {
        const text = node.value;
        if (alwaysString(text)) return text;
        const resolved = resolveGo(text, false);
        if (this.agreeing !== 0) this.agree(plainValueAgreement(text, resolved));
        const value = resolved.value;
        if (typeof value === 'number' && !Number.isFinite(value)) this.deferred = true;
        return value;
      }
      if (style !== S.Json) return node.value;
    } else if (this.agreeing !== 0) {
      this.agree(KUBECTL);
    }
    const value = goJson(node, goScalar(node, false));
    if (typeof value === 'number' && !Number.isFinite(value)) this.deferred = true;
    return value;
  }

  protected override collectionTagged(node: MapNode | SeqNode, value: unknown): unknown {
    if (this.agreeing !== 0 && node.tag !== undefined) this.agree(KUBECTL);
    return value;
  }

  protected override alias(node: AliasNode): unknown {
    if (this.agreeing !== 0) this.agree(KUBECTL);
    if (!node.sameDocument) fail('an alias names an anchor of another document', node);
    return super.alias(node);
  }

  /** What a key means to the other readings (agreement.ts, condition 2). */
  private keyAgreement(key: YamlNode, target: ScalarNode): void {
    if (
      key.kind !== K.Scalar ||
      target.tag !== undefined ||
      target.value === '<<' ||
      target.style === S.Json
    ) {
      this.agree(KUBECTL);
    } else if (target.style === S.Plain && !alwaysString(target.value)) {
      if (resolveGo(target.value, false).kind !== 'str') this.agree(KUBECTL);
      else this.agree(plainKeyAgreement(target.value));
    }
  }

  private isMerge(key: YamlNode): boolean {
    if (key.kind !== K.Scalar || key.value !== '<<' || key.style === S.Json) return false;
    return (key.tag === undefined && key.style === S.Plain) || key.tag === '!' || key.tag === MERGE_TAG;
  }

  protected fill(
    node: MapNode,
    target: Record<string, unknown>,
    record: Map<string, YamlNode> | undefined,
  ): void {
    const items = node.items;
    for (let i = 0; i < items.length; i += 2) {
      const keyNode = items[i] as YamlNode;
      const valueNode = items[i + 1] as YamlNode;
      if (this.isMerge(keyNode)) {
        if (this.agreeing !== 0) this.agree(KUBECTL);
        this.merge(valueNode, target, record);
        continue;
      }
      // A string by its look (what key() would find, without building a Key).
      const name = lookString(keyNode);
      if (name !== undefined) {
        if (this.agreeing !== 0 && name === '<<') this.agree(KUBECTL);
        if (record) {
          record.set(name, keyNode);
          continue;
        }
        // A key written twice (the map was empty when the reader came in: no merge while it checks).
        if (this.agreeing !== 0 && Object.hasOwn(target, name)) this.agree(KUBECTL);
        this.setStringKey(target, name, this.value(valueNode));
        continue;
      }
      const key = this.key(keyNode);
      if (record) {
        record.set(key.name, keyNode);
        continue;
      }
      if (this.agreeing !== 0 && Object.hasOwn(target, key.name)) this.agree(KUBECTL);
      this.setGoKey(target, key, this.value(valueNode), keyNode);
    }
  }

  private key(node: YamlNode): Key {
    if (node.kind === K.Alias && !node.sameDocument)
      fail('an alias names an anchor of another document', node);
    const target = deref(node);
    if (target.kind !== K.Scalar) fail('a key is a collection', node);
    if (this.agreeing !== 0) this.keyAgreement(node, target);
    return goKey(goScalar(target, false), node, false);
  }

  /** A later `<<` overrides what came before it; in a list, the earlier maps win. */
  private merge(
    value: YamlNode,
    target: Record<string, unknown>,
    record: Map<string, YamlNode> | undefined,
  ): void {
    if (value.kind === K.Alias && !value.sameDocument)
      fail('an alias names an anchor of another document', value);
    const source = deref(value);
    if (source.kind === K.Map) {
      this.fill(source, target, record);
    } else if (source.kind === K.Seq && value.kind === K.Seq) {
      for (let i = source.items.length - 1; i >= 0; i--) {
        const item = source.items[i] as YamlNode;
        if (item.kind === K.Alias && !item.sameDocument)
          fail('an alias names an anchor of another document', item);
        const map = deref(item);
        if (map.kind !== K.Map) fail('a merge key takes a map or a list of maps', item);
        this.fill(map, target, record);
      }
    } else {
      fail('a merge key takes a map or a list of maps', value);
    }
  }
}

class GoV3Reader extends Reader {
  protected scalar(node: ScalarNode): unknown {
    // goScalar's untagged strings by their look, without its allocations.
    const text = lookString(node);
    if (text !== undefined) return text;
    const value = goJson(node, goScalar(node, true));
    if (typeof value === 'number' && !Number.isFinite(value)) this.deferred = true;
    return value;
  }

  private isMerge(key: YamlNode): boolean {
    if (key.kind !== K.Scalar || key.value !== '<<' || key.style === S.Json) return false;
    if (key.tag === undefined || key.tag === '!') return key.style === S.Plain;
    return key.tag === MERGE_TAG;
  }

  /** go-yaml v3's tag for a node as a key (Node.ShortTag), to tell string maps from others. */
  private keyTag(node: YamlNode): string {
    const target = deref(node);
    if (target.kind === K.Map) return target.tag === undefined || target.tag === '!' ? 'map' : target.tag;
    if (target.kind === K.Seq) return target.tag === undefined || target.tag === '!' ? 'seq' : target.tag;
    if (target.tag !== undefined && target.tag !== '!') {
      return target.tag === `${LONG}str` ? 'str' : target.tag === MERGE_TAG ? 'merge' : target.tag;
    }
    if (target.style !== S.Plain) return 'str';
    if (target.value === '<<') return 'merge';
    if (alwaysString(target.value)) return 'str';
    return resolveGo(target.value, true).kind;
  }

  private isStringMap(node: MapNode): boolean {
    for (let i = 0; i < node.items.length; i += 2) {
      const tag = this.keyTag(node.items[i] as YamlNode);
      if (tag !== 'str' && tag !== 'merge') return false;
    }
    return true;
  }

  protected fill(
    node: MapNode,
    target: Record<string, unknown>,
    record: Map<string, YamlNode> | undefined,
  ): void {
    this.fillMerged(node, target, record, undefined, this.isStringMap(node));
  }

  /**
   * One mapping into `target`. `claimed` holds the keys already set by the map being merged into
   * (explicit keys first, then merged maps in order): a merged key never overrides them.
   */
  private fillMerged(
    node: MapNode,
    target: Record<string, unknown>,
    record: Map<string, YamlNode> | undefined,
    claimed: Set<string> | undefined,
    stringKeys: boolean,
  ): void {
    this.checkUnique(node);
    let mergeValue: YamlNode | undefined;
    const items = node.items;
    for (let i = 0; i < items.length; i += 2) {
      const keyNode = items[i] as YamlNode;
      if (this.isMerge(keyNode)) {
        mergeValue = items[i + 1] as YamlNode;
        continue;
      }
      // A string key of a map of strings, by its look (what key() would find, without a Key).
      const name = stringKeys && claimed === undefined ? lookString(keyNode) : undefined;
      if (name !== undefined) {
        if (record) record.set(name, keyNode);
        else this.setStringKey(target, name, this.value(items[i + 1] as YamlNode));
        continue;
      }
      const key = this.key(keyNode, stringKeys);
      if (key === undefined) continue;
      if (claimed) {
        if (claimed.has(key.identity)) continue;
        claimed.add(key.identity);
      }
      if (record) {
        record.set(key.name, keyNode);
        continue;
      }
      this.setGoKey(target, key, this.value(items[i + 1] as YamlNode), keyNode);
    }
    if (mergeValue === undefined) return;
    let fields = claimed;
    if (fields === undefined) {
      fields = new Set();
      for (let i = 0; i < items.length; i += 2) fields.add(this.identity(items[i] as YamlNode));
    }
    const source = deref(mergeValue);
    if (source.kind === K.Map) {
      this.fillMerged(source, target, record, fields, stringKeys);
    } else if (source.kind === K.Seq && mergeValue.kind === K.Seq) {
      for (const item of source.items) {
        const map = deref(item);
        if (map.kind !== K.Map) fail('a merge key takes a map or a list of maps', item);
        this.fillMerged(map, target, record, fields, stringKeys);
      }
    } else {
      fail('a merge key takes a map or a list of maps', mergeValue);
    }
  }

  /** What keys a Go map[interface{}]interface{}: the decoded value and its type. */
  private identity(node: YamlNode): string {
    const target = deref(node);
    if (target.kind !== K.Scalar) return fail('a key is a collection', node);
    if (this.isMerge(node)) return 's:<<';
    const resolved = goScalar(target, true);
    if (resolved.kind === 'null') return 'n:';
    if (resolved.kind === 'float' && Number.isNaN(resolved.value)) return `nan:${nanKeys++}`;
    return goKey(resolved, node, true).identity;
  }

  /**
   * go-yaml v3 refuses a mapping holding two keys of the same kind and text: two scalars of one
   * text, two aliases of one name, or two mappings (two sequences) as keys.
   */
  private checkUnique(node: MapNode): void {
    const items = node.items;
    if (items.length <= 2) return;
    const scalars = new Set<string>();
    let aliases: Set<string> | undefined;
    let collections = 0;
    for (let i = 0; i < items.length; i += 2) {
      const key = items[i] as YamlNode;
      if (key.kind === K.Scalar) {
        if (scalars.has(key.value)) fail('a mapping holds the same key twice', key);
        scalars.add(key.value);
      } else if (key.kind === K.Alias) {
        aliases ??= new Set();
        if (aliases.has(key.name)) fail('a mapping holds the same key twice', key);
        aliases.add(key.name);
      } else {
        const bit = key.kind === K.Map ? 1 : 2;
        if ((collections & bit) !== 0) fail('a mapping holds the same key twice', key);
        collections |= bit;
      }
    }
  }

  /** A key decoded into the map's key type: a string map takes a scalar key's text as written. */
  private key(node: YamlNode, stringKeys: boolean): Key | undefined {
    const target = deref(node);
    if (target.kind !== K.Scalar) {
      return fail('a key is a collection', node);
    }
    const resolved = goScalar(target, true);
    if (stringKeys) {
      if (resolved.kind === 'null') return undefined;
      const name =
        resolved.kind === 'str' || resolved.kind === 'binary' ? (resolved.value as string) : target.value;
      return { name, identity: `s:${name}` };
    }
    return goKey(resolved, node, true);
  }
}

/** PyYAML/SnakeYAML (YAML 1.1) and the YAML 1.2 core schema. */
class YamlSpecReader extends Reader {
  private readonly v11: boolean;

  constructor(reading: 'yaml-1.1' | 'yaml-1.2', options: ReadOptions) {
    super(options);
    this.v11 = reading === 'yaml-1.1';
  }

  protected override alias(node: AliasNode): unknown {
    if (!node.sameDocument) fail('an alias names an anchor of another document', node);
    return super.alias(node);
  }

  protected override collectionTagged(node: MapNode | SeqNode, value: unknown): unknown {
    if (node.tag === undefined) return value;
    if (node.tag === `${LONG}${node.kind === K.Map ? 'map' : 'seq'}`) return value;
    const fn = this.cloudFormationFunction(node.tag);
    if (fn === undefined) fail('an explicit tag that this reader does not know', node);
    const wrapped: Record<string, unknown> = {};
    setOwn(wrapped, fn, value);
    return wrapped;
  }

  private cloudFormationFunction(tag: string): string | undefined {
    if (!this.options.cloudFormation || !tag.startsWith('!')) return undefined;
    const name = tag.slice(1);
    if (!CLOUDFORMATION_FUNCTIONS.has(name)) return undefined;
    return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
  }

  private resolve(node: ScalarNode): { kind: string; value: unknown } {
    if (node.style === S.Json) return jsonLiteral(node);
    const tag = node.tag;
    if (tag === undefined) {
      if (node.style !== S.Plain) return { kind: 'str', value: node.value };
      return this.v11 ? resolve11(node.value) : resolve12(node.value);
    }
    // PyYAML resolves a '!'-tagged scalar as if it were plain; YAML 1.2 makes it a string.
    if (tag === '!' && this.v11) return resolve11(node.value);
    if (tag === '!' || tag === `${LONG}str`) return { kind: 'str', value: node.value };
    const fn = this.cloudFormationFunction(tag);
    if (fn === undefined) fail('an explicit tag that this reader does not know', node);
    const argument = fn === 'Fn::GetAtt' ? node.value.split('.') : node.value;
    return { kind: 'function', value: { [fn]: argument } };
  }

  protected scalar(node: ScalarNode): unknown {
    // resolve's untagged strings by their look, without its allocations.
    const text = lookString(node);
    if (text !== undefined) return text;
    const resolved = this.resolve(node);
    if (resolved.kind === 'merge' || resolved.kind === 'value')
      fail('a value this reader cannot construct', node);
    return resolved.value;
  }

  private key(node: YamlNode): string {
    const text = lookString(node);
    if (text !== undefined) return text;
    if (node.kind === K.Alias && !node.sameDocument)
      fail('an alias names an anchor of another document', node);
    const target = deref(node);
    if (target.kind !== K.Scalar) fail('a key is a collection', node);
    const resolved = this.resolve(target);
    if (resolved.kind === 'str' || resolved.kind === 'timestamp') return resolved.value as string;
    if (resolved.kind === 'int' && Number.isSafeInteger(resolved.value)) return String(resolved.value);
    return fail('a key is neither a string nor an integer', node);
  }

  private isMerge(key: YamlNode): boolean {
    return key.kind === K.Scalar && key.value === '<<' && key.tag === undefined && key.style === S.Plain;
  }

  protected fill(
    node: MapNode,
    target: Record<string, unknown>,
    record: Map<string, YamlNode> | undefined,
  ): void {
    const items = node.items;
    let merges = false;
    for (let i = 0; i < items.length && !merges; i += 2) merges = this.isMerge(items[i] as YamlNode);
    if (!merges) {
      // What flatten gives a mapping without a merge key: its own pairs, in order.
      const seen = this.v11 || items.length <= 2 ? undefined : new Set<string>();
      for (let i = 0; i < items.length; i += 2) {
        const keyNode = items[i] as YamlNode;
        const key = this.key(keyNode);
        if (seen) {
          if (seen.has(key)) fail('a mapping holds the same key twice', keyNode);
          seen.add(key);
        }
        if (record) record.set(key, keyNode);
        else setOwn(target, key, this.value(items[i + 1] as YamlNode));
      }
      return;
    }
    const pairs: [YamlNode, YamlNode][] = [];
    this.flatten(node, pairs, 0);
    const seen = this.v11 ? undefined : new Set<string>();
    for (const [keyNode, valueNode] of pairs) {
      const key = this.key(keyNode);
      if (seen) {
        if (seen.has(key)) fail('a mapping holds the same key twice', keyNode);
        seen.add(key);
      }
      if (record) record.set(key, keyNode);
      else setOwn(target, key, this.value(valueNode));
    }
  }

  /** PyYAML's flatten_mapping: merged pairs first (a list's earlier maps last), explicit pairs after. */
  private flatten(node: MapNode, out: [YamlNode, YamlNode][], depth: number): void {
    if (depth > 64) fail('merge keys nest too deeply', node);
    const merged: [YamlNode, YamlNode][] = [];
    const own: [YamlNode, YamlNode][] = [];
    for (let i = 0; i < node.items.length; i += 2) {
      const keyNode = node.items[i] as YamlNode;
      const valueNode = node.items[i + 1] as YamlNode;
      if (!this.isMerge(keyNode)) {
        own.push([keyNode, valueNode]);
        continue;
      }
      if (!this.v11) fail('a merge key (<<), which YAML 1.2 does not have', keyNode);
      if (valueNode.kind === K.Alias && !valueNode.sameDocument) {
        fail('an alias names an anchor of another document', valueNode);
      }
      const source = deref(valueNode);
      if (source.kind === K.Map) {
        this.flatten(source, merged, depth + 1);
      } else if (source.kind === K.Seq) {
        const parts: [YamlNode, YamlNode][][] = [];
        for (const item of source.items) {
          if (item.kind === K.Alias && !item.sameDocument)
            fail('an alias names an anchor of another document', item);
          const map = deref(item);
          if (map.kind !== K.Map) fail('a merge key takes a map or a list of maps', item);
          const part: [YamlNode, YamlNode][] = [];
          this.flatten(map, part, depth + 1);
          parts.push(part);
        }
        for (const part of parts.reverse()) for (const pair of part) merged.push(pair);
      } else {
        fail('a merge key takes a map or a list of maps', valueNode);
      }
    }
    for (const pair of merged) out.push(pair);
    for (const pair of own) out.push(pair);
  }
}

const CLOUDFORMATION_FUNCTIONS = new Set([
  'Ref',
  'Condition',
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
  'Length',
  'ToJsonString',
]);
