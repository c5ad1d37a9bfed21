import { describe, expect, it } from 'vitest';
import type { Exemption } from '../../src/core/exemptions.js';
import type { CheckRun, RolloutPlan } from '../../src/core/model.js';
import { BUILTIN_POLICY } from '../../src/core/policy.js';
import type { WaiverInput } from '../../src/core/waivers.js';
import { exemption } from '../support/exemptions.js';
import { evaluateChange, GOOD_BODY, HEAD, policyOf, SAFE } from '../support/evaluate.js';
import { canaryPlan, gate } from '../support/plans.js';

const run = evaluateChange;

const rules = (report: ReturnType<typeof run>) => report.findings.map((f) => f.rule);

describe('evaluate', () => {
  it('passes a guarded plan with evidence and a rollback plan, with counts and a per-plan verdict', () => {
    const report = run();
    expect(report).toMatchObject({
      verdict: 'pass',
      findings: [],
      summary: { errors: 0, warnings: 0, notices: 0, plans: 1 },
    });
    expect(report.plans[0]).toMatchObject({ environment: 'default', change: 'modified', verdict: 'pass' });
    expect(report.policy.source).toBe('builtin');
  });

  it('fails with the rule id, file, line and plan id of each finding, errors first', () => {
    const report = run({ plan: canaryPlan([[50, 60]]) });
    expect(report.verdict).toBe('fail');
    expect(report.plans[0]?.verdict).toBe('fail');
    expect(report.findings[0]).toMatchObject({ level: 'error', file: SAFE.file, planId: SAFE.id });
    expect(rules(report)).toEqual(
      expect.arrayContaining(['canary/initial-weight', 'canary/min-stages', 'canary/min-hold']),
    );
    expect(report.summary.errors).toBe(report.findings.length);
  });

  describe('environments', () => {
    const policy = policyOf(
      [
        'environments:',
        '  - name: staging',
        '    match: { paths: ["deploy/staging/**"] }',
        '    canary: { required: false }',
        '  - name: production',
        '    match: { namespaces: ["prod-*"], targets: ["*-prod"] }',
        '    canary: { minStages: 4 }',
      ].join('\n'),
    );
    const at = (file: string, namespace?: string, name = 'checkout') =>
      canaryPlan([[50, 60]], {
        file,
        target: { kind: 'Rollout', name, ...(namespace ? { namespace } : {}) },
      });

    it('matches by path, namespace or target name, first match wins, else the default', () => {
      expect(run({ policy, plan: at('deploy/staging/a.yaml', 'prod-eu') }).plans[0]?.environment).toBe(
        'staging',
      );
      expect(run({ policy, plan: at('deploy/a.yaml', 'prod-eu') }).plans[0]?.environment).toBe('production');
      expect(run({ policy, plan: at('deploy/a.yaml', 'shop', 'checkout-prod') }).plans[0]?.environment).toBe(
        'production',
      );
      expect(run({ policy, plan: at('deploy/a.yaml', 'shop') }).plans[0]?.environment).toBe('default');
    });

    it("applies each environment's own rules", () => {
      expect(rules(run({ policy, plan: at('deploy/staging/a.yaml') }))).not.toContain(
        'canary/initial-weight',
      );
      const production = run({
        policy,
        plan: canaryPlan(
          [
            [5, 600, ['analysis']],
            [25, 600],
            [50, 600],
          ],
          { target: { kind: 'Rollout', name: 'x', namespace: 'prod-eu' } },
        ),
      });
      expect(rules(production)).toEqual(['canary/min-stages']);
    });

    it("names the environment in a message only when one matched; else the requirement is the policy's", () => {
      const message = (plan: RolloutPlan) =>
        run({ policy, plan }).findings.find((f) => f.rule === 'canary/initial-weight')?.message;
      expect(message(at('deploy/a.yaml', 'prod-eu'))).toBe(
        'the first stage sends 50% of traffic to the new version; environment production allows at most 25%',
      );
      expect(message(at('deploy/a.yaml', 'shop'))).toBe(
        'the first stage sends 50% of traffic to the new version; the policy allows at most 25%',
      );
      const unmatched = run({ policy, plan: at('deploy/a.yaml', 'shop') });
      expect(unmatched.findings.map((f) => f.message).join('\n')).not.toMatch(/environment default/);
    });
  });

  describe('rollback', () => {
    const manual = canaryPlan(
      [
        [5, 600, ['analysis']],
        [25, 600],
        [50, 600],
      ],
      { rollback: { automatic: false, how: ['manual abort only'], line: 20 } },
    );

    it('(automatic-or-documented) accepts either, and reports neither at the rollback line', () => {
      expect(rules(run({ plan: manual }))).toEqual([]);
      expect(rules(run({ pullRequest: { body: '', labels: [] } }))).toEqual(['evidence/missing']);
      const neither = run({
        plan: manual,
        pullRequest: { body: '## Test evidence\nhttps://github.com/acme/shop/actions/runs/1\n', labels: [] },
      });
      expect(neither.findings).toEqual([expect.objectContaining({ rule: 'rollback/missing', line: 20 })]);
    });

    it('(automatic) requires the manifest to roll back by itself', () => {
      const policy = policyOf('defaults:\n  rollback: automatic\n');
      expect(run({ policy, plan: manual }).findings).toEqual([
        expect.objectContaining({
          rule: 'rollback/automatic',
          message: expect.stringMatching(/manual abort only/),
        }),
      ]);
    });

    it('(documented) requires the written plan even when the manifest rolls back', () => {
      const policy = policyOf('defaults:\n  rollback: documented\n');
      const body = '## Test evidence\nhttps://github.com/acme/shop/actions/runs/1\n';
      expect(rules(run({ policy, pullRequest: { body, labels: [] } }))).toEqual(['rollback/missing']);
      expect(rules(run({ policy }))).toEqual([]);
    });

    it('(none) asks for nothing', () => {
      const policy = policyOf('defaults:\n  rollback: none\n');
      expect(
        rules(
          run({
            policy,
            plan: manual,
            pullRequest: {
              body: '## Test evidence\nhttps://github.com/acme/shop/actions/runs/1\n',
              labels: [],
            },
          }),
        ),
      ).toEqual([]);
    });
  });

  describe('evidence', () => {
    it('reports missing evidence once per environment, with the reason', () => {
      const report = run({
        pullRequest: { body: '## Rollback plan\nrevert the commit and let Argo CD sync\n', labels: [] },
      });
      expect(report.findings).toEqual([
        expect.objectContaining({
          rule: 'evidence/missing',
          message: expect.stringMatching(/no section headed "Test evidence"/),
        }),
      ]);
    });

    it('names a rejected link and why', () => {
      const body =
        '## Test evidence\nhttps://github.com.evil.io/run\n\n## Rollback plan\nrevert the commit and let Argo CD sync\n';
      expect(run({ pullRequest: { body, labels: [] } }).findings[0]?.message).toMatch(
        /github\.com\.evil\.io\/run was rejected: github\.com\.evil\.io is not an allowed evidence host/,
      );
    });

    it('accepts a changed file under the evidence paths instead of a link', () => {
      const policy = policyOf('evidence:\n  paths: ["evidence/**"]\n');
      const report = run({
        policy,
        pullRequest: { body: '## Rollback plan\nrevert the commit and let Argo CD sync\n', labels: [] },
        changedFiles: [
          { path: SAFE.file, status: 'modified' },
          { path: 'evidence/load-test.md', status: 'added' },
        ],
      });
      expect(report.findings).toEqual([]);
    });

    it('does not ask for evidence where the environment does not', () => {
      const policy = policyOf('defaults:\n  evidence: { required: false }\n');
      expect(
        rules(
          run({
            policy,
            pullRequest: { body: '## Rollback plan\nrevert the commit and let Argo CD sync\n', labels: [] },
          }),
        ),
      ).toEqual([]);
    });
  });

  describe('required checks', () => {
    const policy = policyOf('defaults:\n  evidence: { checks: [integration] }\n');
    const check = (overrides: Partial<CheckRun> = {}): CheckRun => ({
      name: 'integration',
      conclusion: 'success',
      app: 'github-actions',
      headSha: HEAD,
      ...overrides,
    });

    it('accepts a successful check on the head commit from the expected app', () => {
      expect(rules(run({ policy, checks: [check()] }))).toEqual([]);
    });

    it.each([
      ['another commit', { headSha: 'o'.repeat(40) }, /another commit/],
      ['another app', { app: 'mallory-app' }, /produced by mallory-app, not github-actions/],
      ['neutral', { conclusion: 'neutral' }, /conclusion is neutral/],
      ['skipped', { conclusion: 'skipped' }, /conclusion is skipped/],
      ['pending', { conclusion: null }, /conclusion is pending/],
    ])('rejects a check from %s', (_name, overrides, message) => {
      expect(run({ policy, checks: [check(overrides)] }).findings).toEqual([
        expect.objectContaining({ rule: 'evidence/checks', message: expect.stringMatching(message) }),
      ]);
    });

    it("never counts rollout-guard's own check, and reports a missing one", () => {
      const own = policyOf('defaults:\n  evidence: { checks: [rollout-guard] }\n');
      expect(
        run({ policy: own, checks: [check({ name: 'rollout-guard' })], ownCheckNames: ['rollout-guard'] })
          .findings[0]?.message,
      ).toMatch(/own check cannot be its evidence/);
      expect(run({ policy, checks: [] }).findings[0]?.message).toMatch(/no check or status with this name/);
    });

    it('says the checks cannot be verified where CI is not visible', () => {
      expect(run({ policy }).findings[0]).toMatchObject({
        rule: 'evidence/checks',
        message: expect.stringMatching(/cannot be verified here/),
      });
    });
  });

  it('reports a removal that weakens a rollout, and not where the environment does not protect it', () => {
    const deletion = 'the change deletes Canary checkout, which delivers Deployment checkout';
    const removed = run({
      plans: [{ plan: SAFE, change: 'removed', deletion }],
      changedFiles: [{ path: SAFE.file, status: 'removed' }],
    });
    expect(removed.findings).toEqual([
      expect.objectContaining({
        rule: 'canary/regression',
        message: deletion,
      }),
    ]);
    const policy = policyOf('defaults:\n  canary: { protectDeletion: false }\n');
    expect(rules(run({ policy, plans: [{ plan: SAFE, change: 'removed', deletion }] }))).toEqual([]);
  });

  it('does not report removing a rollout that weakens nothing, or a plan that was not progressive', () => {
    // The whole app goes: nothing is left to roll out unguarded.
    expect(rules(run({ plans: [{ plan: SAFE, change: 'removed' }] }))).toEqual([]);
    const rolling = canaryPlan([], { strategy: 'rolling', format: 'kubernetes' });
    expect(rules(run({ plans: [{ plan: rolling, change: 'removed', deletion: 'gone' }] }))).toEqual([]);
  });

  it('judges a workload delivered by another plan through that plan only', () => {
    const deployment = canaryPlan([], {
      id: 'kubernetes:Deployment:shop/checkout',
      format: 'kubernetes',
      strategy: 'rolling',
      deliveredBy: SAFE.id,
    });
    const report = run({
      plans: [
        { plan: deployment, change: 'modified' },
        { plan: SAFE, change: 'unchanged' },
      ],
    });
    expect(report.findings).toEqual([]);
  });

  it('reports edits to the policy file and to protected paths', () => {
    const policy = policyOf('protectedPaths: [".github/workflows/**"]\n');
    const report = run({
      policy,
      changedFiles: [
        { path: '.github/rollout-guard.yml', status: 'modified' },
        { path: '.github/workflows/ci.yml', status: 'removed' },
      ],
    });
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'policy/changed',
        file: '.github/rollout-guard.yml',
        message: expect.stringMatching(/^the change edits the policy file/),
      }),
      expect.objectContaining({
        rule: 'policy/changed',
        file: '.github/workflows/ci.yml',
        message: expect.stringMatching(/^the change deletes .* a protected path/),
      }),
    ]);
  });

  it('turns diagnostics into manifest/invalid and manifest/unsupported findings', () => {
    const report = run({
      diagnostics: [
        { code: 'MANIFEST_TEMPLATED', message: 'templated', file: 'charts/a.yaml', line: 4 },
        { code: 'MANIFEST_UNSUPPORTED', message: 'unknown', file: 'deploy/x.yaml', line: 1 },
      ],
    });
    expect(report.findings.map((f) => [f.rule, f.level, f.line])).toEqual([
      ['manifest/invalid', 'error', 4],
      ['manifest/unsupported', 'warning', 1],
    ]);
  });

  it('applies rule levels: off, a lower level, and enforceFrom until its date', () => {
    const failing = canaryPlan([[50, 60]]);
    const off = policyOf('rules:\n  canary/initial-weight: "off"\n');
    expect(rules(run({ policy: off, plan: failing }))).not.toContain('canary/initial-weight');
    const warning = policyOf('rules:\n  canary/min-hold: warning\n');
    expect(
      run({ policy: warning, plan: failing }).findings.find((f) => f.rule === 'canary/min-hold')?.level,
    ).toBe('warning');
    const staged = policyOf('rules:\n  canary/initial-weight: { level: error, enforceFrom: "2027-01-15" }\n');
    expect(
      run({ policy: staged, plan: failing }).findings.find((f) => f.rule === 'canary/initial-weight'),
    ).toMatchObject({
      level: 'warning',
      enforceFrom: '2027-01-15',
    });
    const due = run({ policy: staged, plan: failing, now: new Date('2027-01-15T00:00:00Z') });
    expect(due.findings.find((f) => f.rule === 'canary/initial-weight')).toMatchObject({ level: 'error' });
    expect(due.findings.find((f) => f.rule === 'canary/initial-weight')?.enforceFrom).toBeUndefined();
  });

  it('gives a plan a warn verdict when it has warnings only', () => {
    const policy = policyOf('rules:\n  canary/min-hold: warning\n');
    const plan = canaryPlan(
      [
        [5, 60],
        [25, 600],
        [50, 600],
      ],
      { backgroundGates: [gate('analysis', 30)] },
    );
    const report = run({ policy, plan });
    expect(report.findings.map((f) => [f.rule, f.level])).toEqual([['canary/min-hold', 'warning']]);
    expect(report.plans[0]?.verdict).toBe('warn');
    expect(report.verdict).toBe('pass');
  });
});

describe('evaluate, details a user relies on', () => {
  it('sorts findings by level, then file, then line', () => {
    const a = canaryPlan([[50, 60]], { id: 'a', file: 'deploy/b.yaml' });
    const b = canaryPlan([[50, 60]], { id: 'b', file: 'deploy/a.yaml' });
    const policy = policyOf('rules:\n  canary/min-hold: warning\n');
    const report = run({
      policy,
      plans: [
        { plan: a, change: 'added' },
        { plan: b, change: 'added' },
      ],
    });
    const keys = report.findings.map((f) => `${f.level}:${f.file}:${String(f.line).padStart(3, '0')}`);
    const errors = keys.filter((k) => k.startsWith('error'));
    expect(keys.slice(0, errors.length)).toEqual(errors);
    expect(errors).toEqual([...errors].sort());
    expect(keys.slice(errors.length).every((k) => k.startsWith('warning'))).toBe(true);
  });

  it('leaves out file, line and plan id on findings that have none, and adds the waivers block only when there is something to say', () => {
    const policy = policyOf('defaults:\n  evidence: { checks: [ci] }\n');
    const report = run({ policy, checks: [] });
    expect(report.findings[0]).not.toHaveProperty('planId');
    expect(report).not.toHaveProperty('waivers');
    const withLabel = run({ pullRequest: { body: GOOD_BODY, labels: [BUILTIN_POLICY.breakGlass.label] } });
    expect(withLabel.waivers?.breakGlass).toMatchObject({
      approved: false,
      reason: expect.stringMatching(/names no approvers/),
    });
  });

  it('asks for evidence only for plans that still exist, and for checks even where evidence is not required', () => {
    const removedOnly = run({
      plans: [{ plan: SAFE, change: 'removed', deletion: 'the change deletes Canary checkout' }],
      pullRequest: { body: '', labels: [] },
      changedFiles: [{ path: SAFE.file, status: 'removed' }],
    });
    expect(rules(removedOnly)).toEqual(['canary/regression']);
    const checksOnly = policyOf('defaults:\n  evidence: { required: false, checks: [ci] }\n');
    expect(rules(run({ policy: checksOnly, checks: [] }))).toEqual(['evidence/checks']);
    expect(run({ policy: checksOnly }).findings[0]?.message).toMatch(
      /required checks \(ci\) cannot be verified here/,
    );
  });

  it('does not count a deleted evidence file as evidence', () => {
    const policy = policyOf('evidence:\n  paths: ["evidence/**"]\n');
    const report = run({
      policy,
      pullRequest: { body: '## Rollback plan\nrevert the commit and let Argo CD sync\n', labels: [] },
      changedFiles: [
        { path: SAFE.file, status: 'modified' },
        { path: 'evidence/old-run.md', status: 'removed' },
      ],
    });
    expect(rules(report)).toEqual(['evidence/missing']);
  });

  it('reports the policy file at its old path when it is deleted, and a protected file renamed away', () => {
    const deleted = run({ changedFiles: [{ path: '.github/rollout-guard.yml', status: 'removed' }] });
    expect(deleted.findings).toEqual([
      expect.objectContaining({
        rule: 'policy/changed',
        file: '.github/rollout-guard.yml',
        message: expect.stringMatching(/deletes the policy file/),
      }),
    ]);
    const moved = run({
      changedFiles: [{ path: 'elsewhere.yml', previousPath: '.github/rollout-guard.yml', status: 'renamed' }],
    });
    expect(moved.findings).toEqual([
      expect.objectContaining({
        rule: 'policy/changed',
        file: 'elsewhere.yml',
        message: expect.stringMatching(/edits the policy file/),
      }),
    ]);
    const policy = policyOf('protectedPaths: [".github/workflows/**"]\n');
    const renamed = run({
      policy,
      changedFiles: [{ path: 'ci.yml', previousPath: '.github/workflows/ci.yml', status: 'renamed' }],
    });
    expect(renamed.findings).toEqual([
      expect.objectContaining({
        rule: 'policy/changed',
        file: 'ci.yml',
        message: expect.stringMatching(/edits ci\.yml, a protected path/),
      }),
    ]);
  });

  it('writes the reasons a rollback plan or evidence does not count', () => {
    const manual = canaryPlan(
      [
        [5, 600, ['analysis']],
        [25, 600],
        [50, 600],
      ],
      { rollback: { automatic: false, how: [] } },
    );
    const missing = run({
      plan: manual,
      pullRequest: { body: '## Test evidence\nhttps://github.com/acme/shop/actions/runs/1\n', labels: [] },
    });
    expect(missing.findings[0]?.message).toMatch(
      /no section headed "Rollback plan" or "Rollback" in the description/,
    );
    const empty = run({
      plan: manual,
      pullRequest: {
        body: '## Test evidence\nhttps://github.com/acme/shop/actions/runs/1\n\n## Rollback plan\nTBD\n',
        labels: [],
      },
    });
    expect(empty.findings[0]?.message).toMatch(/the "Rollback plan" section does not count: /);
    const noLink = run({
      pullRequest: {
        body: '## Test evidence\nran the tests locally, all green\n\n## Rollback plan\nrevert the commit and let Argo CD sync\n',
        labels: [],
      },
    });
    expect(noLink.findings[0]?.message).toMatch(
      /section has no link to a test run \(a GitHub Actions run, job or check run of this repository\) or to an allowed host \(github\.com, \*\.githubusercontent\.com\)/,
    );
    const emptyEvidence = run({
      pullRequest: {
        body: '## Test evidence\n<!-- link here -->\n\n## Rollback plan\nrevert the commit and let Argo CD sync\n',
        labels: [],
      },
    });
    expect(emptyEvidence.findings[0]?.message).toMatch(/the "Test evidence" section does not count/);
  });

  it('says who may approve when approvals cannot be seen', () => {
    const policy = policyOf('approvers:\n  users: [carol]\n');
    const report = run({ policy, changedFiles: [{ path: '.github/rollout-guard.yml', status: 'modified' }] });
    expect(report.waivers?.notes[0]).toMatch(/approvals cannot be seen here; approvers are @carol/);
  });
});

describe('evaluate, one problem found at several places', () => {
  const waivers = (baseExemptions: Exemption[], labels: string[] = []): WaiverInput => ({
    labels,
    approval: { approved: true, by: 'carol', at: '2026-11-29T10:00:00Z' },
    baseExemptions,
    changedExemptions: [],
  });
  const shortHolds = canaryPlan(
    [
      [5, 600, ['analysis']],
      [10, 20],
      [20, 20],
      [30, 0],
      [40, 600],
    ],
    { id: 'a', file: 'deploy/a.yaml' },
  );
  /** Two plans that roll back only by hand, for a description without a rollback plan. */
  const manual = (id: string, file: string) =>
    canaryPlan(
      [
        [5, 600, ['analysis']],
        [25, 600],
        [50, 600],
      ],
      {
        id,
        file,
        target: { kind: 'Rollout', name: id },
        rollback: { automatic: false, how: [], line: 20 },
      },
    );
  const noRollbackPlan = {
    pullRequest: { body: '## Test evidence\nhttps://github.com/acme/shop/actions/runs/1\n', labels: [] },
  };
  const twoPlans = [
    { plan: manual('web', 'deploy/web.yaml'), change: 'added' as const },
    { plan: manual('api', 'deploy/api.yaml'), change: 'added' as const },
  ];

  it('reports a short hold at several stages once, at the first, naming every stage and listing each place', () => {
    const report = run({ plan: shortHolds });
    const holds = report.findings.filter((f) => f.rule === 'canary/min-hold');
    expect(holds).toHaveLength(1);
    expect(holds[0]).toMatchObject({
      line: 11,
      planId: 'a',
      message:
        'the rollout holds only 20s at 10% and 20%; no time at 30% before raising traffic (3 stages); the policy requires 5m (or a gate)',
    });
    expect(holds[0]?.places?.map((p) => [p.line, p.planId])).toEqual([
      [11, 'a'],
      [12, 'a'],
      [13, 'a'],
    ]);
    expect(holds[0]?.places?.[2]?.message).toMatch(/holds no time at 30% before raising traffic to 40%/);
    expect(report.summary.errors).toBe(report.findings.filter((f) => f.level === 'error').length);
  });

  it('keeps the same object defined in two files (two examples of one Canary) as two problems', () => {
    const copy = { ...shortHolds, file: 'examples/b.yaml' };
    const report = run({
      plans: [
        { plan: shortHolds, change: 'added' },
        { plan: copy, change: 'added' },
      ],
    });
    const holds = report.findings.filter((f) => f.rule === 'canary/min-hold');
    expect(holds.map((f) => f.file).sort()).toEqual(['deploy/a.yaml', 'examples/b.yaml']);
  });

  it('leaves a problem found at one place as it was, without places', () => {
    const once = run({
      plan: canaryPlan([
        [5, 600, ['analysis']],
        [25, 60],
        [50, 600],
      ]),
    });
    expect(once.findings).toEqual([expect.not.objectContaining({ places: expect.anything() as unknown })]);
    expect(once.findings[0]?.message).toMatch(/holds only 1m at 25% before raising traffic to 50%/);
  });

  it('reports each jump of a plan that climbs too fast once, with every jump in the message', () => {
    const policy = policyOf('defaults:\n  canary: { maxStepIncrease: 20, maxInitialWeight: 10 }\n');
    const report = run({
      policy,
      plan: canaryPlan([
        [5, 600, ['analysis']],
        [30, 600],
        [60, 600],
      ]),
    });
    const jumps = report.findings.filter((f) => f.rule === 'canary/step-increase');
    expect(jumps).toHaveLength(1);
    expect(jumps[0]?.message).toBe(
      'traffic jumps too far at 3 steps: 5% → 30% (+25%), 30% → 60% (+30%) and 60% → 100% (+40%); the policy allows at most +20% per step',
    );
    expect(jumps[0]?.places).toHaveLength(3);
  });

  it('reports a rollback plan missing from the description once, at the first plan, listing the others; each plan keeps its verdict', () => {
    const report = run({ ...noRollbackPlan, plans: twoPlans });
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'rollback/missing',
        file: 'deploy/api.yaml',
        planId: 'api',
        message:
          'Rollout api and Rollout web do not roll back by themselves and the pull request has no rollback plan: no section headed "Rollback plan" or "Rollback" in the description',
      }),
    ]);
    expect(report.findings[0]?.places?.map((p) => [p.file, p.planId])).toEqual([
      ['deploy/api.yaml', 'api'],
      ['deploy/web.yaml', 'web'],
    ]);
    expect(report.plans.map((p) => p.verdict)).toEqual(['fail', 'fail']);
    expect(report.summary.errors).toBe(1);
  });

  it("(an exemption for one plan) waives that plan's place only: the other plan keeps an error of its own", () => {
    const report = run({
      ...noRollbackPlan,
      plans: twoPlans,
      waivers: waivers([exemption({ plans: ['web'] })]),
    });
    expect(report.verdict).toBe('fail');
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'rollback/missing', level: 'error', planId: 'api' }),
      expect.objectContaining({
        rule: 'rollback/missing',
        level: 'notice',
        planId: 'web',
        waived: expect.objectContaining({ source: 'checkout-rollback' }) as unknown,
      }),
    ]);
    for (const finding of report.findings) expect(finding).not.toHaveProperty('places');
    expect(report.findings[0]?.message).toMatch(/^Rollout api does not roll back by itself/);
    expect(report.plans.map((p) => [p.plan.id, p.verdict])).toEqual([
      ['web', 'pass'],
      ['api', 'fail'],
    ]);
    expect(rules(report)).not.toContain('exemption/unused');
  });

  it('(an exemption by path for both plans) waives the merged finding as a whole', () => {
    const report = run({
      ...noRollbackPlan,
      plans: twoPlans,
      waivers: waivers([exemption({ paths: ['deploy/**'] })]),
    });
    expect(report.verdict).toBe('pass');
    expect(report.findings).toEqual([
      expect.objectContaining({ level: 'notice', places: [expect.anything(), expect.anything()] as unknown }),
    ]);
  });

  it('(an inline exemption on one plan) waives only that plan, and keeps merging the rest', () => {
    const exempt = canaryPlan(
      [
        [5, 600, ['analysis']],
        [25, 600],
        [50, 600],
      ],
      {
        id: 'ops',
        file: 'deploy/ops.yaml',
        target: { kind: 'Rollout', name: 'ops' },
        rollback: { automatic: false, how: [], line: 20 },
        exemptions: [{ rules: ['rollback/missing'], reason: 'manual by design', line: 4 }],
      },
    );
    const report = run({
      ...noRollbackPlan,
      plans: [...twoPlans, { plan: exempt, change: 'modified', basePlan: exempt }],
      waivers: waivers([]),
    });
    const [active, waived] = report.findings;
    expect(active).toMatchObject({ level: 'error', planId: 'api' });
    expect(active?.places?.map((p) => p.planId)).toEqual(['api', 'web']);
    expect(waived).toMatchObject({ level: 'notice', planId: 'ops', waived: { kind: 'inline-exemption' } });
  });

  it('counts what an approved break-glass label waived as the findings the report lists', () => {
    const report = run({
      ...noRollbackPlan,
      plans: twoPlans,
      waivers: waivers([], [BUILTIN_POLICY.breakGlass.label]),
    });
    expect(report.findings).toHaveLength(1);
    expect(report.waivers?.breakGlass).toMatchObject({ approved: true, waived: 1 });
  });

  it('reports missing evidence once for the pull request, naming every rollout it covers in every environment', () => {
    const policy = policyOf(
      'environments:\n  - name: staging\n    match: { paths: ["deploy/staging/**"] }\n  - name: production\n    match: { paths: ["deploy/prod/**"] }\n',
    );
    const safe = (id: string, file: string) =>
      canaryPlan(
        SAFE.stages.map((s) => [s.weight, s.hold, ['analysis']]),
        { id, file },
      );
    const report = run({
      policy,
      pullRequest: { body: '## Rollback plan\nrevert the commit and let Argo CD sync\n', labels: [] },
      plans: [
        { plan: safe('p', 'deploy/prod/a.yaml'), change: 'added' },
        { plan: safe('s', 'deploy/staging/a.yaml'), change: 'added' },
      ],
    });
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'evidence/missing',
        file: 'deploy/prod/a.yaml',
        message: expect.stringMatching(
          /^the pull request has no test evidence for Rollout checkout \(deploy\/prod\/a\.yaml\) and Rollout checkout \(deploy\/staging\/a\.yaml\): no section headed "Test evidence"/,
        ) as unknown,
      }),
    ]);
    expect(report.findings[0]?.places?.map((p) => p.planId)).toEqual(['p', 's']);
  });

  it('merges the problems of one unreadable file, not those of two files or of two kinds', () => {
    const report = run({
      diagnostics: [
        { code: 'MANIFEST_UNPARSEABLE', message: 'YAML BAD: first', file: 'README.md', line: 3 },
        { code: 'MANIFEST_UNPARSEABLE', message: 'YAML BAD: second', file: 'README.md', line: 9 },
        { code: 'MANIFEST_TEMPLATED', message: 'templated', file: 'README.md', line: 12 },
        { code: 'MANIFEST_UNPARSEABLE', message: 'YAML BAD: other', file: 'docs/x.md', line: 1 },
      ],
    });
    expect(report.findings.map((f) => [f.file, f.line, f.message])).toEqual([
      ['README.md', 3, '2 problems in this file; the first: YAML BAD: first'],
      ['README.md', 12, 'templated'],
      ['docs/x.md', 1, 'YAML BAD: other'],
    ]);
  });
});
