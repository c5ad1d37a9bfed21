import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICY, DEFAULT_MANIFEST_GLOBS, POLICY_SCHEMA_URL } from '../src/core/policy.js';
import { VERSION } from '../src/version.js';

const read = (name: string) => readFileSync(new URL(`../${name}`, import.meta.url), 'utf8');
const README = read('README.md');

type Schema = Record<string, unknown> & { $id: string; $schema: string };
const FILES = ['policy.schema.json', 'exemptions.schema.json', 'native.schema.json'] as const;
const schemas = Object.fromEntries(FILES.map((file) => [file, JSON.parse(read(`schema/${file}`)) as Schema]));
const policy = schemas['policy.schema.json'] as Schema;

/** Every subschema with its JSON pointer, for the keywords found across the tree. */
function* subschemas(node: unknown, pointer = ''): Generator<[string, Record<string, unknown>]> {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const schema = node as Record<string, unknown>;
  yield [pointer, schema];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'default' || key === 'examples' || key === 'enum' || key === 'const') continue;
    const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!Array.isArray(value)) yield* subschemas(value, child);
    else for (const [index, item] of value.entries()) yield* subschemas(item, `${child}/${index}`);
  }
}

function at(root: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);
}

describe('the JSON Schemas', () => {
  it.each(FILES)('%s is draft-07, valid against its meta-schema, and compiles in ajv strict mode', (file) => {
    const schema = schemas[file] as Schema;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    // draft-07 keeps subschemas under `definitions`; `$defs` is 2019-09 and later.
    expect(JSON.stringify(schema)).not.toContain('$defs');
    const ajv = new Ajv({ strict: true, allErrors: true });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it.each(FILES)('%s has one canonical $id: its copy at this release tag', (file) => {
    expect((schemas[file] as Schema).$id).toBe(
      `https://raw.githubusercontent.com/rollout-guard/rollout-guard/v${VERSION}/schema/${file}`,
    );
  });

  it('names that $id wherever a policy points an editor at the schema', () => {
    expect(POLICY_SCHEMA_URL).toBe(policy.$id);
    const modelines =
      `${README}\n${read('docs/policy.md')}`.match(/yaml-language-server: \$schema=\S+/g) ?? [];
    expect(modelines.length).toBeGreaterThan(0);
    for (const line of modelines) expect(line).toBe(`yaml-language-server: $schema=${policy.$id}`);
  });

  it('gives the built-in value of each key as its default', () => {
    const canary = BUILTIN_POLICY.defaultEnvironment.canary;
    const expected: Record<string, unknown> = {
      '/properties/manifests/properties/include': DEFAULT_MANIFEST_GLOBS,
      '/properties/manifests/properties/exclude': BUILTIN_POLICY.manifests.exclude,
      '/properties/manifests/properties/maxFileBytes': BUILTIN_POLICY.manifests.maxFileBytes,
      '/properties/content': BUILTIN_POLICY.content,
      '/properties/protectedPaths': BUILTIN_POLICY.protectedPaths,
      '/properties/environments': BUILTIN_POLICY.environments,
      '/properties/pullRequest/properties/rollbackHeadings': BUILTIN_POLICY.pullRequest.rollbackHeadings,
      '/properties/pullRequest/properties/evidenceHeadings': BUILTIN_POLICY.pullRequest.evidenceHeadings,
      '/properties/pullRequest/properties/minSectionLength': BUILTIN_POLICY.pullRequest.minSectionLength,
      '/properties/evidence/properties/allowedHosts': BUILTIN_POLICY.evidence.allowedHosts,
      '/properties/evidence/properties/paths': BUILTIN_POLICY.evidence.paths,
      '/properties/evidence/properties/checkApp': BUILTIN_POLICY.evidence.checkApp,
      '/properties/evidence/properties/repositories': BUILTIN_POLICY.evidence.repositories,
      '/properties/evidence/properties/unverified': BUILTIN_POLICY.evidence.unverified,
      '/properties/evidence/properties/freshness': BUILTIN_POLICY.evidence.freshness,
      '/properties/evidence/properties/trustForkRuns': BUILTIN_POLICY.evidence.trustForkRuns,
      '/properties/rules': BUILTIN_POLICY.rules,
      '/properties/approvers/properties/users': BUILTIN_POLICY.approvers.users,
      '/properties/approvers/properties/teams': BUILTIN_POLICY.approvers.teams,
      '/properties/breakGlass/properties/label': BUILTIN_POLICY.breakGlass.label,
      '/properties/breakGlass/properties/rules': BUILTIN_POLICY.breakGlass.rules,
      '/properties/exemptions/properties/file': BUILTIN_POLICY.exemptions.file,
      '/properties/exemptions/properties/expiryWarningDays': BUILTIN_POLICY.exemptions.expiryWarningDays,
      '/properties/exemptions/properties/allowLocal': BUILTIN_POLICY.exemptions.allowLocal,
      '/definitions/canary/properties/required': canary.required,
      '/definitions/canary/properties/strategies': canary.strategies,
      '/definitions/canary/properties/minStages': canary.minStages,
      '/definitions/canary/properties/maxInitialWeight': canary.maxInitialWeight,
      '/definitions/canary/properties/maxStepIncrease': canary.maxStepIncrease,
      '/definitions/canary/properties/minHold': `${canary.minHoldSeconds / 60}m`,
      '/definitions/canary/properties/gateCountsAsHold': canary.gateCountsAsHold,
      '/definitions/canary/properties/requireAnalysis': canary.requireAnalysis,
      '/definitions/canary/properties/noRegression': canary.noRegression,
      '/definitions/canary/properties/namedStages': canary.namedStages,
      '/definitions/canary/properties/protectDeletion': canary.protectDeletion,
      '/definitions/rollback': BUILTIN_POLICY.defaultEnvironment.rollback,
      '/definitions/environmentEvidence/properties/required':
        BUILTIN_POLICY.defaultEnvironment.evidence.required,
      '/definitions/environmentEvidence/properties/checks': BUILTIN_POLICY.defaultEnvironment.evidence.checks,
    };
    for (const [pointer, value] of Object.entries(expected)) {
      expect((at(policy, pointer) as { default?: unknown }).default, pointer).toEqual(value);
    }
    // And no default that the list above does not check.
    const withDefault = [...subschemas(policy)].filter(([, schema]) => 'default' in schema).map(([p]) => p);
    expect(withDefault.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(FILES)('%s: every default and example is valid where it stands', (file) => {
    const schema = schemas[file] as Schema;
    const ajv = new Ajv({ strict: true, allErrors: true });
    ajv.addSchema(schema);
    let checked = 0;
    for (const [pointer, subschema] of subschemas(schema)) {
      const values = [
        ...('default' in subschema ? [subschema.default] : []),
        ...((subschema.examples as unknown[] | undefined) ?? []),
      ];
      if (values.length === 0) continue;
      const validate = ajv.getSchema(`${schema.$id}#${pointer}`);
      for (const value of values) {
        expect(validate?.(value), `${pointer}: ${JSON.stringify(validate?.errors)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('the SchemaStore catalog entries', () => {
  interface Entry {
    name: string;
    description: string;
    fileMatch: string[];
    url: string;
    versions: Record<string, string>;
  }
  const catalog = JSON.parse(read('schema/schemastore-catalog.json')) as { schemas: Entry[] };

  it('match the default file of each schema, at the schema $id, with this release among the versions', () => {
    const byFile = new Map(catalog.schemas.map((entry) => [entry.url, entry]));
    const policyEntry = byFile.get(policy.$id);
    const exemptionsEntry = byFile.get((schemas['exemptions.schema.json'] as Schema).$id);
    expect(policyEntry?.fileMatch).toContain('.github/rollout-guard.yml');
    expect(exemptionsEntry?.fileMatch).toContain(BUILTIN_POLICY.exemptions.file);
    for (const entry of catalog.schemas) {
      expect(entry.versions[VERSION]).toBe(entry.url);
      // SchemaStore's own rule: a description that says what the file is, without a final period.
      expect(entry.description).not.toMatch(/\.$/);
    }
    expect(catalog.schemas).toHaveLength(2);
  });
});
