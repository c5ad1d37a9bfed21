/**
 * Writes the generated parts of the documentation (see reference.ts): `npm run docs`, through
 * scripts/generate-docs.mjs. Each page keeps its hand-written text; only what lies between a
 * section's markers is replaced, and docs/rules.md is written whole.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { DocSources } from './reference.js';
import { GENERATED, rulesPage, withSection } from './reference.js';

export function readSources(root: string): DocSources {
  return {
    policySchema: JSON.parse(
      readFileSync(`${root}/schema/policy.schema.json`, 'utf8'),
    ) as DocSources['policySchema'],
    action: parseYaml(readFileSync(`${root}/action.yml`, 'utf8')) as DocSources['action'],
  };
}

export function generateDocs(root: string): string[] {
  const sources = readSources(root);
  const written = new Set<string>();
  writeFileSync(`${root}/docs/rules.md`, rulesPage());
  written.add('docs/rules.md');
  for (const section of GENERATED) {
    const path = `${root}/${section.file}`;
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, withSection(text, section.name, section.build(sources)));
    written.add(section.file);
  }
  return [...written];
}
