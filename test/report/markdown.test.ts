import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import type { Finding, Waiver } from '../../src/core/model.js';
import { ruleMeta } from '../../src/core/rules/catalogue.js';
import { DEFAULT_MAX_BYTES, renderMarkdown } from '../../src/report/markdown.js';
import { finding, judged, plan, report, stage } from './build.js';

const BLOB = 'https://github.com/acme/infra/blob/abc123/';

function manyFindings(count: number): Finding[] {
  return Array.from({ length: count }, (_, index) =>
    finding({
      level: index % 3 === 0 ? 'error' : 'warning',
      file: `deploy/service-${String(index).padStart(4, '0')}/rollout.yaml`,
      line: index + 1,
      message: `Stage ${index} raises traffic by 60 points; the policy allows at most 25. `.repeat(3),
    }),
  );
}

const changed = judged({
  plan: plan({ stages: [stage(5, 600), stage(25, 'manual'), stage(100)] }),
  basePlan: plan({ stages: [stage(10, 600), stage(100)] }),
});

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** One `### heading` section, up to the next one. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`### ${heading}\n`);
  if (start < 0) return '';
  const end = markdown.indexOf('\n### ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** List items, e.g. of a section. */
function findingLines(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('- '));
}

/** The items of one section's list, e.g. `### Findings`. */
function sectionItems(markdown: string, heading: string): string[] {
  return findingLines(section(markdown, heading));
}

describe('renderMarkdown', () => {
  it('puts the verdict first, then the table, the charts, and the findings', () => {
    const markdown = renderMarkdown(report([changed], [finding()]));
    expect(markdown.startsWith('## ❌ rollout-guard: FAIL — 1 error in 1 plan\n')).toBe(true);
    const table = markdown.indexOf('| File |');
    const chart = markdown.indexOf('```mermaid');
    const findings = markdown.indexOf('### Findings');
    expect(table).toBeGreaterThan(0);
    expect(chart).toBeGreaterThan(table);
    expect(findings).toBeGreaterThan(chart);
  });

  it('links each finding to its exact line and its rule documentation', () => {
    const markdown = renderMarkdown(
      report([changed], [finding({ file: 'deploy/prod/web app.yaml', line: 12 })]),
      {
        blobUrlBase: BLOB,
      },
    );
    expect(markdown).toContain(`[deploy/prod/web app.yaml:12](${BLOB}deploy/prod/web%20app.yaml#L12)`);
    expect(markdown).toContain(`[\`canary/min-stages\`](${ruleMeta('canary/min-stages').helpUri})`);
    expect(markdown).not.toContain('**Fix:**');
  });

  it("says each rule's fix once, after the findings, in the order the rules are listed", () => {
    const markdown = renderMarkdown(
      report(
        [],
        [
          finding({ line: 3 }),
          finding({ line: 4 }),
          finding({ rule: 'canary/min-hold', level: 'warning' }),
          finding({ line: 5 }),
        ],
      ),
    );
    expect(sectionItems(markdown, 'Findings')).toHaveLength(4);
    expect(sectionItems(markdown, 'How to fix')).toEqual([
      `- [\`canary/min-stages\`](${ruleMeta('canary/min-stages').helpUri}): ${ruleMeta('canary/min-stages').remediation}`,
      `- [\`canary/min-hold\`](${ruleMeta('canary/min-hold').helpUri}): ${ruleMeta('canary/min-hold').remediation}`,
    ]);
    expect(markdown.indexOf('### How to fix')).toBeGreaterThan(markdown.indexOf('### Findings'));
  });

  it('shows a problem found at several places once, linking each other line', () => {
    const merged = finding({
      file: 'deploy/web.yaml',
      line: 55,
      message: 'the rollout holds only 20s at 20%, 30% and 40% before raising traffic (3 stages)',
      places: [55, 57, 59].map((line) => ({ file: 'deploy/web.yaml', line, message: 'short' })),
    });
    const [item] = sectionItems(renderMarkdown(report([], [merged]), { blobUrlBase: BLOB }), 'Findings');
    expect(item).toContain(
      `(3 stages) (also at lines [57](${BLOB}deploy/web.yaml#L57), [59](${BLOB}deploy/web.yaml#L59))`,
    );
  });

  it('caps the stages cell, sorts rows naturally and shows a rollout listed twice as one row', () => {
    const long = plan({
      file: 'deploy/checkout-10.yaml',
      stages: [stage(10, 'manual'), ...[20, 30, 40, 50, 60, 70, 80, 90].map((w) => stage(w, 20)), stage(100)],
    });
    const markdown = renderMarkdown(
      report(
        [
          judged({ plan: long }),
          judged({ plan: plan({ file: 'deploy/checkout-2.yaml' }), change: 'removed' }),
          judged({ plan: plan({ file: 'deploy/checkout-2.yaml' }), change: 'added' }),
        ],
        [],
      ),
    );
    const rows = markdown.split('\n').filter((line) => line.startsWith('| deploy/'));
    expect(rows.map((row) => row.split(' | ').slice(0, 2))).toEqual([
      ['| deploy/checkout-2.yaml:3', 'removed + added'],
      ['| deploy/checkout-10.yaml:3', 'modified'],
    ]);
    expect(rows[1]).toContain('| 10% ▸ manual ▸ 20% → 90% in 10% steps, 20s each ▸ 100% |');
  });

  it('writes a parser message as one short line', () => {
    const readme = `YAML: "Progressive delivery\n\n## Canary\n\n${'more words '.repeat(40)}"`;
    const [item] = sectionItems(
      renderMarkdown(report([], [finding({ rule: 'manifest/invalid', message: readme })])),
      'Findings',
    );
    expect(item).toMatch(/ — YAML: "Progressive delivery ## Canary more words .*…$/);
    expect(item?.slice(item.indexOf(' — ')).length).toBeLessThanOrEqual(210);
  });

  it('writes no file links without a blob URL base (the CLI)', () => {
    const markdown = renderMarkdown(report([changed], [finding()]));
    expect(markdown).toContain('· deploy/prod/web.yaml:12 —');
    expect(markdown).not.toContain('](deploy/');
  });

  it('lists errors before warnings and notices', () => {
    const findings = [
      finding({ level: 'notice', file: 'a.yaml' }),
      finding({ level: 'warning' }),
      finding({ file: 'z.yaml' }),
    ];
    const lines = sectionItems(renderMarkdown(report([], findings)), 'Findings');
    expect(lines.map((line) => /\*\*(\w+)\*\*/.exec(line)?.[1])).toEqual(['error', 'warning', 'notice']);
  });

  it('draws no chart for removed or unchanged plans', () => {
    const markdown = renderMarkdown(
      report([judged({ ...changed, change: 'removed' }), judged({ ...changed, change: 'unchanged' })], []),
    );
    expect(markdown).not.toContain('```mermaid');
    expect(markdown).not.toContain('### Traffic exposure');
  });

  it('says when there are no plans and no findings', () => {
    const markdown = renderMarkdown(report([], []));
    expect(markdown).toContain('No rollout plans in this change.');
    expect(markdown).toContain('No findings.');
  });
});

describe('renderMarkdown within maxBytes', () => {
  it('drops the charts first when that is enough', () => {
    const input = report([changed, changed, changed], manyFindings(5));
    const full = renderMarkdown(input);
    const withoutCharts = full.replace(/```mermaid[\s\S]*?```/g, '');
    const limit = bytes(withoutCharts) + 200;
    expect(bytes(full)).toBeGreaterThan(limit);
    const markdown = renderMarkdown(input, { maxBytes: limit });
    expect(bytes(markdown)).toBeLessThanOrEqual(limit);
    expect(markdown).not.toContain('```mermaid');
    expect(markdown).toContain('Charts left out');
    expect(sectionItems(markdown, 'Findings')).toHaveLength(5);
    expect(markdown).not.toContain('more findings not shown');
  });

  it('then cuts the findings list and says how many were left out', () => {
    const input = report([changed], manyFindings(400));
    const markdown = renderMarkdown(input, { maxBytes: 20_000 });
    expect(bytes(markdown)).toBeLessThanOrEqual(20_000);
    const shown = sectionItems(markdown, 'Findings');
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(400);
    expect(markdown).toContain(`_${400 - shown.length} more findings not shown; see the JSON report._`);
    expect(shown.every((line) => line.includes('**error**'))).toBe(true);
    expect(markdown).toContain('| File |');
  });

  it('keeps a very large report under the default limit (GitHub job summary)', () => {
    const markdown = renderMarkdown(report([changed], manyFindings(5000)));
    expect(bytes(markdown)).toBeLessThanOrEqual(DEFAULT_MAX_BYTES);
    expect(markdown).toMatch(/_\d+ more findings not shown; see the JSON report\._\n\n### How to fix\n/);
  });

  it('cuts plan rows last, and never exceeds the limit even when it is tiny', () => {
    const plans = Array.from({ length: 200 }, (_, index) =>
      judged({ plan: plan({ file: `deploy/${index}.yaml` }) }),
    );
    const markdown = renderMarkdown(report(plans, manyFindings(3)), { maxBytes: 4_000 });
    expect(bytes(markdown)).toBeLessThanOrEqual(4_000);
    expect(markdown).toMatch(/_\d+ more plans not shown; see the JSON report\._/);
    expect(markdown).toContain('_3 more findings not shown; see the JSON report._');
    expect(bytes(renderMarkdown(report(plans, []), { maxBytes: 50 }))).toBeLessThanOrEqual(50);
  });
});

const exemption: Waiver = {
  kind: 'exemption',
  by: 'dkim',
  reason: 'Covered by the load-test gate.',
  until: '2026-07-20',
  ticket: 'OPS-2231',
  source: 'payments-api-short-bake',
  originalLevel: 'error',
};

describe('renderMarkdown with waivers', () => {
  const active = finding({ rule: 'canary/initial-weight', message: 'The first stage sends 50%.' });
  const waived = finding({
    level: 'notice',
    line: 18,
    message: 'Stage 1 holds 1m.',
    waived: exemption,
    enforceFrom: '2026-10-01',
  });

  it('lists waived findings under "Waived", after the findings and not among them', () => {
    const markdown = renderMarkdown(report([changed], [waived, active]), { blobUrlBase: BLOB });
    expect(markdown.indexOf('### Waived')).toBeGreaterThan(markdown.indexOf('### Findings'));
    expect(section(markdown, 'Findings')).not.toContain('Stage 1 holds 1m.');
    expect(findingLines(section(markdown, 'Findings'))).toHaveLength(1);
    expect(findingLines(section(markdown, 'Waived'))).toEqual([
      `- **error → notice** [\`canary/min-stages\`](${ruleMeta('canary/min-stages').helpUri}) · ` +
        `[deploy/prod/web.yaml:18](${BLOB}deploy/prod/web.yaml#L18) — Stage 1 holds 1m. (an error from 2026-10-01)` +
        '<br>**Waived** by `@dkim` (exemption, payments-api-short-bake) — Covered by the load-test gate; until 2026-07-20; ticket OPS-2231',
    ]);
  });

  it('says the findings that remain are only the waived ones, and has no Waived section without them', () => {
    expect(renderMarkdown(report([], [waived]))).toContain('No findings besides the waived ones below.');
    const plain = renderMarkdown(report([], [active]));
    expect(plain).not.toContain('### Waived');
    expect(plain).not.toContain('### Not applied');
  });

  it('names an approved break-glass label, its approver and what it waived, before the findings', () => {
    const markdown = renderMarkdown(
      report([changed], [active], {
        waivers: {
          breakGlass: {
            label: 'rollout-guard/emergency',
            approved: true,
            by: 'maria-sre',
            at: '2026-07-14',
            waived: 3,
          },
          notes: [],
        },
      }),
    );
    const line =
      '🚨 Break-glass: label `rollout-guard/emergency` approved by `@maria-sre` on 2026-07-14; 3 findings waived (listed below).';
    expect(markdown).toContain(`\n\n${line}\n\n`);
    expect(markdown.indexOf(line)).toBeLessThan(markdown.indexOf('### Findings'));
  });

  it('says a break-glass label without approval changes nothing, and lists what was not applied', () => {
    const markdown = renderMarkdown(
      report([], [active], {
        waivers: {
          breakGlass: {
            label: 'rollout-guard/emergency',
            approved: false,
            reason: 'no approving review',
            waived: 0,
          },
          notes: ['Exemption frontend-recreate does not apply yet: no approving review.'],
        },
      }),
    );
    expect(markdown).toContain(
      'Label `rollout-guard/emergency` is set but changes nothing: no approving review.',
    );
    expect(section(markdown, 'Not applied')).toBe(
      '### Not applied\n\n- Exemption frontend-recreate does not apply yet: no approving review.\n',
    );
  });

  it('cuts the waived list before the findings when the summary is too large', () => {
    const waivedMany = manyFindings(300).map((f) => ({ ...f, level: 'notice' as const, waived: exemption }));
    const input = report([changed], [...manyFindings(5), ...waivedMany]);
    const markdown = renderMarkdown(input, { maxBytes: 30_000 });
    expect(bytes(markdown)).toBeLessThanOrEqual(30_000);
    expect(findingLines(section(markdown, 'Findings'))).toHaveLength(5);
    const shown = findingLines(section(markdown, 'Waived')).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(300);
    expect(markdown).toContain(`_${300 - shown} more waived findings not shown; see the JSON report._`);
  });
});
