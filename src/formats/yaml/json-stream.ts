import { MapNode, ScalarNode, SeqNode, markTree } from './compose.js';
import type { YamlNode } from './compose.js';
import { YamlError } from './errors.js';
import { S } from './scanner.js';

/**
 * A stream of JSON values as Go's encoding/json Decoder reads it (what kubectl does with a file
 * whose first non-space character is `{`): values one after another, strings with JSON escapes
 * (a lone surrogate becomes U+FFFD), numbers as float64 (out of range is an error), the last of
 * duplicate keys wins. Produces the same nodes as the YAML composer, so that one reader and one
 * position lookup serve both.
 */
export interface JsonValue {
  start: number;
  end: number;
  root: YamlNode;
}

export interface JsonStream {
  values: JsonValue[];
  error: YamlError | undefined;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

export function readJsonStream(text: string, maxDepth: number): JsonStream {
  const values: JsonValue[] = [];
  let pos = 0;
  let depth = 0;

  const fail = (message: string, at = pos): never => {
    throw new YamlError(message, at);
  };
  const skipSpace = () => {
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
  };

  const value = (): YamlNode => {
    skipSpace();
    const c = text.charCodeAt(pos);
    const start = pos;
    if (c === 123 /* { */) {
      if (++depth > maxDepth) throw new YamlError(`nesting is deeper than ${maxDepth} levels`, pos, 'limit');
      pos++;
      const node = new MapNode(start, undefined, undefined, true);
      skipSpace();
      if (text.charCodeAt(pos) === 125) {
        pos++;
      } else {
        for (;;) {
          skipSpace();
          if (text.charCodeAt(pos) !== 34) fail('a JSON object key is not a string');
          node.items.push(
            string(),
            ((): YamlNode => {
              skipSpace();
              if (text.charCodeAt(pos) !== 58) fail("expected ':' after a JSON object key");
              pos++;
              return value();
            })(),
          );
          skipSpace();
          const next = text.charCodeAt(pos);
          pos++;
          if (next === 44) continue;
          if (next === 125) break;
          fail("expected ',' or '}' in a JSON object", pos - 1);
        }
      }
      node.end = pos;
      depth--;
      return node;
    }
    if (c === 91 /* [ */) {
      if (++depth > maxDepth) throw new YamlError(`nesting is deeper than ${maxDepth} levels`, pos, 'limit');
      pos++;
      const node = new SeqNode(start, undefined, undefined);
      skipSpace();
      if (text.charCodeAt(pos) === 93) {
        pos++;
      } else {
        for (;;) {
          node.items.push(value());
          skipSpace();
          const next = text.charCodeAt(pos);
          pos++;
          if (next === 44) continue;
          if (next === 93) break;
          fail("expected ',' or ']' in a JSON array", pos - 1);
        }
      }
      node.end = pos;
      depth--;
      return node;
    }
    if (c === 34) return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, pos)) {
        pos += literal.length;
        return new ScalarNode(start, pos, literal, S.Json, undefined, undefined);
      }
    }
    const number = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
    number.lastIndex = pos;
    const match = number.exec(text);
    if (match === null || match[0] === '' || match[0] === '-') return fail('expected a JSON value');
    pos += match[0].length;
    if (!Number.isFinite(Number(match[0]))) fail('a JSON number is out of range', start);
    return new ScalarNode(start, pos, match[0], S.Json, undefined, undefined);
  };

  const string = (): ScalarNode => {
    const start = pos;
    pos++;
    let out = '';
    let run = pos;
    for (;;) {
      if (pos >= text.length) fail('a JSON string is not closed', start);
      const c = text.charCodeAt(pos);
      if (c === 34) break;
      if (c < 0x20) fail('a JSON string holds a control character');
      if (c !== 92) {
        pos++;
        continue;
      }
      out += text.slice(run, pos);
      const e = text[pos + 1];
      pos += 2;
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out += e;
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          const unit = hex4(pos);
          pos += 4;
          if (unit >= 0xd800 && unit < 0xdc00 && text[pos] === '\\' && text[pos + 1] === 'u') {
            const low = hex4(pos + 2);
            if (low >= 0xdc00 && low < 0xe000) {
              out += String.fromCharCode(unit, low);
              pos += 6;
              break;
            }
          }
          out += unit >= 0xd800 && unit < 0xe000 ? '\uFFFD' : String.fromCharCode(unit);
          break;
        }
        default:
          fail('a JSON string holds an unknown escape', pos - 2);
      }
      run = pos;
    }
    out += text.slice(run, pos);
    pos++;
    return new ScalarNode(start, pos, out, S.Double, undefined, undefined);
  };

  const hex4 = (at: number): number => {
    const digits = text.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) fail('a JSON \\u escape is malformed', at);
    return parseInt(digits, 16);
  };

  try {
    for (;;) {
      skipSpace();
      if (pos >= text.length) break;
      const start = pos;
      const root = value();
      markTree(root);
      values.push({ start, end: pos, root });
    }
  } catch (caught) {
    if (caught instanceof YamlError) return { values, error: caught };
    throw caught;
  }
  return { values, error: undefined };
}
