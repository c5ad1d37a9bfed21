import type { RolloutPlan, Stage, Strategy, Target } from '../core/model.js';
import { asArray, asString, field, isObject, path } from './access.js';
import { AdapterContext } from './context.js';
import { clip, describeValue as describe } from './field-text.js';
import { formatDuration, parseDuration } from './duration.js';
import { planId } from './plan-id.js';
import type { AdapterResult, FormatAdapter, PathSegment, SourceDocument } from './types.js';

/**
 * Knative Serving (serving.knative.dev): a `Service` or `Route` becomes one plan, read from
 * `spec.traffic` as the route reconciler reads it (knative/serving pkg/apis/serving/v1
 * route_validation.go, pkg/reconciler/route/traffic). Every change to a Service's template makes a
 * new revision; what share of traffic it gets, and when, is written in `traffic`:
 * - no `traffic`, or 100% on the latest revision: each new revision takes all traffic as soon as
 *   it is ready;
 * - part on the latest revision, the rest pinned: the new revision takes that part at once, and
 *   the rest moves when someone edits the manifest;
 * - every entry pinned to a named revision: the split written there is the canary (90/10), and
 *   the change that moves the percentages is the rollout step;
 * - `serving.knative.dev/rollout-duration` moves the latest revision's share in gradually: 1%
 *   first, then equal steps over the duration, by time alone (no analysis, no rollback).
 * Configuration and Revision objects are recognised and make no plan.
 */
export const knative: FormatAdapter = {
  id: 'knative',
  detect(doc) {
    const apiVersion = asString(field(doc.value, 'apiVersion'));
    const kind = asString(field(doc.value, 'kind'));
    return apiVersion?.startsWith(API_GROUP) === true && kind !== undefined && KINDS.has(kind);
  },
  toPlans(doc) {
    const kind = asString(field(doc.value, 'kind'));
    if (kind !== 'Service' && kind !== 'Route') return { plans: [], diagnostics: [] };
    return routePlans(doc, kind);
  },
};

const API_GROUP = 'serving.knative.dev/';
const KINDS = new Set(['Service', 'Route', 'Configuration', 'Revision']);
const ROLLOUT_DURATION = 'serving.knative.dev/rollout-duration';
const NO_ROLLBACK = [
  'Knative never rolls a revision back by itself: traffic stays where the manifest puts it until someone edits it',
];
const GO_DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;

class Context extends AdapterContext {
  constructor(
    doc: SourceDocument,
    readonly kind: 'Service' | 'Route',
  ) {
    super(doc);
  }
}

/** One traffic target, after Knative's defaults. */
interface Entry {
  at: PathSegment[];
  percent: number;
  /** Follows the newest ready revision (of the Service, or of a Route's configurationName). */
  latest: boolean;
  revisionName: string | undefined;
  tag: string | undefined;
}

function routePlans(doc: SourceDocument, kind: 'Service' | 'Route'): AdapterResult {
  const ctx = new Context(doc, kind);
  const entries = readTraffic(ctx);
  const duration = readRolloutDuration(ctx);
  const shape = entries === undefined ? noTraffic(ctx, duration) : trafficShape(ctx, entries, duration);
  const namespace = asString(path(doc.value, ['metadata', 'namespace']));
  const target: Target = {
    kind,
    name: asString(path(doc.value, ['metadata', 'name'])) ?? '',
    ...(namespace !== undefined ? { namespace } : {}),
  };
  const plan: RolloutPlan = {
    id: planId('knative', kind, doc),
    format: 'knative',
    file: doc.file,
    line: doc.lineOf(['kind']),
    target,
    strategy: shape.strategy,
    stages: shape.stages,
    backgroundGates: [],
    rollback: { automatic: false, how: NO_ROLLBACK },
    bypasses: [],
    notes: ctx.notes,
  };
  return { plans: [plan], diagnostics: ctx.diagnostics };
}

interface Shape {
  strategy: Strategy;
  stages: Stage[];
}

/** `spec.traffic`, or undefined when it is left out (100% to the latest revision). */
function readTraffic(ctx: Context): Entry[] | undefined {
  const at: PathSegment[] = ['spec', 'traffic'];
  const raw = path(ctx.doc.value, ['spec', 'traffic']);
  if (raw === undefined || raw === null) {
    if (ctx.kind === 'Route')
      ctx.invalid(at, 'a Route needs spec.traffic; read as all traffic to the latest revision');
    return undefined;
  }
  const list = asArray(raw);
  if (list === undefined) {
    ctx.invalid(
      at,
      `must be a list of traffic targets, got ${describe(raw)}; read as all traffic to the latest revision`,
    );
    return undefined;
  }
  const entries = list.flatMap((item, index) => readEntry(ctx, [...at, index], item));
  const sum = entries.reduce((total, entry) => total + entry.percent, 0);
  if (sum !== 100) {
    // The webhook rejects it (route_validation.go validateTrafficList: "Traffic targets sum to N, want 100").
    ctx.invalid(at, `percents sum to ${sum}, not 100: Knative rejects the ${ctx.kind}`);
  }
  return entries;
}

function readEntry(ctx: Context, at: PathSegment[], item: unknown): Entry[] {
  if (!isObject(item)) {
    ctx.invalid(at, `must be a traffic target map, got ${describe(item)}`);
    return [];
  }
  const rawPercent = field(item, 'percent');
  let percent = 0;
  if (rawPercent !== undefined && rawPercent !== null) {
    if (
      typeof rawPercent !== 'number' ||
      !Number.isInteger(rawPercent) ||
      rawPercent < 0 ||
      rawPercent > 100
    ) {
      ctx.invalid(
        [...at, 'percent'],
        `must be a whole percentage from 0 to 100, got ${describe(rawPercent)}`,
      );
    } else {
      percent = rawPercent;
    }
  }
  const revisionName = nonEmpty(field(item, 'revisionName'));
  const configurationName = nonEmpty(field(item, 'configurationName'));
  const rawLatest = field(item, 'latestRevision');
  if (rawLatest !== undefined && rawLatest !== null && typeof rawLatest !== 'boolean') {
    ctx.invalid([...at, 'latestRevision'], `must be true or false, got ${describe(rawLatest)}`);
  }
  // Defaults (TrafficTarget.SetDefaults): latestRevision is true exactly when no revision is named.
  const latest = typeof rawLatest === 'boolean' ? rawLatest : revisionName === undefined;
  if (typeof rawLatest === 'boolean' && rawLatest === (revisionName !== undefined)) {
    ctx.invalid(
      [...at, 'latestRevision'],
      rawLatest
        ? 'is true beside a revisionName: Knative rejects the traffic target'
        : 'is false without a revisionName: Knative rejects the traffic target',
    );
  }
  if (ctx.kind === 'Service' && configurationName !== undefined) {
    ctx.invalid([...at, 'configurationName'], 'is not allowed in a Service: Knative rejects it');
  }
  if (ctx.kind === 'Route' && revisionName === undefined && configurationName === undefined) {
    ctx.invalid(at, 'names neither a revisionName nor a configurationName: Knative rejects it');
  }
  return [{ at, percent, latest, revisionName, tag: nonEmpty(field(item, 'tag')) }];
}

/** The rollout-duration annotation in seconds: a positive Go duration at second precision. */
function readRolloutDuration(ctx: Context): { seconds: number; line: number } | undefined {
  const at: PathSegment[] = ['metadata', 'annotations', ROLLOUT_DURATION];
  const raw = path(ctx.doc.value, ['metadata', 'annotations', ROLLOUT_DURATION]);
  if (raw === undefined || raw === null) {
    ctx.notes.push(
      `no ${ROLLOUT_DURATION} annotation: a cluster-wide rollout-duration in the config-network ConfigMap, if any, is not visible here`,
    );
    return undefined;
  }
  const text = typeof raw === 'string' ? raw.trim() : undefined;
  const seconds = text !== undefined && GO_DURATION.test(text) ? parseDuration(text) : undefined;
  if (seconds === undefined || seconds <= 0 || !Number.isInteger(seconds)) {
    // metadata_validation.go ValidateRolloutDurationAnnotation: a positive duration in whole seconds.
    ctx.invalid(
      at,
      `must be a positive duration in whole seconds such as 380s, got ${describe(raw)}: Knative rejects it`,
    );
    return undefined;
  }
  return { seconds, line: ctx.doc.lineOf(at) };
}

function noTraffic(ctx: Context, duration: { seconds: number; line: number } | undefined): Shape {
  const line = ctx.doc.lineOf(['spec']);
  ctx.notes.push('no spec.traffic: all traffic follows the latest ready revision');
  return latestTakesAll(ctx, line, duration);
}

function trafficShape(
  ctx: Context,
  entries: Entry[],
  duration: { seconds: number; line: number } | undefined,
): Shape {
  const line = ctx.doc.lineOf(['spec', 'traffic']);
  for (const entry of entries) {
    if (entry.percent === 0 && entry.tag !== undefined) {
      ctx.notes.push(
        `tag ${clip(entry.tag)} reaches ${entry.latest ? 'the latest revision' : `revision ${clip(entry.revisionName ?? '')}`} at its own URL, with no share of the traffic`,
      );
    }
  }
  const latest = entries.filter((entry) => entry.latest && entry.percent > 0);
  const latestShare = Math.min(
    100,
    latest.reduce((total, entry) => total + entry.percent, 0),
  );
  if (latestShare >= 100) return latestTakesAll(ctx, line, duration);
  if (latestShare > 0) {
    const pinned = entries.filter((entry) => !entry.latest && entry.percent > 0);
    ctx.notes.push(
      `each new revision takes ${latestShare}% as soon as it is ready${duration ? ` (moved in over ${formatDuration(duration.seconds)})` : ''}; the rest stays on ${pinned.map((e) => `revision ${clip(e.revisionName ?? '')}`).join(', ') || 'pinned revisions'} until someone edits spec.traffic`,
    );
    return {
      strategy: 'canary',
      stages: [
        {
          weight: latestShare,
          hold: 'manual',
          gates: [],
          line: ctx.doc.lineOf(latest[0]?.at ?? ['spec', 'traffic']),
        },
        { weight: 100, hold: 0, gates: [], line },
      ],
    };
  }
  const shares = entries.filter((entry) => entry.percent > 0);
  if (shares.length <= 1) {
    const only = shares[0];
    ctx.notes.push(
      `all traffic is pinned to revision ${clip(only?.revisionName ?? '')}: a new revision gets none until the manifest names it, and then all of it at once`,
    );
    return { strategy: 'all-at-once', stages: [{ weight: 100, hold: 0, gates: [], line }] };
  }
  // A split across named revisions is the hand-made canary: its smallest share is the exposure.
  const smallest = shares.reduce((min, entry) => (entry.percent < min.percent ? entry : min));
  ctx.notes.push(
    `traffic is split across named revisions (${shares.map((e) => `${clip(e.revisionName ?? '')} ${e.percent}%`).join(', ')}): the canary is the smallest share, and each edit of the percentages is a step`,
  );
  return {
    strategy: 'canary',
    stages: [
      { weight: smallest.percent, hold: 'manual', gates: [], line: ctx.doc.lineOf(smallest.at) },
      { weight: 100, hold: 0, gates: [], line },
    ],
  };
}

/**
 * The latest revision takes all traffic: at once, or with rollout-duration 1% first and the rest
 * in equal steps over the duration. How many steps depends on how long the 1% took to become ready
 * (pkg/reconciler/route/traffic/rollout.go computeProperties: one step when that took half the
 * duration or more), so the plan shows the case the manifest cannot rule out: 1%, then the rest.
 */
function latestTakesAll(
  ctx: Context,
  line: number,
  duration: { seconds: number; line: number } | undefined,
): Shape {
  if (duration === undefined) {
    ctx.notes.push(
      `every new revision takes all traffic as soon as it is ready: a change to the ${ctx.kind === 'Service' ? 'Service template' : 'configuration'} ships at once`,
    );
    return { strategy: 'all-at-once', stages: [{ weight: 100, hold: 0, gates: [], line }] };
  }
  ctx.notes.push(
    `${ROLLOUT_DURATION} ${formatDuration(duration.seconds)}: a new revision takes 1% first, then the rest in equal steps over the duration, by time alone; the number of steps depends on how fast the 1% became ready (one step at worst)`,
  );
  return {
    strategy: 'linear',
    stages: [
      { weight: 1, hold: duration.seconds, gates: [], line: duration.line },
      { weight: 100, hold: 0, gates: [], line },
    ],
  };
}

function nonEmpty(value: unknown): string | undefined {
  const text = asString(value);
  return text === undefined || text === '' ? undefined : text;
}
