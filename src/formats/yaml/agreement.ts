import type { YamlNode } from './compose.js';
import { resolve11, resolve12, resolveGo } from './resolve.js';
import type { Resolved } from './resolve.js';

/**
 * Which readings of a document are, provably, the kubectl reading, so that they can share it
 * instead of each building the same value again (turning nodes into data is most of the cost of
 * reading a file, and a document is read two or four times).
 *
 * Every reading (readings.ts) turns the same composed nodes into data; they part ways only at
 * particular nodes. A reading R reads a document exactly as kubectl (go-yaml v2) does when, in the
 * whole document:
 *
 * 1. no node is an alias, and no node carries a tag (so anchors, `!!binary`, CloudFormation's
 *    short forms and the readers' tag rules never come into play, and the document is a tree:
 *    every node is read once, by the same code path in every reader);
 * 2. every key of every mapping is a scalar other than `<<` (so no merge key, whatever a reader's
 *    rule for one), written once in its mapping (no duplicate: go-yaml v3 and YAML 1.2 would refuse
 *    it, v2 and YAML 1.1 keep the last), and a string both to go-yaml v2 and to R: quoted, or plain
 *    and resolved as a string by both, so that both name it by its text (and go-yaml v3 keys a
 *    map of strings);
 * 3. every scalar value means the same to go-yaml v2 and to R: a quoted or block scalar is its
 *    text to every reader; a JSON literal is read by the same function in every reader; a plain
 *    scalar resolves, under R's schema, to the value (Object.is) it has for v2, that value is not
 *    a NaN or an infinity (which go-yaml's JSON encoder refuses), and for YAML 1.1 it is not the
 *    merge or value indicator (`<<`, `=`, which PyYAML cannot construct as a value).
 *
 * Then every reader builds the same objects with the same keys in the same order (a merge-free
 * mapping is filled in document order by all of them), accepts the document (none of their
 * errors can arise: no alias, tag, collection or null key, duplicate, merge, or number JSON cannot
 * hold), and finds the same key node for every path (positions). The kubectl reader checks these
 * conditions as it reads (GoV2Reader in readings.ts), at the cost of a few comparisons per node.
 *
 * The proof test (test/formats/yaml/agreement.test.ts) reads every document of the differential
 * vectors, the corpus and generated texts both ways, alone and shared, and compares.
 */
export const KUBECTL = 1;
export const KUSTOMIZE = 2;
export const YAML_11 = 4;
export const YAML_12 = 8;
export const ALL_READINGS = KUBECTL | KUSTOMIZE | YAML_11 | YAML_12;

export interface Agreement {
  /** The readings (bits) that read the document as kubectl does; always includes kubectl. */
  readings: number;
  /**
   * Every node was read and none is an alias, and no two keys of a mapping share a text (so
   * duplicateKeys finds none). Known only when another reading agrees; false otherwise.
   */
  treeWithUniqueKeys: boolean;
}

/** What each document root's kubectl reading found (set by the kubectl reader when asked). */
const agreements = new WeakMap<YamlNode, Agreement>();

export function recordAgreement(root: YamlNode, agreement: Agreement): void {
  agreements.set(root, agreement);
}

/** The agreement found when the root was read as kubectl reads it, if it was. */
export function agreementOf(root: YamlNode): Agreement | undefined {
  return agreements.get(root);
}

// ---------------------------------------------------------------------------------------------
// Plain scalars

/**
 * Per ASCII character that starts a plain scalar: 0 when no schema of any reader resolves the
 * scalar to anything but a string; 1 for a word's first letter (`y Y n N t T f F o O ~`); 2 for a
 * number's or a timestamp's (`+ - . 0-9`); 3 for `<` and `=` (`<<` and `=` in YAML 1.1). go-yaml's
 * resolver looks further only for these first characters (and the empty text), YAML 1.1's and
 * 1.2's patterns start with them.
 */
const FIRST = new Uint8Array(128);
for (const c of 'yYnNtTfFoO~') FIRST[c.charCodeAt(0)] = 1;
for (const c of '+-.0123456789') FIRST[c.charCodeAt(0)] = 2;
for (const c of '<=') FIRST[c.charCodeAt(0)] = 3;

/**
 * Characters a number or a timestamp may hold in any schema: digits, signs, `.`, `_`, `:`, `,`
 * (a Go time's fraction), spaces and tabs (timestamps), hex digits, base prefixes (`0b 0o 0x`, any
 * case for Go), `e`, `T`, `t`, `Z` and the letters of `.inf` and `.nan`.
 */
const NUMERIC = new Uint8Array(128);

/** Every word any schema resolves (go-yaml v2's booleans, YAML 1.1's, null and true/false). */
const WORDS = new Set(
  ['y', 'yes', 'n', 'no', 'on', 'off', 'true', 'false', 'null'].flatMap((word) => [
    word,
    word[0]!.toUpperCase() + word.slice(1),
    word.toUpperCase(),
  ]),
);
WORDS.add('~');
for (const c of '0123456789+-._:, \tabcdefABCDEFxXoOtTzZiInN') NUMERIC[c.charCodeAt(0)] = 1;

/**
 * Whether a plain scalar is a string with its own text to every schema (go-yaml v2 and v3, YAML
 * 1.1 and 1.2), by a look at its characters: anything that does not start like a word, a number,
 * a timestamp or an indicator, a word-like text that is no word, or a number-like text holding a
 * character no number or timestamp has.
 */
export function alwaysString(text: string): boolean {
  const length = text.length;
  if (length === 0) return false;
  const c = text.charCodeAt(0);
  if (c >= 128) return true;
  switch (FIRST[c]) {
    case 0:
      return true;
    case 1:
      return !WORDS.has(text);
    case 3:
      return length > 2;
  }
  for (let i = 1; i < length; i++) {
    const d = text.charCodeAt(i);
    if (d >= 128 || NUMERIC[d] === 0) return true;
  }
  return false;
}

/** A decimal integer every schema reads as the same number (and go-yaml as an int). */
function plainInteger(text: string): boolean {
  const length = text.length;
  if (length > 15) return false;
  const first = text.charCodeAt(0);
  if (first === 48) return length === 1;
  if (first < 49 || first > 57) return false;
  for (let i = 1; i < length; i++) {
    const d = text.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return true;
}

/**
 * The readings that give a plain, untagged scalar value the value go-yaml v2 gives it (`v2`, its
 * resolution by v2).
 */
export function plainValueAgreement(text: string, v2: Resolved): number {
  if (plainInteger(text)) return ALL_READINGS;
  const value = v2.value;
  if (typeof value === 'number' && !Number.isFinite(value)) return KUBECTL;
  let readings = KUBECTL;
  if (Object.is(resolveGo(text, true).value, value)) readings |= KUSTOMIZE;
  const r11 = resolve11(text);
  if (r11.kind !== 'merge' && r11.kind !== 'value' && Object.is(r11.value, value)) readings |= YAML_11;
  if (Object.is(resolve12(text).value, value)) readings |= YAML_12;
  return readings;
}

/**
 * The readings that read a plain, untagged scalar key as a string, as go-yaml v2 does (the caller
 * has found v2 reads it as one).
 */
export function plainKeyAgreement(text: string): number {
  let readings = KUBECTL;
  if (resolveGo(text, true).kind === 'str') readings |= KUSTOMIZE;
  if (resolve11(text).kind === 'str') readings |= YAML_11;
  if (resolve12(text).kind === 'str') readings |= YAML_12;
  return readings;
}
