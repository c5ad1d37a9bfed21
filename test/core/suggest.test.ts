import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/core/suggest.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['canary', 'canary', 0],
    ['canary', 'canery', 1],
    ['canary', 'canar', 1],
    ['canary', 'ccanary', 1],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['ab', 'ba', 2],
  ])('%j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closest', () => {
  const keys = ['environments', 'exemptions', 'evidence', 'extends', 'rollback'];

  it('suggests the candidate a typo was meant to be', () => {
    expect(closest('enviroments', keys)).toBe('environments');
    expect(closest('rolback', keys)).toBe('rollback');
  });

  it('ignores case when comparing, and answers in the candidate’s spelling', () => {
    expect(closest('ROLLBACK', keys)).toBe('rollback');
    expect(closest('RollBak', keys)).toBe('rollback');
  });

  it('completes the start of exactly one candidate, however far it is', () => {
    expect(closest('--touch', ['--touching', '--policy'])).toBe('--touching');
    expect(closest('envir', keys)).toBe('environments');
    expect(closest('ENVIR', keys)).toBe('environments');
  });

  it('does not complete a start shared by several candidates', () => {
    // "ex" starts "exemptions" and "extends", and is too short to complete anyway.
    expect(closest('ex', keys)).toBeUndefined();
    // "exte" starts only "extends".
    expect(closest('exte', keys)).toBe('extends');
    // "ev" starts only "evidence" but is under three characters: it is judged by distance.
    expect(closest('ev', ['evidence'])).toBeUndefined();
    expect(closest('ev', ['ev1'])).toBe('ev1');
  });

  it('says nothing when no candidate is near', () => {
    expect(closest('timeout', keys)).toBeUndefined();
    expect(closest('x', keys)).toBeUndefined();
    expect(closest('anything', [])).toBeUndefined();
  });

  it('allows two edits for short words and a third of the length for long ones', () => {
    expect(closest('abcd', ['abxy'])).toBe('abxy'); // 2 edits
    expect(closest('abcd', ['axyz'])).toBeUndefined(); // 3 edits
    // 12 characters: up to 4 edits.
    expect(closest('abcdefghijkl', ['abcdefghwxyz'])).toBe('abcdefghwxyz');
    expect(closest('abcdefghijkl', ['abcdefgvwxyz'])).toBeUndefined();
  });

  it('takes the nearest candidate, the first of equals', () => {
    expect(closest('canery', ['cancel', 'canary', 'canar'])).toBe('canary');
    expect(closest('cat', ['car', 'cab'])).toBe('car');
  });
});
