import type { Rollback, RolloutPlan, Target } from '../../core/model.js';
import { asArray, asBoolean, asString, field, isObject, path } from '../access.js';
import { planId } from '../plan-id.js';
import type { AdapterResult, FormatAdapter, SourceDocument } from '../types.js';
import { describeValue as describe } from '../field-text.js';
import { readInlineExemption } from '../inline-exemptions.js';
import { readBlueGreen } from './blue-green.js';
import { readCanary } from './canary.js';
import { Context, MANUAL_ABORT_ONLY, RECOGNISED_KINDS, SPEC, STRATEGY, isArgoApiVersion } from './context.js';
import type { Templates } from './context.js';

/**
 * Argo Rollouts (argoproj.io): a `Rollout` becomes one plan; AnalysisTemplate,
 * ClusterAnalysisTemplate, Experiment and AnalysisRun are recognised but hold no rollout.
 */
export const argoRollouts: FormatAdapter = {
  id: 'argo-rollouts',
  detect(doc) {
    const kind = asString(field(doc.value, 'kind'));
    return isArgoApiVersion(doc.value) && kind !== undefined && RECOGNISED_KINDS.has(kind);
  },
  toPlans(doc) {
    // AnalysisTemplates and the other kinds are recognised and hold no rollout.
    if (asString(field(doc.value, 'kind')) !== 'Rollout') return { plans: [], diagnostics: [] };
    return rolloutToPlans(doc, new Map());
  },
  /**
   * The Rollouts of a file, read with the AnalysisTemplates the same file defines: which metrics a
   * dryRun rule covers is only known with the template in view.
   */
  combine(docs) {
    const templates = readTemplates(docs);
    const result: AdapterResult = { plans: [], diagnostics: [] };
    for (const doc of docs) {
      if (asString(field(doc.value, 'kind')) !== 'Rollout') continue;
      const { plans, diagnostics } = rolloutToPlans(doc, templates);
      // The registry reads inline exemptions only for adapters without combine.
      const inline = readInlineExemption(doc);
      const { exemption } = inline;
      result.plans.push(
        ...(exemption
          ? plans.map((p) => ({ ...p, exemptions: [...(p.exemptions ?? []), exemption] }))
          : plans),
      );
      result.diagnostics.push(...diagnostics, ...inline.diagnostics);
    }
    return result;
  },
};

function readTemplates(docs: SourceDocument[]): Templates {
  const templates: Templates = new Map();
  for (const doc of docs) {
    const kind = asString(field(doc.value, 'kind'));
    const name = asString(path(doc.value, ['metadata', 'name']));
    if ((kind !== 'AnalysisTemplate' && kind !== 'ClusterAnalysisTemplate') || name === undefined) continue;
    const metrics = (asArray(path(doc.value, ['spec', 'metrics'])) ?? []).flatMap((metric) => {
      const metricName = asString(field(metric, 'name'));
      return metricName === undefined ? [] : [metricName];
    });
    const dryRun = (asArray(path(doc.value, ['spec', 'dryRun'])) ?? []).flatMap((rule) => {
      const pattern = asString(field(rule, 'metricName'));
      return pattern === undefined ? [] : [pattern];
    });
    templates.set(`${kind}/${name}`, {
      metrics,
      dryRun,
      namespace: asString(path(doc.value, ['metadata', 'namespace'])),
    });
  }
  return templates;
}

function rolloutToPlans(doc: SourceDocument, templates: Templates): AdapterResult {
  const ctx = new Context(doc, templates);
  const strategy = readStrategyKind(ctx);
  if (strategy === undefined) return { plans: [], diagnostics: ctx.diagnostics };

  const shape = strategy === 'canary' ? readCanary(ctx) : readBlueGreen(ctx);
  readTopLevelSafety(ctx);

  const plan: RolloutPlan = {
    id: planId('argo-rollouts', 'Rollout', doc),
    format: 'argo-rollouts',
    file: doc.file,
    line: doc.lineOf(['kind']),
    target: targetOf(doc),
    strategy: shape.strategy,
    stages: shape.stages,
    backgroundGates: shape.backgroundGates,
    rollback: rollbackOf(ctx),
    bypasses: ctx.bypasses,
    notes: ctx.notes,
  };
  const delivers = readWorkloadRef(ctx);
  if (delivers) plan.delivers = delivers;
  return { plans: [plan], diagnostics: ctx.diagnostics };
}

// ---------------------------------------------------------------------------------------------
// Strategy selection

function readStrategyKind(ctx: Context): 'canary' | 'blueGreen' | undefined {
  const spec = field(ctx.doc.value, 'spec');
  const strategy = path(ctx.doc.value, STRATEGY);
  if (spec !== undefined && !isObject(spec)) {
    ctx.invalid(SPEC, `must be a map, got ${describe(spec)}`);
    return undefined;
  }
  if (strategy === undefined) {
    // A Kustomize patch is a partial Rollout: no strategy here does not mean "no canary".
    ctx.report(
      spec === undefined ? ['kind'] : SPEC,
      'Rollout has no spec.strategy (a patch or partial object?); its rollout cannot be judged from this document alone',
      'MANIFEST_UNSUPPORTED',
    );
    return undefined;
  }
  if (!isObject(strategy)) {
    ctx.invalid(STRATEGY, `must be a map holding canary or blueGreen, got ${describe(strategy)}`);
    return undefined;
  }
  const hasCanary = field(strategy, 'canary') !== undefined;
  const hasBlueGreen = field(strategy, 'blueGreen') !== undefined;
  if (hasCanary && hasBlueGreen) {
    ctx.invalid(STRATEGY, 'holds both canary and blueGreen; Argo Rollouts accepts exactly one');
    return undefined;
  }
  if (!hasCanary && !hasBlueGreen) {
    ctx.invalid(STRATEGY, 'holds neither canary nor blueGreen; Argo Rollouts needs exactly one');
    return undefined;
  }
  return hasCanary ? 'canary' : 'blueGreen';
}

function readTopLevelSafety(ctx: Context): void {
  const spec = field(ctx.doc.value, 'spec');

  const abort = field(spec, 'progressDeadlineAbort');
  if (abort !== undefined && asBoolean(abort) === undefined) {
    ctx.invalid([...SPEC, 'progressDeadlineAbort'], `must be true or false, got ${describe(abort)}`);
  } else if (abort === true) {
    ctx.aborts.push({
      how: 'progress deadline aborts',
      line: ctx.doc.lineOf([...SPEC, 'progressDeadlineAbort']),
    });
  }

  const paused = field(spec, 'paused');
  if (paused !== undefined && asBoolean(paused) === undefined) {
    ctx.invalid([...SPEC, 'paused'], `must be true or false, got ${describe(paused)}`);
  } else if (paused === true) {
    ctx.notes.push('spec.paused: true: the rollout stays paused until someone resumes it');
  }

  readRollbackWindow(ctx, field(spec, 'rollbackWindow'));
}

function readRollbackWindow(ctx: Context, window: unknown): void {
  const at = [...SPEC, 'rollbackWindow'];
  if (window === undefined || window === null) return;
  if (!isObject(window)) {
    ctx.invalid(at, `must be a map like {revisions: 3}, got ${describe(window)}`);
    return;
  }
  const revisions = field(window, 'revisions');
  if (typeof revisions !== 'number' || !Number.isInteger(revisions) || revisions < 0) {
    ctx.invalid([...at, 'revisions'], `must be a whole number of revisions, got ${describe(revisions)}`);
    return;
  }
  if (revisions === 0) return;
  ctx.bypasses.push({
    field: 'spec.rollbackWindow',
    reason: `re-deploying one of the last ${revisions} revision${revisions === 1 ? '' : 's'} skips every step and analysis`,
    line: ctx.doc.lineOf(at),
  });
}

function readWorkloadRef(ctx: Context): Target | undefined {
  const at = [...SPEC, 'workloadRef'];
  const ref = path(ctx.doc.value, at);
  if (ref === undefined || ref === null) return undefined;
  const kind = asString(field(ref, 'kind'));
  const name = asString(field(ref, 'name'));
  if (kind === undefined || name === undefined || kind === '' || name === '') {
    ctx.invalid(at, 'must name the workload with kind and name');
    return undefined;
  }
  const namespace = asString(path(ctx.doc.value, ['metadata', 'namespace']));
  return namespace === undefined ? { kind, name } : { kind, name, namespace };
}

function targetOf(doc: SourceDocument): Target {
  const name =
    asString(path(doc.value, ['metadata', 'name'])) ??
    asString(path(doc.value, ['metadata', 'generateName']));
  const namespace = asString(path(doc.value, ['metadata', 'namespace']));
  const target: Target = { kind: 'Rollout', name: name ?? '' };
  if (namespace !== undefined) target.namespace = namespace;
  return target;
}

function rollbackOf(ctx: Context): Rollback {
  if (ctx.aborts.length === 0) return { automatic: false, how: [MANUAL_ABORT_ONLY] };
  const how = [...new Set(ctx.aborts.map((abort) => abort.how))];
  const line = Math.min(...ctx.aborts.map((abort) => abort.line));
  return { automatic: true, how, line };
}

// ---------------------------------------------------------------------------------------------
