import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GateKind, RolloutPlan, Strategy } from '../../src/core/model.js';
import { cloudDeploy } from '../../src/formats/cloud-deploy/index.js';
import { parseManifestText } from '../../src/formats/document.js';
import { openKruise } from '../../src/formats/openkruise.js';
import type { AdapterResult } from '../../src/formats/types.js';

/**
 * Real public manifests (see corpus/INDEX.tsv), judged against expectations written by hand from
 * the index and the files themselves, never from the adapters' own output.
 */
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

interface Expected {
  id: string;
  strategy: Strategy;
  /** Stage names (Cloud Deploy) or segments (Kruise replica counts, header matches); undefined when none. */
  labels: (string | undefined)[];
  weights: number[];
  holds: (number | 'manual')[];
  gates: GateKind[][];
  automatic: boolean;
  how: string[];
  bypasses: string[];
  delivers?: string;
  notes: string[];
}

const MANUAL_GCLOUD_ROLLBACK = ['manual `gcloud deploy targets rollback` only'];
const FIRST_DEPLOY =
  'canary phases are skipped on the first deployment to a target: the first release goes straight to 100%';

const CLOUD_DEPLOY: Record<string, Expected[]> = {
  // One stage (cr-prod), standard strategy with an analysis block (customChecks datadog-check);
  // no Automation, so no rollback; the Target is in the file and asks for no approval.
  'GoogleCloudPlatform__cloud-deploy-samples__analysis__datadog__configuration__clouddeploy.yaml': [
    {
      id: 'cloud-deploy:DeliveryPipeline:/my-pipeline/cr-prod',
      strategy: 'all-at-once',
      labels: ['stable'],
      weights: [100],
      holds: [0],
      gates: [['analysis']],
      automatic: false,
      how: MANUAL_GCLOUD_ROLLBACK,
      bypasses: [],
      notes: [],
    },
  ],
  // staging → prod, no strategy (standard): prod passes through staging, then 100% at once.
  'GoogleCloudPlatform__cloud-deploy-samples__basic-deploy__clouddeploy.yaml': [
    {
      id: 'cloud-deploy:DeliveryPipeline:/my-app-pipeline/staging',
      strategy: 'all-at-once',
      labels: ['stable'],
      weights: [100],
      holds: [0],
      gates: [[]],
      automatic: false,
      how: MANUAL_GCLOUD_ROLLBACK,
      bypasses: [],
      notes: [],
    },
    {
      id: 'cloud-deploy:DeliveryPipeline:/my-app-pipeline/prod',
      strategy: 'all-at-once',
      labels: ['staging', 'stable'],
      weights: [0, 100],
      holds: [0, 0],
      gates: [[], []],
      automatic: false,
      how: MANUAL_GCLOUD_ROLLBACK,
      bypasses: [],
      notes: [],
    },
  ],
  // Target (v1) before the v1beta1 pipeline; Cloud Run canary [50] with verify, then stable 100%.
  // No Automation: the canary phase waits for a manual advance and nothing rolls back.
  'GoogleCloudPlatform__cloud-deploy-samples__verify-evaluate-cloud-metrics__configuration__clouddeploy.yaml':
    [
      {
        id: 'cloud-deploy:DeliveryPipeline:/my-verify-pipeline/prod-target',
        strategy: 'canary',
        labels: ['canary-50', 'stable'],
        weights: [50, 100],
        holds: ['manual', 0],
        gates: [['analysis'], ['analysis']],
        automatic: false,
        how: MANUAL_GCLOUD_ROLLBACK,
        bypasses: [],
        notes: [
          FIRST_DEPLOY,
          'canary phases wait for a manual `gcloud deploy rollouts advance`: no advanceRolloutRule selects target prod-target',
        ],
      },
    ],
};

const OPENKRUISE: Record<string, Expected[]> = {
  // v1alpha1, objectRef.workloadRef; batches of 2 replicas then 50%, no traffic routing, disabled: false.
  // The steps set no pause, which Kruise reads as `pause: {}`: each batch waits for an approval.
  'openkruise__rollouts__test__e2e__test_data__rollout__rollout_disabled.yaml': [
    {
      id: 'openkruise:Rollout:default/rollouts-demo',
      strategy: 'canary',
      labels: ['2 replicas', undefined, undefined],
      weights: [0, 50, 100],
      holds: ['manual', 'manual', 0],
      gates: [[], [], []],
      automatic: false,
      how: ['manual rollback only'],
      bypasses: [],
      delivers: 'workload-demo',
      notes: [
        'weights approximate replica counts: no trafficRoutings',
        'steps[0], steps[1] have no pause: Kruise waits for a manual approval (kubectl-kruise rollout approve) after each of them',
        "steps[0] sets a number of replicas, not a share: the share of traffic depends on the workload's replica count, which the Rollout does not hold",
      ],
    },
  ],
};

function summarise(plan: RolloutPlan): Expected {
  return {
    id: plan.id,
    strategy: plan.strategy,
    labels: plan.stages.map((stage) => stage.name ?? stage.segment),
    weights: plan.stages.map((stage) => stage.weight),
    holds: plan.stages.map((stage) => stage.hold),
    gates: plan.stages.map((stage) => stage.gates.map((gate) => gate.kind)),
    automatic: plan.rollback.automatic,
    how: plan.rollback.how,
    bypasses: plan.bypasses.map((bypass) => bypass.field),
    ...(plan.delivers ? { delivers: plan.delivers.name } : {}),
    notes: plan.notes,
  };
}

function judge(folder: string, file: string): AdapterResult {
  const parsed = parseManifestText(readFileSync(`${CORPUS}${folder}/${file}`, 'utf8'), file);
  expect(parsed.diagnostics).toEqual([]);
  if (folder === 'cloud-deploy') {
    const docs = parsed.documents.filter((doc) => cloudDeploy.detect(doc));
    expect(docs).toHaveLength(parsed.documents.length);
    if (!cloudDeploy.combine) throw new Error('cloud-deploy reads whole files: combine is missing');
    return cloudDeploy.combine(docs);
  }
  const results = parsed.documents
    .filter((doc) => openKruise.detect(doc))
    .map((doc) => openKruise.toPlans(doc));
  return {
    plans: results.flatMap((result) => result.plans),
    diagnostics: results.flatMap((result) => result.diagnostics),
  };
}

describe.skipIf(!existsSync(CORPUS))(
  'corpus conformance: Cloud Deploy and OpenKruise (skipped: ../shared/corpus is absent)',
  () => {
    describe.each([
      ['cloud-deploy', CLOUD_DEPLOY],
      ['openkruise-rollout', OPENKRUISE],
    ] as const)('%s', (folder, table) => {
      it('has an expectation for every file in the folder', () => {
        expect(readdirSync(`${CORPUS}${folder}`).sort()).toEqual(Object.keys(table).sort());
      });

      it.each(Object.entries(table))('%s', (file, expected) => {
        const { plans, diagnostics } = judge(folder, file);
        expect(diagnostics).toEqual([]);
        expect(plans.map(summarise)).toEqual(expected);
      });
    });
  },
);
