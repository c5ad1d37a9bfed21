import { describe, expect, it } from 'vitest';
import { PullRequestEvidence } from '../../../src/core/evidence.js';
import { BUILTIN_POLICY } from '../../../src/core/policy.js';
import { EVIDENCE, ROLLBACK, inline, present, read } from './helpers.js';

const CANARY_RUN = 'Canary in staging held p99 under 120 ms: https://ci.example.com/runs/7';

describe('a required section nested inside another', () => {
  it('a Test evidence heading nested inside Rollback plan is evidence, and not the rollback plan too', () => {
    const body = `## Rollback plan\n### Test evidence\n${CANARY_RUN}\n`;
    expect(inline(body, ROLLBACK)).toMatchObject({ status: 'empty', line: 1, reason: 'it is empty' });
    expect(read(inline(body, ROLLBACK)).links).toEqual([]);
    expect(inline(body, EVIDENCE)).toMatchObject({
      status: 'present',
      section: { line: 2, links: [{ url: 'https://ci.example.com/runs/7', line: 3, kind: 'autolink' }] },
    });
  });

  it('a Rollback plan heading nested inside Test evidence is the plan, and not the evidence too', () => {
    const body =
      '## Test evidence\n### Rollback plan\nRevert the PR; https://ci.example.com/runs/7 shows it.\n';
    expect(inline(body, EVIDENCE)).toMatchObject({ status: 'empty', line: 1, reason: 'it is empty' });
    expect(inline(body, ROLLBACK)).toMatchObject({ status: 'present', section: { line: 2 } });
  });

  it('the parent keeps its own text above and below a nested required section', () => {
    const body = [
      '## Rollback plan',
      'Revert the PR; Argo CD syncs the previous image within 2 minutes.',
      '### Test evidence',
      CANARY_RUN,
      '## Notes',
    ].join('\n');
    expect(present(inline(body, ROLLBACK))).toMatchObject({
      text: 'Revert the PR; Argo CD syncs the previous image within 2 minutes.',
      links: [],
    });
    expect(present(inline(body, EVIDENCE)).links).toHaveLength(1);
  });

  it('cuts a required label out of the heading section around it, keeping the line before it', () => {
    const body = `## Rollback plan\nRevert the PR.\n**Test evidence:** ${CANARY_RUN}\n`;
    expect(inline(body, ROLLBACK)).toMatchObject({
      status: 'empty',
      reason: 'it has 13 characters of content, fewer than the 20 required',
    });
    expect(present(inline(body, EVIDENCE))).toMatchObject({ line: 3, links: [{ line: 3 }] });
  });

  it('cuts a required list-item label to its item, and keeps the items after it', () => {
    const body = `## Rollback plan\n- **Test evidence**: ${CANARY_RUN}\n  and the soak test\n- Revert the PR and let Argo CD sync v1.4\n`;
    expect(present(inline(body, ROLLBACK))).toEqual({
      heading: 'Rollback plan',
      line: 1,
      text: 'Revert the PR and let Argo CD sync v1.4',
      links: [],
    });
    expect(present(inline(body, EVIDENCE)).text).toBe(`${CANARY_RUN} and the soak test`);
  });

  it('keeps a sub-section that no policy heading names as part of the section', () => {
    const body = '## Rollback plan\n### Steps\nRevert the PR and let Argo CD sync v1.4\n';
    expect(present(inline(body, ROLLBACK)).text).toBe('Revert the PR and let Argo CD sync v1.4');
  });

  it('judges a nested match of the same section on its own, after the outer one', () => {
    const body = '## Rollback plan\nTBD\n### Rollback\nRevert the PR and let Argo CD sync v1.4\n';
    expect(present(inline(body, ROLLBACK))).toMatchObject({ line: 3 });
  });

  it('counts nested sub-sections as before when no other headings are given', () => {
    const body = `## Rollback plan\n### Test evidence\nRevert the PR and let Argo CD sync v1.4\n`;
    expect(inline(body, { headings: ['Rollback plan'] }).status).toBe('present');
  });

  it('is how PullRequestEvidence reads the description: one text does not pass both checks', () => {
    const evidence = new PullRequestEvidence(
      `## Rollback plan\n### Test evidence\n${CANARY_RUN.replace('ci.example.com/runs', 'github.com/acme/shop/actions/runs')}\n`,
      BUILTIN_POLICY,
    );
    expect(evidence.rollbackPlan()).toEqual({
      ok: false,
      reason: 'the "Rollback plan" section does not count: it is empty',
    });
    // The link is the evidence section's (counted, unverified: no source read it), not the plan's.
    const result = evidence.testEvidence([], { head: 'h'.repeat(40), now: new Date(0), evidence: undefined });
    expect(result.status).toBe('unverified');
    expect(result.items).toHaveLength(1);
  });
});
