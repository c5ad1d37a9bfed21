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

  it('aligns the plans table in one line per plan when it fits, and shortens commit ids', () => {
    const text = renderText(report([judged({ plan: plan({ file: 'a.yaml' }) })], []));
    const lines = text.split('\n');
    expect(lines[1]).toBe(
      'policy .github/rollout-guard.yml@111111111111 · base 111111111111 · head 222222222222',
    );
    const header = lines.findIndex((line) => line.startsWith('FILE'));
    expect(lines[header]).toMatch(/^FILE +CHANGE +ENVIRONMENT +STRATEGY +STAGES +ROLLBACK +VERDICT$/);
    expect(lines[header + 1]).toMatch(
      /^a\.yaml:3 +modified +production +canary +10% ▸ 10m ▸ 50% ▸ 10m ▸ 100% +automatic +pass$/,
    );
    expect(lines[header + 1]?.indexOf('modified')).toBe(lines[header]?.indexOf('CHANGE'));
  });

  it('has an ENVIRONMENT column only when a rollout matched an environment, and no CHANGE column in an audit', () => {
    const header = (text: string) => text.split('\n').find((line) => line.startsWith('FILE')) ?? '';
    const unmatched = report([judged({ environment: 'default' })], []);
    expect(header(renderText(unmatched))).toMatch(/^FILE +CHANGE +STRATEGY +STAGES +ROLLBACK +VERDICT$/);
    const mixed = renderText(
      report([judged({ environment: 'default' }), judged({ plan: plan({ file: 'b.yaml' }) })], []),
    );
    expect(header(mixed)).toContain('ENVIRONMENT');
    expect(mixed).toMatch(/^deploy\/prod\/web\.yaml:3 +modified +- +canary/m);
    const audit = renderText({ ...unmatched, audit: true });
    expect(header(audit)).toMatch(/^FILE +STRATEGY +STAGES/);
    expect(audit.split('\n').slice(0, 2)).toEqual([
      '✔ rollout-guard audit: PASS — no findings in 1 plan',
      'policy .github/rollout-guard.yml@111111111111 · every manifest at 222222222222',
    ]);
  });

  it('puts the stages under each row when the table would be wider than the page, and never cuts a long path', () => {
    const longPath = `clusters/${'very-long-directory-name/'.repeat(8)}rollout.yaml`;
    const text = renderText(report([judged({ plan: plan({ file: longPath }) }), judged()], []));
    const lines = text.split('\n');
    const header = lines.findIndex((line) => line.startsWith('FILE'));
    expect(lines[header]).not.toContain('STAGES');
    const rows = lines.slice(header, header + 5);
    expect(rows[1]).toContain(`${longPath}:3`);
    const column = (line: string | undefined) => line?.indexOf('CHANGE') ?? -1;
    expect(rows[1]?.indexOf('modified')).toBe(column(rows[0]));
    expect(rows[3]?.indexOf('modified')).toBe(column(rows[0]));
    expect(rows[2]).toBe('  stages: 10% ▸ 10m ▸ 50% ▸ 10m ▸ 100%');
    expect(rows[4]).toBe('  stages: 10% ▸ 10m ▸ 50% ▸ 10m ▸ 100%');
  });

  it('sorts plans naturally, shows a rollout listed twice as one row, and names each rollout of a shared file', () => {
    const at = (file: string, id = `argo-rollouts:Rollout:prod/${file}`, name = 'web') =>
      plan({ file, id, target: { kind: 'Rollout', name, namespace: 'prod' } });
    const renamed = at('shared.yaml', 'argo-rollouts:Rollout:prod/old', 'old');
    const text = renderText(
      report(
        [
          judged({ plan: at('checkout-10.yaml') }),
          judged({ plan: at('checkout-2.yaml'), change: 'removed', verdict: 'fail' }),
          judged({ plan: at('checkout-2.yaml'), change: 'added' }),
          judged({ plan: renamed, change: 'removed' }),
          judged({ plan: at('shared.yaml', 'argo-rollouts:Rollout:prod/new', 'new'), change: 'added' }),
        ],
        [],
      ),
    );
    const rows = text.split('\n').filter((line) => /^\S+\.yaml:\d/.test(line));
    expect(rows.map((row) => row.replace(/ {2,}/g, '  ').split('  ').slice(0, 2))).toEqual([
      ['checkout-2.yaml:3', 'removed + added'],
      ['checkout-10.yaml:3', 'modified'],
      ['shared.yaml:3 (Rollout prod/new)', 'added'],
      ['shared.yaml:3 (Rollout prod/old)', 'removed'],
    ]);
    expect(rows[0]).toMatch(/fail$/);
  });

  it("groups findings by file, one line each, and says each rule's fix once", () => {
    const findings = [
      finding({ file: 'b.yaml', line: 7, rule: 'canary/min-hold' }),
      finding({ file: 'a.yaml', line: 9 }),
      finding({ file: 'b.yaml', line: 2, level: 'warning', rule: 'rollback/missing' }),
      finding({ file: 'a.yaml', line: 12 }),
      finding({ file: undefined, line: undefined, rule: 'evidence/missing', message: 'No test evidence.' }),
    ];
    const lines = renderText(report([], findings)).split('\n');
    const start = lines.indexOf('(pull request)');
    expect(lines.slice(start).map((line) => line.replace(/ {2,}/g, '  '))).toEqual([
      '(pull request)',
      '  error  evidence/missing  No test evidence.',
      '',
      'a.yaml',
      '  9  error  canary/min-stages  The canary has 1 stage below 100%; the policy requires 3.',
      '  12  error  canary/min-stages  The canary has 1 stage below 100%; the policy requires 3.',
      '',
      'b.yaml',
      '  2  warning  rollback/missing  The canary has 1 stage below 100%; the policy requires 3.',
      '  7  error  canary/min-hold  The canary has 1 stage below 100%; the policy requires 3.',
      '',
      'How to fix:',
      '  evidence/missing  Link a run that passed on the head commit (…/actions/runs/ID) under "Test evidence", or wait for it',
      '  to complete (a re-judge workflow picks it up), or add an evidence file.',
      '  canary/min-stages  Add more steps below 100% (for example 5%, 25%, 50%) so a bad version meets little traffic first.',
      '  rollback/missing  Add a "Rollback plan" section to the pull request description that says how to go back, or encode',
      '  automatic rollback.',
      '  canary/min-hold  Add a pause (or an analysis or manual gate) of at least the minimum bake time after each weight',
      '  change.',
      '',
    ]);
  });

  it('shows a problem found at several places once, with the other lines under it', () => {
    const merged = finding({
      file: 'b.yaml',
      line: 55,
      rule: 'canary/min-hold',
      message: 'the rollout holds only 20s at 20%, 30% and 40% before raising traffic (3 stages)',
      places: [55, 57, 59].map((line) => ({ file: 'b.yaml', line, message: 'short' })),
    });
    const elsewhere = finding({
      file: 'a.yaml',
      line: 2,
      rule: 'rollback/missing',
      places: [
        { file: 'a.yaml', line: 2, message: 'a' },
        { file: 'c.yaml', line: 4, message: 'c' },
      ],
    });
    const lines = renderText(report([], [merged, elsewhere])).split('\n');
    // The same problem in two files is the change's, said once above the files, naming both.
    expect(lines.map((line) => line.trim())).toEqual(
      expect.arrayContaining(['also at lines 57, 59', '(pull request)', 'for a.yaml:2, c.yaml:4']),
    );
    expect(lines.filter((line) => line.includes('holds only 20s'))).toHaveLength(1);
  });

  it('keeps every line within the page width, and a parser message to one short line', () => {
    const readme = `YAML UNEXPECTED_TOKEN: Unexpected scalar: "Progressive delivery is an umbrella term\n\n## Canary\n\n${'and more words '.repeat(40)}"`;
    const text = renderText(report([judged()], [finding({ rule: 'manifest/invalid', message: readme })]));
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(120);
    expect(text).not.toContain('## Canary');
    const message = text
      .split('\n')
      .filter((line) => /^\s+(12 +error|\s{20,}\S)/.test(line) && !line.includes('stages:'))
      .map((line) => line.trim())
      .join(' ');
    expect(message.length).toBeLessThanOrEqual(230);
    expect(message).toMatch(/…$/);
    expect(
      renderText(report([], [finding({ message: 'x '.repeat(80) })]), { width: 80 }).split('\n'),
    ).toSatisfy((lines: string[]) => lines.every((line) => [...line].length <= 80));
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
    expect(start).toBeGreaterThan(lines.indexOf('a.yaml'));
    expect(lines.filter((line) => line === 'b.yaml')).toHaveLength(1);
    expect(lines.slice(start + 1, start + 5).map((line) => line.replace(/ {2,}/g, '  '))).toEqual([
      'b.yaml',
      '  4  error→notice  canary/min-stages  The canary has 1 stage below 100%; the policy requires 3.',
      '  waived by dkim (exemption: payments-api-short-bake) — Covered by the load-test',
      '  gate; until 2026-07-20; ticket OPS-2231',
    ]);
    expect(lines.slice(start)).not.toContain('How to fix:');
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
