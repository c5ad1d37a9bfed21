import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWhole } from '../../../src/formats/yaml/index.js';
import { FIXTURES } from '../../helpers.js';
import { KNOWN_CASES } from './generators.js';

/**
 * The known divergences, one by one, as go-yaml reads them (recorded in the vectors): here our
 * reading must be exactly go-yaml's, not merely a refusal. (`!!binary` values are refused by
 * design: the one case holding one is left out.)
 */
interface Vector {
  input: string;
  kubectl?: unknown[];
  kustomize?: unknown[];
}

const { vectors } = JSON.parse(readFileSync(`${FIXTURES}yaml/vectors.json`, 'utf8')) as { vectors: Vector[] };
const recorded = new Map(vectors.map((vector) => [vector.input, vector]));
const OPTIONS = { maxDepth: 64, maxAliases: 100, cloudFormation: false };

describe('known divergences, read exactly as go-yaml reads them', () => {
  it.each(
    KNOWN_CASES.filter((text) => !text.includes('!!binary')).map((text) => [JSON.stringify(text), text]),
  )('%s', (_name, text) => {
    const vector = recorded.get(text);
    expect(vector, 'recorded in the vectors').toBeDefined();
    for (const reading of ['kubectl', 'kustomize'] as const) {
      const ours = readWhole(text, reading, OPTIONS);
      const expected = vector?.[reading];
      if (expected === undefined) expect(ours.ok, `${reading} refuses it, as go-yaml does`).toBe(false);
      else expect(ours, reading).toEqual({ ok: true, documents: expected });
    }
  });
});
