import { YamlError } from './errors.js';
import { S, Scanner, T } from './scanner.js';
import type { ScalarStyle, ScannerOptions, Token } from './scanner.js';

/**
 * The parser and composer: tokens to documents of nodes, following libyaml's grammar as go-yaml
 * carries it (including its quirks, such as an explicit key in a flow sequence that swallows the
 * token after it). Nodes keep their offsets; nothing is resolved here: a scalar is its text, its
 * style and its tag, and each reading (readings.ts) decides what it means.
 *
 * Longer than 500 lines because it follows libyaml's parser state by state, to be read side by
 * side with it.
 */

export const K = { Scalar: 0, Map: 1, Seq: 2, Alias: 3 } as const;

export class ScalarNode {
  readonly kind = K.Scalar;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly value: string,
    readonly style: ScalarStyle,
    /** The full tag (`tag:yaml.org,2002:str`, `!Ref`, `!`), or undefined when none is written. */
    readonly tag: string | undefined,
    readonly anchor: string | undefined,
  ) {}
}

export class MapNode {
  readonly kind = K.Map;
  /** Keys and values, alternating. */
  readonly items: YamlNode[] = [];
  end = 0;
  constructor(
    readonly start: number,
    readonly tag: string | undefined,
    readonly anchor: string | undefined,
    readonly flow: boolean,
  ) {}
}

export class SeqNode {
  readonly kind = K.Seq;
  readonly items: YamlNode[] = [];
  end = 0;
  constructor(
    readonly start: number,
    readonly tag: string | undefined,
    readonly anchor: string | undefined,
  ) {}
}

export class AliasNode {
  readonly kind = K.Alias;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly name: string,
    /** The most recent node anchored with this name earlier in the stream (go-yaml v3's scope). */
    readonly target: YamlNode,
    /** The anchor is in this document (go-yaml v2's scope, and every other reader's). */
    readonly sameDocument: boolean,
    /** The alias sits inside the node it names: a recursive structure. */
    readonly recursive: boolean,
  ) {}
}

export type YamlNode = ScalarNode | MapNode | SeqNode | AliasNode;

/** Document roots composed without an alias node: no alias is reachable from them. */
const trees = new WeakSet<YamlNode>();

/** Whether no alias is reachable from this document root (false when not known). */
export function isTree(root: YamlNode): boolean {
  return trees.has(root);
}

/** Marks a root no alias is reachable from (the JSON reader's, which has no aliases). */
export function markTree(root: YamlNode): void {
  trees.add(root);
}

export interface ComposedDocument {
  /** Offset of the document's first token (a directive, `---`, or its content). */
  start: number;
  /** Offset of the root node. */
  contentStart: number;
  /** Offset just past the root node's last token. */
  contentEnd: number;
  root: YamlNode;
  /** Written with `---`. */
  explicitStart: boolean;
  /** Closed with `...`. */
  explicitEnd: boolean;
  /** `%YAML` version written before the document. */
  version: string | undefined;
  /** `%TAG` directives written before the document. */
  tagDirectives: number;
  /** Offsets of explicit tags (`!x`, `!!str`) on the document's nodes. */
  tags: number[];
}

export interface ComposeOptions {
  /** Deepest nesting of collections accepted. */
  maxDepth: number;
  /** Stop after the first document, as go-yaml v2's Unmarshal does. Default: false. */
  firstDocumentOnly?: boolean;
  scanner?: ScannerOptions;
}

export interface Composition {
  documents: ComposedDocument[];
  /** Why reading stopped early; documents before it were read. */
  error: YamlError | undefined;
  /** Offset past the last token the scanner read. */
  scannedTo: number;
  /** Pairs of [start, end) offsets of quoted and block scalars the scanner read. */
  scalarSpans: number[];
  /** go-yaml v2 hands out a flow collection that is a simple key before seeing its ':' here. */
  lateKey: boolean;
}

const DEFAULT_TAG_HANDLES: readonly [string, string][] = [
  ['!', '!'],
  ['!!', 'tag:yaml.org,2002:'],
];

/** Reads a text (or the part `start`..`end` of it) into documents. Never throws. */
export function compose(
  text: string,
  options: ComposeOptions,
  start = 0,
  end = text.length,
  badCharacterAt?: number,
): Composition {
  const scanner = new Scanner(text, options.scanner, start, end, badCharacterAt);
  const composer = new Composer(scanner, options);
  let error: YamlError | undefined;
  try {
    composer.stream();
  } catch (caught) {
    if (!(caught instanceof YamlError)) throw caught;
    error = caught;
  }
  return {
    documents: composer.documents,
    error,
    scannedTo: scanner.offset,
    scalarSpans: scanner.scalarSpans,
    lateKey: scanner.lateKey,
  };
}

class Composer {
  readonly documents: ComposedDocument[] = [];
  private readonly streamAnchors = new Map<string, YamlNode>();
  private documentAnchors = new Map<string, YamlNode>();
  private readonly open = new Set<YamlNode>();
  private handles: [string, string][] = [];
  private depth = 0;
  private tags: number[] = [];
  /** Alias nodes made in the current document. */
  private aliases = 0;

  constructor(
    private readonly scanner: Scanner,
    private readonly options: ComposeOptions,
  ) {}

  stream(): void {
    const first = this.scanner.next();
    if (first.type !== T.StreamStart) throw new YamlError('the stream did not start', first.start);
    let implicit = true;
    for (;;) {
      let token = this.scanner.peek();
      if (!implicit) {
        while (token.type === T.DocumentEnd) {
          this.scanner.next();
          token = this.scanner.peek();
        }
      }
      if (token.type === T.StreamEnd) {
        this.scanner.next();
        return;
      }
      this.document(implicit);
      if (this.options.firstDocumentOnly) return;
      implicit = false;
    }
  }

  private document(implicitAllowed: boolean): void {
    let token = this.scanner.peek();
    const start = token.start;
    this.documentAnchors = new Map();
    this.tags = [];
    this.aliases = 0;
    let explicitStart = false;
    let version: string | undefined;
    let tagDirectives = 0;
    const implicit =
      implicitAllowed &&
      token.type !== T.VersionDirective &&
      token.type !== T.TagDirective &&
      token.type !== T.DocumentStart;
    this.handles = [];
    if (!implicit) {
      while (token.type === T.VersionDirective || token.type === T.TagDirective) {
        if (token.type === T.VersionDirective) {
          if (version !== undefined) throw new YamlError('a document has two %YAML directives', token.start);
          if (token.value !== '1.1') {
            throw new YamlError('a %YAML directive names a version other than 1.1', token.start);
          }
          version = token.value;
        } else {
          if (this.handles.some(([handle]) => handle === token.value)) {
            throw new YamlError('a document has two %TAG directives for one handle', token.start);
          }
          this.handles.push([token.value, token.suffix]);
          tagDirectives++;
        }
        this.scanner.next();
        token = this.scanner.peek();
      }
    }
    for (const [handle, prefix] of DEFAULT_TAG_HANDLES) {
      if (!this.handles.some(([h]) => h === handle)) this.handles.push([handle, prefix]);
    }
    let root: YamlNode;
    if (implicit) {
      root = this.node(true, false);
    } else {
      if (token.type !== T.DocumentStart) throw new YamlError('expected a document start (---)', token.start);
      explicitStart = true;
      this.scanner.next();
      const next = this.scanner.peek();
      if (
        next.type === T.VersionDirective ||
        next.type === T.TagDirective ||
        next.type === T.DocumentStart ||
        next.type === T.DocumentEnd ||
        next.type === T.StreamEnd
      ) {
        root = emptyScalar(next.start);
      } else {
        root = this.node(true, false);
      }
    }
    // Every node reachable from the root was made in this document, or through an alias.
    if (this.aliases === 0) trees.add(root);
    const doc: ComposedDocument = {
      start,
      contentStart: root.start,
      contentEnd: root.end,
      root,
      explicitStart,
      explicitEnd: false,
      version,
      tagDirectives,
      tags: this.tags,
    };
    this.documents.push(doc);
    // The document ends at `...`, or implicitly before whatever comes next.
    const end = this.scanner.peek();
    if (end.type === T.DocumentEnd) {
      this.scanner.next();
      doc.explicitEnd = true;
    }
  }

  private node(block: boolean, indentless: boolean): YamlNode {
    let token = this.scanner.peek();
    if (token.type === T.Alias) {
      this.scanner.next();
      return this.alias(token);
    }
    const start = token.start;
    let anchor: string | undefined;
    let tagToken: Token | undefined;
    if (token.type === T.Anchor) {
      anchor = token.value;
      this.scanner.next();
      token = this.scanner.peek();
      if (token.type === T.Tag) {
        tagToken = token;
        this.scanner.next();
        token = this.scanner.peek();
      }
    } else if (token.type === T.Tag) {
      tagToken = token;
      this.scanner.next();
      token = this.scanner.peek();
      if (token.type === T.Anchor) {
        anchor = token.value;
        this.scanner.next();
        token = this.scanner.peek();
      }
    }
    let tag: string | undefined;
    if (tagToken !== undefined) {
      this.tags.push(tagToken.start);
      if (tagToken.value === '') {
        tag = tagToken.suffix;
      } else {
        const handle = this.handles.find(([h]) => h === tagToken.value);
        if (handle === undefined)
          throw new YamlError('a tag uses a handle no %TAG directive defines', tagToken.start);
        tag = handle[1] + tagToken.suffix;
      }
      if (tag === '') tag = undefined;
    }

    if (indentless && token.type === T.BlockEntry) {
      return this.register(anchor, this.indentlessSequence(start, tag, anchor));
    }
    switch (token.type) {
      case T.Scalar: {
        this.scanner.next();
        return this.register(
          anchor,
          new ScalarNode(start, token.end, token.value, token.style as ScalarStyle, tag, anchor),
        );
      }
      case T.FlowSequenceStart:
        return this.flowSequence(start, tag, anchor);
      case T.FlowMappingStart:
        return this.flowMapping(start, tag, anchor);
      case T.BlockSequenceStart:
        if (block) return this.blockSequence(start, tag, anchor);
        break;
      case T.BlockMappingStart:
        if (block) return this.blockMapping(start, tag, anchor);
        break;
    }
    if (anchor !== undefined || tag !== undefined) {
      return this.register(anchor, new ScalarNode(start, start, '', S.Plain, tag, anchor));
    }
    throw new YamlError('expected a value here', token.start);
  }

  private register<N extends YamlNode>(anchor: string | undefined, node: N): N {
    if (anchor !== undefined) {
      this.streamAnchors.set(anchor, node);
      this.documentAnchors.set(anchor, node);
    }
    return node;
  }

  private alias(token: Token): AliasNode {
    const target = this.streamAnchors.get(token.value);
    if (target === undefined)
      throw new YamlError('an alias names an anchor defined nowhere before it', token.start);
    this.aliases++;
    return new AliasNode(
      token.start,
      token.end,
      token.value,
      target,
      this.documentAnchors.get(token.value) === target,
      this.open.has(target),
    );
  }

  private enter<N extends MapNode | SeqNode>(node: N, anchor: string | undefined): N {
    if (++this.depth > this.options.maxDepth) {
      throw new YamlError(`nesting is deeper than ${this.options.maxDepth} levels`, node.start, 'limit');
    }
    this.register(anchor, node);
    this.open.add(node);
    return node;
  }

  private leave(node: MapNode | SeqNode, end: number): void {
    node.end = end;
    this.open.delete(node);
    this.depth--;
  }

  private blockSequence(start: number, tag: string | undefined, anchor: string | undefined): SeqNode {
    const node = this.enter(new SeqNode(start, tag, anchor), anchor);
    this.scanner.next();
    for (;;) {
      const token = this.scanner.peek();
      if (token.type === T.BlockEntry) {
        this.scanner.next();
        const next = this.scanner.peek();
        if (next.type !== T.BlockEntry && next.type !== T.BlockEnd) node.items.push(this.node(true, false));
        else node.items.push(emptyScalar(token.end));
      } else if (token.type === T.BlockEnd) {
        this.scanner.next();
        this.leave(node, token.end);
        return node;
      } else {
        throw new YamlError("expected '-' for the next item of a block sequence", token.start);
      }
    }
  }

  private indentlessSequence(start: number, tag: string | undefined, anchor: string | undefined): SeqNode {
    const node = this.enter(new SeqNode(start, tag, anchor), anchor);
    for (;;) {
      const token = this.scanner.peek();
      if (token.type !== T.BlockEntry) {
        this.leave(node, token.start);
        return node;
      }
      this.scanner.next();
      const next = this.scanner.peek();
      if (
        next.type !== T.BlockEntry &&
        next.type !== T.Key &&
        next.type !== T.Value &&
        next.type !== T.BlockEnd
      ) {
        node.items.push(this.node(true, false));
      } else {
        node.items.push(emptyScalar(token.end));
      }
    }
  }

  private blockMapping(start: number, tag: string | undefined, anchor: string | undefined): MapNode {
    const node = this.enter(new MapNode(start, tag, anchor, false), anchor);
    this.scanner.next();
    for (;;) {
      const token = this.scanner.peek();
      if (token.type === T.Key) {
        this.scanner.next();
        const next = this.scanner.peek();
        if (next.type !== T.Key && next.type !== T.Value && next.type !== T.BlockEnd) {
          node.items.push(this.node(true, true));
        } else {
          node.items.push(emptyScalar(token.end));
        }
      } else if (token.type === T.BlockEnd) {
        this.scanner.next();
        this.leave(node, token.end);
        return node;
      } else {
        throw new YamlError('expected a key of a block mapping', token.start);
      }
      // The value.
      const value = this.scanner.peek();
      if (value.type === T.Value) {
        this.scanner.next();
        const next = this.scanner.peek();
        if (next.type !== T.Key && next.type !== T.Value && next.type !== T.BlockEnd) {
          node.items.push(this.node(true, true));
        } else {
          node.items.push(emptyScalar(value.end));
        }
      } else {
        node.items.push(emptyScalar(value.start));
      }
    }
  }

  private flowSequence(start: number, tag: string | undefined, anchor: string | undefined): SeqNode {
    const node = this.enter(new SeqNode(start, tag, anchor), anchor);
    this.scanner.next();
    let first = true;
    for (;;) {
      let token = this.scanner.peek();
      if (token.type !== T.FlowSequenceEnd) {
        if (!first) {
          if (token.type !== T.FlowEntry)
            throw new YamlError("expected ',' or ']' in a flow sequence", token.start);
          this.scanner.next();
          token = this.scanner.peek();
        }
        if (token.type === T.Key) {
          node.items.push(this.flowSequencePair(token));
          first = false;
          continue;
        }
        if (token.type !== T.FlowSequenceEnd) {
          node.items.push(this.node(false, false));
          first = false;
          continue;
        }
      }
      this.scanner.next();
      this.leave(node, token.end);
      return node;
    }
  }

  /** `[a: b]` or `[? a : b]`: a one-pair mapping inside a flow sequence. */
  private flowSequencePair(keyToken: Token): MapNode {
    const pair = this.enter(new MapNode(keyToken.start, undefined, undefined, true), undefined);
    this.scanner.next();
    let token = this.scanner.peek();
    if (token.type !== T.Value && token.type !== T.FlowEntry && token.type !== T.FlowSequenceEnd) {
      pair.items.push(this.node(false, false));
    } else {
      // libyaml consumes the token it looked at here, whatever it is.
      this.scanner.next();
      pair.items.push(emptyScalar(token.end));
    }
    token = this.scanner.peek();
    if (token.type === T.Value) {
      this.scanner.next();
      const next = this.scanner.peek();
      if (next.type !== T.FlowEntry && next.type !== T.FlowSequenceEnd)
        pair.items.push(this.node(false, false));
      else pair.items.push(emptyScalar(token.start));
    } else {
      pair.items.push(emptyScalar(token.start));
    }
    this.leave(pair, this.scanner.peek().start);
    return pair;
  }

  private flowMapping(start: number, tag: string | undefined, anchor: string | undefined): MapNode {
    const node = this.enter(new MapNode(start, tag, anchor, true), anchor);
    this.scanner.next();
    let first = true;
    for (;;) {
      let token = this.scanner.peek();
      if (token.type !== T.FlowMappingEnd) {
        if (!first) {
          if (token.type !== T.FlowEntry)
            throw new YamlError("expected ',' or '}' in a flow mapping", token.start);
          this.scanner.next();
          token = this.scanner.peek();
        }
        first = false;
        if (token.type === T.Key) {
          this.scanner.next();
          const next = this.scanner.peek();
          if (next.type !== T.Value && next.type !== T.FlowEntry && next.type !== T.FlowMappingEnd) {
            node.items.push(this.node(false, false));
          } else {
            node.items.push(emptyScalar(next.start));
          }
          node.items.push(this.flowMappingValue());
          continue;
        }
        if (token.type !== T.FlowMappingEnd) {
          node.items.push(this.node(false, false));
          node.items.push(emptyScalar(this.scanner.peek().start));
          continue;
        }
      }
      this.scanner.next();
      this.leave(node, token.end);
      return node;
    }
  }

  private flowMappingValue(): YamlNode {
    const token = this.scanner.peek();
    if (token.type === T.Value) {
      this.scanner.next();
      const next = this.scanner.peek();
      if (next.type !== T.FlowEntry && next.type !== T.FlowMappingEnd) return this.node(false, false);
      return emptyScalar(next.start);
    }
    return emptyScalar(token.start);
  }
}

function emptyScalar(offset: number): ScalarNode {
  return new ScalarNode(offset, offset, '', S.Plain, undefined, undefined);
}
