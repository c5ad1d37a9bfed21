/**
 * rollout-guard's native format: a rollout plan written by hand, for rollouts that no controller
 * describes (feature flags, config bundles, scripted deploys).
 *
 * ```yaml
 * apiVersion: rollout-guard.dev/v1
 * kind: RolloutPlan
 * metadata:
 *   name: payments-flags            # required
 *   namespace: payments             # optional
 * spec:
 *   target:                         # required: what is rolled out (namespace optional)
 *     kind: FeatureFlag
 *     name: checkout-v2
 *   strategy: canary                # optional: canary (default), linear, ab-test, blue-green, rolling, all-at-once
 *   stages:                         # required, in order; weights ascend, each 0-100
 *     - name: canary                # optional label
 *       weight: 1                   # percent of traffic, users or hosts on the new version
 *       hold: 30m                   # optional: a duration (30m, 1h30m, PT5M), seconds, or `manual`; default 0
 *       gates: [analysis]           # optional: analysis | metric-check | webhook | approval, or {kind, name}
 *     - name: beta-testers
 *       weight: 0
 *       segment: header X-Beta=1    # optional: a routed segment instead of a share of traffic
 *     - { name: early-adopters, weight: 10, hold: manual, gates: [{ kind: approval, name: release-manager }] }
 *     - { weight: 100 }             # when the last weight is below 100, a final 100% stage is assumed
 *   backgroundGates:                # optional: checks that run across every stage
 *     - { kind: metric-check, name: error-rate }
 *   rollback:                       # optional; without it nothing rolls back automatically
 *     automatic: true
 *     how: ["the kill switch flips on the error-rate alarm"]
 *   notes: ["ramps only in business hours"]   # optional
 * ```
 *
 * Every key is checked: an unknown key, a value of the wrong type, a weight outside 0-100 or not
 * above the one before it, or an unknown gate kind is reported at its line, and the document then
 * yields no plan at all. A file cannot declare its own bypasses, and cannot target a workload that a
 * controller rolls out (Deployment, StatefulSet, DaemonSet, ReplicaSet, Argo Rollout, Flagger Canary):
 * those are judged from their own manifests.
 */
import type { Gate, GateKind, Rollback, RolloutPlan, Stage, Strategy, Target } from '../core/model.js';
import { asString, field, isObject } from './access.js';
import type { PlainObject } from './access.js';
import { AdapterContext } from './context.js';
import { parseDuration } from './duration.js';
import { planId } from './plan-id.js';
import type { FormatAdapter, PathSegment } from './types.js';
import { clip, fieldPath as dotted } from './field-text.js';

export const NATIVE_API_VERSION = 'rollout-guard.dev/v1';
export const NATIVE_KIND = 'RolloutPlan';

export const native: FormatAdapter = {
  id: 'native',
  detect(doc) {
    return asString(field(doc.value, 'apiVersion'))?.startsWith(API_GROUP) === true;
  },
  toPlans(doc) {
    const ctx = new AdapterContext(doc);
    const plan = readPlan(ctx);
    return { plans: plan && ctx.diagnostics.length === 0 ? [plan] : [], diagnostics: ctx.diagnostics };
  },
};

const API_GROUP = 'rollout-guard.dev/';
const STRATEGIES: readonly Strategy[] = [
  'canary',
  'linear',
  'ab-test',
  'blue-green',
  'rolling',
  'all-at-once',
];
const GATE_KINDS: readonly GateKind[] = ['analysis', 'approval', 'metric-check', 'webhook'];

/**
 * Objects a Kubernetes controller rolls out. A hand-written plan for one would describe a rollout
 * that never happens, and (as `delivers`) would stand in for the workload's real, judged plan.
 */
const CONTROLLED_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Rollout', 'Canary'];

const TOP_KEYS = ['apiVersion', 'kind', 'metadata', 'spec'];
const METADATA_KEYS = ['name', 'namespace', 'labels', 'annotations'];
const SPEC_KEYS = ['target', 'strategy', 'stages', 'backgroundGates', 'rollback', 'notes'];
const TARGET_KEYS = ['kind', 'name', 'namespace'];
const STAGE_KEYS = ['name', 'weight', 'hold', 'gates', 'segment'];
const GATE_KEYS = ['kind', 'name'];
const ROLLBACK_KEYS = ['automatic', 'how'];

function readPlan(ctx: AdapterContext): RolloutPlan | undefined {
  const { doc } = ctx;
  const apiVersion = asString(field(doc.value, 'apiVersion'));
  const kind = field(doc.value, 'kind');
  if (apiVersion !== NATIVE_API_VERSION || kind !== NATIVE_KIND) {
    ctx.report(
      apiVersion === NATIVE_API_VERSION ? ['kind'] : ['apiVersion'],
      `rollout-guard reads only apiVersion ${NATIVE_API_VERSION} with kind ${NATIVE_KIND}`,
      'MANIFEST_UNSUPPORTED',
    );
    return undefined;
  }
  checkKeys(ctx, doc.value, [], TOP_KEYS);

  const metadata = readObject(ctx, doc.value, ['metadata'], true);
  const name = readString(ctx, metadata, ['metadata', 'name'], true);
  const namespace = readString(ctx, metadata, ['metadata', 'namespace'], false);
  if (metadata) {
    checkKeys(ctx, metadata, ['metadata'], METADATA_KEYS);
    readStringMap(ctx, metadata, ['metadata', 'labels']);
    readStringMap(ctx, metadata, ['metadata', 'annotations']);
  }

  const spec = readObject(ctx, doc.value, ['spec'], true);
  if (!spec) return undefined;
  checkKeys(ctx, spec, ['spec'], SPEC_KEYS, {
    bypasses: 'spec.bypasses cannot be declared: rollout-guard finds bypasses itself; remove the key',
  });
  const delivers = readTarget(ctx, spec, namespace);
  const strategy = readStrategy(ctx, spec);
  const stages = readStages(ctx, spec);
  const backgroundGates = readGates(ctx, spec, ['spec', 'backgroundGates']);
  const rollback = readRollback(ctx, spec);
  const notes = readStringList(ctx, spec, ['spec', 'notes']);
  if (name === undefined || !delivers || !stages) return undefined;

  const last = stages[stages.length - 1];
  if (last && last.weight < 100) {
    stages.push({ weight: 100, hold: 0, gates: [], line: doc.lineOf(['spec', 'stages']) });
    notes.push(`the last stage is at ${last.weight}%: a final 100% stage is assumed`);
  }
  const target: Target = { kind: NATIVE_KIND, name, ...(namespace !== undefined ? { namespace } : {}) };
  return {
    id: planId('native', NATIVE_KIND, doc),
    format: 'native',
    file: doc.file,
    line: doc.lineOf(['kind']),
    target,
    strategy,
    stages,
    backgroundGates,
    rollback,
    bypasses: [],
    delivers,
    notes,
  };
}

function readTarget(
  ctx: AdapterContext,
  spec: PlainObject,
  namespace: string | undefined,
): Target | undefined {
  const at = ['spec', 'target'];
  const target = readObject(ctx, spec, at, true);
  if (!target) return undefined;
  checkKeys(ctx, target, at, TARGET_KEYS);
  const kind = readString(ctx, target, [...at, 'kind'], true);
  const name = readString(ctx, target, [...at, 'name'], true);
  const targetNamespace = readString(ctx, target, [...at, 'namespace'], false) ?? namespace;
  if (kind !== undefined && CONTROLLED_KINDS.includes(kind)) {
    ctx.report(
      [...at, 'kind'],
      `spec.target.kind ${kind} is rolled out by its own controller, which ignores this plan; judge its own manifest instead`,
    );
    return undefined;
  }
  if (kind === undefined || name === undefined) return undefined;
  return { kind, name, ...(targetNamespace !== undefined ? { namespace: targetNamespace } : {}) };
}

function readStrategy(ctx: AdapterContext, spec: PlainObject): Strategy {
  const value = field(spec, 'strategy');
  if (value === undefined) return 'canary';
  const strategy = STRATEGIES.find((known) => known === value);
  if (!strategy) ctx.report(['spec', 'strategy'], `spec.strategy must be one of ${STRATEGIES.join(', ')}`);
  return strategy ?? 'canary';
}

function readStages(ctx: AdapterContext, spec: PlainObject): Stage[] | undefined {
  const at: PathSegment[] = ['spec', 'stages'];
  const value = field(spec, 'stages');
  if (!Array.isArray(value) || value.length === 0) {
    ctx.report(
      at,
      value === undefined ? 'spec.stages is required' : 'spec.stages must be a non-empty list of stages',
    );
    return undefined;
  }
  const stages: Stage[] = [];
  let previous: number | undefined;
  value.forEach((raw, i) => {
    const stageAt = [...at, i];
    if (!isObject(raw)) {
      ctx.invalid(stageAt, 'must be a mapping with at least a weight');
      return;
    }
    checkKeys(ctx, raw, stageAt, STAGE_KEYS);
    const weight = readWeight(ctx, raw, [...stageAt, 'weight']);
    if (weight !== undefined && previous !== undefined && weight <= previous) {
      ctx.report(
        [...stageAt, 'weight'],
        `${dotted([...stageAt, 'weight'])} must be above the stage before it (${previous})`,
      );
    }
    if (weight !== undefined) previous = Math.max(previous ?? weight, weight);
    const hold = readHold(ctx, raw, [...stageAt, 'hold']);
    const gates = readGates(ctx, raw, [...stageAt, 'gates']);
    const name = readString(ctx, raw, [...stageAt, 'name'], false);
    const segment = readString(ctx, raw, [...stageAt, 'segment'], false);
    if (weight === undefined || hold === undefined) return;
    stages.push({
      weight,
      hold,
      gates,
      line: ctx.doc.lineOf(stageAt),
      ...(name !== undefined ? { name } : {}),
      ...(segment !== undefined ? { segment } : {}),
    });
  });
  return stages;
}

function readWeight(ctx: AdapterContext, stage: PlainObject, at: PathSegment[]): number | undefined {
  const value = field(stage, 'weight');
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100) return value;
  ctx.report(
    value === undefined ? at.slice(0, -1) : at,
    value === undefined
      ? `${dotted(at)} is required`
      : `${dotted(at)} must be a number from 0 to 100${typeof value === 'number' ? `, not ${value}` : ''}`,
  );
  return undefined;
}

function readHold(ctx: AdapterContext, stage: PlainObject, at: PathSegment[]): number | 'manual' | undefined {
  const value = field(stage, 'hold');
  if (value === undefined) return 0;
  if (value === 'manual') return 'manual';
  const seconds = typeof value === 'number' || typeof value === 'string' ? parseDuration(value) : undefined;
  if (seconds === undefined) {
    ctx.invalid(at, 'must be a duration (30m, 1h30m, PT5M), a number of seconds, or manual');
  }
  return seconds;
}

function readGates(ctx: AdapterContext, parent: PlainObject, at: PathSegment[]): Gate[] {
  const value = field(parent, String(at[at.length - 1]));
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    ctx.invalid(at, 'must be a list of gates');
    return [];
  }
  const gates: Gate[] = [];
  value.forEach((raw, i) => {
    const gateAt = [...at, i];
    const line = ctx.doc.lineOf(gateAt);
    if (typeof raw === 'string') {
      const kind = gateKind(ctx, raw, gateAt);
      if (kind) gates.push({ kind, line, effective: true });
      return;
    }
    if (!isObject(raw)) {
      ctx.invalid(gateAt, `must be a gate kind (${GATE_KINDS.join(', ')}) or {kind, name}`);
      return;
    }
    checkKeys(ctx, raw, gateAt, GATE_KEYS);
    const rawKind = field(raw, 'kind');
    let kind: GateKind | undefined;
    if (typeof rawKind === 'string') kind = gateKind(ctx, rawKind, [...gateAt, 'kind']);
    else {
      ctx.report(
        rawKind === undefined ? gateAt : [...gateAt, 'kind'],
        `${dotted([...gateAt, 'kind'])} is required: one of ${GATE_KINDS.join(', ')}`,
      );
    }
    const name = readString(ctx, raw, [...gateAt, 'name'], false);
    if (kind) gates.push({ kind, ...(name !== undefined ? { name } : {}), line, effective: true });
  });
  return gates;
}

function gateKind(ctx: AdapterContext, value: string, at: PathSegment[]): GateKind | undefined {
  const kind = GATE_KINDS.find((known) => known === value);
  if (!kind) ctx.invalid(at, `is not a gate kind: use one of ${GATE_KINDS.join(', ')}`);
  return kind;
}

function readRollback(ctx: AdapterContext, spec: PlainObject): Rollback {
  const at = ['spec', 'rollback'];
  const rollback = readObject(ctx, spec, at, false);
  if (!rollback) return { automatic: false, how: [] };
  checkKeys(ctx, rollback, at, ROLLBACK_KEYS);
  const automatic = field(rollback, 'automatic');
  if (typeof automatic !== 'boolean') {
    ctx.report(
      automatic === undefined ? at : [...at, 'automatic'],
      automatic === undefined
        ? 'spec.rollback.automatic is required'
        : 'spec.rollback.automatic must be true or false',
    );
  }
  return {
    automatic: automatic === true,
    how: readStringList(ctx, rollback, [...at, 'how']),
    line: ctx.doc.lineOf(at),
  };
}

// ---------------------------------------------------------------------------------------------
// Strict readers: each reports at the exact line and returns undefined when the value is unusable.

function checkKeys(
  ctx: AdapterContext,
  object: unknown,
  at: PathSegment[],
  allowed: readonly string[],
  explained: Record<string, string> = {},
): void {
  if (!isObject(object)) return;
  for (const key of Object.keys(object)) {
    if (allowed.includes(key)) continue;
    const message = Object.prototype.hasOwnProperty.call(explained, key)
      ? explained[key]
      : `unknown key \`${clip(key)}\` in ${at.length > 0 ? dotted(at) : 'the document'}; allowed: ${allowed.join(', ')}`;
    ctx.report([...at, key], message ?? '');
  }
}

function readObject(
  ctx: AdapterContext,
  parent: unknown,
  at: PathSegment[],
  required: boolean,
): PlainObject | undefined {
  const value = field(parent, String(at[at.length - 1]));
  if (isObject(value)) return value;
  if (value !== undefined) ctx.invalid(at, 'must be a mapping');
  else if (required && isObject(parent)) ctx.report(at.slice(0, -1), `${dotted(at)} is required`);
  return undefined;
}

function readString(
  ctx: AdapterContext,
  parent: unknown,
  at: PathSegment[],
  required: boolean,
): string | undefined {
  const value = field(parent, String(at[at.length - 1]));
  if (typeof value === 'string' && value !== '') return value;
  if (value !== undefined) ctx.invalid(at, 'must be a non-empty string');
  else if (required && isObject(parent)) ctx.report(at.slice(0, -1), `${dotted(at)} is required`);
  return undefined;
}

function readStringList(ctx: AdapterContext, parent: PlainObject, at: PathSegment[]): string[] {
  const value = field(parent, String(at[at.length - 1]));
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    ctx.invalid(at, 'must be a list of strings');
    return [];
  }
  return [...value];
}

function readStringMap(ctx: AdapterContext, parent: PlainObject, at: PathSegment[]): void {
  const value = field(parent, String(at[at.length - 1]));
  if (value === undefined) return;
  if (!isObject(value) || !Object.values(value).every((item) => typeof item === 'string')) {
    ctx.invalid(at, 'must map names to strings');
  }
}
