/**
 * The report the noise work was for: two ten-step canaries with short holds, judged end to end.
 * Its text must fit one screen (40 lines of 120 columns) and still name every short stage.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/core/model.js';
import { BUILTIN_POLICY } from '../../src/core/policy.js';
import { checkChange } from '../../src/pipeline/index.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { STAGES_MAX_WIDTH } from '../../src/report/stages.js';
import { renderText } from '../../src/report/text.js';
import { FIXTURES, fixtureText } from '../helpers.js';

const FILES = {
  'apps/backend/canary.yaml': 'reports/ten-step-canaries/flagger-canary.yaml',
  'apps/frontend/rollout.yaml': 'reports/ten-step-canaries/argo-rollout.yaml',
};

function judge() {
  const files: ChangedFile[] = Object.entries(FILES).map(([path, fixture]) => ({
    status: 'added',
    path,
    head: { kind: 'text', text: fixtureText(fixture) },
  }));
  return checkChange({
    changeSet: {
      base: '9647f4abc68e1801ad4f380b7bdf74998c2b5655',
      head: '6179837cc0d271aedfc5ae50337f35e0a70d52af',
      files,
      context: [],
      pullRequest: { body: 'Faster canaries for the backend and the frontend.', labels: [] },
    },
    policy: BUILTIN_POLICY,
    policyPath: '.github/rollout-guard.yml',
    now: new Date('2026-11-30T12:00:00Z'),
  });
}

/** Same contract as golden.test.ts: UPDATE_GOLDEN=1 rewrites the file, to be read before committing. */
function expectGolden(actual: string, relativePath: string): void {
  const path = FIXTURES + relativePath;
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`no golden ${relativePath}: run with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('two ten-step canaries with short holds', () => {
  const report = judge();
  const text = renderText(report);

  it('has one short-hold finding per canary, with every short stage among its places', () => {
    const holds = report.findings.filter((f) => f.rule === 'canary/min-hold');
    expect(holds.map((f) => [f.file, f.places?.length])).toEqual([
      ['apps/backend/canary.yaml', 10],
      ['apps/frontend/rollout.yaml', 10],
    ]);
  });

  it('renders as the golden text', () => {
    expectGolden(text, 'reports/ten-step-canaries.golden.txt');
  });

  it('fits one screen: at most 40 lines of at most 120 columns', () => {
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(40);
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(120);
  });

  it('still names every short stage, and says each fix once', () => {
    for (const finding of report.findings.filter((f) => f.rule === 'canary/min-hold')) {
      const weights = (finding.places ?? []).map(
        (place) => /holds .* at (\d+%) before/.exec(place.message)?.[1],
      );
      expect(weights).toHaveLength(10);
      const block = text.slice(text.indexOf(`${finding.file}\n`));
      const message = block.slice(0, block.indexOf('\n\n')).replace(/\s+/g, ' ');
      for (const weight of weights) expect(message).toContain(` ${weight ?? '?'}`);
    }
    expect(text.match(/Add a pause/g)).toHaveLength(1);
  });

  it("keeps each rollout's stages in the markdown within their cap", () => {
    const rows = renderMarkdown(report)
      .split('\n')
      .filter((line) => line.startsWith('canary: '));
    expect(rows).toHaveLength(2);
    for (const row of rows)
      expect([...(/^canary: (.*?) · bake/.exec(row)?.[1] ?? '')].length).toBeLessThanOrEqual(
        STAGES_MAX_WIDTH,
      );
  });
});
