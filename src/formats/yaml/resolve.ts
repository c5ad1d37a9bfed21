import {
  YAML_STYLE_FLOAT,
  goTimestamp,
  parseDigits,
  parseFloatDecimal,
  parseInt0,
  parseIntBase,
  parseUint0,
} from './go-values.js';

/**
 * What an untagged plain scalar means to each schema. A resolved value is one of:
 * string, number (ints and floats; NaN and ±Infinity are floats), boolean, null, and for go-yaml
 * the kind of Go value it became, since that decides how it turns into JSON.
 */
export type GoKind = 'str' | 'int' | 'uint' | 'float' | 'bool' | 'null' | 'timestamp';

export interface Resolved {
  kind: GoKind;
  value: string | number | boolean | null;
  /** An integer's exact decimal text (a JS number rounds past 2^53; Go keys do not). */
  exact?: string;
}

const STRING = (text: string): Resolved => ({ kind: 'str', value: text });

const V2_WORDS = new Map<string, Resolved>();
const V3_WORDS = new Map<string, Resolved>();
for (const word of ['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON'])
  V2_WORDS.set(word, { kind: 'bool', value: true });
for (const word of ['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'])
  V2_WORDS.set(word, { kind: 'bool', value: false });
for (const words of [V2_WORDS, V3_WORDS]) {
  for (const word of ['true', 'True', 'TRUE']) words.set(word, { kind: 'bool', value: true });
  for (const word of ['false', 'False', 'FALSE']) words.set(word, { kind: 'bool', value: false });
  for (const word of ['', '~', 'null', 'Null', 'NULL']) words.set(word, { kind: 'null', value: null });
  for (const word of ['.nan', '.NaN', '.NAN']) words.set(word, { kind: 'float', value: NaN });
  for (const word of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) {
    words.set(word, { kind: 'float', value: Infinity });
  }
  for (const word of ['-.inf', '-.Inf', '-.INF']) words.set(word, { kind: 'float', value: -Infinity });
}

const MAX_INT64 = (1n << 63n) - 1n;

/** An integer go-yaml got from ParseUint: a uint64 past int64's range. */
function goInt(n: bigint): Resolved {
  return { kind: n > MAX_INT64 ? 'uint' : 'int', value: Number(n), exact: String(n) };
}

function signedInt(n: bigint): Resolved {
  return { kind: 'int', value: Number(n), exact: String(n) };
}

/**
 * go-yaml's resolver (v2 when `v3` is false). `timestamps`: whether the scalar may be a timestamp
 * (untagged, or tagged !!timestamp).
 */
export function resolveGo(text: string, v3: boolean, timestamps = true): Resolved {
  const first = text.charCodeAt(0);
  // The first character decides which rules apply at all.
  let hint: 'M' | '.' | 'D' | 'S' | undefined;
  if (text === '') hint = 'M';
  else if (first === 43 || first === 45) hint = 'S';
  else if (first >= 48 && first <= 57) hint = 'D';
  else if (first === 46) hint = '.';
  else if ('yYnNtTfFoO~'.includes(text[0] as string)) hint = 'M';
  if (hint === undefined) return STRING(text);
  const word = (v3 ? V3_WORDS : V2_WORDS).get(text);
  if (word !== undefined) return word;
  if (hint === 'M') return STRING(text);
  if (hint === '.') {
    const value = parseFloatDecimal(text);
    return value === undefined ? STRING(text) : { kind: 'float', value };
  }
  if (timestamps) {
    const time = goTimestamp(text);
    if (time !== undefined) return { kind: 'timestamp', value: v3 ? time : text };
  }
  const plain = text.replace(/_/g, '');
  const signed = parseInt0(plain);
  if (signed !== undefined) return signedInt(signed);
  const unsigned = parseUint0(plain);
  if (unsigned !== undefined) return goInt(unsigned);
  if (YAML_STYLE_FLOAT.test(plain)) {
    const value = parseFloatDecimal(plain);
    if (value !== undefined) return { kind: 'float', value };
  }
  if (plain.startsWith('0b')) {
    const n = parseIntBase(plain.slice(2), 2) ?? parseDigits(plain.slice(2), 2);
    if (n !== undefined && plain.length > 2) return goInt(n);
  } else if (plain.startsWith('-0b')) {
    const n = parseIntBase(`-${plain.slice(3)}`, 2);
    if (n !== undefined) return signedInt(n);
  }
  if (v3) {
    if (plain.startsWith('0o')) {
      const n = parseIntBase(plain.slice(2), 8) ?? parseDigits(plain.slice(2), 8);
      if (n !== undefined && plain.length > 2) return goInt(n);
    } else if (plain.startsWith('-0o')) {
      const n = parseIntBase(`-${plain.slice(3)}`, 8);
      if (n !== undefined) return signedInt(n);
    }
  }
  return STRING(text);
}

const GO_TAG = 'tag:yaml.org,2002:';

/**
 * go-yaml's resolver for a scalar carrying one of the standard tags. Returns undefined when the
 * tag does not fit the text (go-yaml: "cannot decode !!str `x` as a !!int"), and `binary` for
 * !!binary, which the caller decodes.
 */
export function resolveGoTagged(
  tag: string,
  text: string,
  v3: boolean,
): Resolved | 'binary' | 'unresolvable' | undefined {
  const name = tag.startsWith(GO_TAG) ? tag.slice(GO_TAG.length) : undefined;
  if (name === 'binary') return 'binary';
  if (name === 'str') return STRING(text);
  if (name !== 'bool' && name !== 'int' && name !== 'float' && name !== 'null' && name !== 'timestamp') {
    return 'unresolvable';
  }
  const resolved = resolveGo(text, v3, name === 'timestamp');
  if (resolved.kind === name) return resolved;
  if (name === 'int' && resolved.kind === 'uint') return resolved;
  // An int converts to !!float; a uint64 does not (go-yaml only converts int and int64).
  if (name === 'float' && resolved.kind === 'int') {
    return { kind: 'float', value: resolved.value };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// YAML 1.1 as PyYAML and SnakeYAML resolve it, and the YAML 1.2 core schema.

const Y11_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const Y11_FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const Y11_INT =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const Y11_NULL = /^(?:~|null|Null|NULL|)$/;
const Y11_TIMESTAMP =
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;

/** A base-60 number such as 1:30 (= 90), as YAML 1.1 reads it. */
function sexagesimal(text: string): number {
  let value = 0;
  for (const part of text.split(':')) value = value * 60 + Number(part);
  return value;
}

export type Resolved11 = Resolved | { kind: 'merge' | 'value'; value: string };

export function resolve11(text: string): Resolved11 {
  if (Y11_BOOL.test(text)) return { kind: 'bool', value: /^(?:y|Y|t|T|o[nN]|O[nN])/.test(text) };
  if (Y11_FLOAT.test(text)) {
    const plain = text.replace(/_/g, '').toLowerCase();
    const sign = plain.startsWith('-') ? -1 : 1;
    const body = plain.replace(/^[-+]/, '');
    if (body === '.inf') return { kind: 'float', value: sign * Infinity };
    if (body === '.nan') return { kind: 'float', value: NaN };
    if (body.includes(':')) return { kind: 'float', value: sign * sexagesimal(body) };
    return { kind: 'float', value: sign * Number(body) };
  }
  if (Y11_INT.test(text)) {
    const plain = text.replace(/_/g, '');
    const sign = plain.startsWith('-') ? -1 : 1;
    const body = plain.replace(/^[-+]/, '');
    let value: number;
    if (body === '0') value = 0;
    else if (body.startsWith('0b')) value = Number(parseDigits(body.slice(2), 2) ?? NaN);
    else if (body.startsWith('0x')) value = Number(parseDigits(body.slice(2), 16) ?? NaN);
    else if (body.startsWith('0')) value = Number(parseDigits(body.slice(1), 8) ?? NaN);
    else if (body.includes(':')) value = sexagesimal(body);
    else value = Number(body);
    return { kind: 'int', value: value === 0 ? 0 : sign * value };
  }
  if (text === '<<') return { kind: 'merge', value: text };
  if (Y11_NULL.test(text)) return { kind: 'null', value: null };
  if (Y11_TIMESTAMP.test(text)) return { kind: 'timestamp', value: text };
  if (text === '=') return { kind: 'value', value: text };
  return STRING(text);
}

const Y12_INT = /^[-+]?[0-9]+$/;
const Y12_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

export function resolve12(text: string): Resolved {
  switch (text) {
    case '':
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return { kind: 'null', value: null };
    case 'true':
    case 'True':
    case 'TRUE':
      return { kind: 'bool', value: true };
    case 'false':
    case 'False':
    case 'FALSE':
      return { kind: 'bool', value: false };
    case '.inf':
    case '.Inf':
    case '.INF':
    case '+.inf':
    case '+.Inf':
    case '+.INF':
      return { kind: 'float', value: Infinity };
    case '-.inf':
    case '-.Inf':
    case '-.INF':
      return { kind: 'float', value: -Infinity };
    case '.nan':
    case '.NaN':
    case '.NAN':
      return { kind: 'float', value: NaN };
  }
  if (Y12_INT.test(text)) return { kind: 'int', value: Number(text) };
  if (/^0o[0-7]+$/.test(text)) return { kind: 'int', value: Number(parseDigits(text.slice(2), 8)) };
  if (/^0x[0-9a-fA-F]+$/.test(text)) return { kind: 'int', value: Number(parseDigits(text.slice(2), 16)) };
  if (Y12_FLOAT.test(text)) return { kind: 'float', value: Number(text) };
  return STRING(text);
}
