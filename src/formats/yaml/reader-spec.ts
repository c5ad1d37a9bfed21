import { K } from './compose.js';
import type { AliasNode, MapNode, ScalarNode, SeqNode, YamlNode } from './compose.js';
import { resolve11, resolve12 } from './resolve.js';
import { S } from './scanner.js';
import type { ReadOptions } from './reading-types.js';
import { LONG, Reader, deref, fail, jsonLiteral, lookString, setOwn } from './reader.js';

/** PyYAML/SnakeYAML (YAML 1.1) and the YAML 1.2 core schema. */
export class YamlSpecReader extends Reader {
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
