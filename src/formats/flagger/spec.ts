import type { Target } from '../../core/model.js';
import { asArray, asNumber, asString, field, isObject } from '../access.js';
import type { PlainObject } from '../access.js';
import { parseDuration } from '../duration.js';
import type { PathSegment } from '../types.js';
import type { AdapterContext } from '../context.js';
import { describeValue as describe } from '../field-text.js';

/**
 * Reading a Canary's spec: its switches, provider, target, analysis and webhooks; Flagger's
 * defaults and constants.
 */

export const API_GROUP = 'flagger.app/';
export const KNOWN_API_VERSIONS = ['flagger.app/v1beta1', 'flagger.app/v1alpha3', 'flagger.app/v1alpha1'];
const DEFAULT_INTERVAL = 60;
const MIN_INTERVAL = 10;
const DEFAULT_THRESHOLD = 1;
const GO_DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
/** Iterations Flagger forces when `provider: kubernetes` is given a weighted canary. */
export const KUBERNETES_PROVIDER_ITERATIONS = 10;
export const BUILTIN_METRICS = new Set(['request-success-rate', 'request-duration']);
const WEBHOOK_TYPES = new Set([
  '',
  'confirm-rollout',
  'pre-rollout',
  'rollout',
  'confirm-traffic-increase',
  'confirm-promotion',
  'post-rollout',
  'rollback',
  'event',
]);
/** Analysis fields that Flagger only reads under `spec.analysis`; at `spec` level they are pruned. */
const ANALYSIS_ONLY_KEYS = [
  'interval',
  'threshold',
  'maxWeight',
  'stepWeight',
  'stepWeights',
  'iterations',
  'match',
  'metrics',
  'webhooks',
];

type AnalysisKey = 'analysis' | 'canaryAnalysis';

export interface Analysis {
  key: AnalysisKey;
  value: PlainObject;
  /** Seconds between checks, after Flagger's default and minimum. */
  interval: number;
  threshold: number;
  iterations: number;
  match: unknown[];
  stepWeight: number;
  stepWeights: number[];
  maxWeight: number | undefined;
  mirror: boolean;
}

export interface Webhook {
  type: string;
  name: string | undefined;
  line: number;
  /** A flagger-loadtester task that answers 202 before its command runs: it cannot fail a check. */
  loadTest: boolean;
}

/** The switches that decide whether Flagger analyses the rollout at all. */
export interface Switches {
  skipAnalysis: boolean;
  suspended: boolean;
  analysis: Analysis | undefined;
}

/** A boolean switch; anything but true/false is reported and read as on (fail closed). */
export function readSwitch(
  ctx: AdapterContext,
  spec: PlainObject,
  key: string,
  consequence: string,
): boolean {
  const value = field(spec, key);
  if (value === undefined || value === null || value === false) return false;
  if (value === true) return true;
  ctx.invalid(['spec', key], `must be true or false, not ${describe(value)}; ${consequence}`);
  return true;
}

export function readProvider(ctx: AdapterContext, spec: PlainObject): string | undefined {
  const value = field(spec, 'provider');
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    ctx.invalid(['spec', 'provider'], `must be a string, not ${describe(value)}`);
    return undefined;
  }
  return value;
}

export function readTargetRef(
  ctx: AdapterContext,
  spec: PlainObject,
  namespace: string | undefined,
): Target | undefined {
  const ref = field(spec, 'targetRef');
  const name = asString(field(ref, 'name'));
  if (!isObject(ref) || name === undefined || name === '') {
    ctx.invalid(['spec', 'targetRef'], 'must be a mapping with a name');
    return undefined;
  }
  const kind = asString(field(ref, 'kind')) ?? 'Deployment';
  // Flagger looks the target up in the Canary's own namespace and ignores targetRef.namespace
  // (pkg/canary/deployment_controller.go reads cd.Spec.TargetRef.Name in cd.Namespace).
  const refNamespace = asString(field(ref, 'namespace'));
  if (refNamespace !== undefined && refNamespace !== (namespace ?? '')) {
    ctx.notes.push(
      `spec.targetRef.namespace ${refNamespace} is ignored: Flagger delivers the ${kind} ${name} of the Canary's own namespace${namespace !== undefined ? ` (${namespace})` : ''}`,
    );
  }
  return { kind, name, ...(namespace !== undefined ? { namespace } : {}) };
}

/** `spec.analysis`, else the deprecated `spec.canaryAnalysis` (Flagger's `GetAnalysis()`). */
export function readAnalysis(ctx: AdapterContext, spec: PlainObject): Analysis | undefined {
  const present = (key: AnalysisKey) => field(spec, key) !== undefined && field(spec, key) !== null;
  const key: AnalysisKey | undefined = present('analysis')
    ? 'analysis'
    : present('canaryAnalysis')
      ? 'canaryAnalysis'
      : undefined;
  if (key === undefined) return undefined;
  if (key === 'analysis' && present('canaryAnalysis')) {
    ctx.notes.push('spec.canaryAnalysis is ignored: spec.analysis takes precedence');
  }
  const value = field(spec, key);
  if (!isObject(value)) {
    ctx.invalid(['spec', key], `must be a mapping, not ${describe(value)}; it is read as absent`);
    return undefined;
  }
  const at = (name: string): PathSegment[] => ['spec', key, name];

  const stepWeights = readList(ctx, value, at('stepWeights'))
    .map((item, i) => readWeight(ctx, item, [...at('stepWeights'), i]))
    .filter((weight): weight is number => weight !== undefined);
  if (stepWeights.some((weight, i) => i > 0 && weight <= (stepWeights[i - 1] ?? 0))) {
    ctx.invalid(at('stepWeights'), 'must ascend');
  }

  return {
    key,
    value,
    interval: readInterval(ctx, value, at('interval')),
    threshold: positiveOr(readInteger(ctx, value, at('threshold')), DEFAULT_THRESHOLD),
    iterations: positiveOr(readInteger(ctx, value, at('iterations')), 0),
    match: readList(ctx, value, at('match')),
    stepWeight: positiveOr(readWeight(ctx, field(value, 'stepWeight'), at('stepWeight')), 0),
    stepWeights,
    maxWeight: readMaxWeight(ctx, value, at('maxWeight')),
    mirror: field(value, 'mirror') === true,
  };
}

function readInterval(ctx: AdapterContext, analysis: PlainObject, at: PathSegment[]): number {
  const value = field(analysis, 'interval');
  if (value === undefined || value === null || value === '') return DEFAULT_INTERVAL;
  // Flagger reads a Go duration (time.ParseDuration): no bare numbers, days or ISO-8601.
  const seconds = typeof value === 'string' && GO_DURATION.test(value) ? parseDuration(value) : undefined;
  if (seconds === undefined) {
    ctx.invalid(at, `must be a duration such as 1m or 30s; Flagger's default of 60s is assumed`);
    return DEFAULT_INTERVAL;
  }
  return Math.max(seconds, MIN_INTERVAL);
}

function readInteger(ctx: AdapterContext, object: PlainObject, at: PathSegment[]): number | undefined {
  const value = field(object, String(at[at.length - 1]));
  if (value === undefined || value === null) return undefined;
  const number = asNumber(value);
  if (number === undefined || !Number.isInteger(number)) {
    ctx.invalid(at, `must be a whole number, not ${describe(value)}`);
    return undefined;
  }
  return number;
}

function readWeight(ctx: AdapterContext, value: unknown, at: PathSegment[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number = asNumber(value);
  if (number === undefined || !Number.isInteger(number) || number < 0 || number > 100) {
    ctx.invalid(at, `must be a whole percentage from 0 to 100, not ${describe(value)}`);
    return undefined;
  }
  return number;
}

function readMaxWeight(ctx: AdapterContext, analysis: PlainObject, at: PathSegment[]): number | undefined {
  const weight = readWeight(ctx, field(analysis, 'maxWeight'), at);
  return weight !== undefined && weight > 0 ? weight : undefined;
}

export function readList(ctx: AdapterContext, object: PlainObject, at: PathSegment[]): unknown[] {
  const value = field(object, String(at[at.length - 1]));
  if (value === undefined || value === null) return [];
  const list = asArray(value);
  if (!list) ctx.invalid(at, `must be a list, not ${describe(value)}`);
  return list ?? [];
}

export function readWebhooks(ctx: AdapterContext, analysis: Analysis): Webhook[] {
  const at: PathSegment[] = ['spec', analysis.key, 'webhooks'];
  const webhooks: Webhook[] = [];
  readList(ctx, analysis.value, at).forEach((item, i) => {
    const itemAt = [...at, i];
    if (!isObject(item)) {
      ctx.invalid(itemAt, `must be a mapping, not ${describe(item)}`);
      return;
    }
    const rawType = field(item, 'type');
    const type = rawType === undefined || rawType === null ? '' : asString(rawType);
    if (type === undefined || !WEBHOOK_TYPES.has(type)) {
      // The CRD rejects an unknown type, so the webhook is counted as no gate at all.
      ctx.invalid([...itemAt, 'type'], `is not a Flagger webhook type; the webhook is ignored`);
      return;
    }
    webhooks.push({
      type,
      name: asString(field(item, 'name')),
      line: ctx.doc.lineOf(itemAt),
      loadTest: isLoadTest(field(item, 'metadata')),
    });
  });
  return webhooks;
}

export function noteMisplacedAnalysisKeys(ctx: AdapterContext, spec: PlainObject): void {
  for (const key of ANALYSIS_ONLY_KEYS) {
    if (field(spec, key) !== undefined) {
      ctx.notes.push(
        `spec.${key} is not read by Flagger (the API server prunes it): it belongs under spec.analysis`,
      );
    }
  }
}

function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && value > 0 ? value : fallback;
}

/**
 * flagger-loadtester (pkg/loadtester/server.go) runs `metadata.cmd` in the background and answers
 * 202 Accepted for the default task type `cmd` and for `ngrinder`; Flagger counts any answer up
 * to 202 as a pass (pkg/controller/webhook.go). Only the blocking types (bash, helm, helmv3,
 * kubectl, concord) report the command's failure.
 */
export function isLoadTest(metadata: unknown): boolean {
  if (!isObject(metadata) || asString(field(metadata, 'cmd')) === undefined) return false;
  const type = field(metadata, 'type');
  return type === undefined || type === 'cmd' || type === 'ngrinder';
}
