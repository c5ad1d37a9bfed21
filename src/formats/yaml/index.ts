/**
 * rollout-guard's YAML reader: go-yaml's (libyaml's) behaviour, and the readings of each program
 * that acts on a manifest. The registry (../registry.ts) is its one user in the pipeline.
 *
 * - `parseText`: a text as the YAML stream (go-yaml v2's and v3's scanners) and as kubectl cuts it.
 * - `fileUnits`: the documents every reader agrees are one, with each reader's reading of them.
 * - `readNode`: one document as `kubectl`, `kustomize`, `yaml-1.1` or `yaml-1.2` reads it.
 * - `readWhole`: a whole file as kubectl or kustomize reads it (what the differential tests compare).
 */
export { YamlError } from './errors.js';
export { DEFAULT_PARSE_LIMITS, tooLargeMessage } from './limits.js';
export type { ParseLimits } from './limits.js';
export { lineCounter } from './lines.js';
export { READINGS, aliasExpansions, readNode } from './readings.js';
export type { DocumentReading, PathSegment, ReadOptions, Reading } from './readings.js';
export { parseText } from './stream.js';
export type { ParsedText } from './stream.js';
export { findTemplateActions, isTemplateByExtension, isTemplatePath, mayHoldPlan } from './templates.js';
export { duplicateKeys, fileUnits, oddBreaks } from './units.js';
export type { Unit, UnitReading } from './units.js';
export { readWhole } from './whole.js';
export type { WholeReading } from './whole.js';
export type { YamlNode } from './compose.js';
