import type { Gate } from '../../core/model.js';
import { asArray, asString, field, isObject, path } from '../access.js';
import type { PathSegment } from '../types.js';
import { describeValue as describe, fieldPath as dotted } from '../field-text.js';
import { FIRST_DEPLOY_NOTE, STAGES, present, readBoolean, readList } from './file.js';
import type { Phase, PipelineStage, Rollout, Context } from './file.js';

/**
 * A stage's strategy: standard, or a canary by percentages or by custom phases, with its verify
 * and other checks.
 */

export function readStrategy(ctx: Context, stage: PipelineStage): Rollout {
  const at: PathSegment[] = [...STAGES, stage.index, 'strategy'];
  const strategy = field(stage.value, 'strategy');
  if (!present(strategy)) return standardRollout(ctx.doc.lineOf([...STAGES, stage.index, 'targetId']), []);
  if (!isObject(strategy)) {
    ctx.invalid(at, `must be a map holding standard or canary, got ${describe(strategy)}`);
    return standardRollout(ctx.doc.lineOf(at), []);
  }
  const canary = field(strategy, 'canary');
  const standard = field(strategy, 'standard');
  if (present(canary) && present(standard)) {
    ctx.invalid(at, 'holds both standard and canary; read as standard');
  } else if (present(canary)) {
    return readCanary(ctx, [...at, 'canary'], canary);
  }
  const standardAt = present(standard) ? [...at, 'standard'] : at;
  if (present(standard) && !isObject(standard)) {
    ctx.invalid(standardAt, `must be a map, got ${describe(standard)}`);
  }
  const checks = readChecks(ctx, standardAt, standard);
  return standardRollout(ctx.doc.lineOf(standardAt), allChecks(checks));
}

function standardRollout(line: number, gates: Gate[]): Rollout {
  return { strategy: 'all-at-once', phases: [], stable: { name: 'stable', weight: 100, line, gates } };
}

function readCanary(ctx: Context, at: PathSegment[], canary: unknown): Rollout {
  if (!isObject(canary)) {
    ctx.invalid(at, `must be a map with canaryDeployment or customCanaryDeployment, got ${describe(canary)}`);
    return standardRollout(ctx.doc.lineOf(at), []);
  }
  const percentages = field(canary, 'canaryDeployment');
  const custom = field(canary, 'customCanaryDeployment');
  if (present(percentages) && present(custom)) {
    ctx.invalid(at, 'holds both canaryDeployment and customCanaryDeployment; read canaryDeployment');
  }
  if (present(percentages)) return percentageCanary(ctx, [...at, 'canaryDeployment'], percentages);
  if (present(custom)) return customCanary(ctx, [...at, 'customCanaryDeployment'], custom);
  ctx.invalid(at, 'needs canaryDeployment or customCanaryDeployment; read as a deploy straight to 100%');
  return standardRollout(ctx.doc.lineOf(at), []);
}

/** `percentages: [25, 50]`: phases canary-25 and canary-50, then an implicit stable 100%. */
function percentageCanary(ctx: Context, at: PathSegment[], deployment: unknown): Rollout {
  if (!isObject(deployment)) {
    ctx.invalid(at, `must be a map with percentages, got ${describe(deployment)}`);
  }
  const checks = readChecks(ctx, at, deployment);
  const perPhase = [checks.verify, checks.analysis].filter(isGate);
  const listAt = [...at, 'percentages'];
  let previous = -1;
  const phases = readList(ctx, field(deployment, 'percentages'), listAt).flatMap((value, index): Phase[] => {
    const valid = typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
    if (!valid || value <= previous) {
      ctx.invalid(
        [...listAt, index],
        `must be a whole percentage from 0 to 100, above the one before it; got ${describe(value)}`,
      );
      return [];
    }
    previous = value;
    return [
      {
        name: `canary-${value}`,
        weight: value,
        line: ctx.doc.lineOf([...listAt, index]),
        gates: perPhase.map((gate) => ({ ...gate })),
      },
    ];
  });
  const stable: Phase = {
    name: 'stable',
    weight: 100,
    line: ctx.doc.lineOf(at),
    gates: perPhase.map((gate) => ({ ...gate })),
  };
  // The predeploy job runs before the first phase, the postdeploy job after the last one.
  if (checks.predeploy) (phases[0] ?? stable).gates.unshift(checks.predeploy);
  if (checks.postdeploy) stable.gates.push(checks.postdeploy);
  if (phases.length === 0) {
    ctx.notes.push(`${dotted(listAt)} lists no canary percentage: the rollout deploys straight to 100%`);
    return { strategy: 'all-at-once', phases: [], stable };
  }
  ctx.notes.push(FIRST_DEPLOY_NOTE);
  return { strategy: 'canary', phases, stable };
}

/** `phaseConfigs[]`: named phases with their own checks; the last one must be stable at 100%. */
function customCanary(ctx: Context, at: PathSegment[], deployment: unknown): Rollout {
  const listAt = [...at, 'phaseConfigs'];
  const phases = readList(ctx, field(deployment, 'phaseConfigs'), listAt).flatMap((value, index): Phase[] => {
    const phaseAt = [...listAt, index];
    const name = asString(field(value, 'phaseId'));
    const weight = field(value, 'percentage');
    if (!isObject(value) || name === undefined || name === '') {
      ctx.invalid(phaseAt, 'must be a map with phaseId and percentage; the phase was ignored');
      return [];
    }
    if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 0 || weight > 100) {
      ctx.invalid(
        [...phaseAt, 'percentage'],
        `must be a whole percentage from 0 to 100, got ${describe(weight)}`,
      );
      return [];
    }
    const gates = allChecks(readChecks(ctx, phaseAt, value));
    return [{ name, weight, line: ctx.doc.lineOf(phaseAt), gates }];
  });
  if (!isObject(deployment)) ctx.invalid(at, `must be a map with phaseConfigs, got ${describe(deployment)}`);
  let stable = phases[phases.length - 1];
  if (stable?.weight === 100) {
    phases.pop();
  } else {
    ctx.invalid(listAt, 'must end with the stable phase at 100%; read as if it did');
    stable = { name: 'stable', weight: 100, line: ctx.doc.lineOf(listAt), gates: [] };
  }
  if (phases.length === 0) return { strategy: 'all-at-once', phases: [], stable };
  ctx.notes.push(FIRST_DEPLOY_NOTE);
  return { strategy: 'canary', phases, stable };
}

interface Checks {
  verify?: Gate;
  analysis?: Gate;
  predeploy?: Gate;
  postdeploy?: Gate;
}

/** verify, analysis and the predeploy/postdeploy jobs of a strategy block or phase: a failure fails the rollout. */
function readChecks(ctx: Context, at: PathSegment[], block: unknown): Checks {
  const checks: Checks = {};
  const verifyAt = [...at, 'verify'];
  if (readBoolean(ctx, field(block, 'verify'), verifyAt, false) === true) {
    checks.verify = { kind: 'analysis', name: 'verify', line: ctx.doc.lineOf(verifyAt), effective: true };
  }
  const analysis = field(block, 'analysis');
  if (present(analysis)) {
    if (isObject(analysis)) {
      const ids = [
        ...(asArray(field(analysis, 'customChecks')) ?? []),
        ...(asArray(path(analysis, ['googleCloud', 'alertPolicyChecks'])) ?? []),
      ].flatMap((check) => asString(field(check, 'id')) ?? []);
      checks.analysis = {
        kind: 'analysis',
        name: ids.length > 0 ? ids.join(', ') : 'analysis',
        line: ctx.doc.lineOf([...at, 'analysis']),
        effective: true,
      };
    } else {
      ctx.invalid([...at, 'analysis'], `must be a map, got ${describe(analysis)}`);
    }
  }
  for (const job of ['predeploy', 'postdeploy'] as const) {
    const actionsAt = [...at, job, 'actions'];
    const actions = readList(ctx, path(block, [job, 'actions']), actionsAt).flatMap(
      (action) => asString(action) ?? [],
    );
    if (actions.length > 0) {
      checks[job] = {
        kind: 'webhook',
        name: `${job} ${actions.join(', ')}`,
        line: ctx.doc.lineOf([...at, job]),
        effective: true,
      };
    }
  }
  return checks;
}

function allChecks(checks: Checks): Gate[] {
  return [checks.predeploy, checks.verify, checks.analysis, checks.postdeploy].filter(isGate);
}

function isGate(gate: Gate | undefined): gate is Gate {
  return gate !== undefined;
}
