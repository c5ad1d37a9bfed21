import { expect } from 'vitest';
import type { DiagnosticCode, RolloutPlan } from '../../src/core/model.js';
import type { AdapterResult, FormatAdapter, SourceDocument } from '../../src/formats/types.js';
import { readManifestFile } from '../../src/formats/registry.js';
import type { FileReading } from '../../src/formats/registry.js';
import { documentsOf, fixtureDocuments, fixtureText } from '../helpers.js';

/**
 * What every adapter test reads with: a fixture or a test's own YAML, parsed by the registry's
 * readers, handed to the adapter as the registry hands it documents (only those `detect`
 * accepts; all of a file at once to `combine` when `whole` is set), and asserted by code and
 * line rather than wording:
 *
 * ```ts
 * const { fixture, inline } = adapterHarness(native, 'manifests/native');
 * expect(diagnosticsOf(fixture('invalid-bypasses.yaml'))).toEqual([['MANIFEST_FIELD_INVALID', 9]]);
 * ```
 */
export function adapterHarness(
  adapter: FormatAdapter,
  fixtureDir: string,
  options: { whole?: boolean; inlineFile?: string; fixturesOfOneFormat?: boolean } = {},
) {
  const read = (docs: SourceDocument[]): AdapterResult => {
    const detected = docs.filter((doc) => adapter.detect(doc));
    if (options.whole) {
      if (!adapter.combine) throw new Error(`${adapter.id} reads documents one by one: combine is missing`);
      return adapter.combine(detected);
    }
    const result: AdapterResult = { plans: [], diagnostics: [] };
    for (const doc of detected) {
      const { plans, diagnostics } = adapter.toPlans(doc);
      result.plans.push(...plans);
      result.diagnostics.push(...diagnostics);
    }
    return result;
  };
  return {
    read,
    /** The fixture `fixtureDir/name`, which must hold a document of the adapter's format. */
    fixture(name: string): AdapterResult {
      const docs = fixtureDocuments(`${fixtureDir}/${name}`);
      const detected = docs.map((doc) => adapter.detect(doc));
      expect(detected, `${name} holds no ${adapter.id} document`).toContain(true);
      if (options.fixturesOfOneFormat) expect(detected, `${name} holds other documents`).not.toContain(false);
      return read(docs);
    },
    /** A test's own YAML (or JSON), read as the file `file`. */
    inline(text: string, file = options.inlineFile ?? 'inline.yaml'): AdapterResult {
      return read(documentsOf(text, file));
    },
  };
}

/** The one plan of a result. */
export function onlyPlan(result: AdapterResult): RolloutPlan {
  expect(result.plans).toHaveLength(1);
  return result.plans[0] as RolloutPlan;
}

/** The plan whose target has this name. */
export function planNamed(result: AdapterResult, name: string): RolloutPlan {
  const plan = result.plans.find((candidate) => candidate.target.name === name);
  if (!plan) throw new Error(`no plan for ${name}: ${result.plans.map((p) => p.target.name).join(', ')}`);
  return plan;
}

/** Code and line of each diagnostic, in order: what a test asserts, not the wording. */
export function diagnosticsOf(result: AdapterResult): [DiagnosticCode, number][] {
  return result.diagnostics.map(({ code, line }) => [code, line]);
}

/** A fixture read the whole way the pipeline reads it: `readManifestFile`, every format at once. */
export function throughRegistry(fixturePath: string): FileReading {
  return readManifestFile(fixtureText(fixturePath), fixturePath);
}
