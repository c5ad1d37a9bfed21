import type { YamlError } from './errors.js';

/**
 * How each consumer turns a composed document into plain data.
 *
 * - `kubectl`: go-yaml v2 as sigs.k8s.io/yaml uses it (kubectl, Argo CD, Helm): YAML 1.1 booleans
 *   and octals, merge keys applied where they stand (a later `<<` overrides earlier keys), the
 *   last of duplicate keys wins, keys turned into JSON strings as YAMLToJSON does, and NaN or
 *   infinity refused by the JSON encoder. Anchors are per document.
 * - `kustomize`: go-yaml v3's decoder (kustomize, Flux): booleans are only true/false, octals as
 *   v2, timestamps become RFC 3339 times, merged keys never override explicit ones, duplicate
 *   keys are an error, and an alias may name an anchor from an earlier document of the stream.
 * - `yaml-1.1`: PyYAML and SnakeYAML (CloudFormation and SAM tooling, Spinnaker): YAML 1.1 types
 *   including base 60, explicit keys win over merged ones, the last duplicate wins, timestamps
 *   stay text.
 * - `yaml-1.2`: the YAML 1.2 core schema (GitHub Actions, Azure Pipelines, gcloud): no merge keys,
 *   duplicate keys are an error.
 *
 * Both YAML 1.x readings refuse keys that are not strings or integers and explicit tags other
 * than CloudFormation's short forms in a CloudFormation template; where a reader would need them,
 * the document is refused rather than guessed at.
 */
export type Reading = 'kubectl' | 'kustomize' | 'yaml-1.1' | 'yaml-1.2';

export const READINGS: readonly Reading[] = ['kubectl', 'kustomize', 'yaml-1.1', 'yaml-1.2'];

export type PathSegment = string | number;

export interface ReadOptions {
  /** CloudFormation's short-form intrinsic tags (!Ref, !If …) read as their long form. */
  cloudFormation: boolean;
}

export interface DocumentReading {
  value: unknown;
  /** Offset of the key (map entries) or item at `path`; its closest existing ancestor's otherwise. */
  offsetOf(path: readonly PathSegment[]): number;
}

export type ReadOutcome = { ok: true; reading: DocumentReading } | { ok: false; error: YamlError };
