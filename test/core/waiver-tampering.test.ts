import { describe, expect, it } from 'vitest';
import { approvalOf } from '../../src/core/approvals.js';
import type { ApprovalVerdict, Review } from '../../src/core/approvals.js';
import type { Exemption } from '../../src/core/exemptions.js';
import type { Finding, InlineExemption, JudgedPlan } from '../../src/core/model.js';
import { BUILTIN_POLICY } from '../../src/core/policy.js';
import type { Policy } from '../../src/core/policy.js';
import { applyApprovals, applyExemptions } from '../../src/core/waivers.js';
import type { WaiverInput } from '../../src/core/waivers.js';
import { exemption as exemptionEntry } from '../support/exemptions.js';
import { canaryPlan } from '../support/plans.js';

// What an author of a pull request might try so that a waiver applies without an approver's say:
// reorder or follow up reviews, approve in another case, edit an exemption annotation that is on
// the base, or point an exemption at what the change does not touch.

const HEAD = 'h'.repeat(40);
const NOW = new Date('2026-11-29T12:00:00Z');
const policy: Policy = {
  ...BUILTIN_POLICY,
  approvers: { users: ['dave', 'Carol'], teams: ['acme/sre', 'acme/platform'] },
};

const review = (user: string, state: string, at: string, commitId = HEAD): Review => ({
  user,
  state,
  commitId,
  submittedAt: `2026-11-29T${at}:00Z`,
});
const approval = (
  reviews: Review[],
  author: string | undefined = 'alice',
  teams: Record<string, string[]> = {},
) => approvalOf({ reviews, teamMembers: teams }, policy, HEAD, author);

describe('approvals an author cannot manufacture', () => {
  it('takes each reviewer’s latest review by time, not by the order the API lists them', () => {
    expect(
      approval([review('carol', 'CHANGES_REQUESTED', '11:00'), review('carol', 'APPROVED', '10:00')])
        .approved,
    ).toBe(false);
    expect(
      approval([review('carol', 'APPROVED', '11:00'), review('carol', 'CHANGES_REQUESTED', '10:00')])
        .approved,
    ).toBe(true);
  });

  it('keeps an approval through later comments and a pending review, not through a dismissal', () => {
    for (const state of ['COMMENTED', 'PENDING']) {
      expect(
        approval([review('carol', 'APPROVED', '10:00'), review('carol', state, '11:00')]),
        state,
      ).toMatchObject({
        approved: true,
        by: 'carol',
      });
    }
    expect(
      approval([review('carol', 'APPROVED', '10:00'), review('carol', 'DISMISSED', '11:00')]).approved,
    ).toBe(false);
  });

  it('treats logins in any case as one reviewer and one approver', () => {
    expect(
      approval([review('Carol', 'APPROVED', '10:00'), review('carol', 'CHANGES_REQUESTED', '11:00')])
        .approved,
    ).toBe(false);
    expect(approval([review('CAROL', 'APPROVED', '10:00')])).toMatchObject({ approved: true, by: 'CAROL' });
    expect(
      approval([review('Erin', 'APPROVED', '10:00')], 'alice', { 'acme/platform': ['bob', 'erin'] }),
    ).toMatchObject({ approved: true, by: 'Erin' });
  });

  it('counts any approver listed, not only the first', () => {
    expect(approval([review('dave', 'APPROVED', '10:00')]).approved).toBe(true);
    expect(approval([review('carol', 'APPROVED', '10:00')]).approved).toBe(true);
    expect(
      approval([review('erin', 'APPROVED', '10:00')], 'alice', { 'acme/platform': ['erin'] }).approved,
    ).toBe(true);
  });

  it('does not count someone outside every approver team', () => {
    const verdict = approval([review('mallory', 'APPROVED', '10:00')], 'alice', {
      'acme/sre': ['erin'],
      'acme/platform': ['bob'],
    });
    expect(verdict).toEqual({
      approved: false,
      reason: 'mallory is not an approver. Approvers are @dave, @Carol, team acme/sre, team acme/platform',
    });
  });

  it('never lets the author approve, in whatever case they log in', () => {
    expect(approval([review('carol', 'APPROVED', '10:00')], 'CAROL')).toEqual({
      approved: false,
      reason:
        "carol is the pull request's author. Approvers are @dave, @Carol, team acme/sre, team acme/platform",
    });
    // Who wrote the pull request is not always known (a local run): an approver's review still counts.
    expect(approval([review('carol', 'APPROVED', '10:00')], undefined).approved).toBe(true);
  });

  it('says every reason an approval does not count, and when there is none at all', () => {
    const older = 'abcdef0123456789'.padEnd(40, '0');
    expect(
      approval([
        review('mallory', 'APPROVED', '09:00'),
        review('carol', 'APPROVED', '10:00', older),
        review('dave', 'COMMENTED', '11:00'),
      ]),
    ).toEqual({
      approved: false,
      reason:
        'mallory is not an approver; carol approved an older commit (abcdef012345), not the head. Approvers are @dave, @Carol, team acme/sre, team acme/platform',
    });
    expect(approval([review('dave', 'COMMENTED', '11:00')])).toEqual({
      approved: false,
      reason:
        'no approving review on the head commit. Approvers are @dave, @Carol, team acme/sre, team acme/platform',
    });
  });
});

const NOT_APPROVED: ApprovalVerdict = { approved: false, reason: 'no approving review on the head commit' };
const APPROVED: ApprovalVerdict = { approved: true, by: 'carol', at: '2026-11-29T10:00:00Z' };
const input = (overrides: Partial<WaiverInput> = {}): WaiverInput => ({
  labels: [],
  approval: NOT_APPROVED,
  baseExemptions: [],
  changedExemptions: [],
  ...overrides,
});
const finding = (rule: Finding['rule'], file: string | undefined, planId: string | undefined): Finding => ({
  rule,
  level: 'error',
  message: `${rule} finding`,
  remediation: 'fix it.',
  ...(file !== undefined ? { file, line: 5 } : {}),
  ...(planId !== undefined ? { planId } : {}),
});

describe('an exemption annotation edited by the pull request', () => {
  const onBase: InlineExemption = {
    rules: ['canary/min-hold', 'canary/analysis'],
    reason: 'batch job, no live traffic',
    expires: '2027-03-01',
    line: 7,
  };
  const judgedWith = (head: InlineExemption, change: JudgedPlan['change'] = 'modified'): JudgedPlan => {
    const base = canaryPlan([[5, 60]], { exemptions: [onBase] });
    return {
      plan: { ...base, exemptions: [head] },
      basePlan: base,
      environment: 'default',
      change,
      verdict: 'fail',
    };
  };
  const waivedBy = (
    head: InlineExemption,
    approval: ApprovalVerdict = NOT_APPROVED,
    change: JudgedPlan['change'] = 'modified',
  ) => {
    const plan = judgedWith(head, change);
    const findings = [
      finding('canary/min-hold', plan.plan.file, plan.plan.id),
      finding('canary/step-increase', plan.plan.file, plan.plan.id),
    ];
    const { notes } = applyExemptions(findings, [plan], input({ approval }), policy, NOW);
    return { waived: findings.filter((f) => f.waived).map((f) => [f.rule, f.waived?.by]), notes };
  };

  it('applies as the base has it, whatever the order of its rules', () => {
    expect(waivedBy({ ...onBase, rules: ['canary/analysis', 'canary/min-hold'], line: 9 }).waived).toEqual([
      ['canary/min-hold', 'the base branch'],
    ]);
  });

  it.each([
    ['a rule added', { rules: [...onBase.rules, 'canary/step-increase'] }],
    ['a rule swapped', { rules: ['canary/min-hold', 'canary/step-increase'] }],
    ['its expiry moved', { expires: '2099-12-31' }],
    ['its expiry removed', { expires: undefined }],
    ['its reason rewritten', { reason: 'trust me' }],
  ])('with %s, is a new exemption that waits for an approver', (_, edit) => {
    const head = { ...onBase, ...edit } as InlineExemption;
    const unapproved = waivedBy(head);
    expect(unapproved.waived).toEqual([]);
    expect(unapproved.notes).toEqual([
      `The exemption annotation on deploy/checkout/rollout.yaml:7 is new in this pull request and does not apply yet: ${NOT_APPROVED.reason}.`,
    ]);
    expect(waivedBy(head, APPROVED).waived[0]).toEqual(['canary/min-hold', 'carol']);
  });

  it('stops applying when its expiry has passed, and counts as touched by the change', () => {
    const expired = { ...onBase, expires: '2026-11-28' };
    const base = canaryPlan([[5, 60]], { exemptions: [expired] });
    const plan: JudgedPlan = {
      plan: base,
      basePlan: base,
      environment: 'default',
      change: 'modified',
      verdict: 'fail',
    };
    const findings = [finding('canary/min-hold', base.file, base.id)];
    const { exemptions } = applyExemptions(findings, [plan], input(), policy, NOW);
    expect(findings[0]?.waived).toBeUndefined();
    expect(exemptions).toEqual([
      expect.objectContaining({
        id: 'deploy/checkout/rollout.yaml:7',
        expired: true,
        used: false,
        touched: true,
      }),
    ]);
  });

  it('is not applied to a rollout the change removes', () => {
    expect(waivedBy(onBase, APPROVED, 'removed')).toEqual({ waived: [], notes: [] });
  });
});

describe('what an exemption reaches', () => {
  const exemption = (overrides: Partial<Exemption>) =>
    exemptionEntry({ id: 'search-no-analysis', rules: ['canary/analysis'], line: 4, ...overrides });
  const search = canaryPlan([[5, 600]], { id: 'search', file: 'deploy/search/rollout.yaml' });
  const checkout = canaryPlan([[5, 600]], { id: 'checkout', file: 'deploy/checkout/rollout.yaml' });
  const judged = (plan = search, change: JudgedPlan['change'] = 'modified'): JudgedPlan => ({
    plan,
    environment: 'default',
    change,
    verdict: 'fail',
  });

  it('waives by path only findings in those paths, and by plan only that plan', () => {
    const findings = [
      finding('canary/analysis', 'deploy/search/rollout.yaml', 'search'),
      finding('canary/analysis', 'deploy/checkout/rollout.yaml', 'checkout'),
      finding('canary/analysis', undefined, 'search'),
      finding('canary/analysis', undefined, undefined),
    ];
    applyExemptions(
      findings,
      [judged(), judged(checkout)],
      input({ baseExemptions: [exemption({ paths: ['deploy/search/**'] })] }),
      policy,
      NOW,
    );
    expect(findings.map((f) => f.waived !== undefined)).toEqual([true, false, false, false]);
    const byPlan = findings.map((f) => ({ ...f, waived: undefined, level: 'error' as const }));
    applyExemptions(
      byPlan,
      [judged()],
      input({ baseExemptions: [exemption({ plans: ['search'] })] }),
      policy,
      NOW,
    );
    expect(byPlan.map((f) => f.waived !== undefined)).toEqual([true, false, true, false]);
  });

  it('counts as touched only when the change adds, modifies or removes a rollout it covers', () => {
    const touched = (plans: JudgedPlan[], entry: Exemption) =>
      applyExemptions([], plans, input({ baseExemptions: [entry] }), policy, NOW).exemptions[0]?.touched;
    const byPath = exemption({ paths: ['deploy/search/**'] });
    expect(touched([judged(search, 'modified')], byPath)).toBe(true);
    expect(touched([judged(search, 'removed')], byPath)).toBe(true);
    expect(touched([judged(search, 'unchanged')], byPath)).toBe(false);
    expect(touched([judged(checkout, 'modified')], byPath)).toBe(false);
    expect(touched([judged(search, 'added')], exemption({ plans: ['search'] }))).toBe(true);
    expect(touched([judged(checkout, 'added')], exemption({ plans: ['search'] }))).toBe(false);
  });

  it('does not apply an exemption the pull request adds until an approver approves, and says why', () => {
    const findings = [finding('canary/analysis', 'deploy/search/rollout.yaml', 'search')];
    const { notes } = applyExemptions(
      findings,
      [judged()],
      input({ changedExemptions: [exemption({ paths: ['deploy/**'] })] }),
      policy,
      NOW,
    );
    expect(findings[0]?.waived).toBeUndefined();
    expect(notes).toEqual([
      `Exemption search-no-analysis is added or changed by this pull request and does not apply yet: ${NOT_APPROVED.reason}.`,
    ]);
  });

  it('says once that none applies where the policy allows no exemptions of the repository’s own', () => {
    const strict: Policy = { ...policy, exemptions: { ...policy.exemptions, allowLocal: false } };
    const note = (overrides: Partial<WaiverInput>, plans: JudgedPlan[] = [judged()]) =>
      applyExemptions([], plans, input(overrides), strict, NOW).notes;
    const expected = [
      "The repository's own exemptions do not apply: the policy allows none (exemptions.allowLocal: false).",
    ];
    expect(note({ changedExemptions: [exemption({})] })).toEqual(expected);
    const annotated = canaryPlan([[5, 600]], {
      id: 'a',
      exemptions: [{ rules: ['canary/min-hold'], line: 3 }],
    });
    expect(note({}, [judged(), judged(annotated)])).toEqual(expected);
    expect(note({})).toEqual([]);
  });
});

describe('approving a policy change', () => {
  it('waives every policy/changed finding and nothing else', () => {
    const findings = [
      finding('policy/changed', '.github/rollout-guard.yml', undefined),
      finding('policy/changed', '.github/workflows/ci.yml', undefined),
      finding('canary/analysis', 'deploy/a.yaml', 'a'),
    ];
    const summary = applyApprovals(findings, input({ approval: APPROVED }), policy, []);
    expect(findings.map((f) => [f.rule, f.level, f.waived?.kind])).toEqual([
      ['policy/changed', 'notice', 'approved-policy-change'],
      ['policy/changed', 'notice', 'approved-policy-change'],
      ['canary/analysis', 'error', undefined],
    ]);
    expect(findings[0]?.waived).toMatchObject({
      by: 'carol',
      reason: 'approved on 2026-11-29T10:00:00Z',
      source: 'review',
    });
    expect(summary.notes).toEqual([]);
  });

  it('records who broke the glass and when', () => {
    const findings = [finding('canary/analysis', 'deploy/a.yaml', 'a')];
    applyApprovals(findings, input({ approval: APPROVED, labels: [policy.breakGlass.label] }), policy, []);
    expect(findings[0]?.waived).toMatchObject({
      kind: 'break-glass',
      by: 'carol',
      reason: `emergency label "${policy.breakGlass.label}", approved on 2026-11-29T10:00:00Z`,
    });
  });
});
