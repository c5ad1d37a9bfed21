import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWhole } from '../../../src/formats/yaml/whole.js';

/**
 * The rules the kubectl (go-yaml v2) and kustomize (go-yaml v3) readings follow, checked on
 * generated documents without Go. The vectors test compares with go-yaml itself.
 */
const OPTIONS = { maxDepth: 64, maxAliases: 100, cloudFormation: false };
const kubectl = (text: string) => readWhole(text, 'kubectl', OPTIONS);
const kustomize = (text: string) => readWhole(text, 'kustomize', OPTIONS);

const WORD = fc
  .stringMatching(/^[a-z][a-z0-9-]{0,8}$/)
  .filter((w) => !/^(?:y|n|yes|no|on|off|true|false|null)$/.test(w));

describe('kubectl and kustomize readings', () => {
  it('agree on documents that use none of the parts where they differ', () => {
    const scalar = fc.oneof(
      WORD,
      fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
      fc.integer({ min: 1, max: 100_000 }).map(String),
    );
    // A node is a scalar (one line, written after its key) or a collection (lines of its own).
    type Node = { scalar: string } | { lines: string[] };
    const lines = (value: Node, indent: string) =>
      'scalar' in value ? [] : value.lines.map((l) => indent + l);
    const { node } = fc.letrec<{ node: Node }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        scalar.map((s): Node => ({ scalar: s })),
        fc.array(fc.tuple(WORD, tie('node')), { minLength: 1, maxLength: 4 }).map((entries): Node => {
          const seen = new Set<string>();
          return {
            lines: entries
              .filter(([key]) => !seen.has(key) && seen.add(key))
              .flatMap(([key, value]) =>
                'scalar' in value ? [`${key}: ${value.scalar}`] : [`${key}:`, ...lines(value, '  ')],
              ),
          };
        }),
        fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items): Node => ({
          lines: items.flatMap((value) =>
            'scalar' in value ? [`- ${value.scalar}`] : ['-', ...lines(value, '  ')],
          ),
        })),
      ),
    }));
    const documents = fc.array(
      fc.tuple(node, fc.boolean()).map(([root, comment]) => {
        const body = 'scalar' in root ? [root.scalar] : root.lines;
        return (comment ? ['# note', ...body] : body).join('\n');
      }),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(documents, (docs) => {
        const text = `${docs.join('\n---\n')}\n`;
        expect(kubectl(text)).toEqual(kustomize(text));
        expect(kubectl(text).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('read YAML 1.1 booleans as booleans for kubectl and as text for kustomize', () => {
    const words = fc.constantFrom(
      'y',
      'Y',
      'yes',
      'Yes',
      'YES',
      'on',
      'On',
      'ON',
      'n',
      'N',
      'no',
      'No',
      'NO',
      'off',
      'Off',
      'OFF',
    );
    fc.assert(
      fc.property(words, (word) => {
        const truthy = /^(?:y|yes|on)$/i.test(word);
        expect(kubectl(`a: ${word}\n`)).toEqual({ ok: true, documents: [{ a: truthy }] });
        expect(kustomize(`a: ${word}\n`)).toEqual({ ok: true, documents: [{ a: word }] });
        // Quoted, they are text for both.
        expect(kubectl(`a: "${word}"\n`)).toEqual(kustomize(`a: "${word}"\n`));
      }),
    );
  });

  it('read a leading-zero number as octal, and `_` as a digit separator, both alike', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 0o7777 }),
        fc.integer({ min: 1000, max: 999_999 }),
        (octal, big) => {
          const grouped = String(big).replace(/(\d)(?=(\d{3})+$)/g, '$1_');
          const text = `mode: 0${octal.toString(8)}\nsize: ${grouped}\n`;
          expect(kubectl(text)).toEqual({ ok: true, documents: [{ mode: octal, size: big }] });
          expect(kustomize(text)).toEqual(kubectl(text));
        },
      ),
    );
  });

  it('apply merge keys as documented: v2 in place (a later `<<` overrides), v3 explicit keys first', () => {
    type Entry = { key: string; value: string } | { merge: string[] };
    const SOURCES: Record<string, Record<string, string>> = {
      a: { k1: 'a1', k2: 'a2' },
      b: { k2: 'b2', k3: 'b3' },
    };
    const entry: fc.Arbitrary<Entry> = fc.oneof(
      fc.record({ key: fc.constantFrom('k1', 'k2', 'k3'), value: fc.constantFrom('e1', 'e2') }),
      fc.record({ merge: fc.array(fc.constantFrom('a', 'b'), { minLength: 1, maxLength: 2 }) }),
    );
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 4 }), (entries) => {
        const render = (e: Entry) =>
          'key' in e
            ? `  ${e.key}: ${e.value}`
            : `  <<: ${e.merge.length === 1 ? `*${e.merge[0]}` : `[${e.merge.map((m) => `*${m}`).join(', ')}]`}`;
        const text = `a: &a {k1: a1, k2: a2}\nb: &b {k2: b2, k3: b3}\nt:\n${entries.map(render).join('\n')}\n`;

        // go-yaml v2: every entry in order; a list of maps from its last to its first.
        const v2: Record<string, string> = {};
        for (const e of entries) {
          if ('key' in e) v2[e.key] = e.value;
          else for (const name of [...e.merge].reverse()) Object.assign(v2, SOURCES[name]);
        }
        expect(kubectl(text)).toMatchObject({ ok: true, documents: [{ t: v2 }] });

        // go-yaml v3: a key or `<<` written twice is an error; explicit keys win; the merged
        // maps fill in, the first of a list first.
        const keys = entries.map((e) => ('key' in e ? e.key : '<<'));
        if (new Set(keys).size < keys.length) {
          expect(kustomize(text).ok).toBe(false);
          return;
        }
        const v3: Record<string, string> = {};
        for (const e of entries) if ('key' in e) v3[e.key] = e.value;
        for (const e of entries) {
          if ('merge' in e) {
            for (const name of e.merge) {
              for (const [key, value] of Object.entries(SOURCES[name] ?? {}))
                if (!(key in v3)) v3[key] = value;
            }
          }
        }
        expect(kustomize(text)).toMatchObject({ ok: true, documents: [{ t: v3 }] });
      }),
    );
  });

  it('end a comment at NEL, LS and PS: what follows on the same line is read', () => {
    fc.assert(
      fc.property(fc.constantFrom('\u0085', '\u2028', '\u2029'), WORD, (lineBreak, key) => {
        const text = `a: 1 # note${lineBreak}${key}x: 2\n`;
        for (const read of [kubectl, kustomize]) {
          expect(read(text)).toEqual({ ok: true, documents: [{ a: 1, [`${key}x`]: 2 }] });
        }
      }),
    );
  });

  it('keep the last of two equal keys (kubectl) or refuse the document (kustomize)', () => {
    fc.assert(
      fc.property(WORD, WORD, WORD, (key, first, second) => {
        const text = `${key}: ${first}\n${key}: ${second}\n`;
        expect(kubectl(text)).toEqual({ ok: true, documents: [{ [key]: second }] });
        expect(kustomize(text).ok).toBe(false);
      }),
    );
  });

  it('cut documents as kubectl does: at every line starting `---`, whatever a YAML stream does', () => {
    const separator = fc.constantFrom('---', '--- # c', '---\t', '---#c');
    fc.assert(
      fc.property(fc.array(fc.tuple(separator, WORD), { minLength: 1, maxLength: 4 }), (parts) => {
        const text = `first: 0\n${parts.map(([line, key]) => `${line}\n${key}: 1\n`).join('')}`;
        const read = kubectl(text);
        expect(read.ok && read.documents.length).toBe(parts.length + 1);
        // go-yaml reads `---#c` as text, not as a document start.
        if (parts.some(([line]) => line === '---#c')) expect(kustomize(text)).not.toEqual(read);
        else expect(kustomize(text)).toEqual(read);
      }),
    );
  });

  it('read only the first document of a kubectl chunk: `...` hides the rest from kubectl', () => {
    fc.assert(
      fc.property(WORD, WORD, (a, b) => {
        const text = `${a}: 1\n...\n${b}: 2\n`;
        expect(kubectl(text)).toEqual({ ok: true, documents: [{ [a]: 1 }] });
        expect(kustomize(text).ok).toBe(false);
      }),
    );
  });
});
