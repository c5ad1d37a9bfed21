import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RolloutPlan, Strategy } from '../../src/core/model.js';
import { parseManifestText } from '../../src/formats/document.js';
import { flagger } from '../../src/formats/flagger/index.js';
import { kubernetes } from '../../src/formats/kubernetes.js';

/**
 * Real public manifests (see corpus/INDEX.tsv), judged against expectations written by hand from
 * the index and the files themselves, never from the adapters' own output.
 */
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

interface Expected {
  strategy: Strategy;
  weights: number[];
  holds: (number | 'manual')[];
  automatic: boolean;
  how?: string[];
  bypasses: string[];
  delivers?: string;
  segment?: string;
  notes?: string[];
}

const fivePercentSteps = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 100];
// flagger-loadtester runs a `cmd` task in the background and answers 202 (pkg/loadtester/server.go):
// the load-test webhook of these examples generates traffic but is not a gate.
const LOAD_TEST =
  'webhook load-test starts a load-test command: the load tester answers 202 before the command runs, so it generates traffic but cannot fail a check';
const held = (seconds: number, count: number): number[] => [...Array<number>(count).fill(seconds), 0];

const FLAGGER: Record<string, Expected[]> = {
  // v1alpha3 canaryAnalysis, A/B: iterations 10 × interval 10s, cookie or Safari user agent, threshold 10.
  'fluxcd__flagger__artifacts__ab-testing__canary.yaml': [
    {
      strategy: 'ab-test',
      weights: [0, 100],
      holds: [100, 0],
      automatic: true,
      how: ['rolls back after 10 failed checks'],
      bypasses: [],
      delivers: 'abtest',
      notes: [LOAD_TEST],
      segment:
        'header cookie ~ ^(.*?;)?(type=insider)(;.*)?$ or header user-agent ~ (?=.*Safari)(?!.*Chrome).*$',
    },
  ],
  // v1alpha3 Istio canary: stepWeight 5 to maxWeight 50, interval 10s, threshold 10, skipAnalysis: false.
  'fluxcd__flagger__artifacts__canaries__canary.yaml': [
    {
      strategy: 'canary',
      weights: fivePercentSteps,
      holds: held(10, 10),
      automatic: true,
      how: ['rolls back after 10 failed checks'],
      bypasses: [],
      delivers: 'podinfo',
      notes: [LOAD_TEST],
    },
  ],
  // A/B: iterations 10 × interval 15s, cookie or Firefox, threshold 10.
  'fluxcd__flagger__artifacts__examples__istio-abtest.yaml': [
    // The pre-rollout webhook runs at 0%, before any traffic shifts (scheduler.go advanceCanary).
    {
      strategy: 'ab-test',
      weights: [0, 0, 100],
      holds: [0, 150, 0],
      automatic: true,
      how: ['rolls back after 10 failed checks'],
      bypasses: [],
      delivers: 'podinfo',
      notes: [LOAD_TEST],
      segment: 'header cookie ~ ^(.*?;)?(type=insider)(;.*)?$ or header user-agent ~ .*Firefox.*',
    },
  ],
  // Istio canary: stepWeight 5 to maxWeight 50, interval 15s, threshold 10.
  'fluxcd__flagger__artifacts__examples__istio-canary.yaml': [
    // The pre-rollout webhook runs at 0%, before any traffic shifts (scheduler.go advanceCanary).
    {
      strategy: 'canary',
      weights: [0, ...fivePercentSteps],
      holds: [0, ...held(15, 10)],
      automatic: true,
      how: ['rolls back after 10 failed checks'],
      bypasses: [],
      delivers: 'podinfo',
      notes: [LOAD_TEST],
    },
  ],
  // Kuma canary: stepWeight 10 to maxWeight 50, interval 15s, threshold 15; provider omitted.
  'fluxcd__flagger__artifacts__examples__kuma-canary.yaml': [
    // The pre-rollout webhook runs at 0%, before any traffic shifts (scheduler.go advanceCanary).
    {
      strategy: 'canary',
      weights: [0, 10, 20, 30, 40, 50, 100],
      holds: [0, ...held(15, 5)],
      automatic: true,
      how: ['rolls back after 15 failed checks'],
      bypasses: [],
      delivers: 'podinfo',
      notes: [LOAD_TEST],
    },
  ],
  // v1alpha3 NGINX canary: stepWeight 5 to maxWeight 50, interval 10s, threshold 10.
  'fluxcd__flagger__artifacts__nginx__canary.yaml': [
    {
      strategy: 'canary',
      weights: fivePercentSteps,
      holds: held(10, 10),
      automatic: true,
      how: ['rolls back after 10 failed checks'],
      bypasses: [],
      delivers: 'podinfo',
      notes: [LOAD_TEST],
    },
  ],
  // Header A/B on NGINX: iterations 20 × interval 2m, x-backend: new, threshold 10.
  'infracloudio__ab-testing-linkerd-flagger__flagger__header-based.yaml': [
    {
      strategy: 'ab-test',
      weights: [0, 100],
      holds: [2400, 0],
      automatic: true,
      how: ['rolls back after 10 failed checks'],
      bypasses: [],
      delivers: 'book-svc',
      notes: [],
      segment: 'header x-backend=new',
    },
  ],
  // A/B: iterations 10 × interval 15s, Firefox or insider cookie, threshold 10.
  'stefanprodan__gitops-istio__apps__frontend__canary.yaml': [
    // The pre-rollout webhook runs at 0%, before any traffic shifts (scheduler.go advanceCanary).
    {
      strategy: 'ab-test',
      weights: [0, 0, 100],
      holds: [0, 150, 0],
      automatic: true,
      how: ['rolls back after 10 failed checks'],
      bypasses: [],
      delivers: 'frontend',
      notes: [LOAD_TEST],
      segment: 'header user-agent ~ .*Firefox.* or header cookie ~ ^(.*?;)?(type=insider)(;.*)?$',
    },
  ],
};

const DEPLOYMENT_NO_ROLLBACK = ['progressDeadlineSeconds only marks the rollout failed; nothing rolls back'];
const CANARY_BY_CONVENTION = 'canary by convention: weight is the replica ratio with the stable Deployment';

const K8S: Record<string, Expected[]> = {
  // Baseline (version: baseline) and canary (version: canary) Deployments, default RollingUpdate.
  'MicrosoftDocs__azure-pipelines-canary-k8s__manifests__deployment.yml': [
    {
      strategy: 'rolling',
      weights: [100],
      holds: [0],
      automatic: false,
      how: DEPLOYMENT_NO_ROLLBACK,
      bypasses: [],
      notes: [],
    },
    {
      strategy: 'rolling',
      weights: [100],
      holds: [0],
      automatic: false,
      how: DEPLOYMENT_NO_ROLLBACK,
      bypasses: [],
      notes: [CANARY_BY_CONVENTION],
    },
  ],
  // RollingUpdate, progressDeadlineSeconds 60; delivered by a Flagger Canary elsewhere (correlated later).
  'fluxcd__flagger__kustomize__podinfo__deployment.yaml': [
    {
      strategy: 'rolling',
      weights: [100],
      holds: [0],
      automatic: false,
      how: DEPLOYMENT_NO_ROLLBACK,
      bypasses: [],
      notes: [],
    },
  ],
  // The stable half of the Kubernetes docs' canary example (track: stable).
  'kubernetes__website__content__en__examples__application__canary__app-v1-deployment.yaml': [
    {
      strategy: 'rolling',
      weights: [100],
      holds: [0],
      automatic: false,
      how: DEPLOYMENT_NO_ROLLBACK,
      bypasses: [],
      notes: [],
    },
  ],
};

/** Helm templates: the first line holding a template action. */
const TEMPLATED: Record<string, Record<string, number>> = {
  flagger: {
    'chiku11__flagger-canary-manual__charts__templates__canary.yaml': 4,
    'fluxcd__flagger__charts__podinfo__templates__canary.yaml': 1,
    'yapily__helm-charts__charts__base__templates___flagger.tpl': 1,
  },
  'k8s-deployment': {
    'gruntwork-io__helm-kubernetes-services__charts__k8s-service__templates___deployment_spec.tpl': 11,
    'gruntwork-io__helm-kubernetes-services__charts__k8s-service__templates__canarydeployment.yaml': 7,
  },
};

function summarise(plan: RolloutPlan): Expected {
  const segment = plan.stages.find((stage) => stage.segment !== undefined)?.segment;
  return {
    strategy: plan.strategy,
    weights: plan.stages.map((stage) => stage.weight),
    holds: plan.stages.map((stage) => stage.hold),
    automatic: plan.rollback.automatic,
    how: plan.rollback.how,
    bypasses: plan.bypasses.map((bypass) => bypass.field),
    ...(plan.delivers ? { delivers: plan.delivers.name } : {}),
    ...(segment !== undefined ? { segment } : {}),
    notes: plan.notes,
  };
}

function judge(folder: string, file: string): { plans: RolloutPlan[]; diagnostics: unknown[] } {
  const parsed = parseManifestText(readFileSync(`${CORPUS}${folder}/${file}`, 'utf8'), file);
  const plans: RolloutPlan[] = [];
  const diagnostics: unknown[] = [...parsed.diagnostics];
  for (const doc of parsed.documents) {
    const adapter = [flagger, kubernetes].find((candidate) => candidate.detect(doc));
    const result = adapter?.toPlans(doc);
    plans.push(...(result?.plans ?? []));
    diagnostics.push(...(result?.diagnostics ?? []));
  }
  return { plans, diagnostics };
}

describe.skipIf(!existsSync(CORPUS))(
  'corpus conformance: Flagger and Kubernetes (skipped: ../shared/corpus is absent)',
  () => {
    describe.each([
      ['flagger', FLAGGER],
      ['k8s-deployment', K8S],
    ] as const)('%s', (folder, table) => {
      it('has an expectation for every file in the folder', () => {
        const expected = [...Object.keys(table), ...Object.keys(TEMPLATED[folder] ?? {})].sort();
        expect(readdirSync(`${CORPUS}${folder}`).sort()).toEqual(expected);
      });

      it.each(Object.entries(table))('%s', (file, expected) => {
        const { plans, diagnostics } = judge(folder, file);
        expect(diagnostics).toEqual([]);
        expect(plans.map(summarise)).toEqual(expected.map((plan) => expect.objectContaining(plan)));
      });

      it.each(Object.entries(TEMPLATED[folder] ?? {}))(
        '%s is a template and is not judged as is',
        (file, line) => {
          const parsed = parseManifestText(readFileSync(`${CORPUS}${folder}/${file}`, 'utf8'), file);
          expect(parsed.templated).toBe(true);
          expect(parsed.documents).toEqual([]);
          expect(parsed.diagnostics.map((d) => [d.code, d.line])).toEqual([['MANIFEST_TEMPLATED', line]]);
        },
      );
    });
  },
);
