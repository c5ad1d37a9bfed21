import type { Diagnostic, RolloutPlan } from '../core/model.js';
import type { AdapterResult, FormatAdapter, SourceDocument } from './types.js';
import { DEFAULT_PARSE_LIMITS, isTemplatePath } from './yaml/index.js';
import type { ParseLimits, Reading } from './yaml/index.js';
import { CONSUMERS } from './registry/adapters.js';
import { analyse } from './registry/analyse.js';
import { sameData } from './registry/disagreement.js';
import type { Take } from './registry/documents.js';

/**
 * The formats' one entry: reads a file into documents the way their consumers read them (see
 * src/formats/yaml/), hands each document to the adapter that detects it, and reports documents
 * whose readers disagree instead of judging them. The parts live in src/formats/registry/.
 */
export { ADAPTERS, FORMAT_READINGS, readingsOf } from './registry/adapters.js';
export { looksLikeCloudFormation } from './registry/analyse.js';
export { sameData } from './registry/disagreement.js';

export interface FileReading {
  plans: RolloutPlan[];
  /**
   * Problems with a document that produces a plan, or could: readers that disagree, a document
   * no reader can read that names a rollout, a template. Always reported, wherever the file is.
   */
  diagnostics: Diagnostic[];
  /**
   * Problems of the file that no plan depends on: a syntax error in a document that names no
   * rollout, a file over the size limit that names none. Worth reporting only for files the
   * policy names as manifests (an odd YAML file elsewhere in the repository is not a finding).
   * Absent means none.
   */
  fileDiagnostics?: Diagnostic[];
  /** Some document in the file belongs to a known format (even if it yields no plan). */
  recognised: boolean;
  /** The file holds template actions and could not be read as it is. */
  templated: boolean;
}

/**
 * The documents of a file, each as the first reader of its format reads it, with the problems
 * found (plan-level and file-level together): what the registry judges, for callers that read
 * documents themselves.
 */
export interface DocumentsReading {
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
  templated: boolean;
}

/** Parses one file and runs each document through the adapter that recognises it. */
export function readManifestFile(text: string, file: string, limits?: ParseLimits): FileReading {
  const analysis = analyse(text, file, limits ?? DEFAULT_PARSE_LIMITS);
  const plans: RolloutPlan[] = [];
  const diagnostics = [...analysis.diagnostics];
  const grouped = new Map<FormatAdapter, Take[][]>();
  for (const judged of analysis.judged) {
    const adapter = judged.adapter;
    if (adapter.combine) {
      grouped.set(adapter, [...(grouped.get(adapter) ?? []), judged.takes]);
      continue;
    }
    const result = judged.takes[0]?.result ?? { plans: [], diagnostics: [] };
    append(plans, result.plans);
    append(diagnostics, result.diagnostics);
  }
  for (const [adapter, groups] of grouped) {
    const result = combined(adapter, groups, file);
    append(plans, result.plans);
    append(diagnostics, result.diagnostics);
  }
  return {
    plans,
    diagnostics: capped(diagnostics),
    fileDiagnostics: capped(analysis.fileDiagnostics),
    recognised: analysis.recognised,
    templated: analysis.templated,
  };
}

/** Every document of a file under the first reading of its format (test and corpus support). */
export function readDocuments(text: string, file: string, limits?: ParseLimits): DocumentsReading {
  const analysis = analyse(text, file, limits ?? DEFAULT_PARSE_LIMITS);
  return {
    documents: analysis.documents,
    diagnostics: capped([...analysis.diagnostics, ...analysis.fileDiagnostics]),
    templated: analysis.templated,
  };
}

/** The first line holding a template action, when the file is a template that must be rendered first. */
export function templateLine(text: string, file: string, limits?: ParseLimits): number | undefined {
  if (!text.includes('{{') && !isTemplatePath(file)) return undefined;
  const analysis = analyse(text, file, limits ?? DEFAULT_PARSE_LIMITS);
  return analysis.templated ? analysis.diagnostics[0]?.line : undefined;
}

/**
 * For formats whose documents describe one rollout together (Cloud Deploy): every reading's
 * documents go to `combine`, and the results must agree.
 */
function combined(adapter: FormatAdapter, groups: Take[][], file: string): AdapterResult {
  const byReading = new Map<Reading, SourceDocument[]>();
  for (const takes of groups) {
    for (const take of takes) byReading.set(take.reading, [...(byReading.get(take.reading) ?? []), take.doc]);
  }
  const results = [...byReading.entries()].map(([reading, docs]) => ({
    reading,
    docs,
    result: adapter.combine?.(docs) ?? { plans: [], diagnostics: [] },
  }));
  const [first, ...others] = results;
  if (first === undefined) return { plans: [], diagnostics: [] };
  const other = others.find((candidate) => !sameData(candidate.result, first.result));
  if (other === undefined) return first.result;
  return {
    plans: [],
    diagnostics: [
      {
        code: 'MANIFEST_UNPARSEABLE',
        message: `${CONSUMERS[first.reading]} and ${CONSUMERS[other.reading]} read this file's rollout differently: readers disagree, so it cannot be judged`,
        file,
        line: first.docs[0]?.line ?? 1,
      },
    ],
  };
}

/** Appends without spreading (a spread of a very long list overflows the call stack). */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** A file that is not YAML at all (jsonnet, say) yields a problem per line; the first few tell the story. */
const MAX_DIAGNOSTICS_PER_FILE = 10;

function capped(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE) return diagnostics;
  const shown = diagnostics.slice(0, MAX_DIAGNOSTICS_PER_FILE);
  const last = shown[shown.length - 1] as Diagnostic;
  shown.push({
    ...last,
    message: `and ${diagnostics.length - MAX_DIAGNOSTICS_PER_FILE} more problems in this file`,
  });
  return shown;
}
