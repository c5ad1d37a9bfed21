import { readFileSync, readdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { native } from '../../src/formats/native.js';
import { FIXTURES, documentsOf, fixtureDocuments } from '../helpers.js';

/**
 * schema/native.schema.json is for editors; the adapter's own checks decide. The schema must never
 * refuse what the adapter accepts (an editor would flag a plan rollout-guard reads), and it
 * refuses what it can express of what the adapter refuses (all but the order of the weights).
 */
const schema = JSON.parse(
  readFileSync(new URL('../../schema/native.schema.json', import.meta.url), 'utf8'),
) as object;
const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);

const accepted = (value: unknown) => validate(value);
const adapterAccepts = (yaml: string) => {
  const [doc] = documentsOf(yaml);
  if (!doc) throw new Error('no document');
  return native.toPlans(doc).diagnostics.length === 0;
};
const HEAD = 'apiVersion: rollout-guard.dev/v1\nkind: RolloutPlan\nmetadata: {name: p}\n';
const plan = (spec: string) => `${HEAD}spec:\n  target: {kind: FeatureFlag, name: f}\n${spec}`;

describe('schema/native.schema.json', () => {
  const fixtures = readdirSync(`${FIXTURES}manifests/native`).filter((file) => file.endsWith('.yaml'));

  it.each(fixtures)('agrees with the adapter on %s', (file) => {
    const [doc] = fixtureDocuments(`manifests/native/${file}`);
    if (!doc) throw new Error(`${file} has no document`);
    const adapter = native.toPlans(doc).diagnostics.length === 0;
    expect(accepted(doc.value), file).toBe(adapter);
  });

  it.each([
    [
      'every hold form',
      '  stages:\n    - {weight: 5, hold: 30m}\n    - {weight: 10, hold: PT5M}\n    - {weight: 20, hold: 90}\n    - {weight: 30, hold: "1h30m"}\n    - {weight: 40, hold: manual}\n    - {weight: 50, hold: "15"}\n',
    ],
    [
      'gates by kind and by map',
      '  stages:\n    - {weight: 5, gates: [analysis, {kind: approval, name: rm}]}\n  backgroundGates: [{kind: metric-check}]\n',
    ],
    [
      'rollback, notes, strategy',
      '  strategy: linear\n  stages: [{weight: 50}]\n  rollback: {automatic: false, how: ["by hand"]}\n  notes: [ramps slowly]\n',
    ],
  ])('accepts what the adapter accepts: %s', (_name, spec) => {
    const yaml = plan(spec);
    expect(adapterAccepts(yaml)).toBe(true);
    expect(accepted(documentsOf(yaml)[0]?.value)).toBe(true);
  });

  it.each([
    ['an unknown key', '  stages: [{weight: 5, wieght: 3}]\n'],
    ['a weight above 100', '  stages: [{weight: 150}]\n'],
    ['a hold that is no duration', '  stages: [{weight: 5, hold: soon}]\n'],
    ['an unknown gate kind', '  stages: [{weight: 5, gates: [smoke]}]\n'],
    ['no stages', '  stages: []\n'],
    ['a strategy rollout-guard does not know', '  strategy: dark-launch\n  stages: [{weight: 5}]\n'],
    ['declared bypasses', '  stages: [{weight: 5}]\n  bypasses: []\n'],
    ['rollback without automatic', '  stages: [{weight: 5}]\n  rollback: {how: [x]}\n'],
  ])('refuses what the adapter refuses: %s', (_name, spec) => {
    const yaml = plan(spec);
    expect(adapterAccepts(yaml)).toBe(false);
    expect(accepted(documentsOf(yaml)[0]?.value)).toBe(false);
  });

  it('refuses a target that a controller rolls out, as the adapter does', () => {
    const yaml = `${HEAD}spec:\n  target: {kind: Deployment, name: web}\n  stages: [{weight: 5}]\n`;
    expect(adapterAccepts(yaml)).toBe(false);
    expect(accepted(documentsOf(yaml)[0]?.value)).toBe(false);
  });
});
