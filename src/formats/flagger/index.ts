import type { Bypass, FailureThreshold, Rollback, RolloutPlan, Stage, Target } from '../../core/model.js';
import { asObject, asString, field, isObject, path } from '../access.js';
import type { PlainObject } from '../access.js';
import { planId } from '../plan-id.js';
import type { AdapterResult, FormatAdapter, SourceDocument } from '../types.js';
import { AdapterContext } from '../context.js';
import { describeValue as describe } from '../field-text.js';
import {
  applyWebhookGates,
  approval,
  backgroundWebhookGates,
  metricGates,
  noteToothlessAnalysis,
} from './gates.js';
import {
  API_GROUP,
  KNOWN_API_VERSIONS,
  noteMisplacedAnalysisKeys,
  readAnalysis,
  readProvider,
  readSwitch,
  readTargetRef,
  readWebhooks,
} from './spec.js';
import type { Analysis, Switches } from './spec.js';
import { effectiveShape, finalStage, stagesFor } from './stages.js';

/**
 * Flagger `Canary` (flagger.app/v1beta1, v1alpha3, v1alpha1). The plan follows what Flagger's
 * scheduler does with the spec (fluxcd/flagger pkg/controller/scheduler.go), not what the field
 * names suggest: e.g. `provider: kubernetes` runs blue/green whatever the weights say.
 */
export const flagger: FormatAdapter = {
  id: 'flagger',
  detect(doc) {
    const apiVersion = asString(field(doc.value, 'apiVersion'));
    const kind = asString(field(doc.value, 'kind'));
    if (apiVersion === undefined || !apiVersion.startsWith(API_GROUP)) return false;
    return kind === 'Canary' || kind === 'MetricTemplate' || kind === 'AlertProvider';
  },
  toPlans(doc) {
    if (asString(field(doc.value, 'kind')) !== 'Canary') return { plans: [], diagnostics: [] };
    return canaryPlans(doc);
  },
};

function canaryPlans(doc: SourceDocument): AdapterResult {
  const ctx = new AdapterContext(doc);
  const spec = readSpec(ctx);
  if (!spec) return { plans: [], diagnostics: ctx.diagnostics };
  noteUnknownApiVersion(ctx);
  noteMisplacedAnalysisKeys(ctx, spec);

  const switches: Switches = {
    skipAnalysis: readSwitch(ctx, spec, 'skipAnalysis', 'the analysis is treated as skipped'),
    suspended: readSwitch(ctx, spec, 'suspend', 'the Canary is treated as suspended'),
    analysis: readAnalysis(ctx, spec),
  };
  const provider = readProvider(ctx, spec);
  const { analysis } = switches;
  const rollout =
    analysis && !switches.skipAnalysis
      ? analysedRollout(ctx, analysis, provider)
      : unanalysedRollout(ctx, switches, provider);

  const namespace = asString(path(doc.value, ['metadata', 'namespace']));
  const target: Target = {
    kind: 'Canary',
    name: asString(path(doc.value, ['metadata', 'name'])) ?? '',
    ...(namespace !== undefined ? { namespace } : {}),
  };
  const delivers = readTargetRef(ctx, spec, namespace);
  const failureThreshold =
    analysis && !switches.skipAnalysis && !switches.suspended
      ? thresholdOf(ctx, analysis, rollout)
      : undefined;
  const plan: RolloutPlan = {
    id: planId('flagger', 'Canary', doc),
    format: 'flagger',
    file: doc.file,
    line: doc.lineOf(['kind']),
    target,
    ...rollout,
    rollback: rollbackOf(ctx, switches),
    bypasses: bypassesOf(ctx, switches),
    ...(delivers ? { delivers } : {}),
    ...(failureThreshold ? { failureThreshold } : {}),
    notes: ctx.notes,
  };
  return { plans: [plan], diagnostics: ctx.diagnostics };
}

/** The spec of a whole Canary; a Canary without targetRef is a fragment (a Kustomize patch). */
function readSpec(ctx: AdapterContext): PlainObject | undefined {
  const spec = field(ctx.doc.value, 'spec');
  if (spec === undefined || spec === null || (isObject(spec) && field(spec, 'targetRef') === undefined)) {
    ctx.report(
      ['spec'],
      'Canary has no spec.targetRef: it looks like a partial object (a Kustomize patch?) and cannot be judged on its own; build the overlay and check the result',
      'MANIFEST_UNSUPPORTED',
    );
    return undefined;
  }
  if (!isObject(spec)) ctx.invalid(['spec'], `must be a mapping, not ${describe(spec)}`);
  return asObject(spec);
}

function noteUnknownApiVersion(ctx: AdapterContext): void {
  const apiVersion = asString(field(ctx.doc.value, 'apiVersion')) ?? '';
  if (!KNOWN_API_VERSIONS.includes(apiVersion)) {
    ctx.notes.push(
      `apiVersion ${apiVersion} is not a Flagger version rollout-guard knows; read as flagger.app/v1beta1`,
    );
  }
}

type Rollout = Pick<RolloutPlan, 'strategy' | 'stages' | 'backgroundGates'> & {
  /** Passing checks a successful analysis takes before promotion; undefined when it never promotes. */
  checks?: number;
};

/**
 * Flagger rolls back when failedChecks reaches the threshold; failed checks are never reset during
 * an analysis, and each interval makes one check (fluxcd/flagger pkg/controller/scheduler.go).
 */
function thresholdOf(ctx: AdapterContext, analysis: Analysis, rollout: Rollout): FailureThreshold {
  return {
    label: 'Flagger analysis threshold',
    failures: analysis.threshold,
    ...(rollout.checks !== undefined ? { checks: rollout.checks } : {}),
    line: ctx.doc.lineOf(['spec', analysis.key, 'threshold']),
  };
}

function analysedRollout(ctx: AdapterContext, analysis: Analysis, provider: string | undefined): Rollout {
  const webhooks = readWebhooks(ctx, analysis);
  const shape = effectiveShape(ctx, analysis, provider);
  const { stages, checks } = stagesFor(ctx, analysis, shape);
  applyWebhookGates(ctx, stages, shape.strategy, webhooks);
  const backgroundGates = [...metricGates(ctx, analysis), ...backgroundWebhookGates(ctx, webhooks)];
  noteToothlessAnalysis(ctx, backgroundGates, stages);
  return { strategy: shape.strategy, stages, backgroundGates, ...(checks !== undefined ? { checks } : {}) };
}

/** Skipped or missing analysis: Flagger waits only for confirm-rollout gates, then promotes at once. */
function unanalysedRollout(ctx: AdapterContext, switches: Switches, provider: string | undefined): Rollout {
  const { analysis } = switches;
  const stages: Stage[] = [];
  if (analysis) {
    ctx.notes.push(`skipAnalysis: the ${analysis.key} block is not run`);
    const approvals = readWebhooks(ctx, analysis)
      .filter((hook) => hook.type === 'confirm-rollout')
      .map((hook) => approval(hook));
    const first = approvals[0];
    if (first) stages.push({ weight: 0, hold: 'manual', gates: approvals, line: first.line });
  }
  stages.push(finalStage(ctx.doc.lineOf(switches.skipAnalysis ? ['spec', 'skipAnalysis'] : ['spec'])));
  const strategy = analysis ? effectiveShape(ctx, analysis, provider, false).strategy : 'canary';
  return { strategy, stages, backgroundGates: [] };
}

function bypassesOf(ctx: AdapterContext, switches: Switches): Bypass[] {
  const bypasses: Bypass[] = [];
  const at = (key: string) => ctx.doc.lineOf(['spec', key]);
  if (switches.skipAnalysis) {
    bypasses.push({
      field: 'spec.skipAnalysis',
      reason: 'Flagger promotes the new version without analysing it: no stages, no checks, no rollback',
      line: at('skipAnalysis'),
    });
  }
  if (!switches.analysis) {
    bypasses.push({
      field: 'spec.analysis',
      reason: 'Flagger promotes without analysis: the Canary has no analysis (or canaryAnalysis) block',
      line: at('analysis'),
    });
  }
  if (switches.suspended) {
    bypasses.push({
      field: 'spec.suspend',
      reason:
        'Flagger ignores changes to the target while the Canary is suspended: no analysis and no rollback run',
      line: at('suspend'),
    });
  }
  return bypasses;
}

function rollbackOf(ctx: AdapterContext, { skipAnalysis, suspended, analysis }: Switches): Rollback {
  if (analysis && !skipAnalysis && !suspended) {
    const { threshold } = analysis;
    return {
      automatic: true,
      how: [`rolls back after ${threshold} failed check${threshold === 1 ? '' : 's'}`],
      line: ctx.doc.lineOf(['spec', analysis.key]),
    };
  }
  const why = skipAnalysis
    ? 'skipAnalysis: Flagger promotes without checks'
    : !analysis
      ? 'no analysis block: Flagger promotes without checks'
      : 'suspend: Flagger does not run the analysis';
  return { automatic: false, how: [`${why}, so nothing triggers a rollback`] };
}
