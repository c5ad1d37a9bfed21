import { describe, expect, it } from 'vitest';
import { approvalOf } from '../../src/core/approvals.js';
import type { Review } from '../../src/core/approvals.js';
import { parseExemptions } from '../../src/core/exemptions.js';
import type { Exemption } from '../../src/core/exemptions.js';
import type { Finding, JudgedPlan } from '../../src/core/model.js';
import { BUILTIN_POLICY } from '../../src/core/policy.js';
import type { Policy } from '../../src/core/policy.js';
import { EXEMPTION_RULES } from '../../src/core/rules/index.js';
import { messageOf } from '../../src/core/rules/rule.js';
import { applyApprovals, applyExemptions } from '../../src/core/waivers.js';
import type { WaiverInput } from '../../src/core/waivers.js';
import { fixtureText } from '../helpers.js';
import { canaryPlan } from '../support/plans.js';

const HEAD = 'h'.repeat(40);
const NOW = new Date('2026-11-29T12:00:00Z');
const policy: Policy = { ...BUILTIN_POLICY, approvers: { users: ['carol'], teams: ['acme/sre'] } };

function exemptions(): Exemption[] {
  const parsed = parseExemptions(fixtureText('exemptions/valid.yml'), '.github/rollout-guard-exemptions.yml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.exemptions;
}

function finding(
  rule: Finding['rule'],
  file = 'deploy/checkout/rollout.yaml',
  planId = 'argo-rollouts:Rollout:shop/checkout',
): Finding {
  return { rule, level: 'error', message: `${rule} finding`, remediation: 'fix it.', file, line: 5, planId };
}

function judged(file = 'deploy/checkout/rollout.yaml', overrides: Partial<JudgedPlan> = {}): JudgedPlan {
  return {
    plan: canaryPlan([[5, 600]], { file }),
    environment: 'default',
    change: 'modified',
    verdict: 'fail',
    ...overrides,
  };
}

/** The finding as an exemption (source `s`) has already waived it. */
function alreadyWaived(finding: Finding) {
  return {
    ...finding,
    level: 'notice' as const,
    waived: {
      kind: 'exemption' as const,
      by: 'x',
      reason: 'r',
      source: 's',
      originalLevel: 'error' as const,
    },
  };
}

const review = (
  user: string,
  state: Review['state'],
  commitId = HEAD,
  submittedAt = '2026-11-29T10:00:00Z',
): Review => ({
  user,
  state,
  commitId,
  submittedAt,
});

/** The waivers as evaluate applies them: exemptions, then the exemption rules, then approvals. */
function run(findings: Finding[], input: Partial<WaiverInput>, plans: JudgedPlan[] = [judged()]) {
  const emitted: { rule: string; message: string; file?: string; line?: number; planId?: string }[] = [];
  const waiverInput: WaiverInput = {
    labels: [],
    approval: { approved: false, reason: 'no approval' },
    baseExemptions: [],
    changedExemptions: [],
    ...input,
  };
  const { exemptions, notes } = applyExemptions(findings, plans, waiverInput, policy, NOW);
  for (const rule of EXEMPTION_RULES) {
    rule.check({ policy, exemptions }, ({ file, line, planId, ...report }) =>
      emitted.push({
        rule: rule.id,
        message: messageOf(rule, report),
        ...(file !== undefined ? { file } : {}),
        ...(line !== undefined ? { line } : {}),
        ...(planId !== undefined ? { planId } : {}),
      }),
    );
  }
  const summary = applyApprovals(findings, waiverInput, policy, notes);
  return { emitted, summary };
}

describe('approvalOf', () => {
  const approval = (reviews: Review[], author = 'alice', teamMembers: Record<string, string[]> = {}) =>
    approvalOf({ reviews, teamMembers }, policy, HEAD, author);

  it("approves with an approver's approving review on the head commit", () => {
    expect(approval([review('carol', 'APPROVED')])).toEqual({
      approved: true,
      by: 'carol',
      at: '2026-11-29T10:00:00Z',
    });
  });

  it('approves through membership of an approver team', () => {
    expect(approval([review('erin', 'APPROVED')], 'alice', { 'acme/sre': ['erin'] })).toMatchObject({
      approved: true,
      by: 'erin',
    });
  });

  it('refuses the author, an approval of an older commit, and someone who is not an approver', () => {
    expect(
      approvalOf({ reviews: [review('carol', 'APPROVED')], teamMembers: {} }, policy, HEAD, 'carol'),
    ).toMatchObject({
      approved: false,
      reason: expect.stringMatching(/carol is the pull request's author/),
    });
    expect(approval([review('carol', 'APPROVED', 'o'.repeat(40))])).toMatchObject({
      approved: false,
      reason: expect.stringMatching(/approved an older commit/),
    });
    expect(approval([review('mallory', 'APPROVED')])).toMatchObject({
      approved: false,
      reason: expect.stringMatching(/mallory is not an approver.*Approvers are @carol, team acme\/sre/),
    });
  });

  it('lets a later "changes requested" withdraw an approval', () => {
    const reviews = [
      review('carol', 'APPROVED'),
      review('carol', 'CHANGES_REQUESTED', HEAD, '2026-11-29T11:00:00Z'),
    ];
    expect(approval(reviews).approved).toBe(false);
  });

  it('cannot approve where reviews cannot be seen, or when the policy names no approvers', () => {
    expect(approvalOf(undefined, policy, HEAD, 'alice')).toMatchObject({
      approved: false,
      reason: expect.stringMatching(/cannot be seen/),
    });
    expect(
      approvalOf({ reviews: [review('carol', 'APPROVED')], teamMembers: {} }, BUILTIN_POLICY, HEAD, 'alice'),
    ).toMatchObject({
      approved: false,
      reason: expect.stringMatching(/names no approvers/),
    });
  });
});

describe('parseExemptions', () => {
  it('reads entries with their lines', () => {
    expect(exemptions().map((e) => [e.id, e.line, e.expires])).toEqual([
      ['checkout-fast-canary', 4, '2026-12-31'],
      ['search-no-analysis', 11, '2026-12-05'],
    ]);
  });

  it('rejects an entry without expiry or with an unknown rule id, with positions', () => {
    const parsed = parseExemptions(fixtureText('exemptions/invalid.yml'), 'x.yml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => [e.line, e.message])).toEqual([
      [3, expect.stringMatching(/needs `expires`/)],
      [
        10,
        expect.stringMatching(
          /`exemptions\[1\].rules\[0\]` is "canary\/min-holds", which is not a rule id \(did you mean `canary\/min-hold`\?\)$/,
        ),
      ],
    ]);
  });
});

describe('applyExemptions, the exemption rules and applyApprovals', () => {
  it('waives the findings an active exemption covers, recording who, why and until when', () => {
    const findings = [finding('canary/min-hold'), finding('canary/analysis')];
    const { emitted } = run(findings, { baseExemptions: exemptions() });
    expect(findings[0]).toMatchObject({
      level: 'notice',
      waived: {
        kind: 'exemption',
        by: 'carol',
        source: 'checkout-fast-canary',
        until: '2026-12-31',
        ticket: 'OPS-1234',
        originalLevel: 'error',
      },
    });
    expect(findings[1]).toMatchObject({ level: 'error' });
    expect(findings[1]?.waived).toBeUndefined();
    expect(emitted).toEqual([]);
  });

  it('stops applying an expired exemption and reports it', () => {
    const findings = [
      finding('canary/analysis', 'deploy/search/rollout.yaml', 'argo-rollouts:Rollout:shop/search'),
    ];
    const later = exemptions().map((e) => ({
      ...e,
      expires: e.id === 'search-no-analysis' ? '2026-11-28' : e.expires,
    }));
    const { emitted } = run(findings, { baseExemptions: later }, [
      judged('deploy/search/rollout.yaml', {
        plan: canaryPlan([[5, 600]], {
          id: 'argo-rollouts:Rollout:shop/search',
          file: 'deploy/search/rollout.yaml',
        }),
      }),
    ]);
    expect(findings[0]?.waived).toBeUndefined();
    expect(emitted).toContainEqual(
      expect.objectContaining({
        rule: 'exemption/expired',
        message: expect.stringMatching(/expired on 2026-11-28/),
        line: 11,
      }),
    );
  });

  it('warns about an exemption that expires within 14 days, and still applies it', () => {
    const findings = [
      finding('canary/analysis', 'deploy/search/rollout.yaml', 'argo-rollouts:Rollout:shop/search'),
    ];
    const search = canaryPlan([[5, 600]], {
      id: 'argo-rollouts:Rollout:shop/search',
      file: 'deploy/search/rollout.yaml',
    });
    const { emitted } = run(findings, { baseExemptions: exemptions() }, [
      judged('deploy/search/rollout.yaml', { plan: search }),
    ]);
    expect(findings[0]?.waived?.source).toBe('search-no-analysis');
    expect(emitted).toContainEqual(
      expect.objectContaining({
        rule: 'exemption/expired',
        message: expect.stringMatching(/expires soon, on 2026-12-05 \(in 6 days\)/),
      }),
    );
  });

  it('reports an exemption for a rollout the change touches that waives nothing as unused', () => {
    const { emitted } = run([], { baseExemptions: exemptions() });
    expect(emitted).toEqual([
      expect.objectContaining({
        rule: 'exemption/unused',
        message: expect.stringMatching(/checkout-fast-canary waives nothing/),
      }),
    ]);
  });

  it('does not apply exemptions the pull request adds, unless an approver approved it', () => {
    const added = exemptions().slice(0, 1);
    const unapproved = [finding('canary/min-hold')];
    const { summary } = run(unapproved, { changedExemptions: added });
    expect(unapproved[0]?.waived).toBeUndefined();
    expect(summary.notes).toEqual([
      expect.stringMatching(
        /checkout-fast-canary is added or changed by this pull request and does not apply yet/,
      ),
    ]);

    const approved = [finding('canary/min-hold')];
    run(approved, {
      changedExemptions: added,
      approval: { approved: true, by: 'carol', at: '2026-11-29T10:00:00Z' },
    });
    expect(approved[0]?.waived).toMatchObject({ kind: 'exemption', by: 'carol' });
  });

  it('turns the break-glass rules into warnings only with an approval, and says who may approve', () => {
    const label = policy.breakGlass.label;
    const without = [finding('canary/min-stages'), finding('manifest/invalid')];
    const denied = run(without, {
      labels: [label],
      approval: { approved: false, reason: 'no approving review. Approvers are @carol' },
    });
    expect(without.map((f) => f.level)).toEqual(['error', 'error']);
    expect(denied.summary.breakGlass).toMatchObject({ approved: false });
    expect(denied.summary.breakGlass?.reason).toMatch(/@carol/);

    const withApproval = [finding('canary/min-stages'), finding('manifest/invalid')];
    const granted = run(withApproval, {
      labels: [label],
      approval: { approved: true, by: 'carol', at: '2026-11-29T10:00:00Z' },
    });
    expect(withApproval.map((f) => f.level)).toEqual(['warning', 'error']);
    expect(withApproval[0]?.waived).toMatchObject({ kind: 'break-glass', by: 'carol', source: label });
    expect(granted.summary.breakGlass).toMatchObject({ approved: true, by: 'carol', waived: 1 });
  });

  it('honours an inline exemption present on the base, and not a new one without approval', () => {
    const inline = {
      rules: ['canary/min-hold'],
      reason: 'batch job, no live traffic',
      expires: '2027-03-01',
      line: 7,
    };
    const plan = canaryPlan([[5, 60]], { exemptions: [inline] });
    const fromBase: JudgedPlan = {
      plan,
      basePlan: plan,
      environment: 'default',
      change: 'modified',
      verdict: 'fail',
    };
    const waivedOne = [finding('canary/min-hold', plan.file, plan.id)];
    run(waivedOne, {}, [fromBase]);
    expect(waivedOne[0]?.waived).toMatchObject({ kind: 'inline-exemption', by: 'the base branch' });

    const added: JudgedPlan = {
      plan,
      basePlan: { ...plan, exemptions: [] },
      environment: 'default',
      change: 'modified',
      verdict: 'fail',
    };
    const kept = [finding('canary/min-hold', plan.file, plan.id)];
    const { summary } = run(kept, {}, [added]);
    expect(kept[0]?.waived).toBeUndefined();
    expect(summary.notes[0]).toMatch(/exemption annotation .* is new in this pull request/);
  });

  it('waives policy/changed only with an approval', () => {
    const edits = [finding('policy/changed', '.github/rollout-guard.yml', '')];
    const { summary } = run(edits, {});
    expect(edits[0]?.level).toBe('error');
    expect(summary.notes[0]).toMatch(/policy change needs an approver/);
    run(edits, { approval: { approved: true, by: 'carol', at: '2026-11-29T10:00:00Z' } });
    expect(edits[0]).toMatchObject({
      level: 'notice',
      waived: { kind: 'approved-policy-change', by: 'carol' },
    });
  });
});

describe('exemption identity', () => {
  it('rejects an id used twice, and treats any edited field as a new exemption', async () => {
    const { sameExemption } = await import('../../src/core/exemptions.js');
    const twice = parseExemptions(
      fixtureText('exemptions/valid.yml').replace('id: search-no-analysis', 'id: checkout-fast-canary'),
      'x.yml',
    );
    expect(twice).toMatchObject({
      ok: false,
      errors: [{ line: 11, message: expect.stringMatching(/used twice \(first on line 4\)/) }],
    });
    const [entry] = exemptions();
    if (!entry) throw new Error('fixture');
    expect(sameExemption(entry, { ...entry, line: 99, file: 'elsewhere.yml' })).toBe(true);
    expect(sameExemption(entry, { ...entry, expires: '2099-01-01' })).toBe(false);
    expect(sameExemption(entry, { ...entry, rules: ['canary/min-hold'] })).toBe(false);
    expect(exemptions()[1]).toMatchObject({ paths: [], plans: ['argo-rollouts:Rollout:shop/search'] });
  });
});

describe('applyExemptions at its edges', () => {
  const input = (overrides: Partial<WaiverInput> = {}): WaiverInput => ({
    labels: [],
    approval: { approved: false, reason: 'no approval' },
    baseExemptions: [],
    changedExemptions: [],
    ...overrides,
  });
  const search = () =>
    judged('deploy/search/rollout.yaml', {
      plan: canaryPlan([[5, 600]], {
        id: 'argo-rollouts:Rollout:shop/search',
        file: 'deploy/search/rollout.yaml',
      }),
    });
  const searchFinding = () =>
    finding('canary/analysis', 'deploy/search/rollout.yaml', 'argo-rollouts:Rollout:shop/search');

  it('applies none of the repository’s exemptions when the shared policy allows none, and says so once', () => {
    const shared: Policy = {
      ...policy,
      exemptions: { ...policy.exemptions, allowLocal: false },
      shared: ['acme/policies/rollout.yml@v1'],
    };
    const findings = [finding('canary/min-hold')];
    const { exemptions: outcomes, notes } = applyExemptions(
      findings,
      [judged()],
      input({ baseExemptions: exemptions() }),
      shared,
      NOW,
    );
    expect(findings[0]?.waived).toBeUndefined();
    expect(outcomes).toEqual([]);
    expect(notes).toEqual([
      "The repository's own exemptions do not apply: the policy it extends (acme/policies/rollout.yml@v1) allows none (exemptions.allowLocal: false).",
    ]);
    const quiet = applyExemptions([finding('canary/min-hold')], [judged()], input(), shared, NOW);
    expect(quiet.notes).toEqual([]);
    const inline = judged('deploy/checkout/rollout.yaml', {
      plan: canaryPlan([[5, 600]], { exemptions: [{ rules: ['canary/min-hold'], line: 3 }] }),
    });
    expect(applyExemptions([], [inline], input(), shared, NOW).notes).toHaveLength(1);
    expect(applyExemptions([], [{ ...inline, change: 'removed' }], input(), shared, NOW).notes).toEqual([]);
  });

  it('applies an exemption on its last day, counting 0 days left, and not the day after', () => {
    const lastDay = exemptions().map((e) => ({ ...e, expires: '2026-11-29' }));
    const findings = [searchFinding()];
    const { exemptions: outcomes } = applyExemptions(
      findings,
      [search()],
      input({ baseExemptions: lastDay }),
      policy,
      NOW,
    );
    expect(findings[0]?.waived).toMatchObject({ source: 'search-no-analysis', until: '2026-11-29' });
    expect(outcomes.find((o) => o.id === 'search-no-analysis')).toMatchObject({
      expired: false,
      daysLeft: 0,
      used: true,
    });
    expect(outcomes.find((o) => o.id === 'search-no-analysis')).not.toHaveProperty('planId');
    const dayAfter = new Date('2026-11-30T00:00:00Z');
    const again = [searchFinding()];
    const later = applyExemptions(again, [search()], input({ baseExemptions: lastDay }), policy, dayAfter);
    expect(again[0]?.waived).toBeUndefined();
    expect(later.exemptions.find((o) => o.id === 'search-no-analysis')).toMatchObject({
      expired: true,
      used: false,
    });
  });

  it('never waives a finding about exemptions, nor one already waived', () => {
    const about = { ...searchFinding(), rule: 'exemption/unused' as const };
    const waived = alreadyWaived(searchFinding());
    const all = exemptions().map((e) => ({ ...e, rules: [...e.rules, 'exemption/unused' as const] }));
    applyExemptions([about, waived], [search()], input({ baseExemptions: all }), policy, NOW);
    expect(about.waived).toBeUndefined();
    expect(waived.waived.source).toBe('s');
  });

  it('names the plan of an inline exemption in its outcome', () => {
    const base = canaryPlan([[5, 600]], {
      exemptions: [{ rules: ['canary/min-hold'], line: 3, reason: 'known' }],
    });
    const plans = [judged('deploy/checkout/rollout.yaml', { plan: base, basePlan: base })];
    const findings = [finding('canary/min-hold')];
    const { exemptions: outcomes } = applyExemptions(findings, plans, input(), policy, NOW);
    expect(outcomes).toEqual([expect.objectContaining({ planId: base.id, used: true })]);
    expect(findings[0]?.waived).toMatchObject({
      kind: 'inline-exemption',
      by: 'the base branch',
      reason: 'known',
    });
  });
});

describe('applyApprovals', () => {
  it('turns only error-level findings of the break-glass rules into warnings, and leaves waived ones alone', () => {
    const approval = { approved: true as const, by: 'carol', at: '2026-11-29T10:00:00Z' };
    const [rule] = policy.breakGlass.rules;
    const error = finding(rule!);
    const warning = { ...finding(rule!), level: 'warning' as const };
    const other = finding('manifest/invalid');
    const waived = alreadyWaived(finding(rule!));
    const summary = applyApprovals(
      [error, warning, other, waived],
      { labels: [policy.breakGlass.label], approval, baseExemptions: [], changedExemptions: [] },
      policy,
      [],
    );
    expect(error).toMatchObject({ level: 'warning', waived: { kind: 'break-glass', by: 'carol' } });
    expect(warning.waived).toBeUndefined();
    expect(other.waived).toBeUndefined();
    expect(waived.waived.source).toBe('s');
    expect(summary.breakGlass).toMatchObject({ approved: true, by: 'carol', waived: 1 });
  });
});
