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
      file: `deploy/web-${i}.yaml`,
      places: shortHolds.places?.map((place) => ({ ...place, file: `deploy/web-${i}.yaml` })),
    }));
    const { annotations, omitted, total } = planAnnotations(report([], findings));
    expect(annotations).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(omitted).toEqual({ error: 2, warning: 0, notice: 0 });
    expect(total).toEqual({ error: 12, warning: 0, notice: 0 });
  });

  it('spreads over files, worst file first: one annotation per rule and file, the files taken in turns', () => {
    const rules = [
      'canary/min-stages',
      'canary/min-hold',
      'canary/initial-weight',
      'canary/analysis',
      'canary/regression',
      'canary/step-increase',
    ] as const;
    const busy = rules.flatMap((rule, i) => [
      finding({ rule, file: 'deploy/checkout-10.yaml', line: 10 + i }),
      finding({ rule, file: 'deploy/checkout-10.yaml', line: 30 + i }),
    ]);
    const quiet = [
      finding({ rule: 'canary/min-hold', file: 'deploy/checkout-2.yaml', line: 5 }),
      finding({ rule: 'canary/analysis', file: 'deploy/checkout-2.yaml', line: 6 }),
    ];
    const unrelated = finding({ rule: 'canary/min-stages', file: 'deploy/cart.yaml', line: 4 });
    const whole = finding({ rule: 'evidence/missing', file: undefined, line: undefined, planId: undefined });
    const warning = finding({
      level: 'warning',
      rule: 'manifest/unsupported',
      file: 'deploy/x.jsonnet',
      line: 1,
    });
    const { annotations, omitted } = planAnnotations(
      report([], [...busy, ...quiet, unrelated, whole, warning]),
    );

    const errors = annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => `${a.file ?? '(change)'}:${a.title}`)).toEqual([
      '(change):evidence/missing',
      'deploy/checkout-10.yaml:canary/min-stages',
      'deploy/checkout-2.yaml:canary/min-hold',
      'deploy/cart.yaml:canary/min-stages',
      'deploy/checkout-10.yaml:canary/min-hold',
      'deploy/checkout-2.yaml:canary/analysis',
      'deploy/checkout-10.yaml:canary/initial-weight',
      'deploy/checkout-10.yaml:canary/analysis',
      'deploy/checkout-10.yaml:canary/regression',
      'deploy/checkout-10.yaml:canary/step-increase',
    ]);
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(1);
    // Each rule's second finding in checkout-10 is told in its annotation, so every finding is shown.
    expect(errors[1]?.message).toContain(
      '\nAnd 1 more canary/min-stages finding in this file, at line 30: see the job summary.\n',
    );
    expect(omitted).toEqual({ error: 0, warning: 0, notice: 0 });
  });
});
