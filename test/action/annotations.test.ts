import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_LEVEL, planAnnotations } from '../../src/action/annotations.js';
import { finding, report } from '../report/build.js';

const shortHolds = finding({
  rule: 'canary/min-hold',
  file: 'deploy/web.yaml',
  line: 55,
  message: 'the rollout holds only 20s at 20%, 30% and 40% before raising traffic (3 stages)',
  places: [55, 57, 59].map((line) => ({
    file: 'deploy/web.yaml',
    line,
    planId: 'p',
    message: `at line ${line}`,
  })),
});

describe('planAnnotations', () => {
  it('(a problem found at several places) is one annotation at the first line, naming the other lines', () => {
    const { annotations } = planAnnotations(report([], [shortHolds]));
    expect(annotations).toEqual([
      {
        level: 'error',
        title: 'canary/min-hold',
        file: 'deploy/web.yaml',
        startLine: 55,
        message:
          'the rollout holds only 20s at 20%, 30% and 40% before raising traffic (3 stages)\nAlso at lines 57, 59.\n' +
          'Fix: Add a pause (or an analysis or manual gate) of at least the minimum bake time after each weight change.',
      },
    ]);
  });

  it('names places in other files by file and line, and says nothing more for one place', () => {
    const acrossPlans = finding({
      rule: 'rollback/missing',
      file: 'deploy/api.yaml',
      line: 3,
      places: [
        { file: 'deploy/api.yaml', line: 3, message: 'api' },
        { file: 'deploy/web.yaml', line: 7, message: 'web' },
      ],
    });
    const [merged, single] = planAnnotations(report([], [acrossPlans, finding()])).annotations;
    expect(merged?.message).toContain('\nAlso at deploy/web.yaml:7.\n');
    expect(single?.message).not.toContain('Also at');
  });

  it('bounds a parser message to one short line before the fix', () => {
    const parser = finding({
      rule: 'manifest/invalid',
      message: `YAML: "${'lorem ipsum '.repeat(50)}\n\n## Heading"`,
    });
    const [annotation] = planAnnotations(report([], [parser])).annotations;
    const [message, fix, ...rest] = annotation?.message.split('\n') ?? [];
    expect(message?.length).toBeLessThanOrEqual(200);
    expect(fix).toMatch(/^Fix: /);
    expect(rest).toEqual([]);
  });

  it(`counts a merged finding once against GitHub's ${ANNOTATIONS_PER_LEVEL} annotations per level`, () => {
    const findings = Array.from({ length: ANNOTATIONS_PER_LEVEL + 2 }, (_, i) => ({
      ...shortHolds,
      line: i + 1,
    }));
    const { annotations, omitted } = planAnnotations(report([], findings));
    expect(annotations).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(omitted).toEqual({ error: 2, warning: 0, notice: 0 });
  });
});
