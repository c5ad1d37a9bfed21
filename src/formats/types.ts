import type { Diagnostic, FormatId, RolloutPlan } from '../core/model.js';
import type { Reading } from './yaml/index.js';

export type { Reading };

/**
 * The readers a format's files go to when the format says nothing: Kubernetes objects, read by
 * kubectl, Argo CD and Helm (go-yaml v2) and by kustomize and Flux (go-yaml v3).
 */
export const DEFAULT_READINGS: readonly Reading[] = ['kubectl', 'kustomize'];

export type PathSegment = string | number;

/** One parsed YAML or JSON document as one reader reads it, with the positions needed to point at its lines. */
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
  /**
   * How the programs that act on this format's files read YAML, first the one whose reading is
   * judged. Each document is read every one of these ways; where the plans differ, it is not
   * judged but reported. Default: the registry's table for the format, else
   * {@link DEFAULT_READINGS}.
   */
  readings?: readonly Reading[];
  detect(doc: SourceDocument): boolean;
  toPlans(doc: SourceDocument): AdapterResult;
  /**
   * For formats whose documents describe one rollout together (a Cloud Deploy pipeline with its
   * Targets and Automations): when present, the registry hands it every document of a file that
   * this adapter detects, in order, instead of calling toPlans one by one.
   */
  combine?(docs: SourceDocument[]): AdapterResult;
}
