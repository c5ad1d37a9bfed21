import type { Rollback, Stage } from '../../core/model.js';
import { asArray, asString, field, isObject, path } from '../access.js';
import type { PlainObject } from '../access.js';
import { AdapterContext } from '../context.js';
import { parseDuration } from '../duration.js';
import type { PathSegment, SourceDocument } from '../types.js';
import { clip, describeValue as describe } from '../field-text.js';
import { MANUAL_ROLLBACK, phaseStage, present, readBoolean, readList, stringMap } from './file.js';
import type { AdvanceRule, Automation, FileContext, Phase, RepairRule, Context } from './file.js';

/** Targets and Automations: how they are read, and which of them apply to one target of a pipeline. */

export function readTarget(file: FileContext, doc: SourceDocument): void {
  const ctx = new AdapterContext(doc, file.diagnostics);
  const name = asString(path(doc.value, ['metadata', 'name']));
  if (name === undefined || name === '' || file.targets.has(name)) return;
  const approval = readBoolean(ctx, field(doc.value, 'requireApproval'), ['requireApproval'], false);
  file.targets.set(name, {
    labels: stringMap(path(doc.value, ['metadata', 'labels'])) ?? {},
    approvalLine: approval === true ? doc.lineOf(['requireApproval']) : undefined,
  });
}

export function readAutomation(file: FileContext, doc: SourceDocument): void {
  const ctx = new AdapterContext(doc, file.diagnostics);
  const name = asString(path(doc.value, ['metadata', 'name'])) ?? '';
  const slash = name.indexOf('/');
  const rules = readList(ctx, field(doc.value, 'rules'), ['rules']);
  const automation: Automation = {
    doc,
    name,
    pipeline: slash > 0 ? name.slice(0, slash) : undefined,
    suspended: readBoolean(ctx, field(doc.value, 'suspended'), ['suspended'], true) ?? false,
    selectors: readSelectors(ctx),
    advance: rules.flatMap((rule, index) => advanceRule(ctx, rule, index, name)),
    repair: rules.flatMap((rule, index) => repairRule(ctx, rule, index, name)),
  };
  file.automations.push(automation);
}

function readSelectors(ctx: AdapterContext): Automation['selectors'] {
  const at = ['selector', 'targets'];
  return readList(ctx, ctx.get(at), at).flatMap((entry, index) => {
    const id = asString(field(entry, 'id'));
    const labels = stringMap(field(entry, 'labels'));
    if (id === undefined && labels === undefined) {
      ctx.invalid([...at, index], 'must select targets by id (or "*") or labels');
      return [];
    }
    return [{ id, labels }];
  });
}

function ruleName(rule: unknown, fallback: string): string {
  return asString(field(rule, 'name')) ?? asString(field(rule, 'id')) ?? fallback;
}

function advanceRule(ctx: AdapterContext, entry: unknown, index: number, automation: string): AdvanceRule[] {
  const rule = field(entry, 'advanceRolloutRule');
  if (rule === undefined) return [];
  const at: PathSegment[] = ['rules', index, 'advanceRolloutRule'];
  if (!isObject(rule)) {
    ctx.invalid(at, `must be a map with sourcePhases and wait, got ${describe(rule)}`);
    return [];
  }
  const phases = field(rule, 'sourcePhases');
  const sourcePhases = present(phases)
    ? (asArray(phases) ?? []).flatMap((p) => asString(p) ?? [])
    : undefined;
  if (present(phases) && !Array.isArray(phases)) {
    ctx.invalid([...at, 'sourcePhases'], `must be a list of phase ids, got ${describe(phases)}`);
  }
  return [{ name: ruleName(rule, automation), sourcePhases, wait: readWait(ctx, rule, [...at, 'wait']) }];
}

/** `wait` is minutes or hours (`10m`, `1h`); absent means advance as soon as the phase succeeds. */
function readWait(ctx: AdapterContext, rule: PlainObject, at: PathSegment[]): number {
  const wait = field(rule, 'wait');
  if (!present(wait)) return 0;
  const seconds = typeof wait === 'string' ? parseDuration(wait) : undefined;
  if (seconds === undefined) {
    ctx.invalid(at, `must be a duration like 10m or 1h, got ${describe(wait)}; read as no wait`);
    return 0;
  }
  return seconds;
}

function repairRule(ctx: AdapterContext, entry: unknown, index: number, automation: string): RepairRule[] {
  const rule = field(entry, 'repairRolloutRule');
  if (rule === undefined) return [];
  const at: PathSegment[] = ['rules', index, 'repairRolloutRule'];
  if (!isObject(rule)) {
    ctx.invalid(at, `must be a map with repairPhases or repairModes, got ${describe(rule)}`);
    return [];
  }
  // Older samples name the list repairPhases; the current API calls it repairModes.
  let rollbackLine: number | undefined;
  for (const key of ['repairPhases', 'repairModes']) {
    readList(ctx, field(rule, key), [...at, key]).forEach((mode, modeIndex) => {
      if (field(mode, 'rollback') !== undefined)
        rollbackLine ??= ctx.lineOf([...at, key, modeIndex, 'rollback']);
    });
  }
  return [{ name: ruleName(rule, automation), rollbackLine }];
}

export function activeAutomations(
  ctx: Context,
  pipeline: string | undefined,
  targetId: string,
): Automation[] {
  const selecting = ctx.file.automations.filter(
    (automation) =>
      (automation.pipeline === undefined || automation.pipeline === pipeline) &&
      selects(ctx.file, automation, targetId),
  );
  return selecting.filter((automation) => {
    if (!automation.suspended) return true;
    const rules = [
      ...(automation.advance.length > 0 ? ['advanceRolloutRule'] : []),
      ...(automation.repair.length > 0 ? ['repairRolloutRule'] : []),
    ];
    if (rules.length > 0) {
      ctx.bypasses.push({
        field: `Automation ${clip(automation.name)}: suspended`,
        reason: `the automation is suspended: its ${rules.join(' and ')} do${rules.length === 1 ? 'es' : ''} not run`,
        line: automation.doc.lineOf(['suspended']),
      });
      ctx.notes.push(
        `Automation ${clip(automation.name)} is suspended: its ${rules.join(' and ')} ${rules.length === 1 ? 'does' : 'do'} not count`,
      );
    }
    return false;
  });
}

function selects(file: FileContext, automation: Automation, targetId: string): boolean {
  const labels = file.targets.get(targetId)?.labels;
  return automation.selectors.some(
    (selector) =>
      (selector.id === undefined || selector.id === '*' || selector.id === targetId) &&
      (selector.labels === undefined ||
        (labels !== undefined &&
          Object.entries(selector.labels).every(([key, value]) => labels[key] === value))),
  );
}

/** Each phase waits for `gcloud deploy rollouts advance` unless an advanceRolloutRule moves it on. */
export function advancedPhases(
  ctx: Context,
  targetId: string,
  phases: Phase[],
  automations: Automation[],
): Stage[] {
  const rules = automations.flatMap((automation) => automation.advance);
  const stages = phases.map((phase) => {
    const rule = rules.find((r) => r.sourcePhases === undefined || r.sourcePhases.includes(phase.name));
    return { ...phaseStage(phase), hold: rule === undefined ? 'manual' : rule.wait } satisfies Stage;
  });
  const manual = stages.filter((stage) => stage.hold === 'manual').map((stage) => stage.name);
  if (manual.length > 0) {
    ctx.notes.push(
      rules.length === 0
        ? `canary phases wait for a manual \`gcloud deploy rollouts advance\`: no advanceRolloutRule selects target ${clip(targetId)}`
        : `${manual.join(', ')} wait${manual.length === 1 ? 's' : ''} for a manual \`gcloud deploy rollouts advance\`: no advanceRolloutRule lists ${manual.length === 1 ? 'it' : 'them'} in sourcePhases`,
    );
  }
  return stages;
}

export function rollbackOf(ctx: Context, automations: Automation[]): Rollback {
  const rules = automations.flatMap((automation) => automation.repair);
  for (const rule of rules.filter((r) => r.rollbackLine === undefined)) {
    ctx.notes.push(`repair rule ${clip(rule.name)} only retries failed jobs; it does not roll back`);
  }
  const rollbacks = rules.filter((rule) => rule.rollbackLine !== undefined);
  const first = rollbacks[0];
  if (first === undefined) return { automatic: false, how: [MANUAL_ROLLBACK] };
  return {
    automatic: true,
    how: [...new Set(rollbacks.map((rule) => `repair rule ${clip(rule.name)} rolls back on failure`))],
    ...(first.rollbackLine !== undefined ? { line: first.rollbackLine } : {}),
  };
}
