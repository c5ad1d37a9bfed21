import { alwaysString } from './agreement.js';
import { K } from './compose.js';
import type { AliasNode, MapNode, ScalarNode, SeqNode, YamlNode } from './compose.js';
import { YamlError } from './errors.js';
import { formatFloat32 } from './go-values.js';
import { resolveGo, resolveGoTagged } from './resolve.js';
import type { Resolved } from './resolve.js';
import { S } from './scanner.js';
import type { PathSegment, ReadOptions } from './reading-types.js';

// What every reading shares (readings.ts): the walk over the nodes, keys and positions, and
// go-yaml's scalars. The readers themselves: reader-go.ts (kubectl, kustomize), reader-spec.ts
// (YAML 1.1 and 1.2).

export const LONG = 'tag:yaml.org,2002:';
export const MERGE_TAG = `${LONG}merge`;

/** Defines an own property, so that a key named `__proto__` stays data. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

export function fail(message: string, node: YamlNode): never {
  throw new YamlError(message, node.start, 'value');
}

/**
 * What go-yaml keeps in its map and the JSON encoder later refuses: a null key. Held under this
 * name until the document is done, since a later duplicate key may drop the map that holds it.
 */
export const NULL_KEY = '\u0000unsupported key: null';
export const UNSUPPORTED_KEY = '\u0000unsupported key';

/** A key as a reader sees it: its JSON name, and what makes two keys the same to the reader. */
export interface Key {
  name: string;
  identity: string;
}

let nanKeys = 0;

/** A new identity for a NaN key: no two NaN keys are the same key to go-yaml. */
export function nanKeyIdentity(): string {
  return `nan:${nanKeys++}`;
}

export abstract class Reader {
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
export function lookString(node: YamlNode): string | undefined {
  if (node.kind !== K.Scalar || node.tag !== undefined) return undefined;
  const style = node.style;
  if (style === S.Plain) return alwaysString(node.value) ? node.value : undefined;
  return style === S.Json ? undefined : node.value;
}

/** Follows aliases to the node they name. */
export function deref(node: YamlNode): Exclude<YamlNode, AliasNode> {
  let current = node;
  while (current.kind === K.Alias) {
    if (current.recursive) fail('an alias names the node that contains it', current);
    current = current.target;
  }
  return current;
}

/** The value a go-yaml scalar resolves to, with its Go kind. */
export function goScalar(node: ScalarNode, v3: boolean): Resolved | { kind: 'binary'; value: string } {
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

export function jsonLiteral(node: ScalarNode): Resolved {
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

export function decodeBase64(node: ScalarNode): string {
  const text = node.value.replace(/[\r\n]/g, '');
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text))
    fail('a !!binary value is not base64', node);
  const bytes = Buffer.from(text, 'base64');
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (decoded.includes('\uFFFD')) fail('a !!binary value is not UTF-8 text', node);
  return decoded;
}

/** A resolved go-yaml scalar as data (NaN and infinities are checked once the document is done). */
export function goJson(_node: ScalarNode, resolved: Resolved | { kind: 'binary'; value: string }): unknown {
  return resolved.value;
}

/** The JSON name sigs.k8s.io/yaml gives a go-yaml key, and the Go value that keys the map. */
export function goKey(
  resolved: Resolved | { kind: 'binary'; value: string },
  node: YamlNode,
  v3: boolean,
): Key {
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
        identity: Number.isNaN(value) ? nanKeyIdentity() : `f:${Object.is(value, -0) ? '-0' : value}`,
      };
    }
    case 'bool':
      return { name: String(resolved.value), identity: `b:${resolved.value}` };
    case 'null':
      return { name: NULL_KEY, identity: 'n:' };
  }
}
