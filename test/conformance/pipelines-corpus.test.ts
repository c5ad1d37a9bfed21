import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, RolloutPlan } from '../../src/core/model.js';
import { azurePipelines } from '../../src/formats/azure-pipelines.js';
import { parseManifestText } from '../../src/formats/document.js';
import { githubActions } from '../../src/formats/github-actions.js';
import { spinnaker } from '../../src/formats/spinnaker.js';
import type { FormatAdapter } from '../../src/formats/types.js';

// The corpus is checked out beside the repository (../shared/corpus), not inside it.
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const INDEX = `${CORPUS}INDEX.tsv`;

const ADAPTERS: Record<string, FormatAdapter> = {
  spinnaker,
  'azure-pipelines': azurePipelines,
  'github-actions': githubActions,
};

interface ExpectedPlan {
  strategy: RolloutPlan['strategy'];
  target: RolloutPlan['target'];
  weights: number[];
  holds: (number | 'manual')[];
  /** Gate kinds of each stage, in order; an effective:false gate is written `kind?`. */
  gates: string[][];
  automaticRollback: boolean;
  /** Segment of each stage that has one, by stage index. */
  segments?: Record<number, string>;
  bypasses?: string[];
  /** Text that some note must contain. */
  notes?: string[];
}

/** Detected, but its deployments are generated: no plan, one MANIFEST_UNSUPPORTED that says why. */
interface Generated {
  generated: string[];
}

type Expectation = ExpectedPlan | Generated;

/**
 * Written by hand from INDEX.tsv's canary_and_rollback_summary and tricky_aspects (and, where the
 * summary leaves a hold or gate implicit, from the file), never from the adapters' output.
 */
const EXPECTED: Record<string, Expectation> = {
  // "Deploy canary+baseline → manualJudgment (continuePipeline true) → production pipeline if judgment SUCCEEDED →
  //  delete canary/baseline." Tricky: "Human gate instead of metrics; judgment failure does not fail pipeline."
  // The production stage's stageEnabled checks the judgment, so the judgment still holds production; the
  // deletes are cleanup after the judgment, not a rollback.
  'spinnaker/spinnaker__spinnaker__examples__solutions__kayenta__pipelines__canary-deploy.json': {
    strategy: 'canary',
    target: { kind: 'Pipeline', name: 'Canary Deploy' },
    weights: [0, 100],
    holds: ['manual', 0],
    gates: [['approval'], []],
    automaticRollback: false,
    segments: { 0: 'canary server group' },
    notes: ['continuePipeline: true', 'runs another pipeline'],
  },
  // "Two deployManifest stages only — no canary, no judgment, no rollback." Tricky: "Skip example."
  'spinnaker/spinnaker__spinnaker__examples__solutions__kayenta__pipelines__simple-deploy.json': {
    strategy: 'all-at-once',
    target: { kind: 'Pipeline', name: 'Simple deploy' },
    weights: [100],
    holds: [0],
    gates: [[]],
    automaticRollback: false,
  },
  // "runOnce jobs: KubernetesManifest@1 deploy strategy canary percentage 25 → PromoteRejectCanary stage on
  //  environment akspromote (any approval is configured in the UI) → RejectCanary stage only on condition
  //  failed(); no metric/test step between deploy and promote."
  'azure-pipelines/agilesolutions__azure-pipelines-canary-k8s__canary-deployment.yml': {
    strategy: 'canary',
    target: { kind: 'Environment', name: 'akscanary' },
    weights: [25, 100],
    holds: [0, 0],
    gates: [[], []],
    automaticRollback: true,
    notes: [
      'approvals and checks on environment akspromote are configured in Azure DevOps, not in this file',
    ],
  },
  // "Stages generated per partition value [30, 50, 100] via ${{ each }} ... failhandling stage runs HelmDeploy
  //  rollback". Tricky: "Template expansion hides the stages; every deploy stage dependsOn only Build, so the
  //  30/50/100% stages are not sequenced". The deployment jobs live in templates/helm-deploy.yml.
  'azure-pipelines/DongkunChen97__azure-pipelines-canary-k8s__azure-pipelines.yml': {
    generated: ['templates/helm-deploy.yml', 'not sequenced', 'judge the expanded pipeline'],
  },
  // "azure/k8s-deploy canary 20% (pod split) → job with environment akspromotion (approval in settings) →
  //  promote; reject step if failure()." Tricky: "Reject step is unreachable when approval is denied (job
  //  skipped); approvals not visible in YAML."
  'github-actions/Azure-Samples__aks-bluegreen-canary__.github__workflows__canary.yml': {
    strategy: 'canary',
    target: { kind: 'Environment', name: 'akspromotion' },
    weights: [20, 100],
    holds: [0, 0],
    gates: [[], []],
    automaticRollback: false,
    notes: [
      'required reviewers on environment akspromotion are repository settings, not visible in the workflow',
      'share of pods',
    ],
  },
};

interface IndexRow {
  /** corpus file, `<format>/<name>` */
  file: string;
  /** the file's path in its repository */
  path: string;
}

function pipelineRows(): IndexRow[] {
  return readFileSync(INDEX, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter(([file]) => Object.keys(ADAPTERS).some((format) => file?.startsWith(`${format}/`)))
    .map(([file, , repoPath]) => ({ file: file ?? '', path: repoPath ?? '' }));
}

function readCorpusFile(row: IndexRow) {
  const adapter = ADAPTERS[row.file.split('/')[0] ?? ''] as FormatAdapter;
  // The repository path, so that a workflow is under .github/workflows/ as it is on GitHub.
  const parsed = parseManifestText(readFileSync(`${CORPUS}${row.file}`, 'utf8'), row.path);
  const detected = parsed.documents.filter((doc) => adapter.detect(doc));
  const results = detected.map((doc) => adapter.toPlans(doc));
  return {
    parsed,
    detected,
    plans: results.flatMap((r) => r.plans),
    diagnostics: results.flatMap((r): Diagnostic[] => r.diagnostics),
  };
}

const gateKinds = (plan: RolloutPlan) =>
  plan.stages.map((stage) => stage.gates.map((gate) => `${gate.kind}${gate.effective ? '' : '?'}`));

describe.skipIf(!existsSync(INDEX))(
  'Spinnaker, Azure Pipelines and GitHub Actions corpus conformance (skipped: ../shared/corpus is not checked out beside the repository)',
  () => {
    it('has an expectation for every spinnaker, azure-pipelines and github-actions row of INDEX.tsv', () => {
      const files = pipelineRows().map((row) => row.file);
      expect(files.length).toBeGreaterThan(0);
      expect([...files].sort()).toEqual(Object.keys(EXPECTED).sort());
    });

    it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
      const row = pipelineRows().find((r) => r.file === file) as IndexRow;
      const { parsed, detected, plans, diagnostics } = readCorpusFile(row);
      expect(parsed.diagnostics).toEqual([]);
      expect(detected).toHaveLength(1);

      if ('generated' in expected) {
        expect(plans).toEqual([]);
        expect(diagnostics.map((d) => d.code)).toEqual(['MANIFEST_UNSUPPORTED']);
        for (const text of expected.generated) expect(diagnostics[0]?.message).toContain(text);
        return;
      }
      expect(diagnostics).toEqual([]);
      expect(plans).toHaveLength(1);
      const plan = plans[0] as RolloutPlan;
      expect(plan.strategy).toBe(expected.strategy);
      expect(plan.target).toEqual(expected.target);
      expect(plan.stages.map((s) => s.weight)).toEqual(expected.weights);
      expect(plan.stages.map((s) => s.hold)).toEqual(expected.holds);
      expect(gateKinds(plan)).toEqual(expected.gates);
      expect(plan.rollback.automatic).toBe(expected.automaticRollback);
      expect(plan.rollback.how.length).toBeGreaterThan(0);
      const segments = Object.fromEntries(
        plan.stages.flatMap((s, index) => (s.segment === undefined ? [] : [[index, s.segment]])),
      );
      expect(segments).toEqual(expected.segments ?? {});
      expect(plan.bypasses.map((b) => b.field)).toEqual(expected.bypasses ?? []);
      for (const text of expected.notes ?? []) {
        expect(
          plan.notes.some((note) => note.includes(text)),
          text,
        ).toBe(true);
      }
      for (const stage of plan.stages) expect(stage.line).toBeGreaterThan(1);
    });

    it('explains why the Azure-Samples reject step does not count as a rollback', () => {
      const row = pipelineRows().find((r) => r.file.startsWith('github-actions/Azure-Samples')) as IndexRow;
      const plan = readCorpusFile(row).plans[0];
      expect(plan?.rollback.how.join(' ')).toContain(
        'a denied approval on environment akspromotion skips it',
      );
    });
  },
);
