/**
 * Weakenings that passed with no error: each pair of manifests (base → head) or single manifest
 * runs through the whole check with the built-in policy, and must now be reported for what the
 * controller will do with it.
 */
import { describe, expect, it } from 'vitest';
import type { ChangedFile, Finding, Report } from '../../src/core/model.js';
import { BUILTIN_POLICY } from '../../src/core/policy.js';
import { checkChange } from '../../src/pipeline.js';
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
    expect(errors(report, 'canary/min-hold')[0]).toEqual({
      rule: 'canary/min-hold',
      message:
        'the rollout holds only 30s at 10% before raising traffic to 20%; environment default requires 5m (or a gate)',
      line: 19,
    });
  });

  it('6. an A/B test routes a segment: its promotion is not a first stage of 100%', () => {
    const report = check(added('deploy/canary.yaml', 'flagger/ab-test.yaml'));
    expect(errors(report, 'canary/initial-weight')).toEqual([]);
    expect(errors(report, 'canary/step-increase').map((f) => f.message)).toEqual([
      'traffic jumps from a routed segment (header x-canary=insider or header cookie ~ ^(.*?;)?(canary=always)(;.*)?$) to 100% (+100%); environment default allows at most +50% per step',
    ]);
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
    expect(errors(report, 'canary/initial-weight').map((f) => f.message)).toEqual([
      'the first stage sends 100% of traffic to the new version; environment default allows at most 25%',
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
