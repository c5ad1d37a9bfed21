import fc from 'fast-check';
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
    ['**/deploy/**/*.yaml', 'apps/mydeploy/x.yaml', false],
    ['**/test/**', 'apps/contest/deploy.yaml', false],
    ['**/test/**', 'apps/test/deploy.yaml', true],
    ['deploy/**/x.yaml', 'deploy/x.yaml', true],
    ['deploy/**/x.yaml', 'deploy/ax.yaml', false],
    ['deploy/[a-c].yaml', 'deploy/a.yaml', true],
    ['deploy/[a-c].yaml', 'deploy/c.yaml', true],
    ['deploy/[a-c].yaml', 'deploy/d.yaml', false],
    ['x[ac-e]', 'xa', true],
    ['x[ac-e]', 'xd', true],
    ['x[ac-e]', 'xb', false],
    ['x[a-]', 'x-', true],
    ['[ab][!x-z]', 'aw', true],
    ['[ab][!x-z]', 'ay', false],
    ['[^a]', 'b', true],
    ['[^a]', 'a', false],
    ['[!a]', '!', true],
    ['a[/]b', 'a/b', false],
    ['a[!x]b', 'a/b', false],
    ['a?c', 'abc', true],
    ['a?c', 'a/c', false],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['a\\', 'a\\', true],
    ['[abc', '[abc', true],
    ['{x}.yaml', '{x}.yaml', true],
  ])('%s against %s → %s', (glob, text, expected) => {
    expect(matches(glob, text)).toBe(expected);
  });

  it('matches case-insensitively unless asked not to', () => {
    expect(matches('deploy/**/*.yml', 'Deploy/R.YML')).toBe(true);
    expect(matches('prod', 'PROD', false)).toBe(false);
  });

  it('expands alternatives, nested too, and at most 256 of them', () => {
    expect(expandBraces('a/{b,c/{d,e}}/f')).toEqual(['a/b/f', 'a/c/d/f', 'a/c/e/f']);
    expect(expandBraces('{a,b}'.repeat(9))).toHaveLength(256);
  });

  it('matches nothing without globs', () => {
    expect(globMatcher([])('anything')).toBe(false);
  });

  it('stays linear on patterns that make backtracking regexes explode', () => {
    const match = globMatcher(['*-*-*-*-*-*-*-*-prod']);
    // A backtracking engine takes seconds to minutes here; the DP does ~9 × 5000 steps.
    expect(match('-'.repeat(5000))).toBe(false);
    expect(match(`${'-'.repeat(5000)}prod`)).toBe(true);
  });

  it('keeps literal patterns exact, and overlapping literal ends apart', () => {
    expect(matches('prod', 'prod')).toBe(true);
    expect(matches('prod', 'production')).toBe(false);
    expect(matches('ab*ba', 'aba')).toBe(false);
    expect(matches('ab*ba', 'abba')).toBe(true);
    expect(matches('a*', '')).toBe(false);
    expect(matches('*', '')).toBe(true);
  });

  it('gives the same answers whatever it matched before (long paths, then short ones)', () => {
    const match = globMatcher(['deploy/**/*.yaml', 'k8s/*.yml']);
    expect(match(`deploy/${'a/'.repeat(500)}x.yaml`)).toBe(true);
    expect(match('deploy/x.yml')).toBe(false);
    expect(match('k8s/x.yml')).toBe(true);
    expect(match('k8s/a/x.yml')).toBe(false);
    expect(match(`deploy/${'a/'.repeat(500)}x.yml`)).toBe(false);
  });

  it('agrees with a regular expression translation of the glob on random patterns and paths', () => {
    const toRegExp = (glob: string) =>
      new RegExp(
        `^${glob.replace(/\*{2,}\/|\*{2,}|\*|\?|\./g, (token) => {
          if (token.endsWith('/')) return '(?:.*/)?';
          if (token.length > 1) return '.*';
          return token === '*' ? '[^/]*' : token === '?' ? '[^/]' : '\\.';
        })}$`,
        'i',
      );
    const glob = fc
      .array(fc.constantFrom('a', 'B', '/', '.', '*', '**/', '?'), { maxLength: 7 })
      .map((parts) => parts.join(''));
    const text = fc
      .array(fc.constantFrom('a', 'b', '/', '.'), { maxLength: 9 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(glob, fc.array(text, { minLength: 1, maxLength: 4 }), (pattern, texts) => {
        const match = globMatcher([pattern]);
        for (const subject of texts)
          expect(match(subject), `${pattern} ${subject}`).toBe(toRegExp(pattern).test(subject));
      }),
      { numRuns: 500 },
    );
  });
});
