import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readDocuments, readManifestFile } from '../../../src/formats/registry.js';
import { agreementOf, alwaysString } from '../../../src/formats/yaml/agreement.js';
import { isTree } from '../../../src/formats/yaml/compose.js';
import type { YamlNode } from '../../../src/formats/yaml/compose.js';
import { READINGS, aliasExpansions, readNode } from '../../../src/formats/yaml/readings.js';
import type { PathSegment, ReadOutcome, Reading } from '../../../src/formats/yaml/readings.js';
import { resolve11, resolve12, resolveGo } from '../../../src/formats/yaml/resolve.js';
import { parseText } from '../../../src/formats/yaml/stream.js';
import { duplicateKeys, shareReadings } from '../../../src/formats/yaml/units.js';
import { FIXTURES } from '../../helpers.js';
import { SCALAR_WORDS, trickyYaml } from './generators.js';

/**
 * The proof that sharing a reading never changes a result (src/formats/yaml/agreement.ts): on the
 * differential vectors, the fixtures, the corpus and generated documents, every reading the kubectl
 * reading is shared with is compared with that reading computed alone (value, key order, numbers
 * as Object.is, errors, and the offset of every path), and whole files are read with and without
 * sharing and compared as reports.
 */
const OPTIONS = { cloudFormation: false };
const BITS: Record<Reading, number> = { kubectl: 1, kustomize: 2, 'yaml-1.1': 4, 'yaml-1.2': 8 };
const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

interface Vector {
  input: string;
}
const vectors = (
  JSON.parse(readFileSync(`${FIXTURES}yaml/vectors.json`, 'utf8')) as { vectors: Vector[] }
).vectors.map((v) => v.input);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.(?:ya?ml|json)$/i.test(name) ? [full] : [];
  });
}
const files = [...filesUnder(FIXTURES), ...filesUnder(CORPUS)].map((file) => ({
  file,
  text: readFileSync(file, 'utf8'),
}));

/** Equal as the readers built them: same keys in the same order, numbers as Object.is. */
function identical(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Object.keys(a);
  const other = Object.keys(b);
  if (keys.length !== other.length || keys.some((key, i) => key !== other[i])) return false;
  return keys.every((key) =>
    identical((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** Every path in a value (at most `limit`), and a few that are not there. */
function paths(value: unknown, limit = 400): PathSegment[][] {
  const found: PathSegment[][] = [[], ['missing'], [0]];
  const visit = (item: unknown, at: PathSegment[]): void => {
    if (found.length >= limit || typeof item !== 'object' || item === null) return;
    const entries: [PathSegment, unknown][] = Array.isArray(item)
      ? item.map((element, i) => [i, element])
      : Object.entries(item);
    for (const [segment, element] of entries) {
      const next = [...at, segment];
      found.push(next, [...next, 'missing']);
      visit(element, next);
    }
  };
  visit(value, []);
  return found;
}

function sameOutcome(shared: ReadOutcome, alone: ReadOutcome): string | undefined {
  if (shared.ok !== alone.ok) return `ok ${shared.ok} shared, ${alone.ok} alone`;
  if (!shared.ok || !alone.ok) {
    const [a, b] = [shared, alone] as { ok: false; error: { message: string; offset: number } }[];
    return a?.error.message === b?.error.message && a?.error.offset === b?.error.offset
      ? undefined
      : 'different errors';
  }
  if (!identical(shared.reading.value, alone.reading.value)) return 'different values';
  for (const at of paths(alone.reading.value)) {
    if (shared.reading.offsetOf(at) !== alone.reading.offsetOf(at))
      return `different offsets at ${at.join('.')}`;
  }
  return undefined;
}

function roots(text: string): YamlNode[] {
  const parsed = parseText(text, { maxDepth: 64 });
  const all = new Set<YamlNode>();
  for (const stream of [parsed.stream, parsed.streamV3, parsed.streamSpec])
    for (const doc of stream.documents) all.add(doc.root);
  for (const doc of parsed.kubectl.documents) if (doc.root) all.add(doc.root);
  return [...all];
}

/**
 * For every root of the text: what the kubectl reading records, against every reading alone.
 * Returns the problems found, and counts how often each reading was shared.
 */
function check(text: string, shared: Record<Reading, number>): string[] {
  const problems: string[] = [];
  for (const root of roots(text)) {
    const expansions = aliasExpansions(root, 100);
    if (isTree(root) && expansions !== 0) problems.push('a tree with alias expansions');
    // The registry refuses such a root before any reader reads it.
    if (expansions > 100) continue;
    const kubectlAlone = readNode(root, 'kubectl', OPTIONS);
    const tracked = readNode(root, 'kubectl', OPTIONS, true);
    const same = sameOutcome(tracked, kubectlAlone);
    if (same) problems.push(`kubectl, tracked and not: ${same}`);
    const agreement = agreementOf(root);
    if (agreement === undefined) {
      problems.push('no agreement recorded');
      continue;
    }
    if ((agreement.readings & 1) === 0) problems.push('kubectl missing from its own agreement');
    if (agreement.treeWithUniqueKeys) {
      shareReadings(false);
      if (duplicateKeys(root).length > 0) problems.push('duplicate keys in a tree with unique keys');
      shareReadings(true);
      if (aliasExpansions(root, 100) !== 0) problems.push('alias expansions in a tree');
    }
    for (const reading of READINGS) {
      if (reading === 'kubectl' || (agreement.readings & BITS[reading]) === 0) continue;
      shared[reading]++;
      const difference = sameOutcome(tracked, readNode(root, reading, OPTIONS));
      if (difference) problems.push(`${reading}: ${difference} in ${JSON.stringify(text.slice(0, 200))}`);
    }
  }
  return problems;
}

/** A whole file, read with every shortcut and with none: the same report, and the same documents. */
function sameFileReading(text: string, file: string): boolean {
  const limits = { maxBytes: 4 * 1024 * 1024, maxDepth: 64, maxAliases: 100 };
  const read = () =>
    JSON.stringify([
      readManifestFile(text, file, limits),
      readDocuments(text, file, limits).documents.map((doc) => [doc.line, doc.value]),
    ]);
  shareReadings(false);
  const alone = read();
  shareReadings(true);
  return read() === alone;
}

afterEach(() => shareReadings(true));

describe('sharing the kubectl reading (agreement.ts)', () => {
  it('never changes a reading: the differential vectors', () => {
    const shared = { kubectl: 0, kustomize: 0, 'yaml-1.1': 0, 'yaml-1.2': 0 };
    const problems = vectors.flatMap((text) => check(text, shared));
    expect(problems.slice(0, 5)).toEqual([]);
    // The shortcut is taken, not only checked: most vectors are made to differ, but not all.
    expect(shared.kustomize).toBeGreaterThan(100);
    expect(shared['yaml-1.2']).toBeGreaterThan(100);
  });

  it('never changes a reading: the fixtures and the corpus', () => {
    const shared = { kubectl: 0, kustomize: 0, 'yaml-1.1': 0, 'yaml-1.2': 0 };
    const problems = files.flatMap(({ text }) => check(text, shared));
    expect(problems.slice(0, 5)).toEqual([]);
    expect(shared.kustomize).toBeGreaterThan(100);
  });

  it('never changes a report: every vector, fixture and corpus file read with and without sharing', () => {
    const different = [
      ...vectors.map((text, i) => ({ text, file: `vector-${i}.yaml` })),
      ...files.map(({ file, text }) => ({ file: path.basename(file), text })),
    ].filter(({ text, file }) => !sameFileReading(text, file));
    expect(different.map((d) => d.file).slice(0, 5)).toEqual([]);
  });

  it('never changes a reading or a report: generated texts', () => {
    const shared = { kubectl: 0, kustomize: 0, 'yaml-1.1': 0, 'yaml-1.2': 0 };
    fc.assert(
      fc.property(trickyYaml, (text) => {
        expect(check(text, shared)).toEqual([]);
        expect(sameFileReading(text, 'generated.yaml')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never changes a reading or a report: generated documents without aliases, tags or merge keys', () => {
    const shared = { kubectl: 0, kustomize: 0, 'yaml-1.1': 0, 'yaml-1.2': 0 };
    const scalar = fc.oneof(
      fc.constantFrom(
        ...SCALAR_WORDS.filter((w) => !/[#:\-\n]|^(?:<<|---|\.\.\.)$|^\s|\s$/.test(w) || w === '-0'),
      ),
      fc.stringMatching(/^[0-9a-fA-FxXoObB+._:eE-]{1,12}$/),
      fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s)),
    );
    const key = fc.oneof(
      fc.constantFrom('a', 'b', 'kind', 'on', 'yes', '1', '0x1', '1.5', 'null', '"<<"', "'x'", '~'),
      fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/),
    );
    const { node } = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc
          .array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4 })
          .map((entries) => `{${entries.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
        fc.array(tie('node'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
      ),
    }));
    const documents = fc.array(
      fc.tuple(key, node).map(([k, v]) => `${k}: ${v}\nkind: Rollout\n`),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(documents, fc.boolean(), (docs, json) => {
        const text = json ? `{"a": ${docs.length}, "b": [1, 2.5, "x", true, null]}\n` : docs.join('---\n');
        expect(check(text, shared)).toEqual([]);
        expect(sameFileReading(text, json ? 'generated.json' : 'generated.yaml')).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(shared.kustomize).toBeGreaterThan(50);
    expect(shared['yaml-1.1']).toBeGreaterThan(50);
  });
});

describe('plain scalars that are strings by their look (alwaysString)', () => {
  const isText = (text: string) => {
    const resolutions = [resolveGo(text, false), resolveGo(text, true), resolve11(text), resolve12(text)];
    return resolutions.every((r) => r.kind === 'str' && r.value === text);
  };

  it('are strings, with their own text, to every schema', () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^[-+.0-9][0-9a-zA-Z_.:+, \t-]{0,14}$/),
      fc.stringMatching(/^[yYnNtTfFoO~<=][a-zA-Z<=]{0,6}$/),
      fc.constantFrom(...SCALAR_WORDS),
    );
    fc.assert(
      fc.property(texts, (text) => {
        if (alwaysString(text)) expect(isText(text)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('cover what manifests are made of', () => {
    for (const text of [
      'nginx',
      'apps/v1',
      '1.2.3-rc.1',
      'v1.2.3',
      '2.1.0(eslint@9.39.2)',
      'falsey',
      'nullable',
    ])
      expect(alwaysString(text)).toBe(true);
    for (const text of ['1.5', '0x1F', '2001-12-14', 'yes', 'null', '', '<<', '=', '.inf', '1_000', '1:30'])
      expect(alwaysString(text)).toBe(false);
  });
});
