import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseManifestText } from '../src/formats/document.js';
import type { SourceDocument } from '../src/formats/types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixtureText(relativePath: string): string {
  return readFileSync(FIXTURES + relativePath, 'utf8');
}

/** Parses a fixture file into documents and fails the test if the file itself has problems. */
export function fixtureDocuments(relativePath: string): SourceDocument[] {
  const parsed = parseManifestText(fixtureText(relativePath), relativePath);
  if (parsed.diagnostics.length > 0) {
    throw new Error(`fixture ${relativePath} does not parse: ${JSON.stringify(parsed.diagnostics)}`);
  }
  return parsed.documents;
}

/** Parses inline YAML (a test's own small manifest) into its documents. */
export function documentsOf(yamlText: string, file = 'inline.yaml'): SourceDocument[] {
  const parsed = parseManifestText(yamlText, file);
  if (parsed.diagnostics.length > 0) throw new Error(JSON.stringify(parsed.diagnostics));
  return parsed.documents;
}
