import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import type { Finding, Waiver } from '../../src/core/model.js';
import { ruleMeta } from '../../src/core/rules/catalogue.js';
import { DEFAULT_MAX_BYTES, renderComment, renderMarkdown } from '../../src/report/markdown.js';
import { finding, judged, plan, report, stage } from './build.js';

const BLOB = 'https://github.com/acme/infra/blob/abc123/';
const LINKS = {
  run: 'https://github.com/acme/infra/actions/runs/42',
  summary: 'https://github.com/acme/infra/actions/runs/42#summary-7',
};

const changed = judged({
  plan: plan({ stages: [stage(5, 600), stage(25, 'manual'), stage(100)] }),
  basePlan: plan({ stages: [stage(10, 600), stage(100)] }),
  verdict: 'fail',
});

/** A rollout in its own file, with `count` findings of two rules. */
function rollout(index: number, count = 3): { plan: ReturnType<typeof judged>; findings: Finding[] } {
  const file = `deploy/service-${index}/rollout.yaml`;
  const id = `argo-rollouts:Rollout:prod/service-${index}`;
  const judgedPlan = judged({
    plan: plan({ file, id, target: { kind: 'Rollout', name: `service-${index}`, namespace: 'prod' } }),
    basePlan: plan({ file, id, stages: [stage(5, 600), stage(100)] }),
    verdict: 'fail',
  });
  const findings = Array.from({ length: count }, (_, n) =>
    finding({
      rule: n % 2 === 0 ? 'canary/min-hold' : 'canary/initial-weight',
      file,
      planId: id,
      line: 10 + n,
      message: `Stage ${n} of service ${index} holds 1m; the policy requires 10m. `.repeat(2).trim(),
    }),
  );
  return { plan: judgedPlan, findings };
}

function many(count: number, findingsEach = 3) {
  const rollouts = Array.from({ length: count }, (_, index) => rollout(index, findingsEach));
  return report(
    rollouts.map((r) => r.plan),
    rollouts.flatMap((r) => r.findings),
  );
}

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

function listItems(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('- '));
}

/** The one-line verdicts of the rollouts shown in full. */
function rolloutLines(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^(❌|⚠️|✅) \*\*/.test(line));
}

describe('renderMarkdown (the job summary)', () => {
  it('puts the verdict first, then the whole pull request, the evidence, the rollouts worst first, the fixes', () => {
    const evidence = finding({
      rule: 'evidence/missing',
      file: undefined,
      line: undefined,
      planId: undefined,
    });
    const markdown = renderMarkdown(report([changed], [finding(), evidence]), { links: LINKS });
    const order = [
      '## ❌ rollout-guard: FAIL — 2 errors in 1 plan',
      '**Full report:** [Job summary]',
      'Of 1 changed rollout: 1 fails.',
      '### The whole pull request',
      '### Rollouts, worst first',
      '### How to fix',
    ].map((text) => markdown.indexOf(text));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(markdown.startsWith('## ❌ rollout-guard: FAIL')).toBe(true);
  });

  it('gives each rollout a one-line verdict: its file and line, what it is, the change, its counts', () => {
    const markdown = renderMarkdown(report([changed], [finding(), finding({ level: 'warning', line: 14 })]), {
      blobUrlBase: BLOB,
    });
    expect(rolloutLines(markdown)).toEqual([
      `❌ **[deploy/prod/web.yaml:3](${BLOB}deploy/prod/web.yaml#L3)** · Rollout prod/web · modified · production — 1 error, 1 warning`,
    ]);
  });

  it('names an environment only when one matched (the default environment is the policy itself)', () => {
    const markdown = renderMarkdown(report([judged({ ...changed, environment: 'default' })], [finding()]));
    expect(rolloutLines(markdown)).toEqual([
      '❌ **deploy/prod/web.yaml:3** · Rollout prod/web · modified — 1 error',
    ]);
  });

  it('says each rule once per rollout, with the lines it was found at, its first message and how many more', () => {
    const findings = [
      finding({ rule: 'canary/min-hold', line: 20, message: 'holds 1m at 5%' }),
      finding({ line: 12 }),
      finding({ rule: 'canary/min-hold', line: 22, message: 'holds 2m at 25%' }),
      finding({ rule: 'canary/min-hold', line: 24, message: 'holds 3m at 50%' }),
    ];
    const markdown = renderMarkdown(report([changed], findings), { blobUrlBase: BLOB });
    const rules = listItems(section(markdown, 'Rollouts, worst first')).slice(0, 2);
    const line = (n: number) => `[${n}](${BLOB}deploy/prod/web.yaml#L${n})`;
    expect(rules).toEqual([
      `- ❌ [\`canary/min-stages\`](${ruleMeta('canary/min-stages').helpUri}) · line ${line(12)} — The canary has 1 stage below 100%; the policy requires 3.`,
      `- ❌ [\`canary/min-hold\`](${ruleMeta('canary/min-hold').helpUri}) · lines ${line(20)}, ${line(22)}, ${line(24)} — holds 1m at 5% (and 2 more)`,
    ]);
    // The rest is folded: the stages and the findings the rule lines leave out.
    const details = markdown.slice(markdown.indexOf('<details><summary>Stages, 2 more findings'));
    expect(details).toContain('holds 2m at 25%');
    expect(details).toContain('holds 3m at 50%');
    expect(details).toContain('canary: 5% ▸ 10m ▸ 25% ▸ manual ▸ 100% (base: 10% ▸ 10m ▸ 100%)');
  });

  it('says a finding about the whole pull request once, with how many rollouts it covers, and points to it from each', () => {
    const a = rollout(1, 1);
    const b = rollout(2, 0);
    const evidence = finding({
      rule: 'evidence/missing',
      file: a.plan.plan.file,
      planId: a.plan.plan.id,
      line: 3,
      message:
        'the pull request has no test evidence for Rollout service-1 and Rollout service-2: no section',
      places: [a, b].map(({ plan: p }) => ({ file: p.plan.file, line: 3, planId: p.plan.id, message: 'x' })),
    });
    const markdown = renderMarkdown(report([a.plan, b.plan], [...a.findings, evidence]));
    expect(listItems(section(markdown, 'The whole pull request'))).toEqual([
      `- ❌ [\`evidence/missing\`](${ruleMeta('evidence/missing').helpUri}) — the pull request has no test evidence for Rollout service-1 and Rollout service-2: no section (2 rollouts)`,
    ]);
    expect(markdown.match(/no test evidence/g)).toHaveLength(1);
    expect(rolloutLines(markdown)).toEqual([
      "❌ **deploy/service-1/rollout.yaml:3** · Rollout prod/service-1 · modified · production — 1 error · and the pull request's findings above: `evidence/missing`",
      "❌ **deploy/service-2/rollout.yaml:3** · Rollout prod/service-2 · modified · production · the pull request's findings above: `evidence/missing`",
    ]);
  });

  it('orders rollouts worst first, then as a person sorts paths; rollouts with no findings are folded', () => {
    const passing = judged({ plan: plan({ file: 'deploy/ok.yaml', id: 'ok' }), verdict: 'pass' });
    const warn = rollout(30, 1);
    const input = many(12, 1);
    const markdown = renderMarkdown(
      report(
        [passing, ...input.plans, { ...warn.plan, verdict: 'warn' }],
        [...input.findings, ...warn.findings.map((f) => ({ ...f, level: 'warning' as const }))],
      ),
    );
    const files = rolloutLines(markdown).map((line) => /\*\*(\S+):\d+\*\*/.exec(line)?.[1]);
    expect(files.slice(0, 3)).toEqual([
      'deploy/service-0/rollout.yaml',
      'deploy/service-1/rollout.yaml',
      'deploy/service-2/rollout.yaml',
    ]);
    expect(files.slice(-3)).toEqual([
      'deploy/service-10/rollout.yaml',
      'deploy/service-11/rollout.yaml',
      'deploy/service-30/rollout.yaml',
    ]);
    expect(markdown).toContain('<details><summary>1 rollout with no findings</summary>');
    expect(markdown).toContain('Of 14 changed rollouts: 12 fail, 1 warns, 1 passes.');
  });

  it('draws a chart only where the change moved the exposure', () => {
    const same = judged({ ...changed, basePlan: changed.plan });
    expect(renderMarkdown(report([same], [finding()]))).not.toContain('```mermaid');
    expect(renderMarkdown(report([changed], [finding()]))).toContain('```mermaid');
    expect(renderMarkdown(report([{ ...changed, change: 'removed' }], [finding()]))).not.toContain(
      '```mermaid',
    );
  });

  it("says each rule's fix once, in the order the rules are listed", () => {
    const markdown = renderMarkdown(
      report(
        [changed],
        [finding({ line: 3 }), finding({ rule: 'canary/min-hold', level: 'warning' }), finding()],
      ),
    );
    expect(listItems(section(markdown, 'How to fix'))).toEqual([
      `- [\`canary/min-stages\`](${ruleMeta('canary/min-stages').helpUri}): ${ruleMeta('canary/min-stages').remediation}`,
      `- [\`canary/min-hold\`](${ruleMeta('canary/min-hold').helpUri}): ${ruleMeta('canary/min-hold').remediation}`,
    ]);
  });

  it('writes a parser message as one short line', () => {
    const readme = `YAML: "Progressive delivery\n\n## Canary\n\n${'more words '.repeat(40)}"`;
    const [item] = listItems(
      section(
        renderMarkdown(report([], [finding({ rule: 'manifest/invalid', message: readme })])),
        'Rollouts, worst first',
      ),
    );
    expect(item).toMatch(/ — YAML: "Progressive delivery ## Canary more words .*…$/);
    expect(item?.slice(item.indexOf(' — ')).length).toBeLessThanOrEqual(210);
  });

  it('writes no file links without a blob URL base (the CLI), and no links line without a run', () => {
    const markdown = renderMarkdown(report([changed], [finding()]));
    expect(markdown).not.toContain('](deploy/');
    expect(markdown).not.toContain('Full report');
  });

  it('says when there are no plans and no findings', () => {
    expect(renderMarkdown(report([], []))).toContain('No rollout plans in this change, and no findings.');
  });
});

describe('renderMarkdown within maxBytes', () => {
  it('drops charts from the end first, and counts the charts it left out', () => {
    const input = many(6);
    const full = renderMarkdown(input);
    const charts = full.match(/```mermaid/g)?.length ?? 0;
    expect(charts).toBe(6);
    const limit = bytes(full) - 800;
    const markdown = renderMarkdown(input, { maxBytes: limit });
    expect(bytes(markdown)).toBeLessThanOrEqual(limit);
    const kept = markdown.match(/```mermaid/g)?.length ?? 0;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(6);
    expect(markdown).toContain(
      `_${6 - kept} exposure chart${6 - kept === 1 ? '' : 's'} left out to keep this summary within its size limit._`,
    );
    // The first rollouts keep theirs.
    expect(markdown.indexOf('```mermaid')).toBeLessThan(markdown.indexOf('deploy/service-1/'));
  });

  it('then folds away details, then rule lines, from the end, and always names every failing rollout', () => {
    const input = many(300, 4);
    const markdown = renderMarkdown(input, { maxBytes: 60_000 });
    expect(bytes(markdown)).toBeLessThanOrEqual(60_000);
    for (let index = 0; index < 300; index++)
      expect(markdown).toContain(`deploy/service-${index}/rollout.yaml`);
    const briefs = listItems(markdown).filter((line) => line.startsWith('- ❌ deploy/service-'));
    expect(briefs.length).toBeGreaterThan(0);
    expect(briefs.at(-1)).toMatch(
      /^- ❌ deploy\/service-299\/rollout\.yaml:3 — 4 errors; first: `canary\/min-hold` Stage 0 of service 299 holds 1m/,
    );
    expect(markdown).not.toMatch(/more rollouts? or files with findings not shown/);
  });

  it('counts the rollouts it cannot show at all, exactly', () => {
    const markdown = renderMarkdown(many(300), { maxBytes: 12_000 });
    expect(bytes(markdown)).toBeLessThanOrEqual(12_000);
    const shown = new Set(markdown.match(/deploy\/service-\d+\//g)).size;
    expect(shown).toBeGreaterThan(10);
    expect(markdown).toContain(
      `_${300 - shown} more rollouts or files with findings not shown; see the JSON report._`,
    );
  });

  it('keeps a very large report under the default limit (GitHub job summary)', () => {
    const markdown = renderMarkdown(many(2000, 5));
    expect(bytes(markdown)).toBeLessThanOrEqual(DEFAULT_MAX_BYTES);
    expect(markdown).toContain('deploy/service-0/rollout.yaml');
  });

  it('never exceeds the limit, even when it is tiny', () => {
    expect(bytes(renderMarkdown(many(200), { maxBytes: 50 }))).toBeLessThanOrEqual(50);
    expect(bytes(renderMarkdown(many(200), { maxBytes: 400 }))).toBeLessThanOrEqual(400);
  });
});

describe('renderComment (the pull request comment)', () => {
  it('links the job summary and the run, folds the fixes, and draws no chart', () => {
    const comment = renderComment(report([changed], [finding()]), { links: LINKS });
    expect(comment).toContain(`**Full report:** [Job summary](${LINKS.summary}) · [Run](${LINKS.run})`);
    expect(comment).toContain('<details><summary>How to fix</summary>');
    expect(comment).not.toContain('### How to fix');
    expect(comment).not.toContain('```mermaid');
  });

  it('fits in maxChars, shows the first finding of every failing rollout, and sends the reader to the job summary', () => {
    const input = many(300, 10);
    const comment = renderComment(input, { links: LINKS, blobUrlBase: BLOB, maxChars: 60_000 });
    expect(comment.length).toBeLessThanOrEqual(60_000);
    for (let index = 0; index < 300; index++) {
      expect(comment).toMatch(
        new RegExp(`deploy/service-${index}/rollout\\.yaml:3\\S* — 10 errors; first: `),
      );
    }
    const small = renderComment(many(300, 10), { links: LINKS, maxChars: 8_000 });
    const shown = new Set(small.match(/deploy\/service-\d+\//g)).size;
    expect(small).toContain(
      `_${300 - shown} more rollouts or files with findings not shown; see the job summary._`,
    );
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

  it('lists waived findings under "Waived", after the rollouts, and counts them on the rollout', () => {
    const markdown = renderMarkdown(report([changed], [waived, active]), { blobUrlBase: BLOB });
    expect(markdown.indexOf('### Waived')).toBeGreaterThan(markdown.indexOf('### Rollouts, worst first'));
    expect(section(markdown, 'Rollouts, worst first')).not.toContain('Stage 1 holds 1m.');
    expect(rolloutLines(markdown)[0]).toMatch(/ — 1 error, 1 waived \(below\)$/);
    expect(listItems(section(markdown, 'Waived'))).toEqual([
      `- **error → notice** [\`canary/min-stages\`](${ruleMeta('canary/min-stages').helpUri}) · ` +
        `[deploy/prod/web.yaml:18](${BLOB}deploy/prod/web.yaml#L18) — Stage 1 holds 1m. (an error from 2026-10-01)` +
        '<br>**Waived** by `@dkim` (exemption, payments-api-short-bake) — Covered by the load-test gate; until 2026-07-20; ticket OPS-2231',
    ]);
  });

  it('has no Waived or Not applied section without them', () => {
    const plain = renderMarkdown(report([], [active]));
    expect(plain).not.toContain('### Waived');
    expect(plain).not.toContain('### Not applied');
  });

  it('names an approved break-glass label, its approver and what it waived, before the rollouts', () => {
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
    expect(markdown.indexOf(line)).toBeLessThan(markdown.indexOf('### Rollouts'));
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

  it('cuts the waived list before any rollout when the summary is too large, and counts what it cut', () => {
    const waivedMany = Array.from({ length: 300 }, (_, index) =>
      finding({
        level: 'notice',
        line: index + 1,
        message: `waived ${index} `.repeat(10),
        waived: exemption,
      }),
    );
    const input = report([changed], [...many(5).findings, ...waivedMany]);
    const markdown = renderMarkdown(input, { maxBytes: 30_000 });
    expect(bytes(markdown)).toBeLessThanOrEqual(30_000);
    const shown = listItems(section(markdown, 'Waived')).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(300);
    expect(markdown).toContain(`_${300 - shown} more waived findings not shown; see the JSON report._`);
    expect(markdown).toContain('deploy/service-4/rollout.yaml');
  });
});
