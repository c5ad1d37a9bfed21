/**
 * Weakenings that passed with no error: each pair of manifests (base → head) or single manifest
 * runs through the whole check with the built-in policy, and must now be reported for what the
 * controller will do with it.
 */
import { describe, expect, it } from 'vitest';
import type { ChangedFile, Finding, Report } from '../../src/core/model.js';
import { BUILTIN_POLICY } from '../../src/core/policy.js';
import { checkChange } from '../../src/pipeline/index.js';
import { fixtureText } from '../helpers.js';

const PR_BODY =
  '## Rollback plan\n\nRevert this pull request and let the controller roll back.\n\n## Test evidence\n\nhttps://github.com/acme/shop/actions/runs/1\n';

/** One changed file: `base` and `head` are fixture paths under fixtures/manifests (or inline text). */
interface Change {
  path: string;
  base?: string;
  head?: string;
}

function text(source: string): string {
  return source.includes('\n') ? source : fixtureText(`manifests/${source}`);
}

function check(...changes: Change[]): Report {
  const files: ChangedFile[] = changes.map(({ path, base, head }) => ({
    status: base === undefined ? 'added' : head === undefined ? 'removed' : 'modified',
    path,
    ...(base !== undefined ? { base: { kind: 'text', text: text(base) } } : {}),
    ...(head !== undefined ? { head: { kind: 'text', text: text(head) } } : {}),
  }));
  return checkChange({
    changeSet: {
      base: 'b'.repeat(40),
      head: 'h'.repeat(40),
      files,
      context: [],
      pullRequest: { body: PR_BODY, labels: [] },
    },
    policy: BUILTIN_POLICY,
    policyPath: '.github/rollout-guard.yml',
    now: new Date('2026-11-30T12:00:00Z'),
  });
}

function errors(report: Report, rule?: Finding['rule']): { rule: string; message: string; line?: number }[] {
  return report.findings
    .filter((f) => f.level === 'error' && (rule === undefined || f.rule === rule))
    .map(({ rule: id, message, line }) => ({ rule: id, message, ...(line !== undefined ? { line } : {}) }));
}

const modified = (path: string, base: string, head: string): Change => ({ path, base, head });
const added = (path: string, head: string): Change => ({ path, head });

describe('Flagger', () => {
  it('1. a threshold raised from 10 to 1000 is a regression, and 1000 is judged on its own', () => {
    const report = check(
      modified(
        'deploy/canary.yaml',
        'flagger/podinfo-threshold-10.yaml',
        'flagger/podinfo-threshold-1000.yaml',
      ),
    );
    expect(errors(report, 'canary/regression')).toEqual([
      {
        rule: 'canary/regression',
        message:
          'Flagger analysis threshold rises from 10 to 1000: a failing canary is rolled back only after 1000 failed checks',
        line: 16,
      },
    ]);
    expect(errors(report, 'canary/analysis')).toEqual([
      {
        rule: 'canary/analysis',
        message:
          'Flagger analysis threshold 1000 is more than the 10 passing checks a successful analysis needs: a canary that fails 999 checks and passes 10 is still promoted',
        line: 16,
      },
    ]);
    const clean = check(added('deploy/canary.yaml', 'flagger/podinfo-threshold-10.yaml'));
    expect([...errors(clean, 'canary/analysis'), ...errors(clean, 'canary/regression')]).toEqual([]);
  });

  it('2. removing the metric checks while a load-test webhook remains leaves nothing that can fail', () => {
    const report = check(
      modified(
        'deploy/canary.yaml',
        'flagger/podinfo-threshold-10.yaml',
        'flagger/podinfo-load-test-only.yaml',
      ),
    );
    expect(errors(report, 'canary/regression').map((f) => f.message)).toEqual([
      'the automated analysis that the base version had is gone: nothing can fail the rollout',
      'the metric check request-success-rate is removed: it could fail the rollout in the base version',
      'the metric check request-duration is removed: it could fail the rollout in the base version',
    ]);
    expect(errors(report, 'canary/analysis').map((f) => f.message)).toEqual([
      'Canary podinfo has checks, but none can fail the rollout (dry-run or log-only)',
    ]);
    expect(report.plans[0]?.plan.notes).toContain(
      'webhook load-test starts a load-test command: the load tester answers 202 before the command runs, so it generates traffic but cannot fail a check',
    );
  });

  it('5. a pre-rollout webhook runs before any traffic shifts: it does not excuse a short first bake', () => {
    const report = check(added('deploy/canary.yaml', 'flagger/pre-rollout-short-interval.yaml'));
    const plan = report.plans[0]?.plan;
    expect(plan?.stages.map((s) => [s.weight, s.gates.map((g) => g.name)])).toEqual([
      [0, ['smoke-test']],
      [10, []],
      [20, []],
      [30, []],
      [40, []],
      [50, []],
      [100, []],
    ]);
    // The first short hold is the one at 10%, after the webhooks at 0% (which excuse no bake).
    expect(errors(report, 'canary/min-hold')[0]).toMatchObject({ rule: 'canary/min-hold', line: 19 });
    expect(errors(report, 'canary/min-hold')[0]?.message).toMatch(/^the rollout holds only 30s at 10%, 20%/);
  });

  it('6. an A/B test routes a segment: its promotion is not a first stage of 100%', () => {
    const report = check(added('deploy/canary.yaml', 'flagger/ab-test.yaml'));
    expect(errors(report, 'canary/initial-weight')).toEqual([]);
    // Where the policy accepts A/B tests, the promotion after the segment is what an A/B test is.
    expect(errors(report, 'canary/step-increase')).toEqual([]);
  });

  it('10. a metric check whose thresholdRange is empty, or removed, can never fail', () => {
    for (const head of [
      'flagger/podinfo-empty-threshold-range.yaml',
      'flagger/podinfo-no-threshold-range.yaml',
    ]) {
      const report = check(modified('deploy/canary.yaml', 'flagger/podinfo-threshold-10.yaml', head));
      expect(errors(report, 'canary/regression')).toEqual([
        {
          rule: 'canary/regression',
          message: 'the metric check request-success-rate is still there but can no longer fail the rollout',
          line: 20,
        },
      ]);
    }
  });

  it('12. an A/B match on a header every request carries, with any value, is all traffic', () => {
    const report = check(added('deploy/canary.yaml', 'flagger/ab-test-everyone.yaml'));
    expect(report.plans[0]?.plan.stages.map((st) => [st.weight, st.segment])).toEqual([
      [100, undefined],
      [100, undefined],
    ]);
    expect(errors(report, 'canary/initial-weight').map((f) => f.message)).toEqual([
      'the first stage sends 100% of traffic to the new version; the policy allows at most 25%',
    ]);
  });

  it('16. the Canary delivers the workload of its own namespace, whatever targetRef.namespace says', () => {
    const report = check(added('deploy/canary.yaml', 'flagger/target-ref-namespace.yaml'));
    expect(report.plans[0]?.plan.delivers).toEqual({
      kind: 'Deployment',
      name: 'api',
      namespace: 'payments',
    });
  });
});

describe('Argo Rollouts', () => {
  it('7. a step that scales the canary and sets a header route is read, not ignored', () => {
    const report = check(added('deploy/rollout.yaml', 'argo-rollouts/combined-scale-and-header-route.yaml'));
    expect(errors(report, 'manifest/invalid')).toEqual([]);
    expect(report.plans[0]?.plan.stages.map((s) => [s.weight, s.hold, s.segment])).toEqual([
      [0, 3600, 'header x-tester=yes'],
      [10, 0, undefined],
      [25, 1800, undefined],
      [100, 0, undefined],
    ]);
  });

  it('8. dryRun metricNames are Go regular expressions: \\A, \\z, [[:alpha:]], \\pL and (?P<x>) mean what Go says', () => {
    const report = check(added('deploy/rollout.yaml', 'argo-rollouts/dry-run-go-syntax.yaml'));
    expect(errors(report, 'canary/bypass').map((f) => f.line)).toEqual([30, 34, 38, 42]);
    expect(errors(report, 'canary/analysis').map((f) => f.message)).toEqual([
      'Rollout ledger has checks, but none can fail the rollout (dry-run or log-only)',
    ]);
  });

  it('8. a pattern Go rejects is reported where it is written (Argo ends the AnalysisRun in Error)', () => {
    const text = fixtureText('manifests/argo-rollouts/dry-run-only-metric.yaml').replace(
      'metricName: success-rate',
      "metricName: '(?=success)'",
    );
    const report = check(added('deploy/rollout.yaml', text));
    expect(errors(report, 'manifest/invalid')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /dryRun\[0\]\.metricName is not a regular expression Go accepts .*aborts the rollout/,
        ),
        line: 39,
      }),
    ]);
  });

  it('8. crafted patterns cannot keep the check busy (RE2 matches in linear time)', () => {
    const metrics = ['a'.repeat(60), `${'a'.repeat(59)}!`];
    const template = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: AnalysisTemplate',
      'metadata: {name: t}',
      'spec:',
      '  metrics:',
      ...metrics.map((m) => `    - {name: "${m}", provider: {prometheus: {query: x}}}`),
      '---',
    ].join('\n');
    const rollout = (pattern: string) =>
      `${template}\napiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: r}\nspec:\n  strategy:\n    canary:\n      steps:\n        - setWeight: 10\n        - analysis:\n            templates: [{templateName: t}]\n            dryRun: [{metricName: '${pattern}'}]\n`;
    const started = Date.now();
    // The last two kept JavaScript's backtracking RegExp busy for seconds on names like success-rate.
    for (const pattern of [
      '^(a+)+$',
      '^(a|a?)+$',
      '^(([a-z])+.)+[A-Z]([a-z])+$',
      '^.$|^(?:(?:.*)*){12}!',
      '^.$|^(((.*)*)*)*(((.*)*)*)*!',
    ]) {
      check(added('deploy/rollout.yaml', rollout(pattern)));
    }
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("9. a dry-run on the template's only metric bypasses the analysis, in the same file or elsewhere", () => {
    for (const fixture of [
      'argo-rollouts/dry-run-only-metric.yaml',
      'argo-rollouts/dry-run-template-elsewhere.yaml',
    ]) {
      const report = check(added('deploy/rollout.yaml', fixture));
      expect(errors(report, 'canary/bypass')).toHaveLength(1);
      expect(errors(report, 'canary/analysis')).toHaveLength(1);
    }
    const elsewhere = check(added('deploy/rollout.yaml', 'argo-rollouts/dry-run-template-elsewhere.yaml'));
    expect(errors(elsewhere, 'canary/bypass')[0]?.message).toMatch(
      /may cover every metric of AnalysisTemplate success-rate, which is not in this file/,
    );
  });

  it('11. an experiment with weight 100 under traffic routing is a stage of 100%', () => {
    const report = check(added('deploy/rollout.yaml', 'argo-rollouts/experiment-weight-100.yaml'));
    expect(report.plans[0]?.plan.stages.map((s) => s.weight)).toEqual([5, 100, 25, 100]);
    expect(errors(report, 'canary/step-increase').map((f) => f.message)).toContain(
      'traffic jumps from 5% to 100% (+95%); the policy allows at most +50% per step',
    );
  });

  it('12. a header route matching every user agent is all traffic, not a segment', () => {
    const report = check(added('deploy/rollout.yaml', 'argo-rollouts/header-route-everyone.yaml'));
    expect(errors(report, 'canary/initial-weight').map((f) => f.message)).toEqual([
      'the first stage sends 100% of traffic to the new version; the policy allows at most 25%',
    ]);
  });

  it('13. a basic canary with one replica sends half the traffic at setWeight 5', () => {
    const report = check(added('deploy/rollout.yaml', 'argo-rollouts/basic-canary-one-replica.yaml'));
    expect(report.plans[0]?.plan.stages.map((s) => s.weight)).toEqual([50, 50, 100]);
    expect(errors(report, 'canary/initial-weight').map((f) => f.message)).toEqual([
      'the first stage sends 50% of traffic to the new version; the policy allows at most 25%',
    ]);
  });
});

describe('Kubernetes', () => {
  it('3. RollingUpdate → Recreate on a standalone Deployment is a regression', () => {
    const base = fixtureText('manifests/kubernetes/deployment-rolling.yaml');
    const head = base.replace(
      '    type: RollingUpdate\n    rollingUpdate:\n      maxSurge: 1\n      maxUnavailable: 0\n',
      '    type: Recreate\n',
    );
    const report = check(modified('deploy/api.yaml', base, head));
    expect(errors(report, 'canary/regression')).toEqual([
      {
        rule: 'canary/regression',
        message:
          "the Deployment's update strategy changes from RollingUpdate to Recreate: every old pod stops before any new one starts, so the service is down while new pods start",
        line: 12,
      },
    ]);
  });
});

describe('Flagger and its Deployment', () => {
  it('3. RollingUpdate → Recreate on the Deployment a Canary delivers is a regression: Flagger copies it to the primary', () => {
    const base = fixtureText('manifests/kubernetes/deployment-rolling.yaml');
    const name = /name: (\S+)/.exec(base)?.[1] ?? 'api';
    const head = base.replace(
      '    type: RollingUpdate\n    rollingUpdate:\n      maxSurge: 1\n      maxUnavailable: 0\n',
      '    type: Recreate\n',
    );
    const canary = fixtureText('manifests/flagger/canary-step-weights.yaml')
      .replaceAll('name: checkout', `name: ${name}`)
      .replace(/\n {2}namespace: \S+/, '');
    const report = check(
      modified('deploy/api/deployment.yaml', base, head),
      added('deploy/api/canary.yaml', canary),
    );
    expect(report.plans.find((p) => p.plan.format === 'kubernetes')?.plan.deliveredBy).toBeDefined();
    expect(errors(report, 'canary/regression').map((f) => f.message)).toEqual([
      expect.stringMatching(/update strategy changes from RollingUpdate to Recreate/),
    ]);
  });
});

describe('AWS SAM', () => {
  it('4. !If [IsProd, Canary10Percent5Minutes, AllAtOnce] → AllAtOnce is a regression of the IsProd branch', () => {
    const report = check(
      modified('template.yaml', 'aws/sam/canary-in-prod-only.yaml', 'aws/sam/canary-dropped.yaml'),
    );
    expect(errors(report, 'canary/regression').map((f) => f.message)).toEqual([
      'when condition IsProd is true: the strategy changes from canary to all-at-once',
    ]);
    // Unchanged, the conditional template has no regression of its own.
    const same = check(
      modified('template.yaml', 'aws/sam/canary-in-prod-only.yaml', 'aws/sam/canary-in-prod-only.yaml'),
    );
    expect(errors(same, 'canary/regression')).toEqual([]);
  });
});

describe('CI pipelines', () => {
  const WORKFLOW = '.github/workflows/canary.yml';
  const workflow = fixtureText('manifests/github-actions/.github/workflows/canary.yml');
  const smokeStep = '      - name: Smoke test the canary\n';

  it.each([
    ['if: false', '        if: false\n'],
    ['if: ${{ false }}', '        if: ${{ false }}\n'],
    ['if: ${{ 1 == 2 }}', '        if: ${{ 1 == 2 }}\n'],
    ["if: ${{ !true && github.ref == 'x' }} on the job", null],
  ])('14. a GitHub Actions check step with %s is not a gate', (_name, line) => {
    const head =
      line === null
        ? workflow.replace('    needs: deploy-canary\n', '    needs: deploy-canary\n    if: ${{ false }}\n')
        : workflow.replace(smokeStep, `${smokeStep}${line}`);
    const report = check(modified(WORKFLOW, workflow, head));
    expect(errors(report, 'canary/regression').map((f) => f.message)).toContain(
      'the webhook Smoke test the canary is removed: it could fail the rollout in the base version',
    );
  });

  it.each([
    ['continue-on-error: true', '        continue-on-error: true\n'],
    ['continue-on-error: ${{ true }}', '        continue-on-error: ${{ true }}\n'],
    [
      'continue-on-error: ${{ matrix.experimental }}',
      '        continue-on-error: ${{ matrix.experimental }}\n',
    ],
  ])('14. a GitHub Actions check step with %s is not a gate', (_name, line) => {
    const head = workflow.replace(smokeStep, `${smokeStep}${line}`);
    const report = check(modified(WORKFLOW, workflow, head));
    expect(errors(report, 'canary/regression').map((f) => f.message)).toContain(
      'the webhook Smoke test the canary is still there but can no longer fail the rollout',
    );
  });

  it('14. an Azure Pipelines check with condition: false or continueOnError: true is not a gate', () => {
    const pipeline = fixtureText('manifests/azure-pipelines/canary-increments.yml');
    const check14 = '                  displayName: Check error rate\n';
    for (const [line, message] of [
      ['                  condition: false\n', 'is removed: it could fail the rollout in the base version'],
      [
        '                  condition: and(true, eq(1, 2))\n',
        'is removed: it could fail the rollout in the base version',
      ],
      ['                  continueOnError: true\n', 'is still there but can no longer fail the rollout'],
    ] as const) {
      const report = check(
        modified('azure-pipelines.yml', pipeline, pipeline.replace(check14, `${check14}${line}`)),
      );
      expect(errors(report, 'canary/regression').map((f) => f.message)).toContain(
        `the webhook Check error rate ${message}`,
      );
    }
  });
});

describe('Knative', () => {
  it('15. a Service with no traffic block, or 100% on latestRevision, ships every change at once', () => {
    for (const fixture of ['knative/latest-no-traffic.yaml', 'knative/latest-100.yaml']) {
      const report = check(added('deploy/service.yaml', fixture));
      expect(errors(report, 'canary/required').map((f) => f.message)).toEqual([
        'Service greeter rolls out with the all-at-once strategy, which is not progressive; the policy accepts canary, linear, ab-test',
      ]);
    }
  });

  it('15. moving a 90/10 split to the new revision at 100% is a regression', () => {
    const split = fixtureText('manifests/knative/pinned-split.yaml');
    const promoted = split.replace(
      '    - revisionName: greeter-v1\n      percent: 90\n    - revisionName: greeter-v2\n      percent: 10\n',
      '    - revisionName: greeter-v2\n      percent: 100\n',
    );
    const report = check(modified('deploy/service.yaml', split, promoted));
    expect(errors(report, 'canary/regression').map((f) => f.message)).toEqual([
      'the strategy changes from canary to all-at-once',
    ]);
  });
});
