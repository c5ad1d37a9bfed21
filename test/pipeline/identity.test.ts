/**
 * Which base object each head object is, which rollout object delivers which workload, and what
 * removing one means: paired the way a reviewer reads a diff, with namespaces as the controllers
 * resolve them. Each case is a class seen on real repositories or tried by a hostile author.
 */
import { describe, expect, it } from 'vitest';
import type { ChangedFile, ContextFile, Report } from '../../src/core/model.js';
import { BUILTIN_POLICY } from '../../src/core/policy.js';
import { checkChange } from '../../src/pipeline/index.js';
import { fixtureText } from '../helpers.js';

const GOOD_BODY = fixtureText('demo/safe-change.pr.md');
const CANARY = fixtureText('manifests/flagger/canary-step-weights.yaml').replace('  namespace: shop\n', '');
const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const PIPELINE = fixtureText('manifests/cloud-deploy/canary-with-automation.yaml');

const deployment = (name: string, strategy = 'RollingUpdate', namespace?: string) =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    ...(namespace ? [`  namespace: ${namespace}`] : []),
    'spec:',
    `  strategy: { type: ${strategy} }`,
    '  selector: { matchLabels: { app: checkout } }',
    '  template:',
    '    metadata: { labels: { app: checkout } }',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: checkout:2',
    '',
  ].join('\n');

const text = (value: string) => ({ kind: 'text' as const, text: value });
const added = (path: string, head: string): ChangedFile => ({ status: 'added', path, head: text(head) });
const removed = (path: string, base: string): ChangedFile => ({ status: 'removed', path, base: text(base) });
const modified = (path: string, base: string, head: string): ChangedFile => ({
  status: 'modified',
  path,
  base: text(base),
  head: text(head),
});

function judge(
  files: ChangedFile[],
  extra: { context?: ContextFile[]; folderFiles?: { base: ContextFile[]; head: ContextFile[] } } = {},
): Report {
  return checkChange({
    changeSet: {
      base: 'b'.repeat(40),
      head: 'h'.repeat(40),
      files,
      context: extra.context ?? [],
      ...(extra.folderFiles ? { folderFiles: extra.folderFiles } : {}),
      pullRequest: { body: GOOD_BODY, labels: [] },
    },
    policy: BUILTIN_POLICY,
    policyPath: '.github/rollout-guard.yml',
    now: new Date('2026-12-01T12:00:00Z'),
  });
}

const rules = (report: Report) => report.findings.map((f) => f.rule);
const changes = (report: Report) =>
  report.plans.map((p) => `${p.change} ${p.plan.target.kind} ${p.plan.file}`);

describe('files that are not manifests', () => {
  it('never reads a README, a Go test or a shell script, however much YAML they hold', () => {
    const markdown =
      '# Design\n\n```yaml\nkind: Rollout\nmetadata:\n  name: rollout-a\n```\n\n- `kind:` is: here: [\n';
    const report = judge([
      added('docs/proposals/rollout.md', markdown),
      added('pkg/rollout_test.go', `const manifest = \`\n${UNSAFE}\``),
      added('hack/deploy.sh', `cat <<EOF | kubectl apply -f -\n${UNSAFE}EOF\n`),
    ]);
    expect(report.plans).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it('still reads a YAML file outside the manifest folders when it holds a rollout', () => {
    expect(changes(judge([added('examples/checkout.yaml', UNSAFE)]))).toEqual([
      'added Rollout examples/checkout.yaml',
    ]);
  });
});

describe('deleting and replacing objects', () => {
  it('does not report deleting a plain rolling Deployment', () => {
    const report = judge([removed('deploy/api/deployment.yaml', deployment('api'))]);
    expect(changes(report)).toEqual(['removed Deployment deploy/api/deployment.yaml']);
    expect(report.findings).toEqual([]);
  });

  it('does not report replacing a Deployment by a Canary that delivers it as a deletion', () => {
    const report = judge([
      modified('deploy/checkout/app.yaml', deployment('checkout'), `${deployment('checkout')}---\n${CANARY}`),
    ]);
    expect(rules(report)).not.toContain('canary/regression');
  });

  it('reports deleting a Canary whose Deployment stays, and not deleting both', () => {
    const canaryOnly = judge([removed('deploy/checkout/canary.yaml', CANARY)]);
    expect(canaryOnly.findings).toEqual([
      expect.objectContaining({
        rule: 'canary/regression',
        file: 'deploy/checkout/canary.yaml',
        message: expect.stringMatching(/deletes Canary checkout, which delivers Deployment checkout/),
      }),
    ]);
    const wholeApp = judge([
      removed('deploy/checkout/canary.yaml', CANARY),
      removed('deploy/checkout/deployment.yaml', deployment('checkout')),
    ]);
    expect(wholeApp.findings).toEqual([]);
  });

  it('does not report deleting one of two copies of a Canary: the other still delivers the Deployment', () => {
    const report = judge([removed('deploy/old/canary.yaml', CANARY)], {
      context: [{ path: 'deploy/old/canary-copy.yaml', content: text(CANARY) }],
    });
    expect(report.findings).toEqual([]);
  });
});

describe('pairing base and head objects as a reviewer would', () => {
  it('pairs an object renamed in place, so a renamed Cloud Deploy pipeline deletes no Target', () => {
    // The Automation is named after its pipeline: a rename renames both.
    const renamed = PIPELINE.replaceAll('name: checkout', 'name: checkout-v2');
    const report = judge([modified('clouddeploy.yaml', PIPELINE, renamed)]);
    expect(report.plans.map((p) => p.change)).toEqual(['modified', 'modified']);
    expect(report.findings.map((f) => f.message).join('\n')).not.toMatch(/deletes/);
  });

  it('pairs a Canary moved to a folder whose kustomization sets the namespace it had', () => {
    const before = CANARY.replace('  name: checkout\n', '  name: checkout\n  namespace: shop\n');
    const report = judge(
      [
        removed('apps/checkout/canary.yaml', before),
        added('clusters/prod/shop/canary.yaml', CANARY.replace('stepWeight: 10', 'stepWeight: 5')),
      ],
      {
        folderFiles: {
          base: [],
          head: [
            {
              path: 'clusters/prod/shop/kustomization.yaml',
              content: text('namespace: shop\nresources: [canary.yaml]\n'),
            },
          ],
        },
      },
    );
    expect(changes(report)).toEqual(['modified Canary clusters/prod/shop/canary.yaml']);
    expect(rules(report)).not.toContain('canary/regression');
  });

  it('reports a removed copy at its own file, and judges the surviving copy at its own', () => {
    const report = judge([
      removed('deploy/a/rollout.yaml', GUARDED),
      modified('deploy/b/rollout.yaml', GUARDED, GUARDED.replace('image: checkout:1', 'image: checkout:2')),
    ]);
    expect(changes(report).sort()).toEqual([
      'modified Rollout deploy/b/rollout.yaml',
      'removed Rollout deploy/a/rollout.yaml',
    ]);
  });

  it('a duplicate added in another folder does not capture the pairing: the weakened real file still regresses', () => {
    const report = judge([
      added('aaa-unused/rollout.yaml', GUARDED),
      modified('deploy/checkout/rollout.yaml', GUARDED, UNSAFE),
    ]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'canary/regression', file: 'deploy/checkout/rollout.yaml' }),
    );
  });

  it('a rollout moved to a folder whose namespace nobody states is still compared with what it was', () => {
    const unplaced = (manifest: string) => manifest.replace(/\n {2}namespace: \S+/, '');
    const report = judge([
      removed('deploy/checkout/rollout.yaml', unplaced(GUARDED)),
      added('deploy/other/rollout.yaml', unplaced(UNSAFE)),
    ]);
    const regression = report.findings.filter((f) => f.rule === 'canary/regression');
    expect(regression.length).toBeGreaterThan(0);
    expect(report.plans[0]?.plan.notes.join(' ')).toMatch(/may or may not be the same object/);
  });

  it('does not pair objects whose namespaces are established and differ', () => {
    const inStaging = GUARDED.replace(/namespace: \S+/, 'namespace: staging');
    const inProd = UNSAFE.replace(/namespace: \S+/, 'namespace: prod');
    const report = judge([
      removed('deploy/staging/rollout.yaml', inStaging),
      added('deploy/prod/rollout.yaml', inProd),
    ]);
    expect(changes(report).sort()).toEqual([
      'added Rollout deploy/prod/rollout.yaml',
      'removed Rollout deploy/staging/rollout.yaml',
    ]);
  });

  it('a file whose base could not be read is modified, not added, and says so', () => {
    const report = judge([modified('deploy/checkout/rollout.yaml', 'kind: Rollout\nspec: [\n', GUARDED)]);
    expect(report.plans).toEqual([expect.objectContaining({ change: 'modified' })]);
    expect(report.plans[0]?.plan.notes.join(' ')).toMatch(/base version of this file could not be read/);
  });
});

describe('which rollout object delivers a workload', () => {
  it('an unchanged staging Canary does not deliver the production Deployment of the same name', () => {
    const report = judge(
      [modified('deploy/prod/deployment.yaml', deployment('checkout'), deployment('checkout', 'Recreate'))],
      { context: [{ path: 'deploy/staging/canary.yaml', content: text(CANARY) }] },
    );
    expect(report.plans.map((p) => p.plan.format)).toEqual(['kubernetes']);
    expect(rules(report)).toContain('canary/required');
  });

  it('a Canary in the same folder delivers the Deployment, whatever the namespace the folder is applied to', () => {
    const report = judge(
      [
        modified(
          'deploy/prod/deployment.yaml',
          deployment('checkout'),
          deployment('checkout').replace('checkout:2', 'checkout:3'),
        ),
      ],
      {
        context: [{ path: 'deploy/prod/canary.yaml', content: text(CANARY) }],
      },
    );
    expect(report.plans.map((p) => `${p.plan.format} ${p.change}`)).toEqual([
      'kubernetes modified',
      'flagger unchanged',
    ]);
    // Judged through the Canary (whose own short holds are reported), not as a rolling Deployment.
    expect(rules(report)).not.toContain('canary/required');
  });

  it('a Flagger Canary delivers a Knative Service too (its provider: knative)', () => {
    const service = fixtureText('manifests/knative/latest-100.yaml');
    const name = /name: (\S+)/.exec(service)?.[1] ?? '';
    const canary = CANARY.replaceAll('name: checkout', `name: ${name}`)
      .replace(
        'apiVersion: apps/v1\n    kind: Deployment',
        'apiVersion: serving.knative.dev/v1\n    kind: Service',
      )
      .replace('provider: istio', 'provider: knative');
    const report = judge([
      modified('deploy/greeter/service.yaml', service, service.replace(':1.4.0', ':1.5.0')),
      added('deploy/greeter/canary.yaml', canary),
    ]);
    const knative = report.plans.find((p) => p.plan.format === 'knative');
    expect(knative?.plan.deliveredBy).toBe(report.plans.find((p) => p.plan.format === 'flagger')?.plan.id);
    expect(
      report.findings.filter((f) => f.file === 'deploy/greeter/service.yaml' && f.rule.startsWith('canary/')),
    ).toEqual([]);
  });

  it('a Canary elsewhere delivers the Deployment when a kustomization puts both in one namespace', () => {
    const kustomization = (dir: string) => ({
      path: `${dir}/kustomization.yaml`,
      content: text('namespace: shop\n'),
    });
    const report = judge(
      [
        modified(
          'apps/shop/deployment.yaml',
          deployment('checkout'),
          deployment('checkout', 'RollingUpdate'),
        ),
      ],
      {
        context: [{ path: 'canaries/shop/canary.yaml', content: text(CANARY) }],
        folderFiles: {
          base: [kustomization('apps/shop')],
          head: [kustomization('apps/shop'), kustomization('canaries/shop')],
        },
      },
    );
    expect(report.plans.map((p) => p.plan.format)).toEqual(['kubernetes', 'flagger']);
  });
});
