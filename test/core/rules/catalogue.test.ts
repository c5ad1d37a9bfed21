/**
 * The rule objects (src/core/rules/index.ts) are the one list of rules: the rule ids, the
 * catalogue, the schemas' rule id lists and docs/rules.md follow them, and each rule has its
 * rule-tester test. This fails when one of them drifts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../../../src/cli/rules.js';
import { RULE_IDS } from '../../../src/core/model.js';
import { BUILTIN_POLICY } from '../../../src/core/policy.js';
import { RULE_CATALOGUE, RULE_TITLES } from '../../../src/core/rules/catalogue.js';
import { RULES } from '../../../src/core/rules/index.js';

const read = (name: string) => readFileSync(new URL(`../../../${name}`, import.meta.url), 'utf8');
const ids = RULES.map((rule) => rule.id);

interface Schema {
  definitions: { ruleId: { enum: string[] } };
  properties: { breakGlass: { properties: { rules: { default: string[] } } } };
}

describe('the rule list', () => {
  it('is the list of rule ids, in order, each once', () => {
    expect(ids).toEqual([...RULE_IDS]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("is the catalogue's list, with each rule's own texts", () => {
    expect(RULE_CATALOGUE.map((rule) => rule.id)).toEqual(ids);
    for (const rule of RULES) {
      expect(RULE_CATALOGUE.find((meta) => meta.id === rule.id)).toMatchObject({
        description: rule.description,
        remediation: rule.remediation,
        defaultLevel: rule.defaultLevel,
      });
      expect(RULE_TITLES[rule.id]).toBe(rule.title);
    }
  });

  it("is the policy schema's rule id enum, and its break-glass default is every canary, rollback and evidence rule", () => {
    const schema = JSON.parse(read('schema/policy.schema.json')) as Schema;
    expect(schema.definitions.ruleId.enum).toEqual(ids);
    const breakGlass = ids.filter((id) => /^(canary|rollback|evidence)\//.test(id));
    expect(schema.properties.breakGlass.properties.rules.default).toEqual(breakGlass);
    expect(BUILTIN_POLICY.breakGlass.rules).toEqual(breakGlass);
  });

  it("is the exemptions schema's list of rules an exemption may name", () => {
    const schema = JSON.parse(read('schema/exemptions.schema.json')) as unknown;
    const enums: string[][] = [];
    JSON.stringify(schema, (key, value: unknown) => {
      if (key === 'enum' && Array.isArray(value) && value.includes('canary/required'))
        enums.push(value as string[]);
      return value;
    });
    expect(enums).toEqual([ids]);
  });

  it('is what docs/rules.md documents', () => {
    expect(read('docs/rules.md')).toBe(rulesMarkdown());
  });
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('has a title, a description and a remediation that ends with a period', () => {
    expect(rule.title.length).toBeGreaterThan(5);
    expect(rule.title).not.toMatch(/\.$/);
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.remediation).toMatch(/\.$/);
  });

  it('summarises only message ids it has', () => {
    const messages = Object.keys(rule.messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const messageId of Object.keys(rule.summaries ?? {})) expect(messages).toContain(messageId);
  });

  it('has a rule-tester test named after it', () => {
    const file = `test/core/rules/${id.replace('/', '-')}.test.ts`;
    expect(existsSync(new URL(`../../../${file}`, import.meta.url)), file).toBe(true);
    expect(read(file)).toContain(`ruleTester.run(`);
  });

  it('lives in a file named after it', async () => {
    const module = (await import(`../../../src/core/rules/${id.replace('/', '-')}.ts`)) as Record<
      string,
      unknown
    >;
    expect(Object.values(module)).toContain(rule);
  });
});
