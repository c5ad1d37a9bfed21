import { KUBECTL, alwaysString, plainKeyAgreement, plainValueAgreement } from './agreement.js';
import { K } from './compose.js';
import type { AliasNode, MapNode, ScalarNode, SeqNode, YamlNode } from './compose.js';
import { resolveGo } from './resolve.js';
import { S } from './scanner.js';
import {
  LONG,
  MERGE_TAG,
  Reader,
  deref,
  fail,
  goJson,
  goKey,
  goScalar,
  lookString,
  nanKeyIdentity,
} from './reader.js';
import type { Key } from './reader.js';

export class GoV2Reader extends Reader {
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

export class GoV3Reader extends Reader {
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
        mergeValue = items[i + 1];
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
    if (resolved.kind === 'float' && Number.isNaN(resolved.value)) return nanKeyIdentity();
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
