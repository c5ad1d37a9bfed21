import { describe, expect, it } from 'vitest';
import { expandBraces, globMatcher } from '../../src/core/glob.js';

const matches = (glob: string, text: string, nocase = true) => globMatcher([glob], { nocase })(text);

describe('globMatcher', () => {
  it.each([
    ['deploy/**', 'deploy/prod/app/rollout.yaml', true],
    ['deploy/**', 'other/deploy/x.yaml', false],
    ['**/deploy/**/*.yaml', 'deploy/x.yaml', true],
    ['**/deploy/**/*.yaml', 'a/b/deploy/c/d/x.yaml', true],
    ['**/*.{yaml,yml}', '.deploy/r.yml', true],
    ['deploy/*.yaml', 'deploy/prod/x.yaml', false],
    ['deploy/?.yaml', 'deploy/a.yaml', true],
    ['deploy/[a-c].yaml', 'deploy/b.yaml', true],
    ['deploy/[!a-c].yaml', 'deploy/b.yaml', false],
    ['.github/workflows/**', '.github/workflows/ci.yml', true],
    ['prod-*', 'prod-eu', true],
    ['prod-*', 'staging', false],
    ['**', 'anything/at/all', true],
  ])('%s against %s → %s', (glob, text, expected) => {
    expect(matches(glob, text)).toBe(expected);
  });

  it('matches case-insensitively unless asked not to', () => {
    expect(matches('deploy/**/*.yml', 'Deploy/R.YML')).toBe(true);
    expect(matches('prod', 'PROD', false)).toBe(false);
  });

  it('expands alternatives, nested too', () => {
    expect(expandBraces('a/{b,c/{d,e}}/f')).toEqual(['a/b/f', 'a/c/d/f', 'a/c/e/f']);
  });

  it('stays linear on patterns that make backtracking regexes explode', () => {
    const match = globMatcher(['*-*-*-*-*-*-*-*-prod']);
    // A backtracking engine takes seconds to minutes here; the DP does ~9 × 5000 steps.
    expect(match('-'.repeat(5000))).toBe(false);
    expect(match(`${'-'.repeat(5000)}prod`)).toBe(true);
  });
});
