import { describe, expect, it } from 'vitest';
import type { Waiver } from '../../src/core/model.js';
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

describe('renderText with waivers', () => {
  const exemption: Waiver = {
    kind: 'exemption',
    by: 'dkim',
    reason: 'Covered by the load-test gate.',
    until: '2026-07-20',
    ticket: 'OPS-2231',
    source: 'payments-api-short-bake',
    originalLevel: 'error',
  };
  const active = finding({ file: 'a.yaml', line: 9 });
  const waived = finding({ file: 'b.yaml', line: 4, level: 'notice', waived: exemption });

  it('shows waived findings apart, after the findings, each with who waived it and why', () => {
    const lines = renderText(report([], [waived, active])).split('\n');
    const start = lines.indexOf('Waived:');
    expect(start).toBeGreaterThan(lines.findIndex((line) => line.startsWith('a.yaml:9')));
    expect(lines.filter((line) => line.startsWith('b.yaml:4'))).toHaveLength(1);
    expect(lines.slice(start + 1, start + 3).map((line) => line.replace(/ {2,}/g, '  '))).toEqual([
      'b.yaml:4  error→notice  canary/min-stages  The canary has 1 stage below 100%; the policy requires 3.',
      '  waived by dkim (exemption: payments-api-short-bake) — Covered by the load-test gate; until 2026-07-20; ticket OPS-2231',
    ]);
  });

  it('says when only waived findings remain', () => {
    expect(renderText(report([], [waived]))).toContain('\nNo findings besides the waived ones below.\n');
  });

  it('shows the break-glass state under the verdict and the waivers not applied at the end', () => {
    const approved = renderText(
      report([], [active], {
        waivers: {
          breakGlass: {
            label: 'rollout-guard/emergency',
            approved: true,
            by: 'maria-sre',
            at: '2026-07-14',
            waived: 1,
          },
          notes: [],
        },
      }),
    ).split('\n');
    expect(approved[2]).toBe(
      'break-glass: label rollout-guard/emergency approved by maria-sre on 2026-07-14; 1 finding waived',
    );
    const refused = renderText(
      report([], [active], {
        waivers: {
          breakGlass: {
            label: 'rollout-guard/emergency',
            approved: false,
            reason: 'no approving review',
            waived: 0,
          },
          notes: ['Exemption x does not apply yet.'],
        },
      }),
    );
    expect(refused.split('\n')[2]).toBe(
      'break-glass: label rollout-guard/emergency is set but changes nothing: no approving review',
    );
    expect(refused.endsWith('\nNot applied:\n  - Exemption x does not apply yet.\n')).toBe(true);
  });
});
