import type { Finding, JudgedPlan, Report, RolloutPlan, Stage } from '../../src/core/model.js';
import { ruleMeta } from '../../src/core/rules/catalogue.js';

/** Small builders for hand-made reports in renderer tests. */

export function stage(weight: number, hold: Stage['hold'] = 0, extra: Partial<Stage> = {}): Stage {
  return { weight, hold, gates: [], line: 10, ...extra };
}

export function plan(overrides: Partial<RolloutPlan> = {}): RolloutPlan {
  return {
    id: 'argo-rollouts:Rollout:prod/web',
    format: 'argo-rollouts',
    file: 'deploy/prod/web.yaml',
    line: 3,
    target: { kind: 'Rollout', name: 'web', namespace: 'prod' },
    strategy: 'canary',
    stages: [stage(10, 600), stage(50, 600), stage(100)],
    backgroundGates: [],
    rollback: { automatic: true, how: ['a failed analysis aborts the rollout'] },
    bypasses: [],
    notes: [],
    ...overrides,
  };
}

export function judged(overrides: Partial<JudgedPlan> = {}): JudgedPlan {
  return { plan: plan(), environment: 'production', change: 'modified', verdict: 'pass', ...overrides };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  const rule = overrides.rule ?? 'canary/min-stages';
  return {
    rule,
    level: 'error',
    message: 'The canary has 1 stage below 100%; the policy requires 3.',
    remediation: ruleMeta(rule).remediation,
    file: 'deploy/prod/web.yaml',
    line: 12,
    planId: 'argo-rollouts:Rollout:prod/web',
    ...overrides,
  };
}

/** A report whose summary counts agree with its findings and plans. */
export function report(plans: JudgedPlan[], findings: Finding[], overrides: Partial<Report> = {}): Report {
  const count = (level: Finding['level']) => findings.filter((f) => f.level === level).length;
  return {
    version: 1,
    verdict: count('error') > 0 ? 'fail' : 'pass',
    base: '1111111111111111111111111111111111111111',
    head: '2222222222222222222222222222222222222222',
    policy: { source: '.github/rollout-guard.yml@1111111111111111111111111111111111111111' },
    plans,
    findings,
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      plans: plans.length,
    },
    ...overrides,
  };
}
