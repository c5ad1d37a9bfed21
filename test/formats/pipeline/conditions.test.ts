import { describe, expect, it } from 'vitest';
import {
  azureConstant,
  azureTruthy,
  githubConstant,
  githubTruthy,
} from '../../../src/formats/pipeline/conditions.js';

const github = (raw: unknown) => {
  const constant = githubConstant(raw);
  return constant === undefined ? 'unknown' : githubTruthy(constant.value);
};
const azure = (raw: unknown) => {
  const constant = azureConstant(raw);
  return constant === undefined ? 'unknown' : azureTruthy(constant.value);
};

describe('GitHub Actions constant conditions', () => {
  it.each([
    [false, false],
    [true, true],
    [0, false],
    ['false', false],
    ['${{ false }}', false],
    ['${{ 0 }}', false],
    ['${{ -0 }}', false],
    ['${{ 0x0 }}', false],
    ['${{ 2.5e-1 }}', true],
    ["${{ '' }}", false],
    ['${{ null }}', false],
    ['${{ !true }}', false],
    ['${{ 1 == 2 }}', false],
    ["${{ 'a' == 'A' }}", true], // strings compare without case
    ["${{ 'false' }}", true], // a non-empty string is truthy
    ['${{ false || (1 < 2) }}', true],
    ['${{ true && 0 }}', false],
    ["github.ref == 'refs/heads/main'", 'unknown'],
    ['${{ success() }}', 'unknown'],
    ['${{ false }} and more', 'unknown'],
    ['${{ inputs.skip != true }}', 'unknown'],
  ])('%s → %s', (raw, expected) => {
    expect(github(raw)).toBe(expected);
  });
});

describe('Azure Pipelines constant conditions', () => {
  it.each([
    [false, false],
    ['false', false],
    ['False', false],
    ['not(true)', false],
    ['and(true, false)', false],
    ['or(false, eq(1, 2))', false],
    ["eq('a', 'A')", true],
    ['ne(1, 2)', true],
    ['succeeded()', 'unknown'],
    ["eq(variables['Build.Reason'], 'Manual')", 'unknown'],
    ['${{ parameters.run }}', 'unknown'],
    ['$(runChecks)', 'unknown'],
  ])('%s → %s', (raw, expected) => {
    expect(azure(raw)).toBe(expected);
  });
});
