import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWhole } from '../../../src/formats/yaml/whole.js';
import { FIXTURES } from '../../helpers.js';

/**
 * go-yaml's own answers (recorded by scripts/yaml-reference) for a few thousand generated texts:
 * on every one, our kubectl and kustomize readings equal go-yaml's exactly, or we refuse.
 */
interface Vector {
  input: string;
  kubectl?: unknown[];
  kubectlError?: string;
  kustomize?: unknown[];
  kustomizeError?: string;
}

const { vectors } = JSON.parse(readFileSync(`${FIXTURES}yaml/vectors.json`, 'utf8')) as { vectors: Vector[] };
const OPTIONS = { maxDepth: 64, maxAliases: 100, cloudFormation: false };

describe('the YAML reader against go-yaml', () => {
  it('has a few thousand vectors to check', () => {
    expect(vectors.length).toBeGreaterThan(3000);
  });

  it.each(['kubectl', 'kustomize'] as const)('reads every vector as %s does, or refuses it', (reading) => {
    const disagreements: string[] = [];
    let read = 0;
    let refused = 0;
    for (const vector of vectors) {
      const expected = vector[reading];
      const ours = readWhole(vector.input, reading, OPTIONS);
      if (!ours.ok) {
        if (expected !== undefined) refused++;
        continue;
      }
      if (expected === undefined) {
        disagreements.push(
          `${JSON.stringify(vector.input)}: go-yaml fails (${vector[`${reading}Error`]}), we read it`,
        );
      } else if (!sameData(ours.documents, expected)) {
        disagreements.push(`${JSON.stringify(vector.input)}: we read ${JSON.stringify(ours.documents)}`);
      } else {
        read++;
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
    // Refusing is allowed, but not as a way out: nearly everything go-yaml reads, we read too.
    expect(refused).toBeLessThan(read / 50);
  });
});

/** Equal as JSON data: key order aside, and numbers compared as numbers. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
