import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';
import { RULE_IDS } from '../src/core/model.js';
import { STARTER_POLICY } from '../src/cli/starter-policy.js';

/**
 * The schemas as an editor sees them: the YAML language server (what VS Code's YAML extension and
 * most editors run) finds the schema by the modeline `rollout-guard init` writes, fetches it by its
 * URL (served here from the checkout: the tests run offline), and completes and validates.
 */
const read = (name: string) => readFileSync(new URL(`../${name}`, import.meta.url), 'utf8');
const SCHEMAS = new Map(
  ['schema/policy.schema.json', 'schema/exemptions.schema.json', 'schema/native.schema.json'].map((file) => {
    const text = read(file);
    return [(JSON.parse(text) as { $id: string }).$id, text] as const;
  }),
);
const [POLICY_URL = '', EXEMPTIONS_URL = '', NATIVE_URL = ''] = [...SCHEMAS.keys()];

function languageService() {
  const service = getLanguageService({
    schemaRequestService: async (uri) => {
      const text = SCHEMAS.get(uri);
      if (text === undefined) throw new Error(`no schema at ${uri} in this test`);
      return text;
    },
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
  });
  service.configure({ validate: true, completion: true, hover: true });
  return service;
}

/**
 * A new document version for each text: the language server caches parsed documents by URI and
 * version across services, so two texts under the same version would read as the first one.
 */
let version = 0;
const document = (file: string, text: string) =>
  TextDocument.create(`file:///repo/${file}`, 'yaml', ++version, text);

/** Completion labels at the `|` in the text. */
async function completeAt(textWithCursor: string): Promise<string[]> {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  const doc = document('.github/rollout-guard.yml', text);
  const list = await languageService().doComplete(doc, doc.positionAt(offset), false);
  return list.items.map((item) => item.label);
}

async function diagnostics(text: string, file = '.github/rollout-guard.yml'): Promise<string[]> {
  return (await languageService().doValidation(document(file, text), false)).map(
    (diagnostic) => diagnostic.message,
  );
}

const modeline = (url: string) => `# yaml-language-server: $schema=${url}\n`;

describe('the policy schema in an editor', () => {
  it('is found by the modeline `rollout-guard init` writes', () => {
    expect(STARTER_POLICY.split('\n')[0]).toBe(modeline(POLICY_URL).trimEnd());
  });

  it('completes every rule id as a key under rules:', async () => {
    const labels = await completeAt(`${modeline(POLICY_URL)}version: 1\nrules:\n  |`);
    expect([...labels].sort()).toEqual([...RULE_IDS].sort());
  });

  it('completes the top-level keys, and the levels a rule takes', async () => {
    const keys = await completeAt(`${modeline(POLICY_URL)}version: 1\n|`);
    expect(keys).toEqual(
      expect.arrayContaining(['manifests', 'environments', 'defaults', 'rules', 'approvers']),
    );
    const levels = await completeAt(`${modeline(POLICY_URL)}version: 1\nrules:\n  canary/min-hold: |`);
    // Quoted: `off` unquoted is a boolean to YAML 1.1 readers, and the editor knows it.
    expect(levels).toEqual(expect.arrayContaining(['error', 'warning', 'notice', '"off"']));
  });

  it('accepts the starter policy and flags an unknown rule id and a misspelt key', async () => {
    expect(await diagnostics(STARTER_POLICY)).toEqual([]);
    const problems = await diagnostics(
      `${modeline(POLICY_URL)}version: 1\nrules:\n  canary/min-hodl: warning\ndefaults:\n  canary:\n    minStage: 3\n`,
    );
    expect(problems.length).toBe(2);
    expect(problems.join('\n')).toMatch(/minStage/);
  });
});

describe('the exemptions schema in an editor', () => {
  it('completes rule ids in an exemption and accepts a complete one', async () => {
    const labels = await completeAt(
      `${modeline(EXEMPTIONS_URL)}version: 1\nexemptions:\n  - id: a\n    rules:\n      - |`,
    );
    expect([...labels].sort()).toEqual([...RULE_IDS].sort());
    const exemptions = `${modeline(EXEMPTIONS_URL)}version: 1\nexemptions:\n  - id: short-bake\n    rules: [canary/min-hold]\n    paths: [clusters/prod/**]\n    reason: covered by the load-test gate\n    ticket: OPS-1\n    approver: dkim\n    expires: '2027-03-01'\n`;
    expect(await diagnostics(exemptions, '.github/rollout-guard-exemptions.yml')).toEqual([]);
  });
});

describe('the native format schema in an editor', () => {
  it('completes the keys of a stage and the gate kinds, and accepts the documented example', async () => {
    const head = `${modeline(NATIVE_URL)}apiVersion: rollout-guard.dev/v1\nkind: RolloutPlan\nmetadata: {name: p}\n`;
    const stageKeys = await completeAt(`${head}spec:\n  stages:\n    - weight: 5\n      |`);
    expect(stageKeys).toEqual(expect.arrayContaining(['hold', 'gates', 'segment']));
    const kinds = await completeAt(`${head}spec:\n  stages:\n    - weight: 5\n      gates:\n        - |`);
    expect(kinds).toEqual(expect.arrayContaining(['analysis', 'approval', 'metric-check', 'webhook']));
    const example = `${head}spec:\n  target: {kind: FeatureFlag, name: checkout-v2}\n  stages:\n    - {name: canary, weight: 1, hold: 30m, gates: [analysis]}\n    - {weight: 100}\n  rollback: {automatic: true}\n`;
    expect(await diagnostics(example, 'plans/flags.yaml')).toEqual([]);
    expect(
      (
        await diagnostics(
          `${head}spec:\n  target: {kind: FeatureFlag, name: f}\n  stages: [{weight: 150}]\n`,
          'plans/flags.yaml',
        )
      ).length,
    ).toBe(1);
  });
});
