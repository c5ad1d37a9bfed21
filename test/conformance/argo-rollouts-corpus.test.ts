import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/core/model.js';
import { argoRollouts } from '../../src/formats/argo-rollouts/index.js';
import { parseManifestText } from '../../src/formats/document.js';

// The corpus is checked out beside the repository (../shared/corpus), not inside it.
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const INDEX = `${CORPUS}INDEX.tsv`;

interface Expected {
  strategy: RolloutPlan['strategy'];
  weights: number[];
  /** Hold of each stage, in order. */
  holds: (number | 'manual')[];
  automaticRollback: boolean;
  /** Weights whose stage carries an effective gate. Default: none. */
  gatedWeights?: number[];
  /** Names of the background analyses. Default: none. */
  background?: string[];
  /** Segment of each stage that has one, by stage index. */
  segments?: Record<number, string>;
}

type Expectation = Expected | 'templated';

/**
 * Written by hand from INDEX.tsv's canary_and_rollback_summary (and, where the summary leaves a
 * hold or gate implicit, from the file), never from the adapter's output.
 */
const EXPECTED: Record<string, Expectation> = {
  // "Canary: setWeight 20 → pause{} (manual gate) → 40/40s → 60/20s → 80/20s → implicit 100. No analysis"
  'argoproj__argo-rollouts__examples__rollout-canary.yaml': {
    strategy: 'canary',
    weights: [20, 40, 60, 80, 100],
    holds: ['manual', 40, 20, 20, 0],
    automaticRollback: false,
  },
  // "Canary: setWeight 25 → inline analysis (random-fail + always-pass clusterScope) → implicit 100%. Analysis failure aborts"
  'argoproj__argo-rollouts__examples__rollout-analysis-step.yaml': {
    strategy: 'canary',
    weights: [25, 100],
    holds: [0, 0],
    automaticRollback: true,
    gatedWeights: [25],
  },
  // "Canary: setWeight 25 → pause{}; background analysis random-fail for the whole update; failure aborts."
  'argoproj__argo-rollouts__examples__rollout-background-analysis.yaml': {
    strategy: 'canary',
    weights: [25, 100],
    holds: ['manual', 0],
    automaticRollback: true,
    background: ['random-fail'],
  },
  // "canary with NO steps (maxSurge 1 / maxUnavailable 1) ⇒ plain rolling update; no gates, no rollback."
  'argoproj__argo-rollouts__examples__rollout-rolling-update.yaml': {
    strategy: 'rolling',
    weights: [100],
    holds: [0],
    automaticRollback: false,
  },
  // "Canary: setWeight 25 → experiment (canary specRef) with analysis random-fail; experiment failure aborts; then implicit 100%."
  'argoproj__argo-rollouts__examples__rollout-experiment-step.yaml': {
    strategy: 'canary',
    weights: [25, 100],
    holds: [0, 0],
    automaticRollback: true,
    gatedWeights: [25],
  },
  // "Canary: setWeight 20 → pause 10s → implicit 100. No analysis."
  'argoproj__argo-rollouts__examples__workload-ref__workload-ref.yaml': {
    strategy: 'canary',
    weights: [20, 100],
    holds: [10, 0],
    automaticRollback: false,
  },
  // "BlueGreen with autoPromotionEnabled: false (manual promotion gate); no pre/post analysis ⇒ no auto rollback"
  'argoproj__argo-rollouts__examples__rollout-bluegreen.yaml': {
    strategy: 'blue-green',
    weights: [0, 100],
    holds: ['manual', 0],
    automaticRollback: false,
  },
  // "Helm-templated ({{ template }}, {{ toYaml }}); not valid YAML until rendered"
  'argoproj__argo-rollouts__examples__helm-blue-green__templates__rollout.yaml': 'templated',
  // "Canary with Istio subset-level trafficRouting: setWeight 10 → pause{}; no analysis."
  'argoproj__argo-rollouts__examples__istio__istio-subset-split.yaml': {
    strategy: 'canary',
    weights: [10, 100],
    holds: ['manual', 0],
    automaticRollback: false,
  },
  // "Canary with ALB trafficRouting: setWeight 10 → experiment with weight 20 → implicit 100. No analysis."
  'argoproj__argo-rollouts__examples__traffic-routing-experiment-step__rollout-alb-experiment-step.yaml': {
    strategy: 'canary',
    // The experiment's canary-spec template takes 20% beside the canary's 10% (trafficrouting.go).
    weights: [10, 30, 100],
    holds: [0, 0, 0],
    automaticRollback: false,
  },
  // "apiVersion AND kind templated from values ⇒ cannot detect as Rollout statically"
  'yapily__helm-charts__charts__base__templates___argoRollouts.tpl': 'templated',
  // "Canary: 40 → pause{} → 60/10 → 80/10; background analysis success-rate (failure aborts)."
  'argoproj__rollouts-demo__examples__analysis__rollout-with-analysis.yaml': {
    strategy: 'canary',
    weights: [40, 60, 80, 100],
    holds: ['manual', 10, 10, 0],
    automaticRollback: true,
    background: ['success-rate'],
  },
  // "Canary steps = single experiment (60s preview stack + http-benchmark analysis); no setWeight; failed experiment aborts."
  'argoproj__rollouts-demo__examples__preview-testing__preview-testing.yaml': {
    strategy: 'canary',
    weights: [0, 100],
    holds: [60, 0],
    automaticRollback: true,
    gatedWeights: [0],
  },
  // "Canary steps from helper; steps block omitted entirely when .Values.rollout.autoPromote == true" (Helm)
  'mosavani__hippo_k8s-service__hippo-service__templates__rollout.yaml': 'templated',
  // "pause{} → setCanaryScale replicas 1 → setHeaderRoute X-Test=test → pause{} → remove header route → implicit 100.
  //  No setWeight, no analysis."
  'argoproj-labs__rollouts-plugin-trafficrouter-gatewayapi__examples__linkerd-header-based__rollout.yaml': {
    strategy: 'canary',
    weights: [0, 0, 100],
    holds: ['manual', 'manual', 0],
    automaticRollback: false,
    segments: { 1: 'header X-Test=test' },
  },
  // INDEX.tsv says "Canary setWeight 50 → pause{} → implicit 100; no analysis" with a COMMIT_SHA placeholder, but
  // the stored file has `pause: {duration: 2m}`, a background analysis `error-rate` (startingStep 1) and an
  // `___VERSION___` placeholder inside a plain string, so it parses. This row follows the file.
  'maxday__account-api__k8s__rollout.yaml.tpl': {
    strategy: 'canary',
    weights: [50, 100],
    holds: [120, 0],
    automaticRollback: true,
    background: ['error-rate'],
  },
  // "Canary 25 → pause{} → 75 → pause{}; dynamicStableScale true, abortScaleDownDelaySeconds 10; ALB routing; no analysis."
  'argoproj__argo-rollouts__test__e2e__functional__canary-dynamic-stable-scale-abort-delay.yaml': {
    strategy: 'canary',
    weights: [25, 75, 100],
    holds: ['manual', 'manual', 0],
    automaticRollback: false,
  },
};

interface IndexRow {
  name: string;
  format: string;
}

function argoRows(): IndexRow[] {
  return readFileSync(INDEX, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter(([file]) => file?.startsWith('argo-rollouts/'))
    .map(([file, , , , format]) => ({
      name: (file ?? '').slice('argo-rollouts/'.length),
      format: format ?? '',
    }));
}

function readCorpusFile(name: string) {
  const file = `argo-rollouts/${name}`;
  const parsed = parseManifestText(readFileSync(`${CORPUS}${file}`, 'utf8'), file);
  const results = parsed.documents
    .filter((doc) => argoRollouts.detect(doc))
    .map((doc) => argoRollouts.toPlans(doc));
  return {
    parsed,
    plans: results.flatMap((r) => r.plans),
    diagnostics: results.flatMap((r) => r.diagnostics),
  };
}

describe.skipIf(!existsSync(INDEX))(
  'Argo Rollouts corpus conformance (skipped: ../shared/corpus is not checked out beside the repository)',
  () => {
    it('has an expectation for every "argo-rollouts Rollout" row of INDEX.tsv, and for no other file', () => {
      const rolloutRows = argoRows()
        .filter((row) => row.format.startsWith('argo-rollouts Rollout'))
        .map((row) => row.name);
      expect(rolloutRows.length).toBeGreaterThan(0);
      expect([...rolloutRows].sort()).toEqual(Object.keys(EXPECTED).sort());
    });

    it.each(Object.entries(EXPECTED))('%s', (name, expected) => {
      const { parsed, plans, diagnostics } = readCorpusFile(name);
      if (expected === 'templated') {
        expect(parsed.templated).toBe(true);
        expect(parsed.diagnostics.map((d) => d.code)).toContain('MANIFEST_TEMPLATED');
        expect(plans).toEqual([]);
        return;
      }
      expect(parsed.diagnostics).toEqual([]);
      expect(diagnostics).toEqual([]);
      expect(plans).toHaveLength(1);
      const plan = plans[0] as RolloutPlan;
      expect(plan.strategy).toBe(expected.strategy);
      expect(plan.stages.map((s) => s.weight)).toEqual(expected.weights);
      expect(plan.stages.map((s) => s.hold)).toEqual(expected.holds);
      expect(plan.rollback.automatic).toBe(expected.automaticRollback);
      if (!expected.automaticRollback) expect(plan.rollback.how).toEqual(['manual abort only']);
      expect(plan.stages.filter((s) => s.gates.some((g) => g.effective)).map((s) => s.weight)).toEqual(
        expected.gatedWeights ?? [],
      );
      expect(plan.backgroundGates.map((g) => g.name)).toEqual(expected.background ?? []);
      const segments = Object.fromEntries(
        plan.stages.flatMap((s, index) => (s.segment === undefined ? [] : [[index, s.segment]])),
      );
      expect(segments).toEqual(expected.segments ?? {});
      for (const stage of plan.stages) expect(stage.line).toBeGreaterThan(1);
    });

    it('yields no plan and no diagnostic for the other argo-rollouts files (AnalysisTemplates, Helm helpers, values)', () => {
      const others = argoRows().filter((row) => !row.format.startsWith('argo-rollouts Rollout'));
      expect(others.length).toBeGreaterThan(0);
      for (const row of others) {
        const { plans, diagnostics } = readCorpusFile(row.name);
        expect(plans, row.name).toEqual([]);
        expect(diagnostics, row.name).toEqual([]);
      }
    });

    it('every AnalysisTemplate in the corpus is detected as Argo Rollouts', () => {
      const templates = argoRows().filter((row) => row.format.startsWith('argo-rollouts AnalysisTemplate'));
      expect(templates.length).toBeGreaterThan(0);
      for (const row of templates) {
        const { parsed } = readCorpusFile(row.name);
        expect(parsed.documents.length, row.name).toBeGreaterThan(0);
        expect(
          parsed.documents.every((doc) => argoRollouts.detect(doc)),
          row.name,
        ).toBe(true);
      }
    });
  },
);
