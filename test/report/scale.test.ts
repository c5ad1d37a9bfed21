/**
 * Golden reports of pull requests that change 1, 10 and 300 rollouts: the text report, the job
 * summary and the pull request comment, each exactly as rendered (UPDATE_GOLDEN=1 rewrites them:
 * read the diff before committing it). The large ones must stay within GitHub's limits and still
 * show a finding of every failing rollout.
 */
import { Buffer } from 'node:buffer';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMENT_MAX_CHARS } from '../../src/action/comment.js';
import { renderComment, renderers } from '../../src/report/index.js';
import { FIXTURES } from '../helpers.js';
import { SCALE_BLOB, SCALE_LINKS, scaleReport } from '../support/scale.js';

/** What the action gives the renderers: GitHub's limits, less the room it keeps for its own lines. */
const SUMMARY_MAX_BYTES = 1_000_000 - 2000;
const COMMENT_ROOM = COMMENT_MAX_CHARS - 500;

function expectGolden(actual: string, name: string): void {
  const path = `${FIXTURES}reports/scale/${name}`;
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`no golden ${name}: run with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

for (const plans of [1, 10, 300] as const) {
  describe(`a pull request that changes ${plans} rollout${plans === 1 ? '' : 's'}`, () => {
    const report = scaleReport(plans);
    const summary = renderers.markdown(report, { blobUrlBase: SCALE_BLOB, maxBytes: SUMMARY_MAX_BYTES });
    const comment = renderComment(report, {
      blobUrlBase: SCALE_BLOB,
      links: SCALE_LINKS,
      maxChars: COMMENT_ROOM,
    });
    const failing = report.plans.filter((judged) => judged.verdict === 'fail');

    it('renders as the golden text, job summary and comment', () => {
      expectGolden(renderers.text(report), `${plans}.golden.txt`);
      expectGolden(summary, `${plans}.golden.md`);
      expectGolden(comment, `${plans}.golden.comment.md`);
    });

    it("stays within GitHub's limits: 1 MiB for the job summary, 65,536 characters for the comment", () => {
      expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
      expect(comment.length).toBeLessThanOrEqual(COMMENT_ROOM);
    });

    it('shows a finding of every failing rollout, in the summary and in the comment', () => {
      expect(failing.length).toBeGreaterThan(0);
      for (const judged of failing) {
        for (const text of [summary, comment]) {
          // The rollout's entry (its line, and the rule lines under it) names a rule: one of its own
          // findings, or the pull request's finding that fails it.
          const start = text.search(new RegExp(`^(❌ \\*\\*|- ❌ )\\[?${judged.plan.file}:`, 'm'));
          expect(start, judged.plan.file).toBeGreaterThan(0);
          const entry = text.slice(start, text.indexOf('\n\n', start));
          expect(entry, judged.plan.file).toMatch(/`[a-z]+\/[a-z-]+`/);
        }
      }
    });

    it('counts every rollout once, and each "more" note matches what it left out', () => {
      for (const text of [summary, comment]) {
        for (const match of text.matchAll(/_(\d+) more rollouts? or files with findings not shown/g)) {
          const shown = new Set(text.match(/clusters\/[a-z]+\/checkout-\d+\//g)).size;
          expect(Number(match[1]) + shown).toBe(failing.length);
        }
        for (const match of text.matchAll(/\(and (\d+) more\)$/gm))
          expect(Number(match[1])).toBeGreaterThan(0);
      }
    });
  });
}
