import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { USAGE } from '../src/cli/run.js';
import { rulesMarkdown } from '../src/cli/rules.js';
import { RULE_IDS } from '../src/core/model.js';
import { RULE_CATALOGUE } from '../src/core/rules/catalogue.js';
import { VERSION } from '../src/version.js';

const read = (name: string) => readFileSync(new URL(`../${name}`, import.meta.url), 'utf8');
/** The README and the pages under docs/ that it links to: together, the user documentation. */
const README = [
  read('README.md'),
  ...readdirSync(new URL('../docs/', import.meta.url))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => read(`docs/${name}`)),
].join('\n');

describe('the README keeps up with the code', () => {
  it('carries the rule reference exactly as `npm run docs` generates it', () => {
    const section = /<!-- rules:start -->\n<!-- generated[^\n]*-->\n\n([\s\S]*)\n<!-- rules:end -->/.exec(
      README,
    )?.[1];
    expect(section, 'run `npm run docs`').toBe(rulesMarkdown());
  });

  it('has a catalogue entry, with description and a remediation sentence, for every rule id', () => {
    expect(RULE_CATALOGUE.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const rule of RULE_CATALOGUE) {
      expect(rule.description.length, rule.id).toBeGreaterThan(20);
      expect(rule.remediation, rule.id).toMatch(/\.$/);
      expect(README).toContain(`id="rule-${rule.id.replace('/', '-')}"`);
    }
  });

  it('documents every policy key of the schema', () => {
    const schema = JSON.parse(read('schema/policy.schema.json')) as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
      definitions: Record<string, { properties?: Record<string, unknown> }>;
    };
    const keys = new Set<string>();
    for (const [name, value] of Object.entries(schema.properties)) {
      if (name !== '$schema') keys.add(name);
      for (const child of Object.keys(value.properties ?? {})) keys.add(child);
    }
    for (const def of ['canary', 'environmentEvidence']) {
      for (const child of Object.keys(schema.definitions[def]?.properties ?? {})) keys.add(child);
    }
    for (const key of keys) expect(README, key).toContain(key);
  });

  it('documents every CLI flag and every action input and output', () => {
    for (const flag of USAGE.match(/--[a-z-]+/g) ?? []) expect(README, flag).toContain(flag);
    const action = parseYaml(read('action.yml')) as { inputs: object; outputs: object };
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(README, name).toContain(`\`${name}\``);
    }
  });

  it('documents every exit code and field of the JSON report', () => {
    for (const code of [0, 1, 2]) expect(README).toMatch(new RegExp(`^\\| ${code} +\\| \\S`, 'm'));
    for (const field of [
      '"verdict"',
      '"policy"',
      '"plans"',
      '"findings"',
      '"summary"',
      '"change"',
      '"planId"',
      '"evidence"',
      '"kind"',
      '"url"',
      '"verified"',
      '"accepted"',
      '"reason"',
      '"headSha"',
      '"conclusion"',
      '"completedAt"',
    ]) {
      expect(README).toContain(field);
    }
  });

  it('gives the example workflows only inputs the action has, and never a checkout on workflow_run', () => {
    const action = parseYaml(read('action.yml')) as { inputs: Record<string, unknown> };
    for (const name of ['pull-request', 'pull-request-target', 'merge-queue', 'evidence-completed']) {
      const workflow = parseYaml(read(`examples/${name}.yml`)) as {
        on: Record<string, unknown>;
        permissions: Record<string, string>;
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
      const guard = steps.find((step) => step.uses?.startsWith('rollout-guard/rollout-guard@'));
      for (const input of Object.keys(guard?.with ?? {}))
        expect(action.inputs, `${name}: ${input}`).toHaveProperty(input);
      expect(workflow.permissions.actions, `${name}: actions: read for evidence runs`).toBe('read');
      if ('workflow_run' in workflow.on) {
        expect(
          steps.some((step) => step.uses?.startsWith('actions/checkout')),
          name,
        ).toBe(false);
        expect(guard?.with?.['commit-status'], name).toEqual(expect.any(String));
      }
    }
  });

  it('states the same version as package.json', () => {
    expect(VERSION).toBe((JSON.parse(read('package.json')) as { version: string }).version);
  });
});
