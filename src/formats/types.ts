import type { Diagnostic, FormatId, RolloutPlan } from '../core/model.js';

export type PathSegment = string | number;

/** One parsed YAML or JSON document, with the positions needed to point at its lines. */
export interface SourceDocument {
  file: string;
  /** 0-based index of the document in its file. */
  index: number;
  /** 1-based line where the document's content starts. */
  line: number;
  /** The document as plain data (objects, arrays, strings, numbers, booleans, null). */
  value: unknown;
  /**
   * 1-based line of the node at `path` (the key's line for map entries); when the path does not
   * exist, the line of its closest existing ancestor.
   */
  lineOf(path: readonly PathSegment[]): number;
}

export interface AdapterResult {
  plans: RolloutPlan[];
  diagnostics: Diagnostic[];
}

/**
 * A manifest format. `detect` is cheap and decides whether the document belongs to this format;
 * `toPlans` never throws: odd input becomes a diagnostic.
 */
export interface FormatAdapter {
  id: FormatId;
  detect(doc: SourceDocument): boolean;
  toPlans(doc: SourceDocument): AdapterResult;
  /**
   * For formats whose documents describe one rollout together (a Cloud Deploy pipeline with its
   * Targets and Automations): when present, the registry hands it every document of a file that
   * this adapter detects, in order, instead of calling toPlans one by one.
   */
  combine?(docs: SourceDocument[]): AdapterResult;
}
