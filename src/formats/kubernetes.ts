import type { RolloutPlan, Strategy, Target } from '../core/model.js';
import { asArray, asString, field, isObject, path } from './access.js';
import { AdapterContext } from './context.js';
import { planId } from './plan-id.js';
import type { AdapterResult, FormatAdapter, PathSegment, SourceDocument } from './types.js';

/**
 * Plain Kubernetes objects. Only the workload controllers (Deployment, StatefulSet, DaemonSet)
 * roll anything out; every other object is recognised and yields no plan. A Kubernetes workload
 * never rolls back by itself, and its canary, when there is one, is a second workload by convention.
 */
export const kubernetes: FormatAdapter = {
  id: 'kubernetes',
  detect(doc) {
    const apiVersion = asString(field(doc.value, 'apiVersion'));
    const kind = asString(field(doc.value, 'kind'));
    if (apiVersion === undefined || kind === undefined) return false;
    return !OTHER_FORMAT_GROUPS.some((group) => apiVersion.startsWith(group));
  },
  toPlans(doc) {
    const result: AdapterResult = { plans: [], diagnostics: [] };
    readObject(new AdapterContext(doc, result.diagnostics), result, 0);
    return result;
  },
};

/** API groups that belong to another adapter (or to a format rollout-guard reports as unsupported). */
const OTHER_FORMAT_GROUPS = ['argoproj.io/', 'flagger.app/', 'rollouts.kruise.io/', 'rollout-guard.dev/'];

const WORKLOAD_API_VERSIONS: Record<string, readonly string[]> = {
  Deployment: ['apps/v1', 'apps/v1beta1', 'apps/v1beta2', 'extensions/v1beta1'],
  StatefulSet: ['apps/v1', 'apps/v1beta1', 'apps/v1beta2'],
  DaemonSet: ['apps/v1', 'apps/v1beta2', 'extensions/v1beta1'],
};

/** Pod or object labels that mark a Deployment as the canary half of a hand-made pair. */
const CANARY_LABELS = ['track', 'version', 'gruntwork.io/deployment-type'];

/** Lists nested deeper than this are not followed (the parser already bounds nesting). */
const MAX_LIST_DEPTH = 4;

/** Kind and apiVersion a typed list (`DeploymentList`) gives items that do not name their own. */
interface ItemDefaults {
  kind?: string;
  apiVersion?: string;
}

/** One object (or `kind: List` of them); list items share the file's diagnostics. */
function readObject(
  ctx: AdapterContext,
  result: AdapterResult,
  depth: number,
  defaults: ItemDefaults = {},
): void {
  const { doc } = ctx;
  const kind = asString(field(doc.value, 'kind')) ?? defaults.kind;
  const apiVersion = asString(field(doc.value, 'apiVersion')) ?? defaults.apiVersion;
  if (kind === undefined || apiVersion === undefined) return;
  if (kind === 'List' || (kind.endsWith('List') && field(doc.value, 'items') !== undefined)) {
    readList(ctx, result, depth, kind === 'List' ? {} : { kind: kind.slice(0, -'List'.length), apiVersion });
    return;
  }
  if (!WORKLOAD_API_VERSIONS[kind]?.includes(apiVersion)) return;
  const missing = requiredMissing(doc, apiVersion);
  if (missing !== undefined) {
    // The API server requires a pod template (and, in apps/v1, a selector): without one this is a
    // partial object, a Kustomize patch, whose rollout is the object it patches (judged where the
    // overlay is built).
    ctx.report(
      ['kind'],
      `${kind} ${asString(path(doc.value, ['metadata', 'name'])) ?? ''} has no ${missing}: it is a partial object (a Kustomize patch?) and cannot be judged on its own; build the overlay (kustomize build) and pass the output as rendered-manifests (--rendered)`,
      'MANIFEST_UNSUPPORTED',
    );
    return;
  }
  result.plans.push(workloadPlan(ctx, kind, apiVersion));
}

/** The field the API server requires that a partial object leaves out, if any. */
function requiredMissing(doc: SourceDocument, apiVersion: string): string | undefined {
  if (!isObject(path(doc.value, ['spec', 'template']))) return 'spec.template';
  // apps/v1 made the selector required; older groups defaulted it from the template's labels.
  if (
    (apiVersion === 'apps/v1' || apiVersion === 'apps/v1beta2') &&
    !isObject(path(doc.value, ['spec', 'selector']))
  ) {
    return 'spec.selector';
  }
  return undefined;
}

/** `kind: List` (what `kubectl get -o yaml` writes): each item is judged, its lines kept. */
function readList(ctx: AdapterContext, result: AdapterResult, depth: number, defaults: ItemDefaults): void {
  const items = field(ctx.doc.value, 'items');
  if (items === undefined || items === null) return;
  const list = asArray(items);
  if (!list) {
    ctx.invalid(['items'], 'must be a list');
    return;
  }
  if (depth >= MAX_LIST_DEPTH) return;
  list.forEach((item, i) =>
    readObject(
      new AdapterContext(itemDocument(ctx.doc, i, item), ctx.diagnostics),
      result,
      depth + 1,
      defaults,
    ),
  );
}

/** A view of one list item as a document of its own, with lines resolved in the enclosing file. */
function itemDocument(doc: SourceDocument, index: number, value: unknown): SourceDocument {
  return {
    file: doc.file,
    index: doc.index,
    line: doc.lineOf(['items', index]),
    value,
    lineOf: (at: readonly PathSegment[]) => doc.lineOf(['items', index, ...at]),
  };
}

function workloadPlan(ctx: AdapterContext, kind: string, apiVersion: string): RolloutPlan {
  const { doc } = ctx;
  const name = asString(path(doc.value, ['metadata', 'name']));
  const namespace = asString(path(doc.value, ['metadata', 'namespace']));
  const target: Target = { kind, name: name ?? '', ...(namespace !== undefined ? { namespace } : {}) };

  const { strategy, strategyPath, type } =
    kind === 'Deployment' ? deploymentStrategy(ctx) : updateStrategy(ctx, kind, apiVersion);
  if (kind === 'Deployment') noteDeploymentFacts(ctx);

  const deadline = ['spec', 'progressDeadlineSeconds'];
  const rollback =
    kind === 'Deployment'
      ? {
          automatic: false,
          how: ['progressDeadlineSeconds only marks the rollout failed; nothing rolls back'],
          ...(path(doc.value, deadline) !== undefined ? { line: doc.lineOf(deadline) } : {}),
        }
      : { automatic: false, how: [`a ${kind} never rolls back a failed update by itself`] };

  return {
    // A List item has its own name; a nameless one falls back to the file and document index.
    id: planId('kubernetes', kind, doc, name),
    format: 'kubernetes',
    file: doc.file,
    line: doc.lineOf(['kind']),
    target,
    strategy,
    stages: [{ weight: 100, hold: 0, gates: [], line: doc.lineOf(strategyPath) }],
    backgroundGates: [],
    rollback,
    bypasses: [],
    ...(type !== undefined
      ? { workloadStrategy: { type, line: doc.lineOf([...strategyPath, 'type']) } }
      : {}),
    notes: ctx.notes,
  };
}

interface WorkloadStrategy {
  strategy: Strategy;
  strategyPath: PathSegment[];
  /** The update strategy type as the controller reads it (defaults applied); undefined when invalid. */
  type: string | undefined;
}

function deploymentStrategy(ctx: AdapterContext): WorkloadStrategy {
  const strategyPath = ['spec', 'strategy'];
  const type = readType(ctx, [...strategyPath, 'type'], ['RollingUpdate', 'Recreate']);
  if (type === 'Recreate') {
    // A Flagger Canary copies the target's strategy onto its primary Deployment at promotion
    // (fluxcd/flagger pkg/canary/deployment_controller.go Promote): the primary is recreated too.
    ctx.notes.push(
      'strategy Recreate: every old pod stops before any new one starts, so the service is down until new pods are ready (under a Flagger Canary, the primary is recreated this way at promotion)',
    );
    return { strategy: 'all-at-once', strategyPath, type };
  }
  if (type === undefined) {
    // The API server rejects an unknown type; judge it as the riskier of the two (fail closed).
    return { strategy: 'all-at-once', strategyPath, type };
  }
  return { strategy: 'rolling', strategyPath, type };
}

/** StatefulSet and DaemonSet: `spec.updateStrategy`, RollingUpdate or OnDelete. */
function updateStrategy(ctx: AdapterContext, kind: string, apiVersion: string): WorkloadStrategy {
  const strategyPath = ['spec', 'updateStrategy'];
  // The oldest API versions defaulted to OnDelete.
  const legacyDefault =
    (kind === 'StatefulSet' && apiVersion === 'apps/v1beta1') ||
    (kind === 'DaemonSet' && apiVersion === 'extensions/v1beta1');
  const type = readType(
    ctx,
    [...strategyPath, 'type'],
    ['RollingUpdate', 'OnDelete'],
    legacyDefault ? 'OnDelete' : 'RollingUpdate',
  );
  if (type === 'OnDelete') {
    ctx.notes.push(`updateStrategy OnDelete: pods take the new version only when someone deletes them`);
  }
  const partition = path(ctx.doc.value, [...strategyPath, 'rollingUpdate', 'partition']);
  if (kind === 'StatefulSet' && type === 'RollingUpdate' && typeof partition === 'number' && partition > 0) {
    ctx.notes.push(
      `rollingUpdate.partition ${partition}: only pods with ordinal ${partition} or higher take the new version until the partition is lowered by hand`,
    );
  }
  return { strategy: 'rolling', strategyPath, type };
}

/** The strategy type; an unknown value is reported and returned as undefined. */
function readType(
  ctx: AdapterContext,
  at: string[],
  allowed: readonly string[],
  fallback = 'RollingUpdate',
): string | undefined {
  const value = path(ctx.doc.value, at);
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string' && allowed.includes(value)) return value;
  ctx.invalid(at, `must be ${allowed.join(' or ')}`);
  return undefined;
}

function noteDeploymentFacts(ctx: AdapterContext): void {
  const { doc } = ctx;
  const labelSets = [
    path(doc.value, ['spec', 'template', 'metadata', 'labels']),
    path(doc.value, ['metadata', 'labels']),
  ];
  const canaryByLabel = labelSets.some(
    (labels) => isObject(labels) && CANARY_LABELS.some((label) => field(labels, label) === 'canary'),
  );
  if (canaryByLabel)
    ctx.notes.push('canary by convention: weight is the replica ratio with the stable Deployment');
  if (path(doc.value, ['spec', 'paused']) === true) {
    ctx.notes.push('spec.paused: true: the Deployment does not roll out until someone resumes it');
  }
}
