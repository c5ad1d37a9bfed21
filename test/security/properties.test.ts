/**
 * Property-based tests (fast-check) of the whole judgement: random Argo Rollouts and Flagger
 * Canaries, written as YAML, and random policies within the schema, through `checkChange`; random
 * plans straight into `evaluate`.
 *
 * - Totality: nothing crashes, and every run ends in a verdict that agrees with its findings.
 * - Monotonicity: weakening a rollout (removing a stage, shortening a hold) never makes it pass,
 *   and, compared with its base, is always a canary/regression; strengthening a hold (longer, or a
 *   manual gate) never is one.
 * - Invariance: key order, comments, CRLF line endings and a byte order mark change nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { evaluate } from '../../src/core/evaluate.js';
import type { PlanInput } from '../../src/core/evaluate.js';
import type {
  ChangedFile,
  Gate,
  GateKind,
  Report,
  RolloutPlan,
  Stage,
  Strategy,
} from '../../src/core/model.js';
import { parsePolicy, policySchema } from '../../src/core/policy.js';
import type { Policy } from '../../src/core/policy.js';
import { checkChange } from '../../src/pipeline/index.js';
import { basicCanaryPods } from '../../src/formats/argo-rollouts/canary.js';

const RUNS = { numRuns: Number(process.env.RG_RUNS ?? 100) };
const POLICY_PATH = '.github/rollout-guard.yml';
const FILE = 'deploy/app/rollout.yaml';
const BODY =
  '## Test evidence\n\nhttps://github.com/acme/app/actions/runs/1\n\n## Rollback plan\n\nRevert the pull request and let Argo CD sync the previous image.\n';
const NOW = new Date('2026-11-29T12:00:00Z');

// ---------------------------------------------------------------------------------------------
// Policies within the schema

const RULE_IDS = (policySchema() as { definitions: { ruleId: { enum: string[] } } }).definitions.ruleId.enum;
const STRATEGIES: Strategy[] = ['canary', 'linear', 'ab-test', 'blue-green', 'rolling', 'all-at-once'];
const LEVELS = ['error', 'warning', 'notice', 'off'] as const;

const canaryRulesArb = fc.record(
  {
    required: fc.boolean(),
    strategies: fc.subarray(STRATEGIES, { minLength: 1 }),
    minStages: fc.integer({ min: 0, max: 5 }),
    maxInitialWeight: fc.integer({ min: 0, max: 100 }),
    maxStepIncrease: fc.integer({ min: 1, max: 100 }),
    minHold: fc.constantFrom('0s', '30s', '5m', '10m', '1h', 600),
    gateCountsAsHold: fc.boolean(),
    requireAnalysis: fc.boolean(),
    noRegression: fc.boolean(),
    protectDeletion: fc.boolean(),
  },
  { requiredKeys: [] },
);

const environmentRulesArb = fc.record(
  {
    canary: canaryRulesArb,
    rollback: fc.constantFrom('automatic', 'documented', 'automatic-or-documented', 'none'),
    evidence: fc.record({ required: fc.boolean() }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

const environmentArb = fc.record({
  name: fc.constantFrom('production', 'staging', 'dev'),
  match: fc.oneof(
    fc.record({ namespaces: fc.constantFrom(['prod'], ['prod-*', 'shop']) }),
    fc.record({ paths: fc.constantFrom(['deploy/**'], ['other/**']) }),
    fc.record({ targets: fc.constantFrom(['web', '*-prod'], ['api']) }),
  ),
  canary: canaryRulesArb,
});

const policyFileArb = fc.record(
  {
    version: fc.constant(1),
    defaults: environmentRulesArb,
    environments: fc.uniqueArray(environmentArb, { maxLength: 2, selector: (e) => e.name }),
    rules: fc.dictionary(fc.constantFrom(...RULE_IDS), fc.constantFrom(...LEVELS), { maxKeys: 4 }),
  },
  { requiredKeys: ['version'] },
);

function toPolicy(file: unknown): Policy {
  const result = parsePolicy(stringify(file), POLICY_PATH, `${POLICY_PATH}@base`);
  if (!result.ok) throw new Error(`the generator made an invalid policy: ${JSON.stringify(result.errors)}`);
  return result.policy;
}

const policyArb = policyFileArb.map(toPolicy);

// ---------------------------------------------------------------------------------------------
// Manifests

interface StageModel {
  weight: number;
  /** Seconds; 0 writes no pause step, 'manual' an indefinite pause. */
  hold: number | 'manual';
  analysis: boolean;
}

/** 1–6 canary stages with strictly increasing weights below 100, each with a hold and maybe an analysis. */
const stagesArb = fc
  .array(
    fc.record({
      weight: fc.integer({ min: 1, max: 99 }),
      hold: fc.oneof(fc.constant(0), fc.constant('manual' as const), fc.integer({ min: 1, max: 7200 })),
      analysis: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((stages) =>
    [...new Map(stages.map((s) => [s.weight, s])).values()].sort((a, b) => a.weight - b.weight),
  );

interface ArgoModel {
  name: string;
  namespace: string;
  stages: StageModel[];
  background: 'none' | 'effective' | 'dry-run';
  trafficRouting: boolean;
  progressDeadlineAbort: boolean;
}

const argoArb: fc.Arbitrary<ArgoModel> = fc.record({
  name: fc.constantFrom('web', 'api', 'checkout-prod'),
  namespace: fc.constantFrom('shop', 'prod', 'prod-eu'),
  stages: stagesArb,
  background: fc.constantFrom('none', 'effective', 'dry-run'),
  trafficRouting: fc.boolean(),
  progressDeadlineAbort: fc.boolean(),
});

function argoSteps(stages: StageModel[]): unknown[] {
  return stages.flatMap((stage) => [
    { setWeight: stage.weight },
    ...(stage.analysis ? [{ analysis: { templates: [{ templateName: 'success-rate' }] } }] : []),
    ...(stage.hold === 'manual'
      ? [{ pause: {} }]
      : stage.hold > 0
        ? [{ pause: { duration: `${stage.hold}s` } }]
        : []),
  ]);
}

function argoObject(model: ArgoModel): Record<string, unknown> {
  const canary: Record<string, unknown> = {
    canaryService: `${model.name}-canary`,
    steps: argoSteps(model.stages),
  };
  if (model.trafficRouting) canary.trafficRouting = { nginx: { stableIngress: model.name } };
  if (model.background !== 'none') {
    canary.analysis = {
      templates: [{ templateName: 'error-rate' }],
      ...(model.background === 'dry-run' ? { dryRun: [{ metricName: '.*' }] } : {}),
    };
  }
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Rollout',
    metadata: { name: model.name, namespace: model.namespace },
    spec: {
      replicas: 4,
      ...(model.progressDeadlineAbort ? { progressDeadlineAbort: true } : {}),
      selector: { matchLabels: { app: model.name } },
      template: { spec: { containers: [{ name: model.name, image: `registry.example/${model.name}:2` }] } },
      strategy: { canary },
    },
  };
}

const flaggerArb = fc.record({
  name: fc.constantFrom('web', 'api'),
  namespace: fc.constantFrom('shop', 'prod'),
  skipAnalysis: fc.option(fc.boolean(), { nil: undefined }),
  suspend: fc.option(fc.boolean(), { nil: undefined }),
  hasAnalysis: fc.boolean(),
  interval: fc.constantFrom('30s', '1m', '5m', '10m'),
  threshold: fc.integer({ min: 1, max: 10 }),
  weights: fc.oneof(
    fc.record({ stepWeight: fc.integer({ min: 1, max: 100 }), maxWeight: fc.integer({ min: 1, max: 100 }) }),
    fc.record({
      stepWeights: fc
        .uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 })
        .map((w) => w.sort((a, b) => a - b)),
    }),
    fc.record({
      iterations: fc.integer({ min: 1, max: 20 }),
      match: fc.constant([{ headers: { 'x-canary': { exact: 'insider' } } }]),
    }),
  ),
  metrics: fc.subarray(['request-success-rate', 'request-duration']),
  webhooks: fc.subarray(['pre-rollout', 'rollout', 'confirm-rollout', 'confirm-promotion', 'post-rollout']),
});

type FlaggerModel = typeof flaggerArb extends fc.Arbitrary<infer T> ? T : never;

function flaggerObject(model: FlaggerModel) {
  const spec: Record<string, unknown> = {
    targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: model.name },
    service: { port: 8080 },
  };
  if (model.skipAnalysis !== undefined) spec.skipAnalysis = model.skipAnalysis;
  if (model.suspend !== undefined) spec.suspend = model.suspend;
  if (model.hasAnalysis) {
    spec.analysis = {
      interval: model.interval,
      threshold: model.threshold,
      ...model.weights,
      metrics: model.metrics.map((name) => ({ name, interval: '1m', thresholdRange: { min: 99 } })),
      webhooks: model.webhooks.map((type) => ({ name: `${type}-hook`, type, url: 'http://tester.shop/' })),
    };
  }
  return {
    apiVersion: 'flagger.app/v1beta1',
    kind: 'Canary',
    metadata: { name: model.name, namespace: model.namespace },
    spec,
  };
}

/** Replaces the value at a path chosen by `picks` (each pick selects a child) with `value`. */
function withNoise(object: unknown, picks: number[], value: unknown): unknown {
  const copy = structuredClone(object) as Record<string, unknown>;
  let node: Record<string, unknown> | unknown[] = copy;
  for (const [depth, pick] of picks.entries()) {
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[pick % keys.length] as string & number;
    const child: unknown = (node as Record<string, unknown>)[key];
    if (depth === picks.length - 1 || child === null || typeof child !== 'object') {
      (node as Record<string, unknown>)[key] = value;
      break;
    }
    node = child as Record<string, unknown>;
  }
  return copy;
}

const manifestObjectArb = fc.oneof(argoArb.map(argoObject), flaggerArb.map(flaggerObject));
const noisyObjectArb = fc
  .tuple(manifestObjectArb, fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), fc.jsonValue({ maxDepth: 3 }))
  .map(([object, picks, value]) => withNoise(object, picks, value));

const yamlOf = (object: unknown) => stringify(object, { lineWidth: 0 });

// ---------------------------------------------------------------------------------------------
// Running a change

function judge(head: string | undefined, policy: Policy, base?: string): Report {
  const file: ChangedFile =
    base === undefined
      ? { status: 'added', path: FILE, head: { kind: 'text', text: head ?? '' } }
      : head === undefined
        ? { status: 'removed', path: FILE, base: { kind: 'text', text: base } }
        : {
            status: 'modified',
            path: FILE,
            base: { kind: 'text', text: base },
            head: { kind: 'text', text: head },
          };
  return checkChange({
    changeSet: {
      base: 'b'.repeat(40),
      head: 'h'.repeat(40),
      files: [file],
      context: [],
      pullRequest: { body: BODY, labels: [] },
    },
    policy,
    policyPath: POLICY_PATH,
    now: NOW,
  });
}

/** A report's own consistency: the verdict follows the findings, the counts add up. */
function expectWellFormed(report: Report): void {
  const errors = report.findings.filter((f) => f.level === 'error').length;
  expect(report.verdict).toBe(errors > 0 ? 'fail' : 'pass');
  expect(report.summary.errors).toBe(errors);
  expect(report.summary.warnings).toBe(report.findings.filter((f) => f.level === 'warning').length);
  expect(report.summary.plans).toBe(report.plans.length);
  for (const finding of report.findings) {
    expect(RULE_IDS).toContain(finding.rule);
    expect(['error', 'warning', 'notice']).toContain(finding.level);
    expect(finding.message.length).toBeGreaterThan(0);
  }
}

describe('totality: nothing crashes, every run ends in a verdict', () => {
  it('random Argo Rollouts and Flagger Canaries, some with a random value at a random path, under random policies', () => {
    fc.assert(
      fc.property(
        noisyObjectArb,
        fc.option(manifestObjectArb, { nil: undefined }),
        policyArb,
        (head, base, policy) => {
          expectWellFormed(judge(yamlOf(head), policy, base === undefined ? undefined : yamlOf(base)));
          if (base !== undefined) expectWellFormed(judge(undefined, policy, yamlOf(base)));
        },
      ),
      RUNS,
    );
  });

  it('random text where a manifest should be', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), policyArb, (text, policy) => {
        expectWellFormed(judge(`apiVersion: argoproj.io/v1alpha1\nkind: Rollout\n${text}`, policy));
      }),
      RUNS,
    );
  });

  const gateArb: fc.Arbitrary<Gate> = fc.record({
    kind: fc.constantFrom<GateKind>('analysis', 'approval', 'metric-check', 'webhook'),
    line: fc.integer({ min: 1, max: 500 }),
    effective: fc.boolean(),
  });
  const stageArb: fc.Arbitrary<Stage> = fc.record(
    {
      weight: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
      hold: fc.oneof(fc.constant('manual' as const), fc.integer({ min: 0, max: 86_400 })),
      gates: fc.array(gateArb, { maxLength: 3 }),
      line: fc.integer({ min: 1, max: 500 }),
      name: fc.constantFrom('canary', 'early-adopters', 'all'),
      segment: fc.constantFrom('header X-Beta=1', 'cookie beta'),
    },
    { requiredKeys: ['weight', 'hold', 'gates', 'line'] },
  );
  const planArb: fc.Arbitrary<RolloutPlan> = fc.record({
    id: fc.constantFrom(
      'argo-rollouts:Rollout:shop/web',
      'flagger:Canary:shop/web',
      'native:RolloutPlan:/flags',
    ),
    format: fc.constantFrom('argo-rollouts', 'flagger', 'native', 'kubernetes'),
    file: fc.constantFrom(FILE, 'deploy/prod/web.yaml', 'flags/plan.yaml'),
    line: fc.integer({ min: 1, max: 50 }),
    target: fc.record({
      kind: fc.constantFrom('Rollout', 'Canary'),
      name: fc.constantFrom('web', 'api-prod'),
      namespace: fc.constantFrom('shop', 'prod'),
    }),
    strategy: fc.constantFrom(...STRATEGIES),
    stages: fc.array(stageArb, { maxLength: 6 }),
    backgroundGates: fc.array(gateArb, { maxLength: 2 }),
    rollback: fc.record({ automatic: fc.boolean(), how: fc.constant(['manual abort only']) }),
    bypasses: fc.array(
      fc.record({
        field: fc.constantFrom('spec.skipAnalysis', 'spec.suspend'),
        reason: fc.constant('skips'),
        line: fc.nat(100),
      }),
      { maxLength: 2 },
    ),
    notes: fc.constant([]),
  });
  const planInputArb: fc.Arbitrary<PlanInput> = fc.oneof(
    planArb.map((plan) => ({ plan, change: 'added' as const })),
    planArb.map((plan) => ({ plan, change: 'removed' as const })),
    fc.tuple(planArb, planArb).map(([plan, basePlan]) => ({
      plan,
      basePlan: { ...basePlan, id: plan.id },
      change: 'modified' as const,
    })),
  );

  it('random plans, pull request text and check runs straight into evaluate', () => {
    fc.assert(
      fc.property(
        fc.array(planInputArb, { maxLength: 3 }),
        policyArb,
        fc.string({ maxLength: 300 }),
        fc.option(
          fc.array(
            fc.record({
              name: fc.constantFrom('tests', 'rollout-guard'),
              conclusion: fc.constantFrom('success', 'neutral', null),
              headSha: fc.constantFrom('h'.repeat(40), 'o'.repeat(40)),
            }),
            { maxLength: 3 },
          ),
          { nil: undefined },
        ),
        (plans, policy, body, checks) => {
          const report = evaluate({
            policy,
            policyPath: POLICY_PATH,
            now: NOW,
            base: 'b'.repeat(40),
            head: 'h'.repeat(40),
            plans,
            diagnostics: [],
            changedFiles: plans.map((p) => ({
              path: p.plan.file,
              status: p.change === 'removed' ? 'removed' : 'modified',
            })),
            pullRequest: { body, labels: [] },
            ...(checks ? { checks } : {}),
          });
          expectWellFormed(report);
          expect(report.plans).toHaveLength(plans.length);
        },
      ),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Monotonicity
//
// The claim, stated so that it is true of a sound gate: take a rollout whose stages raise traffic
// step by step (strictly increasing weights below 100). Weaken it by
//   (a) shortening one stage's hold, or
//   (b) removing one stage that bakes — it holds for the policy's minimum, waits for a person, or
//       (where the policy lets a gate count as the bake) has an analysis.
// Then a failing plan still fails, and every class of error finding it had is still there. Rules
// that weakening moves a problem between form one class: canary/min-stages becomes
// canary/required when the last stage below 100% goes, and canary/step-increase becomes
// canary/initial-weight when the first stage goes (the jump is then measured from 0%). The two
// jump rules share a level, and canary/required is always an error. And when no stage is left, Argo does a plain rolling
// update: canary/required then reports the plan as not progressive and, by design, the shape rules
// (stages, weights, holds, analysis) stay quiet — so canary/required, always an error here, stands
// for all of them.
//
// Why (b) only removes a stage that bakes: a stage that does not bake is itself the finding
// (canary/min-hold) and protects nothing, so a plan without it is rightly no worse off.
//
// The generated policies keep maxInitialWeight <= maxStepIncrease. Without that, removing a first
// stage that bakes can turn a failing plan into a passing one (steps 10, 40, 60, 80 with
// maxInitialWeight 50 and maxStepIncrease 25 fail at 10 -> 40; steps 40, 60, 80 pass): a gap in
// canary/step-increase reported to the lead, to be lifted once a jump to a weight the first stage
// may have is no longer a finding.

const RULE_CLASSES: Record<string, string> = {
  'canary/min-stages': 'too few stages',
  'canary/required': 'too few stages',
  'canary/initial-weight': 'traffic jump',
  'canary/step-increase': 'traffic jump',
};
const SHAPE_CLASSES = new Set(['too few stages', 'traffic jump', 'canary/min-hold', 'canary/analysis']);
const classOf = (rule: string) => RULE_CLASSES[rule] ?? rule;
const errorClasses = (report: Report) =>
  new Set(report.findings.filter((f) => f.level === 'error').map((f) => classOf(f.rule)));

function expectStillReported(kind: string, after: Report): void {
  const notProgressive = after.findings.some((f) => f.rule === 'canary/required' && f.level === 'error');
  if (SHAPE_CLASSES.has(kind) && notProgressive) return;
  expect(errorClasses(after)).toContain(kind);
}

const monotonePolicyArb = fc
  .tuple(
    policyFileArb,
    fc.constantFrom(...LEVELS),
    fc.constantFrom(...LEVELS),
    fc.integer({ min: 1, max: 100 }),
    fc.integer({ min: 0, max: 100 }),
  )
  .map(([file, stagesLevel, jumpLevel, maxStep, initial]) => {
    const rules = { ...file.rules } as Record<string, string>;
    rules['canary/min-stages'] = stagesLevel;
    rules['canary/required'] = 'error';
    rules['canary/initial-weight'] = jumpLevel;
    rules['canary/step-increase'] = jumpLevel;
    const defaults = {
      ...file.defaults,
      canary: {
        ...file.defaults?.canary,
        maxStepIncrease: maxStep,
        maxInitialWeight: Math.min(initial, maxStep),
      },
    };
    const environments = (file.environments ?? []).map((env) => ({
      ...env,
      canary: { ...env.canary, maxStepIncrease: maxStep, maxInitialWeight: Math.min(initial, maxStep) },
    }));
    return toPolicy({ ...file, rules, defaults, environments });
  });

/** The environment rules that judge the generated Argo rollout (it has one plan). */
function canaryRulesFor(report: Report, policy: Policy) {
  const name = report.plans[0]?.environment;
  return (policy.environments.find((e) => e.name === name) ?? policy.defaultEnvironment).canary;
}

function bakes(stage: StageModel, rules: Policy['defaultEnvironment']['canary']): boolean {
  return (
    stage.hold === 'manual' ||
    stage.hold >= rules.minHoldSeconds ||
    (rules.gateCountsAsHold && stage.analysis)
  );
}

const weakeningArb = fc.record({
  stage: fc.nat(),
  shorterBy: fc.double({ min: 0.01, max: 1, noNaN: true }),
  manualTo: fc.integer({ min: 0, max: 7200 }),
});

function shortened(
  stages: StageModel[],
  pick: { stage: number; shorterBy: number; manualTo: number },
): StageModel[] | undefined {
  const index = pick.stage % stages.length;
  const stage = stages[index]!;
  if (stage.hold === 0) return undefined;
  const hold = stage.hold === 'manual' ? pick.manualTo : Math.floor(stage.hold * (1 - pick.shorterBy));
  return stages.map((s, i) => (i === index ? { ...s, hold } : s));
}

describe('monotonicity: weakening a rollout never makes it pass', () => {
  it('the generated manifest is read as the stages it was generated from (the premise of what follows)', () => {
    fc.assert(
      fc.property(argoArb, monotonePolicyArb, (model, policy) => {
        const report = judge(yamlOf(argoObject(model)), policy);
        const plan = report.plans[0]?.plan;
        // Without trafficRouting a weight is the share of pods after Argo's rounding (4 replicas, maxSurge 1).
        const share = (weight: number) => {
          if (model.trafficRouting) return weight;
          const { canaryPods, stablePods } = basicCanaryPods(4, weight, 1);
          return (canaryPods * 100) / (canaryPods + stablePods);
        };
        expect(plan?.stages.map((s) => s.weight)).toEqual([...model.stages.map((s) => share(s.weight)), 100]);
        expect(plan?.stages.slice(0, -1).map((s) => s.hold)).toEqual(model.stages.map((s) => s.hold));
      }),
      RUNS,
    );
  });

  it('removing a stage that bakes never turns a failing plan into a passing one, nor drops an error class', () => {
    fc.assert(
      fc.property(argoArb, monotonePolicyArb, fc.nat(), (model, policy, pick) => {
        const before = judge(yamlOf(argoObject(model)), policy);
        const index = pick % model.stages.length;
        fc.pre(bakes(model.stages[index]!, canaryRulesFor(before, policy)));
        const weaker = { ...model, stages: model.stages.filter((_, i) => i !== index) };
        const after = judge(yamlOf(argoObject(weaker)), policy);
        if (before.verdict === 'fail') expect(after.verdict).toBe('fail');
        for (const kind of errorClasses(before)) expectStillReported(kind, after);
      }),
      RUNS,
    );
  });

  it('shortening a hold never turns a failing plan into a passing one, nor drops an error rule', () => {
    fc.assert(
      fc.property(argoArb, policyArb, weakeningArb, (model, policy, pick) => {
        const stages = shortened(model.stages, pick);
        fc.pre(stages !== undefined);
        const before = judge(yamlOf(argoObject(model)), policy);
        const after = judge(yamlOf(argoObject({ ...model, stages: stages! })), policy);
        if (before.verdict === 'fail') expect(after.verdict).toBe('fail');
        const rulesAfter = new Set(after.findings.filter((f) => f.level === 'error').map((f) => f.rule));
        for (const finding of before.findings.filter((f) => f.level === 'error'))
          expect(rulesAfter).toContain(finding.rule);
      }),
      RUNS,
    );
  });

  it('compared with its base, a removed stage or a shortened hold is always a canary/regression', () => {
    fc.assert(
      fc.property(argoArb, policyArb, weakeningArb, fc.boolean(), (model, policy, pick, remove) => {
        const stages = remove
          ? model.stages.filter((_, i) => i !== pick.stage % model.stages.length)
          : shortened(model.stages, pick);
        fc.pre(stages !== undefined);
        const report = judge(
          yamlOf(argoObject({ ...model, stages: stages! })),
          policy,
          yamlOf(argoObject(model)),
        );
        const env = canaryRulesFor(report, policy);
        fc.pre(env.noRegression && policy.rules['canary/regression']?.level !== 'off');
        expect(report.plans[0]?.change).toBe('modified');
        expect(report.findings.map((f) => f.rule)).toContain('canary/regression');
      }),
      RUNS,
    );
  });
});

describe('monotonicity: strengthening a rollout is never a regression', () => {
  /** The canary/regression messages of `model` changed to `stages`, judged against `model`. */
  const regressionsAgainstBase = (model: ArgoModel, stages: StageModel[], policy: Policy) =>
    judge(yamlOf(argoObject({ ...model, stages })), policy, yamlOf(argoObject(model)))
      .findings.filter((f) => f.rule === 'canary/regression')
      .map((f) => f.message);

  it('compared with its base, a hold made longer or turned into a manual gate is never a canary/regression', () => {
    fc.assert(
      fc.property(argoArb, policyArb, fc.nat(), fc.boolean(), (model, policy, pick, manual) => {
        const index = pick % model.stages.length;
        const stage = model.stages[index]!;
        fc.pre(stage.hold !== 'manual');
        const hold: StageModel['hold'] = manual ? 'manual' : stage.hold + 60;
        const stronger = model.stages.map((s, i) => (i === index ? { ...s, hold } : s));
        expect(regressionsAgainstBase(model, stronger, policy)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('compared with its base, an added stage is never a canary/regression', () => {
    const addedArb = fc.record({
      weight: fc.integer({ min: 1, max: 99 }),
      hold: fc.oneof(fc.constant(0), fc.constant('manual' as const), fc.integer({ min: 1, max: 7200 })),
      analysis: fc.boolean(),
    });
    fc.assert(
      fc.property(argoArb, policyArb, addedArb, (model, policy, added) => {
        fc.pre(!model.stages.some((s) => s.weight === added.weight));
        const more = [...model.stages, added].sort((a, b) => a.weight - b.weight);
        expect(regressionsAgainstBase(model, more, policy)).toEqual([]);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Invariance

/** Every mapping's keys in the order `order` gives them (a seeded permutation); lists keep their order. */
function reorderKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, i) => reorderKeys(item, seed + i));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const shuffled = entries
    .map((entry, i) => ({ entry, rank: Math.sin(seed * 9301 + i * 49297) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ entry: [key, child] }, i) => [key, reorderKeys(child, seed * 31 + i)] as const);
  return Object.fromEntries(shuffled);
}

/** Whole-line comments before the lines chosen (they shift the lines below them). */
function withCommentLines(text: string, at: number[]): string {
  const lines = text.split('\n');
  const chosen = new Set(at.map((n) => n % (lines.length + 1)));
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (chosen.has(i))
      out.push(`${' '.repeat(line.length - line.trimStart().length)}# kind: Rollout, setWeight: 100`);
    out.push(line);
  });
  return out.join('\n');
}

/** A comment at the end of the lines chosen: no line moves. */
function withTrailingComments(text: string, at: number[]): string {
  const lines = text.split('\n');
  const chosen = new Set(at.map((n) => n % lines.length));
  return lines
    .map((line, i) => (chosen.has(i) && line.trim() !== '' ? `${line} # skipAnalysis: true` : line))
    .join('\n');
}

const withLines = (report: Report) =>
  report.findings.map((f) => `${f.level} ${f.rule} ${f.file}:${f.line} ${f.message}`).sort();
const withoutLines = (report: Report) =>
  report.findings.map((f) => `${f.level} ${f.rule} ${f.message}`).sort();

describe('invariance: key order, comments and line endings change nothing', () => {
  it('CRLF line endings, a byte order mark and trailing comments: the same findings at the same lines', () => {
    fc.assert(
      fc.property(
        manifestObjectArb,
        policyArb,
        fc.array(fc.nat(), { maxLength: 8 }),
        (object, policy, at) => {
          const lf = yamlOf(object);
          const expected = judge(lf, policy);
          for (const variant of [lf.replace(/\n/g, '\r\n'), `\uFEFF${lf}`, withTrailingComments(lf, at)]) {
            const report = judge(variant, policy);
            expect(report.verdict).toBe(expected.verdict);
            expect(withLines(report)).toEqual(withLines(expected));
          }
        },
      ),
      RUNS,
    );
  });

  it('reordered keys and whole-line comments: the same verdict and findings, lines aside', () => {
    fc.assert(
      fc.property(
        manifestObjectArb,
        policyArb,
        fc.integer(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (object, policy, seed, at) => {
          const expected = judge(yamlOf(object), policy);
          const reordered = yamlOf(reorderKeys(object, seed));
          for (const variant of [
            reordered,
            withCommentLines(yamlOf(object), at),
            withCommentLines(reordered, at).replace(/\n/g, '\r\n'),
          ]) {
            const report = judge(variant, policy);
            expect(report.verdict).toBe(expected.verdict);
            expect(withoutLines(report)).toEqual(withoutLines(expected));
          }
        },
      ),
      RUNS,
    );
  });

  it('control: the comparison above sees a change that matters', () => {
    const model: ArgoModel = {
      name: 'web',
      namespace: 'shop',
      stages: [{ weight: 10, hold: 600, analysis: true }],
      background: 'effective',
      trafficRouting: true,
      progressDeadlineAbort: false,
    };
    const policy = toPolicy({ version: 1 });
    const safe = judge(yamlOf(argoObject(model)), policy);
    const unsafe = judge(
      yamlOf(argoObject({ ...model, stages: [{ weight: 60, hold: 600, analysis: true }] })),
      policy,
    );
    expect(withoutLines(unsafe)).not.toEqual(withoutLines(safe));
  });
});
