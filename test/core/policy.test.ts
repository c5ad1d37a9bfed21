import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICY, parsePolicy } from '../../src/core/policy.js';
import { fixtureText } from '../helpers.js';

function errorsOf(file: string) {
  const result = parsePolicy(fixtureText(`policies/${file}`), file);
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.errors;
}

describe('parsePolicy', () => {
  it('reads every key of a complete policy and fills the rest from the built-in defaults', () => {
    const result = parsePolicy(fixtureText('policies/complete.yml'), 'complete.yml', 'complete.yml@abc');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { policy } = result;
    expect(policy.source).toBe('complete.yml@abc');
    expect(policy.manifests.include).toEqual(['deploy/**/*.yaml', '**/*.rollout.yaml']);
    expect(policy.manifests.maxFileBytes).toBe(BUILTIN_POLICY.manifests.maxFileBytes);
    expect(policy.defaultEnvironment.canary).toMatchObject({
      minStages: 3,
      maxInitialWeight: 10,
      minHoldSeconds: 600,
    });
    expect(policy.defaultEnvironment.rollback).toBe('automatic');
    const [production, staging] = policy.environments;
    // environments inherit the policy's defaults, then override
    expect(production?.canary).toMatchObject({ minStages: 3, namedStages: ['canary', 'early-adopters'] });
    expect(production?.rollback).toBe('automatic');
    expect(production?.match).toEqual({ paths: ['deploy/prod/**'], namespaces: ['prod-*'], targets: [] });
    expect(staging?.canary.required).toBe(false);
    expect(staging?.evidence.required).toBe(false);
    expect(policy.pullRequest.rollbackHeadings).toEqual(['How to roll back']);
    expect(policy.pullRequest.evidenceHeadings).toEqual(BUILTIN_POLICY.pullRequest.evidenceHeadings);
    expect(policy.rules['canary/min-hold']).toEqual({ level: 'warning' });
    expect(policy.rules['canary/analysis']).toEqual({ level: 'error', enforceFrom: '2027-01-15' });
    expect(policy.rules['manifest/unsupported']).toEqual({ level: 'off' });
  });

  it('rejects an unknown key with its line and column and suggests the right one', () => {
    const [error, ...rest] = errorsOf('typo-key.yml');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ file: 'typo-key.yml', line: 4, column: 5 });
    expect(error?.message).toContain('`defaults.canary.minStage` is not a known key');
    expect(error?.message).toContain('did you mean `minStages`');
  });

  it('names each wrong value, what was expected and where it is', () => {
    const errors = errorsOf('wrong-types.yml');
    const byLine = Object.fromEntries(errors.map((e) => [e.line, e.message]));
    expect(byLine[4]).toMatch(/`defaults.canary.required` must be true or false \(got string "yes"\)/);
    expect(byLine[5]).toMatch(/`defaults.canary.maxInitialWeight` must be <= 100 \(got number 150\)/);
    expect(byLine[6]).toMatch(/`defaults.canary.minHold`.*duration/);
    expect(byLine[7]).toMatch(/`defaults.rollback` must be one of "automatic", "documented"/);
    expect(byLine[9]).toMatch(/`rules.canary\/min-hold`/);
    expect(byLine[10]).toMatch(/`canary\/min-holds` is not a rule id \(did you mean `canary\/min-hold`\?\)/);
    expect(errors.every((e) => e.column >= 1)).toBe(true);
  });

  it('reports broken YAML with its position instead of throwing', () => {
    const [error] = errorsOf('not-yaml.yml');
    expect(error?.line).toBeGreaterThanOrEqual(3);
    expect(error?.message).toMatch(/^not valid YAML/);
  });

  it('rejects an empty file and a file without version', () => {
    expect(parsePolicy('', 'p.yml')).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('empty') }],
    });
    const noVersion = parsePolicy('defaults: {}\n', 'p.yml');
    expect(noVersion).toMatchObject({
      ok: false,
      errors: [{ line: 1, message: 'the policy needs `version`' }],
    });
  });

  it('rejects duplicate keys, so a later key cannot silently override an earlier one', () => {
    const result = parsePolicy('version: 1\ndefaults:\n  rollback: automatic\n  rollback: none\n', 'p.yml');
    expect(result).toMatchObject({ ok: false, errors: [{ line: 4 }] });
  });

  it('does not let __proto__ keys pollute prototypes', () => {
    const result = parsePolicy('version: 1\n__proto__:\n  polluted: true\n', 'p.yml');
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
