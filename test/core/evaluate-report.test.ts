import { describe, expect, it } from 'vitest';
import type { Exemption } from '../../src/core/exemptions.js';
import type { CheckRun, RolloutPlan } from '../../src/core/model.js';
import { BUILTIN_POLICY } from '../../src/core/policy.js';
import type { WaiverInput } from '../../src/core/waivers.js';
import { exemption } from '../support/exemptions.js';
import { evaluateChange, HEAD, policyOf, SAFE } from '../support/evaluate.js';
import { canaryPlan, gate } from '../support/plans.js';

// What the report says as a whole: its order, its counts, its verdicts, the evidence it lists, and
// what an audit changes.

/** A plan that rolls back only by hand, otherwise safe. */
const manual = (id: string, file: string, line = 20): RolloutPlan =>
  canaryPlan(
    [
      [5, 600, ['analysis']],
      [25, 600],
      [50, 600],
    ],
    { id, file, line, target: { kind: 'Rollout', name: id }, rollback: { automatic: false, how: [], line } },
  );
const CI_PASSED: CheckRun = { name: 'ci', conclusion: 'success', headSha: HEAD, app: 'github-actions' };
const EVIDENCE_ONLY = { body: '## Test evidence\nhttps://github.com/acme/shop/actions/runs/1\n', labels: [] };
const approved = (overrides: Partial<WaiverInput> = {}): WaiverInput => ({
  labels: [],
  approval: { approved: true, by: 'carol', at: '2026-11-29T10:00:00Z' },
  baseExemptions: [],
  changedExemptions: [],
  ...overrides,
});

describe('the order of findings', () => {
  it('puts findings at one line in rule id order, whatever order the rules ran in', () => {
    const report = evaluateChange({ plan: canaryPlan([[50, 60]]) });
    expect(report.findings.filter((f) => f.line === 10).map((f) => f.rule)).toEqual([
      'canary/initial-weight',
      'canary/min-hold',
      'canary/min-stages',
    ]);
  });

  it('lists the places of one problem by file, then line, and reports it at the first', () => {
    const plans = [
      { plan: manual('late', 'deploy/all.yaml', 40), change: 'added' as const },
      { plan: manual('other', 'deploy/z.yaml', 3), change: 'added' as const },
      { plan: manual('early', 'deploy/all.yaml', 7), change: 'added' as const },
    ];
    const report = evaluateChange({ plans, pullRequest: EVIDENCE_ONLY });
    const [missing] = report.findings.filter((f) => f.rule === 'rollback/missing');
    expect(missing).toMatchObject({ file: 'deploy/all.yaml', line: 7, planId: 'early' });
    expect(missing?.places?.map((p) => `${p.file}:${p.line}`)).toEqual([
      'deploy/all.yaml:7',
      'deploy/all.yaml:40',
      'deploy/z.yaml:3',
    ]);
  });

  it('keeps a problem of two objects in one file as two findings', () => {
    const holds = (id: string) =>
      canaryPlan(
        [
          [5, 600, ['analysis']],
          [25, 20],
          [50, 20],
        ],
        { id, file: 'deploy/all.yaml', target: { kind: 'Rollout', name: id } },
      );
    const report = evaluateChange({
      plans: [
        { plan: holds('a'), change: 'added' },
        { plan: holds('b'), change: 'added' },
      ],
    });
    const minHold = report.findings.filter((f) => f.rule === 'canary/min-hold');
    expect(minHold.map((f) => [f.planId, f.places?.length])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
  });
});

describe('counts and verdicts', () => {
  it('counts errors, warnings and notices apart', () => {
    const policy = policyOf('rules:\n  canary/min-hold: warning\n  canary/initial-weight: notice\n');
    const report = evaluateChange({ policy, plan: canaryPlan([[50, 60]]) });
    expect(report.findings.map((f) => [f.rule, f.level])).toEqual([
      ['canary/analysis', 'error'],
      ['canary/min-stages', 'error'],
      ['canary/min-hold', 'warning'],
      ['canary/initial-weight', 'notice'],
    ]);
    expect(report.summary).toEqual({ errors: 2, warnings: 1, notices: 1, plans: 1 });
  });

  it('fails a plan with an error, whatever warnings its later rules add', () => {
    // canary/initial-weight runs before canary/min-hold.
    const policy = policyOf('rules:\n  canary/min-hold: warning\n');
    const plan = canaryPlan(
      [
        [50, 60],
        [75, 600],
      ],
      { id: 'p', backgroundGates: [gate('analysis', 30)] },
    );
    const report = evaluateChange({ policy, plan });
    expect(report.findings.map((f) => [f.rule, f.level])).toEqual([
      ['canary/initial-weight', 'error'],
      ['canary/min-hold', 'warning'],
    ]);
    expect(report.plans.map((p) => p.verdict)).toEqual(['fail']);
  });

  it('judges each plan on its own findings', () => {
    const report = evaluateChange({
      plans: [
        { plan: canaryPlan([[50, 60]], { id: 'bad', file: 'deploy/bad.yaml' }), change: 'added' },
        { plan: SAFE, change: 'modified', basePlan: SAFE },
      ],
    });
    expect(report.plans.map((p) => [p.plan.id, p.verdict])).toEqual([
      ['bad', 'fail'],
      [SAFE.id, 'pass'],
    ]);
    expect(report.verdict).toBe('fail');
  });

  it('keeps the base plan of a modified rollout in the report, and none for an added one', () => {
    const added = canaryPlan(
      [
        [5, 600, ['analysis']],
        [25, 600],
        [50, 600],
      ],
      { id: 'new', file: 'deploy/new.yaml' },
    );
    const report = evaluateChange({
      plans: [
        { plan: SAFE, change: 'modified', basePlan: SAFE },
        { plan: added, change: 'added' },
      ],
    });
    expect(report.plans[0]?.basePlan).toBe(SAFE);
    expect(report.plans[1]).not.toHaveProperty('basePlan');
  });
});

describe('an audit', () => {
  it('says it is one, and only then', () => {
    expect(evaluateChange({ audit: true })).toHaveProperty('audit', true);
    expect(evaluateChange()).not.toHaveProperty('audit');
    expect(evaluateChange({ audit: false })).not.toHaveProperty('audit');
  });

  it('warns, rather than fails, that a rollout relies on a written rollback plan it cannot see', () => {
    const plan = manual('api', 'deploy/api.yaml');
    const inAudit = evaluateChange({
      audit: true,
      plans: [{ plan, change: 'unchanged' }],
      pullRequest: { body: '', labels: [] },
    });
    expect(inAudit.findings.filter((f) => f.rule === 'rollback/missing').map((f) => f.level)).toEqual([
      'warning',
    ]);
    const inPullRequest = evaluateChange({ plans: [{ plan, change: 'added' }], pullRequest: EVIDENCE_ONLY });
    expect(inPullRequest.findings.filter((f) => f.rule === 'rollback/missing').map((f) => f.level)).toEqual([
      'error',
    ]);
  });

  it('lowers that warning further when the policy sets the rule lower', () => {
    const policy = policyOf('rules:\n  rollback/missing: notice\n');
    const plan = manual('api', 'deploy/api.yaml');
    const report = evaluateChange({ policy, audit: true, plans: [{ plan, change: 'unchanged' }] });
    expect(report.findings.filter((f) => f.rule === 'rollback/missing').map((f) => f.level)).toEqual([
      'notice',
    ]);
  });

  it('does not ask for a written plan where the policy requires one', () => {
    const policy = policyOf('defaults:\n  rollback: documented\n');
    const report = evaluateChange({ policy, audit: true, pullRequest: { body: '', labels: [] } });
    expect(report.findings.map((f) => f.rule)).not.toContain('rollback/missing');
  });
});

describe('the evidence the report lists', () => {
  it('lists the description’s evidence when an environment requires evidence', () => {
    expect(evaluateChange().evidence).toEqual([
      expect.objectContaining({ kind: 'actions-run', verified: true, accepted: true }),
    ]);
  });

  it('lists none when no environment requires evidence or checks', () => {
    const policy = policyOf('defaults:\n  evidence: { required: false }\n');
    const report = evaluateChange({ policy });
    expect(report.evidence).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it('lists the required checks, but not the description’s links, where only checks are required', () => {
    const policy = policyOf('defaults:\n  evidence: { required: false, checks: [ci] }\n');
    const report = evaluateChange({
      policy,
      pullRequest: {
        body: '## Rollback plan\nRevert the pull request; Argo CD syncs it back.\n',
        labels: [],
      },
      checks: [CI_PASSED],
    });
    expect(report.findings).toEqual([]);
    expect((report.evidence ?? []).map((e) => e.kind)).toEqual(['check']);
  });

  it('lists the description’s links when any environment of the change requires evidence', () => {
    const policy = policyOf(
      [
        'environments:',
        '  - name: lab',
        '    match: { paths: ["deploy/lab/**"] }',
        '    evidence: { required: false, checks: [ci] }',
        '  - name: production',
        '    match: { paths: ["deploy/prod/**"] }',
      ].join('\n'),
    );
    const lab = { ...SAFE, id: 'lab', file: 'deploy/lab/r.yaml' };
    const prod = { ...SAFE, id: 'prod', file: 'deploy/prod/r.yaml' };
    const report = evaluateChange({
      policy,
      plans: [
        { plan: lab, change: 'modified', basePlan: lab },
        { plan: prod, change: 'modified', basePlan: prod },
      ],
      checks: [CI_PASSED],
    });
    expect((report.evidence ?? []).map((e) => e.kind).sort()).toEqual(['actions-run', 'check']);
  });

  it('does not ask a rollout whose environment requires only checks for evidence', () => {
    const policy = policyOf('defaults:\n  evidence: { required: false, checks: [ci] }\n');
    const report = evaluateChange({
      policy,
      pullRequest: { body: '', labels: [] },
      checks: [CI_PASSED],
    });
    expect(report.findings.map((f) => f.rule)).not.toContain('evidence/missing');
  });

  it('does not ask a change that only removes a rollout for evidence', () => {
    const report = evaluateChange({
      plans: [{ plan: SAFE, change: 'removed' }],
      changedFiles: [{ path: SAFE.file, status: 'removed' }],
      pullRequest: { body: '', labels: [] },
    });
    expect(report.findings).toEqual([]);
    expect(report.evidence).toEqual([]);
  });
});

describe('waivers', () => {
  /** An exemption of the base that ran out on 1 November. */
  const expired = (overrides: Partial<Exemption> = {}) =>
    exemption({ id: 'old', paths: ['deploy/**'], expires: '2026-11-01', ...overrides });

  it('reports an expired exemption of the base policy, at its line', () => {
    const report = evaluateChange({ waivers: approved({ baseExemptions: [expired()] }) });
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'exemption/expired',
        file: '.github/rollout-guard-exemptions.yml',
        line: 3,
      }),
    ]);
  });

  it('counts only the findings the break-glass label waived', () => {
    // exemption/expired is not among the rules break-glass waives.
    const plans = [{ plan: manual('api', 'deploy/api.yaml'), change: 'added' as const }];
    const report = evaluateChange({
      plans,
      pullRequest: EVIDENCE_ONLY,
      waivers: approved({
        labels: [BUILTIN_POLICY.breakGlass.label],
        baseExemptions: [expired({ rules: ['canary/bypass'] })],
      }),
    });
    expect(report.findings.map((f) => [f.rule, f.waived?.kind ?? 'active'])).toEqual([
      ['exemption/expired', 'active'],
      ['rollback/missing', 'break-glass'],
    ]);
    expect(report.waivers?.breakGlass).toMatchObject({ approved: true, waived: 1 });
  });
});
