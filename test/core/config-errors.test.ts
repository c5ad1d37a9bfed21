/**
 * One message per mistake in a configuration file: ajv reports why every alternative of the schema
 * failed, and an enum of rule ids lists all of them; the translator keeps the one message that
 * explains the mistake. Days are checked against the calendar, which no pattern can do.
 */
import { describe, expect, it } from 'vitest';
import { parseExemptions } from '../../src/core/exemptions.js';
import { parsePolicy } from '../../src/core/policy.js';

function errors(yaml: string): [number, string][] {
  const result = parsePolicy(`version: 1\n${yaml}`, 'p.yml');
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.errors.map((e) => [e.line, e.message]);
}

describe('policy mistakes, one message each', () => {
  it('a bad duration: its form, not also "must be a whole number"', () => {
    expect(errors('defaults:\n  canary:\n    minHold: 10 minutes\n')).toEqual([
      [
        4,
        '`defaults.canary.minHold` has the wrong form (got "10 minutes"); write a duration such as 5m, 1h30m or a number of seconds',
      ],
    ]);
  });

  it('a duration of no type it takes: the types it takes, as one message', () => {
    expect(errors('defaults:\n  canary:\n    minHold: [5]\n')).toEqual([
      [4, '`defaults.canary.minHold` must be a whole number or a string (got a list)'],
    ]);
  });

  it('a misspelt rule id as a key: the id it was meant to be, not a list of every id', () => {
    expect(errors('rules:\n  canary/analyss: warning\n')).toEqual([
      [3, '`canary/analyss` is not a rule id (did you mean `canary/analysis`?)'],
    ]);
  });

  it('a misspelt rule id as a value: one message, with the id it was meant to be', () => {
    expect(errors('breakGlass:\n  rules: [canary/bypas]\n')).toEqual([
      [3, '`breakGlass.rules[0]` is "canary/bypas", which is not a rule id (did you mean `canary/bypass`?)'],
    ]);
  });

  it("a rule's setting: a misspelt level, alone or in a mapping; a mapping without a level; neither", () => {
    expect(
      errors(
        'rules:\n  canary/min-hold: erorr\n  canary/analysis: { level: eror }\n  canary/bypass: { enforceFrom: 2027-01-01 }\n  canary/regression: [1]\n',
      ),
    ).toEqual([
      [
        3,
        '`rules.canary/min-hold` must be one of "error", "warning", "notice", "off" (got "erorr"); did you mean "error"?',
      ],
      [
        4,
        '`rules.canary/analysis.level` must be one of "error", "warning", "notice", "off" (got "eror"); did you mean "error"?',
      ],
      [5, '`rules.canary/bypass` needs `level`'],
      [6, '`rules.canary/regression` must be "error", "warning", "notice", "off" or a mapping (got a list)'],
    ]);
  });
});

describe('days of the calendar', () => {
  it('rejects a day the calendar does not have, with the month and year it names, among the other mistakes', () => {
    expect(
      errors(
        'rules:\n  canary/min-hold: { level: error, enforceFrom: 2027-02-30 }\n  canary/analyss: warning\n',
      ),
    ).toEqual([
      [
        3,
        '`rules.canary/min-hold.enforceFrom` is not a day of the calendar (got "2027-02-30"): February 2027 has 28 days',
      ],
      [4, '`canary/analyss` is not a rule id (did you mean `canary/analysis`?)'],
    ]);
  });

  it('takes a leap day in a leap year', () => {
    expect(
      parsePolicy(
        'version: 1\nrules:\n  canary/min-hold: { level: error, enforceFrom: 2028-02-29 }\n',
        'p.yml',
      ).ok,
    ).toBe(true);
    expect(errors('rules:\n  canary/min-hold: { level: error, enforceFrom: 2027-02-29 }\n')).toHaveLength(1);
  });

  it("checks an exemption's expiry the same way", () => {
    const text = [
      'version: 1',
      'exemptions:',
      '  - id: one',
      '    rules: [canary/min-hold]',
      '    paths: ["deploy/**"]',
      '    reason: Covered by the load test.',
      '    ticket: OPS-2231',
      '    approver: dkim',
      '    expires: 2026-04-31',
      '',
    ].join('\n');
    const parsed = parseExemptions(text, 'x.yml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => [e.line, e.message])).toEqual([
      [9, '`exemptions[0].expires` is not a day of the calendar (got "2026-04-31"): April 2026 has 30 days'],
    ]);
  });
});
