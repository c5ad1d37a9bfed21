import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/report/text.js';
import { finding, judged, plan, report, stage } from './build.js';

describe('renderText', () => {
  it('starts with the verdict and the counts', () => {
    const failing = report(
      [judged(), judged()],
      [finding(), finding(), finding(), finding({ level: 'warning' })],
    );
    expect(renderText(failing).split('\n')[0]).toBe('✖ rollout-guard: FAIL — 3 errors, 1 warning in 2 plans');
    expect(renderText(report([judged()], [])).split('\n')[0]).toBe(
      '✔ rollout-guard: PASS — no findings in 1 plan',
    );
  });

  it('aligns the plans table and never cuts a long path', () => {
    const longPath = `clusters/${'very-long-directory-name/'.repeat(8)}rollout.yaml`;
    const text = renderText(report([judged({ plan: plan({ file: longPath }) }), judged()], []));
    const lines = text.split('\n');
    const header = lines.findIndex((line) => line.startsWith('FILE'));
    const rows = lines.slice(header, header + 3);
    expect(rows[1]).toContain(`${longPath}:3`);
    const column = (line: string | undefined) => line?.indexOf('CHANGE') ?? -1;
    expect(rows[1]?.indexOf('modified')).toBe(column(rows[0]));
    expect(rows[2]?.indexOf('modified')).toBe(column(rows[0]));
    expect(rows[2]).toContain('10% ▸ 10m ▸ 50% ▸ 10m ▸ 100%');
  });

  it('groups findings by file, each with its fix underneath', () => {
    const findings = [
      finding({ file: 'b.yaml', line: 7, rule: 'canary/min-hold' }),
      finding({ file: 'a.yaml', line: 9 }),
      finding({ file: 'b.yaml', line: 2, level: 'warning', rule: 'rollback/missing' }),
      finding({ file: undefined, line: undefined, rule: 'evidence/missing', message: 'No test evidence.' }),
    ];
    const lines = renderText(report([], findings)).split('\n');
    const start = lines.findIndex((line) => line.startsWith('(change)'));
    expect(lines.slice(start).map((line) => line.replace(/ {2,}/g, '  '))).toEqual([
      '(change)  error  evidence/missing  No test evidence.',
      '  fix: Add a "Test evidence" section with a link to the test run (on a host the policy allows), or add an evidence file.',
      '',
      'a.yaml:9  error  canary/min-stages  The canary has 1 stage below 100%; the policy requires 3.',
      '  fix: Add more steps below 100% (for example 5%, 25%, 50%) so a bad version meets little traffic first.',
      '',
      'b.yaml:2  warning  rollback/missing  The canary has 1 stage below 100%; the policy requires 3.',
      '  fix: Add a "Rollback plan" section to the pull request description that says how to go back, or encode automatic rollback.',
      'b.yaml:7  error  canary/min-hold  The canary has 1 stage below 100%; the policy requires 3.',
      '  fix: Add a pause (or an analysis or manual gate) of at least the minimum bake time after each weight change.',
      '',
    ]);
  });

  it('says when an error-level rule only warns until a date', () => {
    const text = renderText(report([], [finding({ level: 'warning', enforceFrom: '2026-10-01' })]));
    expect(text).toContain('policy requires 3. (an error from 2026-10-01)');
  });

  it('writes no ANSI colour unless asked', () => {
    const input = report([judged({ verdict: 'fail', plan: plan({ stages: [stage(100)] }) })], [finding()]);
    expect(renderText(input)).not.toContain('\u001b[');
    const coloured = renderText(input, { color: true });
    expect(coloured).toContain('\u001b[31m✖ rollout-guard: FAIL\u001b[0m');
    expect(coloured).toContain('\u001b[31merror\u001b[0m');
    const ansi = ['\u001b[31m', '\u001b[32m', '\u001b[2m', '\u001b[0m'];
    expect(ansi.reduce((text, code) => text.replaceAll(code, ''), coloured)).toBe(renderText(input));
  });
});
