import type { Diagnostic } from '../core/model.js';
import { readDocuments, templateLine } from './registry.js';
import { DEFAULT_PARSE_LIMITS } from './yaml/index.js';
import type { ParseLimits } from './yaml/index.js';
import type { SourceDocument } from './types.js';

export { DEFAULT_PARSE_LIMITS };
export { tooLargeMessage } from './yaml/index.js';
export type { ParseLimits };
export { looksLikeCloudFormation } from './registry.js';

export interface ParsedFile {
  /** Every document, as the first reader of its format reads it; documents readers disagree on are left out. */
  documents: SourceDocument[];
  /** Problems that make the file, or one of its documents, impossible to judge. */
  diagnostics: Diagnostic[];
  /** True when the text is a Go/Helm template and cannot be judged as is. */
  templated: boolean;
}

/**
 * Parses a YAML or JSON file into documents the way their consumers read them (see
 * src/formats/yaml/): size is checked before the parser runs, nesting and aliases are bounded,
 * and a document whose readers disagree on anything its plan depends on is left out, its problem
 * reported instead. For tests and callers that run adapters themselves; the pipeline reads files
 * with `readManifestFile`.
 */
export function parseManifestText(
  text: string,
  file: string,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): ParsedFile {
  return readDocuments(text, file, limits);
}

/**
 * The first line holding a Go/Helm template action, when the file must be rendered before it can
 * be judged: a `.tpl`/`.gotmpl`/`.tmpl` file, a chart's `templates/` file holding an action, or an
 * action outside the quoted and block scalars of a Kubernetes object that produces a plan.
 * Without `file`, only the content counts.
 */
export function findTemplateLine(text: string, file = ''): number | undefined {
  return templateLine(text, file);
}
