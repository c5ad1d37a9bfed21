import { describe, expect, it } from 'vitest';
import { canaryRegression } from '../../../src/core/rules/canary-regression.js';
import { evidenceChecks } from '../../../src/core/rules/evidence-checks.js';
import { manifestInvalid } from '../../../src/core/rules/manifest-invalid.js';
import { listPhrase, runsOf, subjects } from '../../../src/core/rules/summaries.js';
import type { SummaryInput } from '../../../src/core/rules/summaries.js';

const input = (message: string, data: Record<string, string> = {}): SummaryInput => ({ message, data });

describe('listPhrase', () => {
  it('joins with commas and a final "and"', () => {
    expect(listPhrase([])).toBe('');
    expect(listPhrase(['a'])).toBe('a');
    expect(listPhrase(['a', 'b'])).toBe('a and b');
    expect(listPhrase(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('writes twelve items out, and keeps the ends of a longer list', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `i${i + 1}`);
    expect(listPhrase(items(12))).toBe('i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11 and i12');
    expect(listPhrase(items(13))).toBe('i1, i2, i3, i4, i5, … 6 more …, i12 and i13');
  });
});

describe('subjects', () => {
  it('names each rollout once, with its file when two files share the name', () => {
    expect(
      subjects([
        input('', { subject: 'Rollout a', file: 'x.yaml' }),
        input('', { subject: 'Rollout b', file: 'x.yaml' }),
        input('', { subject: 'Rollout b', file: 'y.yaml' }),
        input('', { subject: 'Rollout a', file: 'x.yaml' }),
      ]),
    ).toEqual(['Rollout a (x.yaml)', 'Rollout b (x.yaml)', 'Rollout b (y.yaml)']);
    expect(subjects([input('', { subject: 'Rollout a' })])).toEqual(['Rollout a']);
    expect(subjects([input('', { subject: 'Rollout a' }), input('', { subject: 'Rollout a' })])).toEqual([
      'Rollout a',
    ]);
  });
});

describe('runsOf', () => {
  it('groups consecutive reports that share a value', () => {
    const reports = [input('1', { held: 'x' }), input('2', { held: 'x' }), input('3', { held: 'y' })];
    expect(runsOf(reports, 'held').map((run) => [run.value, run.members.length])).toEqual([
      ['x', 2],
      ['y', 1],
    ]);
  });
});

describe('summaries that keep the first message', () => {
  it('evidence/checks: one check failing for several environments reads as one', () => {
    const reports = [input('required check "e2e" failed'), input('required check "e2e" failed')];
    expect(evidenceChecks.summaries?.notPassed?.message(reports)).toBe('required check "e2e" failed');
    expect(evidenceChecks.summaries?.unverifiable?.message(reports)).toBe('required check "e2e" failed');
  });

  it('manifest/invalid: several problems in one file, and the files of one chart', () => {
    expect(manifestInvalid.summaries?.unreadable?.message([input('bad YAML'), input('bad tab')])).toBe(
      '2 problems in this file; the first: bad YAML',
    );
    expect(
      manifestInvalid.summaries?.unrendered?.message([
        input('', { group: 'the Helm chart shop', file: 'a.yaml' }),
        input('', { group: 'the Helm chart shop', file: 'b.yaml' }),
      ]),
    ).toBe(
      'the change edits 2 files of the Helm chart shop (a.yaml and b.yaml), so the rollouts it renders cannot be judged from them: render it in an earlier step and pass the output as rendered-manifests (--rendered)',
    );
  });
});

describe('canary/regression summaries', () => {
  it('names every shortened hold and every removed stage', () => {
    const holds = [
      input('', { at: '5%', before: '10m', after: '1m' }),
      input('', { at: '50%', before: 'a manual gate', after: '0s' }),
    ];
    expect(canaryRegression.summaries?.holdShortened?.message(holds)).toBe(
      'the holds at 2 stages shorten: at 5% from 10m to 1m and at 50% from a manual gate to 0s',
    );
    const stages = [input('', { name: 'canary' }), input('', { name: 'soak' })];
    expect(canaryRegression.summaries?.stageRemoved?.message(stages)).toBe(
      'stages "canary" and "soak" are removed',
    );
  });
});
