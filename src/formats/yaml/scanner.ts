import { YamlError } from './errors.js';

/**
 * The tokenizer. It follows the behaviour of libyaml's scanner as go-yaml v2 and v3 carry it
 * (YAML 1.1): NEL, LS and PS are line breaks, a simple key is looked for at most 1024 characters
 * back on the same line, tabs are allowed where libyaml allows them, quoted scalars have no
 * indentation rule, and `#` starts a comment wherever a token could start. Tokens are produced on
 * demand, as the parser asks for them, because the moment a possible simple key is resolved can
 * change the result (go-yaml hands a token to the parser as soon as no simple key waits on it).
 *
 * Longer than 500 lines because it follows libyaml's scanner function by function, so that the
 * two can be read side by side when go-yaml's behaviour is in question; split, it could not.
 *
 * Offsets are UTF-16 positions in the text; `index` and `column` count code points, as libyaml's
 * marks do.
 */

export const T = {
  StreamStart: 0,
  StreamEnd: 1,
  VersionDirective: 2,
  TagDirective: 3,
  DocumentStart: 4,
  DocumentEnd: 5,
  BlockSequenceStart: 6,
  BlockMappingStart: 7,
  BlockEnd: 8,
  FlowSequenceStart: 9,
  FlowSequenceEnd: 10,
  FlowMappingStart: 11,
  FlowMappingEnd: 12,
  BlockEntry: 13,
  FlowEntry: 14,
  Key: 15,
  Value: 16,
  Alias: 17,
  Anchor: 18,
  Tag: 19,
  Scalar: 20,
} as const;
export type TokenType = (typeof T)[keyof typeof T];

/** Scalar styles. */
export const S = {
  Plain: 1,
  Single: 2,
  Double: 3,
  Literal: 4,
  Folded: 5,
  /** A JSON number, true, false or null. */ Json: 6,
} as const;
export type ScalarStyle = (typeof S)[keyof typeof S];

export class Token {
  constructor(
    readonly type: TokenType,
    readonly start: number,
    readonly end: number,
    /** Scalar text; anchor or alias name; tag handle; %TAG handle; %YAML version ("1.1"). */
    readonly value: string = '',
    readonly style: number = 0,
    /** Tag suffix; %TAG prefix. */
    readonly suffix: string = '',
  ) {}
}

export interface ScannerOptions {
  /**
   * go-yaml v3's comment handling: it reads a comment after a token, and a run of comment lines,
   * past tabs that v2 would stop at, and it keeps two more tokens queued before handing one out.
   * Default: false (go-yaml v2).
   */
  v3: boolean;
  /**
   * Accept `\/` in double-quoted scalars, as YAML 1.2 (and PyYAML since 5.1, for JSON) does;
   * libyaml as go-yaml carries it refuses it. Default: false.
   */
  slashEscape?: boolean;
}

interface SimpleKey {
  possible: boolean;
  required: boolean;
  tokenNumber: number;
  pos: number;
  index: number;
  line: number;
  column: number;
}

const MAX_FLOW_LEVEL = 10000;
const MAX_INDENTS = 10000;

// Characters libyaml's reader accepts; anything else stops the text where it appears.
const DISALLOWED = /[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Offset of the first character libyaml's reader refuses, or the text's length. */
export function firstDisallowed(text: string): number {
  const bad = DISALLOWED.exec(text);
  return bad ? bad.index : text.length;
}

const isBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029;
const isBlank = (c: number): boolean => c === 32 || c === 9;
const isBreakZ = (c: number): boolean => c === 0 || isBreak(c);
const isBlankZ = (c: number): boolean => c === 32 || c === 9 || c === 0 || isBreak(c);
const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const hexValue = (c: number): number => (c <= 57 ? c - 48 : c <= 70 ? c - 55 : c - 87);
// Characters a tag URI may hold (besides %-escapes).
const URI_MARKS = new Set(";/?:@&=+$,.!~*'()[]".split('').map((c) => c.charCodeAt(0)));

export class Scanner {
  /** Where reading stops: the end of the text, or the first character YAML does not allow. */
  private readonly end: number;
  private pos = 0;
  private index = 0;
  private line = 0;
  private column = 0;
  /** Line breaks consumed since the last non-blank character (go-yaml v3's comment logic). */
  private newlines = 0;

  private readonly queue: Token[] = [];
  private head = 0;
  /** Tokens handed to the parser so far. */
  private taken = 0;
  private available = false;
  private streamStarted = false;
  private streamEnded = false;

  private indent = -1;
  private readonly indents: number[] = [];
  private flowLevel = 0;
  private allowSimpleKey = false;
  private readonly simpleKeys: SimpleKey[] = [];
  private readonly keysByToken = new Map<number, number>();

  /** A possible simple key was handed to the parser before it was resolved (see readme). */
  lateKey = false;
  /** Spans of quoted and block scalars, for telling template actions in data from live ones. */
  readonly scalarSpans: number[] = [];

  /** Reading stops at `end`; a text that holds a disallowed character stops with an error there. */
  private readonly stopsOnBadCharacter: boolean;

  constructor(
    private readonly src: string,
    private readonly options: ScannerOptions = { v3: false },
    start = 0,
    end = src.length,
    badCharacterAt = firstDisallowed(src),
  ) {
    this.end = Math.min(end, badCharacterAt);
    this.stopsOnBadCharacter = badCharacterAt < end;
    this.pos = start;
    // A byte-order mark is the encoding's, not the text's.
    if (this.at(0) === 0xfeff) this.pos++;
  }

  // ---------------------------------------------------------------------------------------
  // Characters

  private at(k: number): number {
    const p = this.pos + k;
    return p < this.end ? this.src.charCodeAt(p) : 0;
  }

  private skip(): void {
    const c = this.src.charCodeAt(this.pos);
    if (c !== 32 && c !== 9) this.newlines = 0;
    this.pos += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    this.index++;
    this.column++;
  }

  private skipLine(): void {
    const c = this.at(0);
    if (c === 13 && this.at(1) === 10) {
      this.pos += 2;
      this.index += 2;
    } else if (isBreak(c)) {
      this.pos++;
      this.index++;
    } else {
      return;
    }
    this.column = 0;
    this.line++;
    this.newlines++;
  }

  /** Consumes a line break and returns it as a scalar holds it (NEL and CR become LF). */
  private readLine(): string {
    const c = this.at(0);
    let text = '\n';
    if (c === 0x2028 || c === 0x2029) text = String.fromCharCode(c);
    this.skipLine();
    return text;
  }

  private fail(message: string, offset = this.pos): never {
    throw new YamlError(message, offset);
  }

  // ---------------------------------------------------------------------------------------
  // The token queue

  /** The next token, without consuming it. */
  peek(): Token {
    if (!this.available) {
      this.fetchMore();
      this.available = true;
    }
    return this.queue[this.head] as Token;
  }

  /** Consumes the token `peek` returned. */
  next(): Token {
    const token = this.peek();
    this.available = false;
    if (!this.keysByToken.has(this.taken)) {
      for (const key of this.simpleKeys)
        if (key.possible && key.tokenNumber === this.taken) this.lateKey = true;
    }
    this.taken++;
    this.head++;
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
    }
    return token;
  }

  /** Offset where the scanner stands, for callers that stop early. */
  get offset(): number {
    return this.pos;
  }

  private fetchMore(): void {
    for (;;) {
      const queued = this.queue.length - this.head;
      const decide = this.options.v3 ? queued > 2 : queued > 0;
      if (decide) {
        const level = this.keysByToken.get(this.taken);
        if (level === undefined) break;
        if (!this.keyStillValid(this.simpleKeys[level] as SimpleKey)) break;
      }
      if (this.streamEnded && queued > 0) break;
      this.fetchNext();
    }
  }

  private insert(relative: number, token: Token): void {
    if (relative < 0) this.queue.push(token);
    else this.queue.splice(this.head + relative, 0, token);
  }

  private append(token: Token): void {
    this.queue.push(token);
  }

  private get produced(): number {
    return this.taken + this.queue.length - this.head;
  }

  // ---------------------------------------------------------------------------------------
  // Dispatch

  private fetchNext(): void {
    if (!this.streamStarted) {
      this.streamStarted = true;
      this.indent = -1;
      this.simpleKeys.push(emptyKey(0));
      this.allowSimpleKey = true;
      this.append(new Token(T.StreamStart, this.pos, this.pos));
      return;
    }
    this.skipToToken();
    this.unrollIndent(this.column);
    const c = this.at(0);
    if (c === 0) {
      if (this.stopsOnBadCharacter && this.pos >= this.end) {
        this.fail('the text holds a character YAML does not allow (a control character)');
      }
      this.fetchStreamEnd();
      return;
    }
    if (this.column === 0) {
      if (c === 37 /* % */) return this.fetchDirective();
      if (c === 45 && this.at(1) === 45 && this.at(2) === 45 && isBlankZ(this.at(3))) {
        return this.fetchDocumentIndicator(T.DocumentStart);
      }
      if (c === 46 && this.at(1) === 46 && this.at(2) === 46 && isBlankZ(this.at(3))) {
        return this.fetchDocumentIndicator(T.DocumentEnd);
      }
    }
    this.dispatch(c);
    if (this.options.v3) this.lineComment();
  }

  private dispatch(c: number): void {
    const flow = this.flowLevel > 0;
    switch (c) {
      case 91 /* [ */:
        return this.fetchFlowStart(T.FlowSequenceStart);
      case 123 /* { */:
        return this.fetchFlowStart(T.FlowMappingStart);
      case 93 /* ] */:
        return this.fetchFlowEnd(T.FlowSequenceEnd);
      case 125 /* } */:
        return this.fetchFlowEnd(T.FlowMappingEnd);
      case 44 /* , */:
        return this.fetchFlowEntry();
      case 42 /* * */:
        return this.fetchAnchor(T.Alias);
      case 38 /* & */:
        return this.fetchAnchor(T.Anchor);
      case 33 /* ! */:
        return this.fetchTag();
      case 39 /* ' */:
        return this.fetchQuoted(true);
      case 34 /* " */:
        return this.fetchQuoted(false);
    }
    const next = this.at(1);
    if (c === 45 /* - */ && isBlankZ(next)) return this.fetchBlockEntry();
    if (c === 63 /* ? */ && (flow || isBlankZ(next))) return this.fetchKey();
    if (c === 58 /* : */ && (flow || isBlankZ(next))) return this.fetchValue();
    if (!flow && (c === 124 /* | */ || c === 62) /* > */) return this.fetchBlockScalar(c === 124);
    if (
      !(isBlankZ(c) || '-?:,[]{}#&*!|>\'"%@`'.includes(String.fromCharCode(c))) ||
      (c === 45 && !isBlank(next)) ||
      (!flow && (c === 63 || c === 58) && !isBlankZ(next))
    ) {
      return this.fetchPlain();
    }
    this.fail(
      c === 9 ? 'a tab character where YAML needs spaces' : 'a character that cannot start any token',
    );
  }

  // ---------------------------------------------------------------------------------------
  // Whitespace and comments

  private skipToToken(): void {
    for (;;) {
      for (;;) {
        const c = this.at(0);
        if (c === 32 || (c === 9 && (this.flowLevel > 0 || !this.allowSimpleKey))) this.skip();
        else break;
      }
      if (this.at(0) === 35 /* # */) {
        if (this.options.v3) this.v3Comments();
        else while (!isBreakZ(this.at(0))) this.skip();
      }
      if (isBreak(this.at(0))) {
        this.skipLine();
        if (this.flowLevel === 0) this.allowSimpleKey = true;
      } else {
        break;
      }
    }
  }

  /**
   * go-yaml v3 reads the comment that follows a token on its line, skipping any blanks before it
   * (tabs included), unless a line break came since the last non-blank character.
   */
  private lineComment(): void {
    if (this.newlines > 0) return;
    const last = this.queue[this.queue.length - 1];
    if (last !== undefined && last.type === T.BlockEntry) return;
    for (let peek = 0; peek < 512; peek++) {
      const c = this.at(peek);
      if (isBlank(c)) continue;
      if (c === 35) {
        while (!isBreakZ(this.at(0))) this.skip();
      }
      return;
    }
  }

  /**
   * go-yaml v3 reads a run of comment lines at once: after a comment, every following line that
   * holds only blanks and a comment is consumed too (tabs included), looking at most 512 bytes
   * ahead for the next `#`. A byte-counted look-ahead stops at any multi-byte character.
   */
  private v3Comments(): void {
    for (let peek = 0; peek < 512; peek++) {
      const c = this.at(peek);
      if (isBlank(c)) continue;
      if (this.flowLevel > 0 && (c === 93 || c === 125)) return;
      if (c === 0) return;
      if (c === 10 || c === 13) continue;
      if (c !== 35) return;
      // Consume up to the '#', then the comment, stopping at the line break after it.
      const target = this.pos + peek;
      while (this.pos < target) {
        if (isBreak(this.at(0))) this.skipLine();
        else this.skip();
      }
      while (!isBreakZ(this.at(0))) this.skip();
      peek = -1;
    }
  }

  // ---------------------------------------------------------------------------------------
  // Simple keys and indentation

  private keyStillValid(key: SimpleKey): boolean {
    if (!key.possible) return false;
    if (key.line < this.line || key.index + 1024 < this.index) {
      if (key.required) this.fail("a simple key is missing its ':'", key.pos);
      key.possible = false;
      return false;
    }
    return true;
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.column;
    if (!this.allowSimpleKey) return;
    this.removeSimpleKey();
    const level = this.simpleKeys.length - 1;
    const key: SimpleKey = {
      possible: true,
      required,
      tokenNumber: this.produced,
      pos: this.pos,
      index: this.index,
      line: this.line,
      column: this.column,
    };
    this.simpleKeys[level] = key;
    this.keysByToken.set(key.tokenNumber, level);
  }

  private removeSimpleKey(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1] as SimpleKey;
    if (!key.possible) return;
    if (key.required) this.fail("a simple key is missing its ':'", key.pos);
    key.possible = false;
    this.keysByToken.delete(key.tokenNumber);
  }

  private increaseFlowLevel(): void {
    this.simpleKeys.push(emptyKey(this.produced));
    this.flowLevel++;
    if (this.flowLevel > MAX_FLOW_LEVEL) this.fail('flow collections nest too deeply');
  }

  private decreaseFlowLevel(): void {
    if (this.flowLevel === 0) return;
    this.flowLevel--;
    const popped = this.simpleKeys.pop() as SimpleKey;
    this.keysByToken.delete(popped.tokenNumber);
  }

  /** Opens a block collection when `column` is deeper than the current indentation. */
  private rollIndent(column: number, tokenNumber: number, type: TokenType, offset: number): void {
    if (this.flowLevel > 0 || this.indent >= column) return;
    this.indents.push(this.indent);
    this.indent = column;
    if (this.indents.length > MAX_INDENTS) this.fail('block collections nest too deeply');
    const token = new Token(type, offset, offset);
    this.insert(tokenNumber < 0 ? -1 : tokenNumber - this.taken, token);
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    while (this.indent > column) {
      this.append(new Token(T.BlockEnd, this.pos, this.pos));
      this.indent = this.indents.pop() as number;
    }
  }

  // ---------------------------------------------------------------------------------------
  // Indicators

  private fetchStreamEnd(): void {
    if (this.column !== 0) {
      this.column = 0;
      this.line++;
    }
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.allowSimpleKey = false;
    this.streamEnded = true;
    this.append(new Token(T.StreamEnd, this.pos, this.pos));
  }

  private fetchDirective(): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.allowSimpleKey = false;
    this.append(this.scanDirective());
  }

  private fetchDocumentIndicator(type: TokenType): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.allowSimpleKey = false;
    const start = this.pos;
    this.skip();
    this.skip();
    this.skip();
    this.append(new Token(type, start, this.pos));
  }

  private fetchFlowStart(type: TokenType): void {
    this.saveSimpleKey();
    this.increaseFlowLevel();
    this.allowSimpleKey = true;
    const start = this.pos;
    this.skip();
    this.append(new Token(type, start, this.pos));
  }

  private fetchFlowEnd(type: TokenType): void {
    this.removeSimpleKey();
    this.decreaseFlowLevel();
    this.allowSimpleKey = false;
    const start = this.pos;
    this.skip();
    this.append(new Token(type, start, this.pos));
  }

  private fetchFlowEntry(): void {
    this.removeSimpleKey();
    this.allowSimpleKey = true;
    const start = this.pos;
    this.skip();
    this.append(new Token(T.FlowEntry, start, this.pos));
  }

  private fetchBlockEntry(): void {
    if (this.flowLevel === 0) {
      if (!this.allowSimpleKey) this.fail('a block sequence entry is not allowed here');
      this.rollIndent(this.column, -1, T.BlockSequenceStart, this.pos);
    }
    // In a flow collection a '-' entry is the parser's error to report.
    this.removeSimpleKey();
    this.allowSimpleKey = true;
    const start = this.pos;
    this.skip();
    this.append(new Token(T.BlockEntry, start, this.pos));
  }

  private fetchKey(): void {
    if (this.flowLevel === 0) {
      if (!this.allowSimpleKey) this.fail('a mapping key is not allowed here');
      this.rollIndent(this.column, -1, T.BlockMappingStart, this.pos);
    }
    this.removeSimpleKey();
    this.allowSimpleKey = this.flowLevel === 0;
    const start = this.pos;
    this.skip();
    this.append(new Token(T.Key, start, this.pos));
  }

  private fetchValue(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1] as SimpleKey;
    if (this.keyStillValid(key)) {
      this.insert(key.tokenNumber - this.taken, new Token(T.Key, key.pos, key.pos));
      this.rollIndent(key.column, key.tokenNumber, T.BlockMappingStart, key.pos);
      key.possible = false;
      this.keysByToken.delete(key.tokenNumber);
      this.allowSimpleKey = false;
    } else {
      if (this.flowLevel === 0) {
        if (!this.allowSimpleKey) this.fail('a mapping value is not allowed here');
        this.rollIndent(this.column, -1, T.BlockMappingStart, this.pos);
      }
      this.allowSimpleKey = this.flowLevel === 0;
    }
    const start = this.pos;
    this.skip();
    this.append(new Token(T.Value, start, this.pos));
  }

  private fetchAnchor(type: TokenType): void {
    this.saveSimpleKey();
    this.allowSimpleKey = false;
    const start = this.pos;
    this.skip();
    const nameStart = this.pos;
    while (isWordChar(this.at(0))) this.skip();
    const name = this.src.slice(nameStart, this.pos);
    const c = this.at(0);
    if (name === '' || !(isBlankZ(c) || '?:,]}%@`'.includes(String.fromCharCode(c)))) {
      this.fail(type === T.Anchor ? 'an anchor name is malformed' : 'an alias name is malformed', start);
    }
    this.append(new Token(type, start, this.pos, name));
  }

  private fetchTag(): void {
    this.saveSimpleKey();
    this.allowSimpleKey = false;
    this.append(this.scanTag());
  }

  private fetchBlockScalar(literal: boolean): void {
    this.removeSimpleKey();
    this.allowSimpleKey = true;
    this.append(this.scanBlockScalar(literal));
  }

  private fetchQuoted(single: boolean): void {
    this.saveSimpleKey();
    this.allowSimpleKey = false;
    this.append(this.scanQuoted(single));
  }

  private fetchPlain(): void {
    this.saveSimpleKey();
    this.allowSimpleKey = false;
    this.append(this.scanPlain());
  }

  // ---------------------------------------------------------------------------------------
  // Directives and tags

  private scanDirective(): Token {
    const start = this.pos;
    this.skip();
    const nameStart = this.pos;
    while (isWordChar(this.at(0))) this.skip();
    const name = this.src.slice(nameStart, this.pos);
    if (name === '') this.fail('a directive has no name', start);
    if (!isBlankZ(this.at(0))) this.fail('a directive name is malformed', start);
    let token: Token;
    if (name === 'YAML') {
      while (isBlank(this.at(0))) this.skip();
      const major = this.scanVersionNumber(start);
      if (this.at(0) !== 46) this.fail('a %YAML directive is malformed', start);
      this.skip();
      const minor = this.scanVersionNumber(start);
      token = new Token(T.VersionDirective, start, this.pos, `${major}.${minor}`);
    } else if (name === 'TAG') {
      while (isBlank(this.at(0))) this.skip();
      const handle = this.scanTagHandle(true, start);
      if (!isBlank(this.at(0))) this.fail('a %TAG directive is malformed', start);
      while (isBlank(this.at(0))) this.skip();
      const prefix = this.scanTagUri(true, '', start);
      if (!isBlankZ(this.at(0))) this.fail('a %TAG directive is malformed', start);
      token = new Token(T.TagDirective, start, this.pos, handle, 0, prefix);
    } else {
      this.fail('unknown directive', start);
    }
    while (isBlank(this.at(0))) this.skip();
    if (this.at(0) === 35) while (!isBreakZ(this.at(0))) this.skip();
    if (!isBreakZ(this.at(0))) this.fail('a directive is followed by something other than a comment', start);
    if (isBreak(this.at(0))) this.skipLine();
    return token;
  }

  private scanVersionNumber(start: number): number {
    let value = 0;
    let length = 0;
    while (this.at(0) >= 48 && this.at(0) <= 57) {
      if (++length > 2) this.fail('a %YAML version number is too long', start);
      value = value * 10 + this.at(0) - 48;
      this.skip();
    }
    if (length === 0) this.fail('a %YAML directive has no version number', start);
    return value;
  }

  private scanTag(): Token {
    const start = this.pos;
    let handle: string;
    let suffix: string;
    if (this.at(1) === 60 /* < */) {
      this.skip();
      this.skip();
      handle = '';
      suffix = this.scanTagUri(false, '', start);
      if (this.at(0) !== 62 /* > */) this.fail("a verbatim tag has no closing '>'", start);
      this.skip();
    } else {
      handle = this.scanTagHandle(false, start);
      if (handle.length > 1 && handle.endsWith('!')) {
        suffix = this.scanTagUri(false, '', start);
      } else {
        // Not a handle after all: `!foo` is the handle '!' and the suffix 'foo'.
        suffix = this.scanTagUri(false, handle, start);
        handle = '!';
        if (suffix === '') {
          // The lone '!' tag.
          handle = '';
          suffix = '!';
        }
      }
    }
    if (!isBlankZ(this.at(0))) this.fail('a tag is followed by something other than a space', start);
    return new Token(T.Tag, start, this.pos, handle, 0, suffix);
  }

  private scanTagHandle(directive: boolean, start: number): string {
    if (this.at(0) !== 33) this.fail('a tag handle must start with !', start);
    const from = this.pos;
    this.skip();
    while (isWordChar(this.at(0))) this.skip();
    if (this.at(0) === 33) this.skip();
    else if (directive && this.pos - from !== 1) this.fail('a %TAG handle must end with !', start);
    return this.src.slice(from, this.pos);
  }

  /** A tag URI, with %-escapes decoded; `head` is the part already read as a would-be handle. */
  private scanTagUri(directive: boolean, head: string, start: number): string {
    let text = head.length > 1 ? head.slice(1) : '';
    let found = head.length > 0;
    for (;;) {
      const c = this.at(0);
      if (c === 37 /* % */) {
        text += this.scanUriEscapes(directive, start);
      } else if (isWordChar(c) || URI_MARKS.has(c)) {
        text += String.fromCharCode(c);
        this.skip();
      } else {
        break;
      }
      found = true;
    }
    if (!found) this.fail(directive ? 'a %TAG directive has no prefix' : 'a tag is empty', start);
    return text;
  }

  private scanUriEscapes(_directive: boolean, start: number): string {
    const bytes: number[] = [];
    let width = 0;
    do {
      if (!(this.at(0) === 37 && isHex(this.at(1)) && isHex(this.at(2)))) {
        this.fail('a tag holds a malformed %-escape', start);
      }
      const octet = hexValue(this.at(1)) * 16 + hexValue(this.at(2));
      if (bytes.length === 0) {
        width =
          (octet & 0x80) === 0
            ? 1
            : (octet & 0xe0) === 0xc0
              ? 2
              : (octet & 0xf0) === 0xe0
                ? 3
                : (octet & 0xf8) === 0xf0
                  ? 4
                  : 0;
        if (width === 0) this.fail('a tag holds a malformed %-escape', start);
      } else if ((octet & 0xc0) !== 0x80) {
        this.fail('a tag holds a malformed %-escape', start);
      }
      bytes.push(octet);
      this.skip();
      this.skip();
      this.skip();
    } while (bytes.length < width);
    return Buffer.from(bytes).toString('utf8');
  }

  // ---------------------------------------------------------------------------------------
  // Scalars

  private scanBlockScalar(literal: boolean): Token {
    const start = this.pos;
    this.skip();
    let chomping = 0;
    let increment = 0;
    const readChomping = () => {
      const c = this.at(0);
      if (c === 43 || c === 45) {
        chomping = c === 43 ? 1 : -1;
        this.skip();
        return true;
      }
      return false;
    };
    const readIncrement = () => {
      const c = this.at(0);
      if (c >= 48 && c <= 57) {
        if (c === 48) this.fail('a block scalar has an indentation indicator of 0', start);
        increment = c - 48;
        this.skip();
        return true;
      }
      return false;
    };
    if (readChomping()) readIncrement();
    else if (readIncrement()) readChomping();

    while (isBlank(this.at(0))) this.skip();
    if (this.at(0) === 35) while (!isBreakZ(this.at(0))) this.skip();
    if (!isBreakZ(this.at(0))) {
      this.fail('a block scalar header is followed by something other than a comment', start);
    }
    if (isBreak(this.at(0))) this.skipLine();

    let indent = increment > 0 ? (this.indent >= 0 ? this.indent + increment : increment) : 0;
    let text = '';
    let leadingBreak = '';
    let leadingBlank = false;

    // Leading empty lines; they fix the indentation when no indicator did.
    const breaks = (): string => {
      let collected = '';
      let maxIndent = 0;
      for (;;) {
        while ((indent === 0 || this.column < indent) && this.at(0) === 32) this.skip();
        if (this.column > maxIndent) maxIndent = this.column;
        if ((indent === 0 || this.column < indent) && this.at(0) === 9) {
          this.fail('a tab character is used for indentation in a block scalar', start);
        }
        if (!isBreak(this.at(0))) break;
        collected += this.readLine();
      }
      if (indent === 0) {
        indent = Math.max(maxIndent, this.indent + 1, 1);
      }
      return collected;
    };

    let trailing = breaks();
    while (this.column === indent && this.at(0) !== 0) {
      const trailingBlank = isBlank(this.at(0));
      if (!literal && !leadingBlank && !trailingBlank && leadingBreak === '\n') {
        if (trailing === '') text += ' ';
      } else {
        text += leadingBreak;
      }
      text += trailing;
      leadingBlank = isBlank(this.at(0));
      const lineStart = this.pos;
      while (!isBreakZ(this.at(0))) this.skip();
      text += this.src.slice(lineStart, this.pos);
      leadingBreak = isBreak(this.at(0)) ? this.readLine() : '';
      trailing = breaks();
    }
    if (chomping !== -1) text += leadingBreak;
    if (chomping === 1) text += trailing;
    this.scalarSpans.push(start, this.pos);
    return new Token(T.Scalar, start, this.pos, text, literal ? S.Literal : S.Folded);
  }

  private scanQuoted(single: boolean): Token {
    const start = this.pos;
    const quote = single ? 39 : 34;
    this.skip();
    let text = '';
    for (;;) {
      if (
        this.column === 0 &&
        ((this.at(0) === 45 && this.at(1) === 45 && this.at(2) === 45) ||
          (this.at(0) === 46 && this.at(1) === 46 && this.at(2) === 46)) &&
        isBlankZ(this.at(3))
      ) {
        this.fail('a document marker appears inside a quoted scalar', start);
      }
      if (this.at(0) === 0) this.fail('a quoted scalar is not closed', start);

      let leadingBlanks = false;
      // Non-blank characters.
      let runStart = this.pos;
      for (;;) {
        const c = this.at(0);
        if (isBlankZ(c)) break;
        if (single && c === 39) {
          if (this.at(1) === 39) {
            text += this.src.slice(runStart, this.pos) + "'";
            this.skip();
            this.skip();
            runStart = this.pos;
            continue;
          }
          break;
        }
        if (!single && c === 34) break;
        if (!single && c === 92 /* \ */) {
          text += this.src.slice(runStart, this.pos);
          if (isBreak(this.at(1))) {
            this.skip();
            this.skipLine();
            leadingBlanks = true;
            runStart = this.pos;
            break;
          }
          text += this.scanEscape(start);
          runStart = this.pos;
          continue;
        }
        this.skip();
      }
      text += this.src.slice(runStart, this.pos);
      if (this.at(0) === quote) break;

      // Blanks and line breaks.
      let whitespace = '';
      let leadingBreak = '';
      let trailing = '';
      for (;;) {
        const c = this.at(0);
        if (isBlank(c)) {
          if (!leadingBlanks) whitespace += String.fromCharCode(c);
          this.skip();
        } else if (isBreak(c)) {
          if (!leadingBlanks) {
            whitespace = '';
            leadingBreak = this.readLine();
            leadingBlanks = true;
          } else {
            trailing += this.readLine();
          }
        } else {
          break;
        }
      }
      if (leadingBlanks) {
        if (leadingBreak === '\n') text += trailing === '' ? ' ' : trailing;
        else text += leadingBreak + trailing;
      } else {
        text += whitespace;
      }
    }
    this.skip();
    this.scalarSpans.push(start, this.pos);
    return new Token(T.Scalar, start, this.pos, text, single ? S.Single : S.Double);
  }

  private scanEscape(start: number): string {
    const c = this.at(1);
    let length = 0;
    let out = '';
    switch (c) {
      case 48 /* 0 */:
        out = '\0';
        break;
      case 97 /* a */:
        out = '\x07';
        break;
      case 98 /* b */:
        out = '\b';
        break;
      case 116 /* t */:
      case 9:
        out = '\t';
        break;
      case 110 /* n */:
        out = '\n';
        break;
      case 118 /* v */:
        out = '\v';
        break;
      case 102 /* f */:
        out = '\f';
        break;
      case 114 /* r */:
        out = '\r';
        break;
      case 101 /* e */:
        out = '\x1b';
        break;
      case 32:
        out = ' ';
        break;
      case 34:
        out = '"';
        break;
      case 39:
        out = "'";
        break;
      case 92:
        out = '\\';
        break;
      case 47 /* / */:
        if (!this.options.slashEscape) this.fail('a double-quoted scalar holds an unknown escape', start);
        out = '/';
        break;
      case 78 /* N */:
        out = '\x85';
        break;
      case 95 /* _ */:
        out = '\xa0';
        break;
      case 76 /* L */:
        out = '\u2028';
        break;
      case 80 /* P */:
        out = '\u2029';
        break;
      case 120 /* x */:
        length = 2;
        break;
      case 117 /* u */:
        length = 4;
        break;
      case 85 /* U */:
        length = 8;
        break;
      default:
        this.fail('a double-quoted scalar holds an unknown escape', start);
    }
    this.skip();
    this.skip();
    if (length > 0) {
      let value = 0;
      for (let k = 0; k < length; k++) {
        const h = this.at(k);
        if (!isHex(h)) this.fail('a double-quoted scalar holds a malformed escape', start);
        value = value * 16 + hexValue(h);
      }
      if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) {
        this.fail('a double-quoted scalar escapes an invalid character', start);
      }
      out = String.fromCodePoint(value);
      for (let k = 0; k < length; k++) this.skip();
    }
    return out;
  }

  private scanPlain(): Token {
    const start = this.pos;
    let end = this.pos;
    const indent = this.indent + 1;
    const flow = this.flowLevel > 0;
    let text = '';
    let leadingBlanks = false;
    let whitespace = '';
    let leadingBreak = '';
    let trailing = '';
    for (;;) {
      if (
        this.column === 0 &&
        ((this.at(0) === 45 && this.at(1) === 45 && this.at(2) === 45) ||
          (this.at(0) === 46 && this.at(1) === 46 && this.at(2) === 46)) &&
        isBlankZ(this.at(3))
      ) {
        break;
      }
      if (this.at(0) === 35) break;

      let runStart = -1;
      for (;;) {
        const c = this.at(0);
        if (isBlankZ(c)) break;
        if (c === 58 && isBlankZ(this.at(1))) break;
        if (flow && (c === 44 || c === 63 || c === 91 || c === 93 || c === 123 || c === 125)) break;
        if (runStart < 0) {
          if (leadingBlanks) {
            if (leadingBreak === '\n') text += trailing === '' ? ' ' : trailing;
            else text += leadingBreak + trailing;
            leadingBreak = '';
            trailing = '';
            leadingBlanks = false;
          } else if (whitespace !== '') {
            text += whitespace;
          }
          whitespace = '';
          runStart = this.pos;
        }
        this.skip();
        end = this.pos;
      }
      if (runStart >= 0) text += this.src.slice(runStart, this.pos);

      const c = this.at(0);
      if (!(isBlank(c) || isBreak(c))) break;

      for (;;) {
        const b = this.at(0);
        if (isBlank(b)) {
          if (leadingBlanks && this.column < indent && b === 9) {
            this.fail('a tab character breaks the indentation of a plain scalar', start);
          }
          if (!leadingBlanks) whitespace += String.fromCharCode(b);
          this.skip();
        } else if (isBreak(b)) {
          if (!leadingBlanks) {
            whitespace = '';
            leadingBreak = this.readLine();
            leadingBlanks = true;
          } else {
            trailing += this.readLine();
          }
        } else {
          break;
        }
      }
      if (!flow && this.column < indent) break;
    }
    if (leadingBlanks) this.allowSimpleKey = true;
    return new Token(T.Scalar, start, end, text, S.Plain);
  }
}

function emptyKey(tokenNumber: number): SimpleKey {
  return { possible: false, required: false, tokenNumber, pos: 0, index: 0, line: 0, column: 0 };
}
